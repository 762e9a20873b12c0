#include "prompthighlighter.h"

namespace tailor {

PromptHighlighter::PromptHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keyPattern(QStringLiteral("^(\\s*-?\\s*)([A-Za-z_][\\w.-]*)\\s*:(?=\\s|$)"))
    , m_rolePattern(QStringLiteral("^\\s*(system|user|assistant)\\s*:\\s*$"),
                    QRegularExpression::CaseInsensitiveOption)
    , m_tagPattern(QStringLiteral("\\{\\{(\\{?)\\s*([#^/!>&=]?)[^}]*\\}\\}\\}?"))
{
    m_delimiter.setForeground(QColor(0x8a, 0x93, 0xa6));
    m_delimiter.setFontWeight(QFont::Bold);
    m_frontMatter.setForeground(QColor(0x4a, 0x5a, 0x7a));
    m_frontMatter.setBackground(QColor(0xf6, 0xf7, 0xfb));
    m_yamlKey = m_frontMatter;
    m_yamlKey.setForeground(QColor(0x2b, 0x4f, 0xc0));
    m_yamlComment = m_frontMatter;
    m_yamlComment.setForeground(QColor(0x9a, 0xa1, 0xb2));
    m_yamlComment.setFontItalic(true);
    m_role.setForeground(QColor(0x7a, 0x3e, 0x9d));
    m_role.setFontWeight(QFont::Bold);
    m_variable.setForeground(QColor(0x0b, 0x73, 0x5a));
    m_variable.setBackground(QColor(0xe8, 0xf6, 0xf1));
    m_section.setForeground(QColor(0xb0, 0x52, 0x00));
    m_section.setFontWeight(QFont::Bold);
    m_partial.setForeground(QColor(0x7a, 0x3e, 0x9d));
    m_comment.setForeground(QColor(0x9a, 0xa1, 0xb2));
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
