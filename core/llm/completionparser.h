// CompletionParser reads what a chat completions endpoint sends back, once: a whole JSON answer, or a
// Server-Sent Events stream fed as the bytes arrive (data: lines, [DONE], usage chunks, chunks whose choices
// are null). It knows the error shapes of the servers Tailor talks to — OpenAI's {"error": {...}},
// llama.cpp's integer codes, vLLM's top-level "object": "error" — and recognises answers that are not
// OpenAI-compatible at all (HTML pages, plain text, JSON without choices). Invalid UTF-8 in the content is
// replaced with U+FFFD and flagged rather than failing the call.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace tailor {

// What a server said when it refused or failed, in its own words.
struct ServerError
{
    QString message; // trimmed to a few hundred characters, whitespace collapsed
    QString type;    // error.type, or error.code when it is text ("insufficient_quota")
    int code = 0;    // an integer code (llama.cpp, vLLM)
    bool json = false;
    bool html = false;

    bool isQuotaExhausted() const;
    // The message, or for an HTML page its title, or a sample of a text body.
    static ServerError fromBody(QByteArrayView body);
};

class CompletionParser
{
public:
    enum class State
    {
        Incomplete,   // a stream that has not ended (yet)
        Complete,     // a full answer: choices with content, or a stream that reached [DONE] / finish_reason
        ServerFailed, // the body or a chunk carried an error object
        Malformed,    // not an OpenAI-compatible answer
    };

    void reset();

    // A whole non-streaming answer (2xx).
    void parseBody(QByteArrayView body);

    // Streaming: feed the bytes as they come; returns how many characters of content this feed added (the
    // delta is the tail of content()).
    qsizetype feedStream(QByteArrayView bytes);
    // The stream ended without a network error: a stream without [DONE] or finish_reason stays Incomplete.
    void endStream();

    State state() const { return m_state; }
    const QString &content() const { return m_content; }
    const QString &finishReason() const { return m_finishReason; }
    const QString &model() const { return m_model; }
    int promptTokens() const { return m_promptTokens; } // -1: no usage report
    int completionTokens() const { return m_completionTokens; }
    bool invalidUtf8() const { return m_invalidUtf8; }
    bool sawDone() const { return m_sawDone; }
    const ServerError &serverError() const { return m_error; }
    // Why the answer is Malformed, for people.
    const QString &problem() const { return m_problem; }

private:
    void handleEvent(QByteArrayView data);
    void handleChunk(const QJsonObject &chunk);
    bool takeError(const QJsonObject &object);
    void setMalformed(const QString &problem);

    State m_state = State::Incomplete;
    QString m_content;
    QString m_finishReason;
    QString m_model;
    int m_promptTokens = -1;
    int m_completionTokens = -1;
    bool m_invalidUtf8 = false;
    bool m_sawDone = false;
    ServerError m_error;
    QString m_problem;
    QByteArray m_pending; // an incomplete line of the stream
    QByteArray m_eventData;
    QByteArray m_unframed; // stream bytes outside any event: an error body sent instead of a stream
    bool m_sawEvent = false;
};

} // namespace tailor
