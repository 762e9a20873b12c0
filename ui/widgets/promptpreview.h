// PromptPreview renders the editor's current template live against inputs the user can edit as JSON — until
// the Profiles page exists, the template's own sample inputs — and shows the rendered chat messages as
// role-labelled blocks with a token estimate and character count, plus what core's input checks report
// (missing, mistyped and unused inputs). Rendering is pure CPU work on an already compiled template.
#pragma once

#include "prompts/compiledprompt.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace tailor {

class PromptPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PromptPreview(QWidget *parent = nullptr);

    // The template to render, or none with the reason it does not compile.
    void setPrompt(const std::optional<CompiledPrompt> &compiled, const QString &problem);
    // Replaces the inputs with the template's sample inputs.
    void resetInputs();

    int tokenEstimate() const { return m_tokens; }
    int characterCount() const { return m_characters; }

signals:
    void rendered();

private:
    void render();
    void showProblem(const QString &problem);

    std::optional<CompiledPrompt> m_compiled;
    QString m_problem;
    QTimer m_inputsTimer;
    int m_tokens = 0;
    int m_characters = 0;

    QPlainTextEdit *m_inputs = nullptr;
    QLabel *m_jsonError = nullptr;
    QListWidget *m_inputDiagnostics = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_partialsNote = nullptr;
    QTextBrowser *m_messages = nullptr;
};

} // namespace tailor
