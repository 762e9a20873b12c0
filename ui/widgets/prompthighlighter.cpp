#include "prompthighlighter.h"

#include "appstyle.h"

namespace tailor {

PromptHighlighter::PromptHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keyPattern(QStringLiteral("^(\\s*-?\\s*)([A-Za-z_][\\w.-]*)\\s*:(?=\\s|$)"))
    , m_rolePattern(QStringLiteral("^\\s*(system|user|assistant)\\s*:\\s*$"),
                    QRegularExpression::CaseInsensitiveOption)
    , m_tagPattern(QStringLiteral("\\{\\{(\\{?)\\s*([#^/!>&=]?)[^}]*\\}\\}\\}?"))
{
    m_delimiter.setForeground(AppStyle::color(AppStyle::Color::SyntaxDelimiter));
    m_delimiter.setFontWeight(QFont::Bold);
    m_frontMatter.setForeground(AppStyle::color(AppStyle::Color::SyntaxFrontMatter));
    m_frontMatter.setBackground(AppStyle::color(AppStyle::Color::SyntaxFrontMatterBackground));
    m_yamlKey = m_frontMatter;
    m_yamlKey.setForeground(AppStyle::color(AppStyle::Color::SyntaxKey));
    m_yamlComment = m_frontMatter;
    m_yamlComment.setForeground(AppStyle::color(AppStyle::Color::SyntaxComment));
    m_yamlComment.setFontItalic(true);
    m_role.setForeground(AppStyle::color(AppStyle::Color::SyntaxRole));
    m_role.setFontWeight(QFont::Bold);
    m_variable.setForeground(AppStyle::color(AppStyle::Color::SyntaxVariable));
    m_variable.setBackground(AppStyle::color(AppStyle::Color::SyntaxVariableBackground));
    m_section.setForeground(AppStyle::color(AppStyle::Color::SyntaxSection));
    m_section.setFontWeight(QFont::Bold);
    m_partial.setForeground(AppStyle::color(AppStyle::Color::SyntaxPartial));
    m_comment.setForeground(AppStyle::color(AppStyle::Color::SyntaxComment));
    m_comment.setFontItalic(true);
}

void PromptHighlighter::setBodyOnly(bool bodyOnly)
{
    m_bodyOnly = bodyOnly;
    rehighlight();
}

void PromptHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Body);
    if (m_bodyOnly) {
        highlightBody(text);
        return;
    }
    const bool isDelimiter = text.trimmed() == QLatin1String("---");
    if (currentBlock().blockNumber() == 0 && isDelimiter) {
        setFormat(0, int(text.size()), m_delimiter);
        setCurrentBlockState(FrontMatter);
        return;
    }
    if (previousBlockState() == FrontMatter) {
        if (isDelimiter) {
            setFormat(0, int(text.size()), m_delimiter);
            return;
        }
        setCurrentBlockState(FrontMatter);
        highlightFrontMatter(text);
        return;
    }
    highlightBody(text);
}

void PromptHighlighter::highlightFrontMatter(const QString &text)
{
    setFormat(0, int(text.size()), m_frontMatter);
    const QRegularExpressionMatch key = m_keyPattern.match(text);
    if (key.hasMatch())
        setFormat(int(key.capturedStart(2)), int(key.capturedLength(2)), m_yamlKey);
    // A '#' starts a comment at the line's start or after a space (YAML's rule), not inside a word.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            setFormat(int(i), int(text.size() - i), m_yamlComment);
            break;
        }
    }
}

void PromptHighlighter::highlightBody(const QString &text)
{
    if (m_rolePattern.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_role);
        return;
    }
    auto tags = m_tagPattern.globalMatch(text);
    while (tags.hasNext()) {
        const QRegularExpressionMatch tag = tags.next();
        const QString sigil = tag.captured(2);
        const QTextCharFormat *format = &m_variable;
        if (sigil == QLatin1String("!"))
            format = &m_comment;
        else if (sigil == QLatin1String("#") || sigil == QLatin1String("^") || sigil == QLatin1String("/"))
            format = &m_section;
        else if (sigil == QLatin1String(">"))
            format = &m_partial;
        setFormat(int(tag.capturedStart()), int(tag.capturedLength()), *format);
    }
}

} // namespace tailor
