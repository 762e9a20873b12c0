// PromptHighlighter colours a Prompty text as people read it: the YAML front matter between the `---` lines
// in its own colour with keys and comments set apart, role marker lines (system:, user:, assistant:) bold,
// and Mustache tags in the body — variables, section tags (# ^ /), partials and greyed comments.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace tailor {

class PromptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PromptHighlighter(QTextDocument *document);

    // For texts that hold only body lines (the diff view): no front matter is looked for.
    void setBodyOnly(bool bodyOnly);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State
    {
        Body = 0,
        FrontMatter = 1
    };

    void highlightFrontMatter(const QString &text);
    void highlightBody(const QString &text);

    bool m_bodyOnly = false;
    QTextCharFormat m_delimiter;
    QTextCharFormat m_frontMatter;
    QTextCharFormat m_yamlKey;
    QTextCharFormat m_yamlComment;
    QTextCharFormat m_role;
    QTextCharFormat m_variable;
    QTextCharFormat m_section;
    QTextCharFormat m_partial;
    QTextCharFormat m_comment;
    QRegularExpression m_keyPattern;
    QRegularExpression m_rolePattern;
    QRegularExpression m_tagPattern;
};

} // namespace tailor
