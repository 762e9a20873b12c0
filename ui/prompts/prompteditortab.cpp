#include "prompteditortab.h"

#include "appstyle.h"
#include "promptspage.h"
#include "widgets/templateeditor.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace tailor {

namespace {

constexpr int LineRole = Qt::UserRole + 1;
constexpr int ColumnRole = Qt::UserRole + 2;

// Whether `message` already says where it is: it holds the line number, and then the column, as numbers
// of their own ("at line 5, column 14", "in Zeile 5, Spalte 14", "第 5 行第 14 列"), whatever the language.
bool namesOwnPosition(const QString &message, int line, int column)
{
    if (line <= 0)
        return false;
    const QString number = QStringLiteral("(?<!\\d)%1(?!\\d)");
    QString pattern = number.arg(line);
    if (column > 0)
        pattern += QStringLiteral("\\D+") + number.arg(column);
    return QRegularExpression(pattern).match(message).hasMatch();
}

} // namespace

PromptEditorTab::PromptEditorTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    m_undo = new QToolButton(this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setText(PromptsPage::tr("Undo"));
    m_undo->setToolTip(PromptsPage::tr("Undo (%1)")
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_undo->setEnabled(false);
    m_redo = new QToolButton(this);
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_redo->setText(PromptsPage::tr("Redo"));
    m_redo->setToolTip(PromptsPage::tr("Redo (%1)")
                           .arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    m_redo->setEnabled(false);
    toolbar->addWidget(m_undo);
    toolbar->addWidget(m_redo);
    toolbar->addSpacing(8);
    m_diagnosticsSummary = new QLabel(this);
    m_diagnosticsSummary->setObjectName(QStringLiteral("diagnosticsSummary"));
    // Wraps rather than widening the tab: a long summary in a longer language would squeeze the tree.
    m_diagnosticsSummary->setWordWrap(true);
    toolbar->addWidget(m_diagnosticsSummary, 1);
    layout->addLayout(toolbar);

    m_editor = new TemplateEditor(this);
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    connect(m_undo, &QToolButton::clicked, m_editor, &QPlainTextEdit::undo);
    connect(m_redo, &QToolButton::clicked, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_undo, &QToolButton::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_redo, &QToolButton::setEnabled);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_compileTimer.start();
        emit textChanged();
    });
    layout->addWidget(m_editor, 1);

    m_diagnostics = new QListWidget(this);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsList"));
    m_diagnostics->setUniformItemSizes(true);
    m_diagnostics->hide();
    m_diagnostics->setToolTip(PromptsPage::tr("Click a finding to go to it in the text."));
    connect(m_diagnostics, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_editor->jumpTo(item->data(LineRole).toInt(), item->data(ColumnRole).toInt());
    });
    layout->addWidget(m_diagnostics);

    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(250);
    connect(&m_compileTimer, &QTimer::timeout, this, &PromptEditorTab::compile);
}

QString PromptEditorTab::text() const
{
    return m_editor->toPlainText();
}

void PromptEditorTab::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void PromptEditorTab::compile()
{
    m_compileTimer.stop();
    PromptDiagnostic failure;
    auto prompt = CompiledPrompt::compile(m_editor->toPlainText(), &failure);
    QList<PromptDiagnostic> diagnostics;
    if (!prompt) {
        failure.severity = PromptDiagnostic::Severity::Error;
        if (failure.message.isEmpty())
            failure.message = prompt.error().message;
        diagnostics << failure;
    } else {
        diagnostics = prompt->checkDeclarations();
    }
    showDiagnostics(diagnostics);
    if (prompt)
        emit compiled(prompt.value(), QString());
    else
        emit compiled(std::nullopt, prompt.error().message);
}

void PromptEditorTab::showDiagnostics(const QList<PromptDiagnostic> &diagnostics)
{
    m_editor->setDiagnostics(diagnostics);
    m_diagnostics->clear();
    int errors = 0;
    int warnings = 0;
    for (const PromptDiagnostic &diagnostic : diagnostics) {
        diagnostic.isError() ? ++errors : ++warnings;
        const bool positioned =
            diagnostic.line > 0 && !namesOwnPosition(diagnostic.message, diagnostic.line, diagnostic.column);
        const QString where =
            positioned
                ? (diagnostic.column > 0
                       ? PromptsPage::tr("Line %1, column %2").arg(diagnostic.line).arg(diagnostic.column)
                       : PromptsPage::tr("Line %1").arg(diagnostic.line))
                : QString();
        const QString kind = diagnostic.isError() ? PromptsPage::tr("error") : PromptsPage::tr("warning");
        auto *item = new QListWidgetItem(
            where.isEmpty() ? PromptsPage::tr("%1: %2").arg(kind, diagnostic.message)
                            : PromptsPage::tr("%1 — %2: %3").arg(where, kind, diagnostic.message),
            m_diagnostics);
        item->setForeground(diagnostic.isError() ? TemplateEditor::errorColor()
                                                 : TemplateEditor::warningColor());
        item->setData(LineRole, diagnostic.line);
        item->setData(ColumnRole, diagnostic.column);
        item->setToolTip(item->text());
    }
    if (diagnostics.isEmpty()) {
        m_diagnosticsSummary->setText(
            PromptsPage::tr("No problems: every variable is declared and every input used."));
        m_diagnosticsSummary->setStyleSheet(AppStyle::textStyle(AppStyle::Color::SuccessText));
    } else {
        m_diagnosticsSummary->setText(
            (errors == 1 ? PromptsPage::tr("1 error") : PromptsPage::tr("%n errors", nullptr, errors)) +
            QStringLiteral(", ") +
            (warnings == 1 ? PromptsPage::tr("1 warning")
                           : PromptsPage::tr("%n warnings", nullptr, warnings)));
        m_diagnosticsSummary->setStyleSheet(
            AppStyle::textStyle(errors > 0 ? AppStyle::Color::ErrorText : AppStyle::Color::WarningText));
    }
    // The list keeps one height, four rows, whatever it holds, so the editor above it changes size only
    // when findings appear or go; then the line being typed is scrolled back into view if it was in view.
    const bool cursorInView = m_editor->viewport()->rect().intersects(m_editor->cursorRect());
    const bool wasShown = !m_diagnostics->isHidden();
    m_diagnostics->setHidden(m_diagnostics->count() == 0);
    if (m_diagnostics->count() > 0)
        m_diagnostics->setFixedHeight(2 * m_diagnostics->frameWidth() + 4 +
                                      4 * m_diagnostics->sizeHintForRow(0));
    if (wasShown != !m_diagnostics->isHidden() && cursorInView)
        QTimer::singleShot(0, m_editor, [editor = m_editor] { editor->ensureCursorVisible(); });
}

} // namespace tailor
