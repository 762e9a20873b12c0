#include "promptpreview.h"

#include "appstyle.h"
#include "pagewidgets.h"
#include "templateeditor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tailor {

namespace {

QString roleTitle(const QString &role)
{
    if (role == QLatin1String("system"))
        return PromptPreview::tr("System");
    if (role == QLatin1String("user"))
        return PromptPreview::tr("User");
    if (role == QLatin1String("assistant"))
        return PromptPreview::tr("Assistant");
    return role;
}

QString roleColor(const QString &role)
{
    if (role == QLatin1String("system"))
        return AppStyle::color(AppStyle::Color::MessageSystem).name();
    if (role == QLatin1String("assistant"))
        return AppStyle::color(AppStyle::Color::MessageAssistant).name();
    return AppStyle::color(AppStyle::Color::MessageUser).name();
}

} // namespace

PromptPreview::PromptPreview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto *inputsPane = new QWidget(splitter);
    auto *inputsLayout = new QVBoxLayout(inputsPane);
    inputsLayout->setContentsMargins(0, 0, 6, 0);
    inputsLayout->setSpacing(6);
    inputsLayout->addWidget(paneTitle(tr("Inputs (JSON)"), inputsPane));
    auto *source = new QLabel(tr("Starts from the template's sample inputs; edit the JSON to try other "
                                 "values."),
                              inputsPane);
    source->setObjectName(QStringLiteral("hint"));
    source->setWordWrap(true);
    inputsLayout->addWidget(source);
    m_inputs = new QPlainTextEdit(inputsPane);
    m_inputs->setObjectName(QStringLiteral("previewInputs"));
    m_inputs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_inputs->setLineWrapMode(QPlainTextEdit::NoWrap);
    inputsLayout->addWidget(m_inputs, 1);
    // Below the inputs rather than beside the title, so the inputs pane leaves the messages room.
    m_reset = new QPushButton(tr("Use sample inputs"), inputsPane);
    m_reset->setObjectName(QStringLiteral("previewResetInputs"));
    m_reset->setToolTip(tr("Replace the inputs with the samples the template declares."));
    connect(m_reset, &QPushButton::clicked, this, &PromptPreview::resetInputs);
    inputsLayout->addWidget(m_reset, 0, Qt::AlignLeft);
    m_jsonError = new QLabel(inputsPane);
    m_jsonError->setObjectName(QStringLiteral("previewJsonError"));
    m_jsonError->setWordWrap(true);
    m_jsonError->setStyleSheet(AppStyle::textStyle(AppStyle::Color::ErrorText));
    m_jsonError->hide();
    inputsLayout->addWidget(m_jsonError);
    m_inputDiagnostics = new QListWidget(inputsPane);
    m_inputDiagnostics->setObjectName(QStringLiteral("previewInputDiagnostics"));
    m_inputDiagnostics->setMaximumHeight(84);
    m_inputDiagnostics->setWordWrap(true);
    m_inputDiagnostics->hide();
    inputsLayout->addWidget(m_inputDiagnostics);

    auto *outputPane = new QWidget(splitter);
    auto *outputLayout = new QVBoxLayout(outputPane);
    outputLayout->setContentsMargins(6, 0, 0, 0);
    outputLayout->setSpacing(6);
    outputLayout->addWidget(paneTitle(tr("Rendered messages"), outputPane));
    // On a line of its own, wrapping if it must: beside the title it would widen the pane in longer
    // languages and squeeze the prompt tree.
    m_stats = new QLabel(outputPane);
    m_stats->setObjectName(QStringLiteral("previewStats"));
    m_stats->setToolTip(tr("A heuristic estimate (about 4 characters per token), good for a budget, not a "
                           "bill."));
    m_stats->setWordWrap(true);
    outputLayout->addWidget(m_stats);
    m_partialsNote = new QLabel(outputPane);
    m_partialsNote->setObjectName(QStringLiteral("hint"));
    m_partialsNote->setWordWrap(true);
    m_partialsNote->hide();
    outputLayout->addWidget(m_partialsNote);
    m_messages = new QTextBrowser(outputPane);
    m_messages->setObjectName(QStringLiteral("previewMessages"));
    m_messages->setOpenLinks(false);
    outputLayout->addWidget(m_messages, 1);

    splitter->addWidget(inputsPane);
    splitter->addWidget(outputPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_inputsTimer.setSingleShot(true);
    m_inputsTimer.setInterval(250);
    connect(&m_inputsTimer, &QTimer::timeout, this, &PromptPreview::render);
    connect(m_inputs, &QPlainTextEdit::textChanged, &m_inputsTimer, qOverload<>(&QTimer::start));
}

void PromptPreview::setPrompt(const std::optional<CompiledPrompt> &compiled, const QString &problem)
{
    m_compiled = compiled;
    m_problem = problem;
    const QStringList partials = compiled ? compiled->partialNames() : QStringList();
    m_partialsNote->setText(tr("Partials (%1) are left empty in the live preview; they render at their "
                               "pinned versions once saved.")
                                .arg(partials.join(QStringLiteral(", "))));
    m_partialsNote->setVisible(!partials.isEmpty());
    m_reset->setEnabled(compiled.has_value());
    render();
}

void PromptPreview::resetInputs()
{
    if (!m_compiled)
        return;
    const QJsonObject samples = m_compiled->file().sampleInputs();
    m_inputs->setPlainText(QString::fromUtf8(QJsonDocument(samples).toJson(QJsonDocument::Indented)));
    m_inputsTimer.stop();
    render();
}

void PromptPreview::showProblem(const QString &problem)
{
    m_tokens = 0;
    m_characters = 0;
    m_stats->clear();
    m_messages->setHtml(QStringLiteral("<p style=\"%1\">%2</p>")
                            .arg(AppStyle::textStyle(AppStyle::Color::ErrorText), problem.toHtmlEscaped()));
}

void PromptPreview::render()
{
    m_inputDiagnostics->clear();
    m_inputDiagnostics->hide();
    QJsonObject inputs;
    const QString json = m_inputs->toPlainText().trimmed();
    m_jsonError->hide();
    if (!json.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            // The offset counts UTF-8 bytes; turn it into a line for people.
            const QByteArray bytes = json.toUtf8().left(error.offset);
            const int line = int(bytes.count('\n')) + 1;
            m_jsonError->setText(
                error.error != QJsonParseError::NoError
                    ? tr("The inputs are not valid JSON (line %1): %2.").arg(line).arg(error.errorString())
                    : tr("The inputs must be a JSON object: {\"name\": value, …}."));
            m_jsonError->show();
            showProblem(tr("Fix the inputs to see the rendered messages."));
            emit rendered();
            return;
        }
        inputs = document.object();
    }
    if (!m_compiled) {
        showProblem(m_problem.isEmpty() ? tr("The template does not compile.")
                                        : tr("The template does not compile: %1").arg(m_problem));
        emit rendered();
        return;
    }
    const QList<PromptDiagnostic> diagnostics = m_compiled->checkInputs(inputs);
    for (const PromptDiagnostic &diagnostic : diagnostics) {
        auto *item = new QListWidgetItem(diagnostic.isError() ? tr("Error: %1").arg(diagnostic.message)
                                                              : tr("Warning: %1").arg(diagnostic.message),
                                         m_inputDiagnostics);
        item->setForeground(diagnostic.isError() ? TemplateEditor::errorColor()
                                                 : TemplateEditor::warningColor());
    }
    m_inputDiagnostics->setVisible(!diagnostics.isEmpty());

    auto messages = m_compiled->render(inputs);
    if (!messages) {
        showProblem(messages.error().message);
        emit rendered();
        return;
    }
    m_tokens = ChatMessage::estimateTokens(messages.value());
    m_characters = 0;
    QString html;
    for (const ChatMessage &message : messages.value()) {
        m_characters += int(message.content.size());
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\"%1\" "
                               "style=\"border: 1px solid %2; margin-bottom: 10px;\"><tr><td>"
                               "<p style=\"margin: 0 0 4px 0; color: %3; font-weight: 600;\">%4</p>"
                               "<p style=\"margin: 0; white-space: pre-wrap;\">%5</p></td></tr></table>")
                    .arg(AppStyle::color(AppStyle::Color::MessageBackground).name(),
                         AppStyle::color(AppStyle::Color::MessageBorder).name(), roleColor(message.role),
                         roleTitle(message.role).toHtmlEscaped(), message.content.toHtmlEscaped());
    }
    m_messages->setHtml(html);
    m_stats->setText((m_tokens == 1 ? tr("≈ 1 token") : tr("≈ %n tokens", nullptr, m_tokens)) +
                     QStringLiteral(" · ") +
                     (m_characters == 1 ? tr("1 character") : tr("%n characters", nullptr, m_characters)));
    emit rendered();
}

} // namespace tailor
