#include "promptpreview.h"

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

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("paneTitle"));
    return label;
}

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
        return QStringLiteral("#7a3e9d");
    if (role == QLatin1String("assistant"))
        return QStringLiteral("#0b735a");
    return QStringLiteral("#2b4fc0");
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
    auto *inputsHeader = new QHBoxLayout;
    inputsHeader->addWidget(heading(tr("Inputs (JSON)"), inputsPane));
    inputsHeader->addStretch();
    m_reset = new QPushButton(tr("Use sample inputs"), inputsPane);
    m_reset->setObjectName(QStringLiteral("previewResetInputs"));
    m_reset->setToolTip(tr("Replace the inputs with the samples the template declares."));
    connect(m_reset, &QPushButton::clicked, this, &PromptPreview::resetInputs);
    inputsHeader->addWidget(m_reset);
    inputsLayout->addLayout(inputsHeader);
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
    m_jsonError = new QLabel(inputsPane);
    m_jsonError->setObjectName(QStringLiteral("previewJsonError"));
    m_jsonError->setWordWrap(true);
    m_jsonError->setStyleSheet(QStringLiteral("color: #b42318;"));
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
    auto *outputHeader = new QHBoxLayout;
    outputHeader->addWidget(heading(tr("Rendered messages"), outputPane));
    outputHeader->addStretch();
    m_stats = new QLabel(outputPane);
    m_stats->setObjectName(QStringLiteral("previewStats"));
    m_stats->setToolTip(tr("A heuristic estimate (about 4 characters per token), good for a budget, not a "
                           "bill."));
    outputHeader->addWidget(m_stats);
    outputLayout->addLayout(outputHeader);
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
    m_messages->setHtml(QStringLiteral("<p style=\"color:#b42318;\">%1</p>").arg(problem.toHtmlEscaped()));
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
        html +=
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\"#f7f8fb\" "
                           "style=\"border: 1px solid #e2e6ee; margin-bottom: 10px;\"><tr><td>"
                           "<p style=\"margin: 0 0 4px 0; color: %1; font-weight: 600;\">%2</p>"
                           "<p style=\"margin: 0; white-space: pre-wrap;\">%3</p></td></tr></table>")
                .arg(roleColor(message.role), roleTitle(message.role).toHtmlEscaped(),
                     message.content.toHtmlEscaped());
    }
    m_messages->setHtml(html);
    m_stats->setText((m_tokens == 1 ? tr("≈ 1 token") : tr("≈ %n tokens", nullptr, m_tokens)) +
                     QStringLiteral(" · ") +
                     (m_characters == 1 ? tr("1 character") : tr("%n characters", nullptr, m_characters)));
    emit rendered();
}

} // namespace tailor
