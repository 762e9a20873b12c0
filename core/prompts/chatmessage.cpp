#include "chatmessage.h"

#include <QJsonObject>
#include <QStringView>

#include <algorithm>
#include <limits>

namespace tailor {

namespace {

bool isCjk(char32_t codePoint)
{
    return (codePoint >= 0x3040 && codePoint <= 0x30FF)       // Hiragana, Katakana
           || (codePoint >= 0x3400 && codePoint <= 0x4DBF)    // CJK Extension A
           || (codePoint >= 0x4E00 && codePoint <= 0x9FFF)    // CJK Unified Ideographs
           || (codePoint >= 0xAC00 && codePoint <= 0xD7AF)    // Hangul syllables
           || (codePoint >= 0xF900 && codePoint <= 0xFAFF)    // CJK Compatibility Ideographs
           || (codePoint >= 0x20000 && codePoint <= 0x2FA1F); // CJK Extensions B and later
}

} // namespace

QJsonArray ChatMessage::toJson(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(QJsonObject{{QStringLiteral("role"), message.role},
                                 {QStringLiteral("content"), message.content}});
    return array;
}

int ChatMessage::estimateTokens(const QList<ChatMessage> &messages)
{
    constexpr int perMessageOverhead = 4;
    constexpr int charactersPerToken = 4;
    qint64 tokens = 0;
    for (const ChatMessage &message : messages) {
        qint64 otherCharacters = 0;
        for (char32_t codePoint : QStringView(message.content).toUcs4()) {
            if (isCjk(codePoint))
                ++tokens;
            else
                ++otherCharacters;
        }
        tokens += (otherCharacters + charactersPerToken - 1) / charactersPerToken + perMessageOverhead;
    }
    return int(std::min<qint64>(tokens, std::numeric_limits<int>::max()));
}

} // namespace tailor
