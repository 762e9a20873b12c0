// TemplateEditor is the plain-text editor for Prompty templates: a monospaced QPlainTextEdit with a line
// number gutter, PromptHighlighter colours, and diagnostics drawn where they are — red wavy underlines for
// errors, amber for warnings — at the line and column core reported. The diff view reuses it read-only, with
// its own line numbers (a side without a line shows none) and tinted lines.
#pragma once

#include "prompts/promptdiagnostic.h"

#include <QPlainTextEdit>

namespace tailor {

class PromptHighlighter;

class TemplateEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    PromptHighlighter *highlighter() const { return m_highlighter; }

    // Underlines each diagnostic that names a line; the others have no place in the text.
    void setDiagnostics(const QList<PromptDiagnostic> &diagnostics);
    // Extra selections drawn under the diagnostics (diff tints).
    void setDecorations(const QList<QTextEdit::ExtraSelection> &decorations);
    // The gutter shows these numbers, one per block (0: none), instead of 1, 2, 3, ...
    void setLineNumbers(const QList<int> &numbers);
    // Moves the cursor to a 1-based line and column and shows it.
    void jumpTo(int line, int column);

    static QColor errorColor();
    static QColor warningColor();

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void applySelections();

    QWidget *m_gutter = nullptr;
    PromptHighlighter *m_highlighter = nullptr;
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections;
    QStringList m_diagnosticMessages; // one per diagnostic selection
    QList<QTextEdit::ExtraSelection> m_decorations;
    QList<int> m_lineNumbers;
};

} // namespace tailor
