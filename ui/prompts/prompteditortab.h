// PromptEditorTab is the Prompts page's Edit tab: the template editor with undo and redo, and what core's
// checks find in the text — a one-line summary above, the findings underlined in the text and listed below
// it (a click goes to the place). It compiles the text a moment after each edit and hands the compiled
// template on, so the page can preview it; saving the text is the page's.
#pragma once

#include "prompts/compiledprompt.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QToolButton;

namespace tailor {

class TemplateEditor;

class PromptEditorTab : public QWidget
{
    Q_OBJECT

public:
    explicit PromptEditorTab(QWidget *parent = nullptr);

    TemplateEditor *editor() const { return m_editor; }
    QString text() const;
    // Replaces the text (compiled after the usual pause, or at once with compile()).
    void setText(const QString &text);
    // Compiles the text now and shows what the checks find.
    void compile();

signals:
    // The user (or setText) changed the text.
    void textChanged();
    // The text was compiled: the template, or none and the reason it does not compile.
    void compiled(const std::optional<CompiledPrompt> &prompt, const QString &problem);

private:
    void showDiagnostics(const QList<PromptDiagnostic> &diagnostics);

    QTimer m_compileTimer;
    TemplateEditor *m_editor = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QLabel *m_diagnosticsSummary = nullptr;
    QListWidget *m_diagnostics = nullptr;
};

} // namespace tailor
