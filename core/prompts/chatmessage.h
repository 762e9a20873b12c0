// ChatMessage is one rendered message of a prompt, ready for a chat completions request: its role
// ("system", "user" or "assistant") and its text. It also estimates how many tokens a list of messages
// costs, which the editor shows next to the live preview.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace tailor {

struct ChatMessage
{
    QString role;
    QString content;

    bool operator==(const ChatMessage &other) const = default;

    // [{"role": ..., "content": ...}, ...], the shape of the chat completions API.
    static QJsonArray toJson(const QList<ChatMessage> &messages);

    // A heuristic, not a tokenizer: about 4 characters per token for Latin-script text, 1 token per CJK
    // (Han, kana, Hangul) character, plus 4 tokens per message for the role and framing that chat APIs add.
    // Within about 20% of cl100k/o200k counts on English prompts; good enough for a budget, not a bill.
    static int estimateTokens(const QList<ChatMessage> &messages);
};

} // namespace tailor
