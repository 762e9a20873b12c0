#include "controlcharacters.h"

namespace tailor {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString escapeControlCharacters(QStringView text)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text.toString();
    QString escaped = text.first(first).toString();
    escaped.reserve(text.size() + 8);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(c)) {
            escaped += QChar(c);
            continue;
        }
        switch (c) {
        case u'\r':
            escaped += QLatin1String("\\r");
            break;
        case u'\n':
            escaped += QLatin1String("\\n");
            break;
        case u'\t':
            escaped += QLatin1String("\\t");
            break;
        default:
            escaped +=
                (c > 0xFF ? QLatin1String("\\u") : QLatin1String("\\x")) +
                QString::number(uint(c), 16).rightJustified(c > 0xFF ? 4 : 2, QLatin1Char('0')).toUpper();
            break;
        }
    }
    return escaped;
}

QString escapeControlCharacters(QByteArrayView utf8)
{
    return escapeControlCharacters(QString::fromUtf8(utf8));
}

} // namespace tailor
