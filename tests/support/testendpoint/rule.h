// Rule is one line of a test endpoint's script: a matcher (which requests it applies to, how many times, with
// what probability) and an action (a reply, a delay, an error in a server's dialect, a broken connection, a
// hang, a malformed or oversized body). The endpoint tries its rules in order and the first that matches
// answers; a request no rule takes gets the built-in answer (an echo completion, the model list, or 404).
// Factories build the common cases and chainable setters narrow them, e.g.
// `Rule::rateLimited(1).onlyTimes(2)` answers the first two chat requests with 429 and then falls through.
#pragma once

#include "recordedrequest.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace tailor::test {

struct Rule
{
    enum class Route
    {
        Chat,   // a path ending in /chat/completions (the default)
        Models, // a path ending in /models
        Any,    // every request, including unknown paths
    };
    enum class Action
    {
        Reply, // a chat completion (JSON or SSE, as the request asks) or, on Models, the model list
        Error, // an error status with a JSON body in `dialect`
        Raw,   // `status`, `contentType` and `rawBody` exactly as given (HTML pages, malformed JSON)
        Reset, // abort the connection with a TCP RST before answering
        Hang,  // accept the request and never answer
    };
    enum class Dialect
    {
        OpenAI,   // {"error":{"message","type","param","code"}} with a string code
        LlamaCpp, // {"error":{"code":<int>,"message","type"}}
        Vllm,     // {"object":"error","message","type","param","code":<int>}
    };
    // What happens to a stream after `faultAfterChunks` SSE events were sent.
    enum class StreamFault
    {
        None,
        Reset,  // TCP RST
        Close,  // graceful close (FIN) without the terminating HTTP chunk: a truncated stream
        Hang,   // stop sending and keep the connection open
        NoDone, // end the HTTP response properly but leave out `data: [DONE]`
    };

    // Matcher: every condition set must hold.
    Route route = Route::Chat;
    int nth = 0;                    // 1-based request number over all requests; 0 = any
    QRegularExpression userMessage; // searched in the last user message; empty pattern = any
    QRegularExpression body;        // searched in the raw request body; empty pattern = any
    QString model;                  // exact "model" of the request; empty = any
    std::optional<bool> stream;     // only streaming / only non-streaming requests
    int times = -1; // applies to the first `times` matching requests, then falls through; -1 = always
    double probability = 1.0; // chance that a matching request takes the rule (seeded, per request number)

    Action action = Action::Reply;
    int delayMs = -1; // before the first byte of the answer; -1 = the endpoint's default latency

    // Reply
    std::optional<QByteArray> content; // UTF-8 (or deliberately not); unset = the built-in echo
    QString finishReason = QStringLiteral("stop");
    qint64 hugeBytes = 0;     // > 0: the content is this many bytes of filler text
    bool invalidUtf8 = false; // append bytes that are not valid UTF-8 to the content
    int streamChunks = -1;    // content pieces in a stream; -1 = the endpoint's default
    int chunkDelayMs = -1;    // between SSE events; -1 = the endpoint's default
    bool omitUsage = false;   // no usage chunk even when stream_options.include_usage asks for it
    bool nullChoicesChunk =
        false; // add a vLLM-style chunk with "choices": null after the first content piece
    StreamFault streamFault = StreamFault::None;
    int faultAfterChunks = 0; // SSE events (role chunk included) sent before the fault

    // Error and Raw
    int status = 200;
    Dialect dialect = Dialect::OpenAI;
    QString message;            // empty = the status's reason phrase
    QString errorType;          // empty = what the dialect's server sends for the status
    QString errorCode;          // OpenAI string code; empty = the usual one for the status, or null
    int retryAfterSeconds = -1; // Retry-After header; -1 = none
    qint64 retryAfterMs = -1;   // retry-after-ms header; -1 = none
    QByteArray contentType;
    QByteArray rawBody;
    HttpHeaders extraHeaders;

    static Rule reply(const QString &content);
    static Rule replyJson(const QJsonValue &content); // the content is the compact JSON text of `content`
    static Rule error(int status, Dialect dialect = Dialect::OpenAI, const QString &message = {});
    static Rule rateLimited(int retryAfterSeconds, qint64 retryAfterMs = -1);
    static Rule quotaExhausted(); // 429 with OpenAI code and type "insufficient_quota"
    static Rule reset();
    static Rule hang();
    static Rule malformedJson();            // 200 application/json with a cut-off body
    static Rule htmlPage(int status = 502); // an nginx-style text/html error page
    static Rule raw(int status, const QByteArray &contentType, const QByteArray &body);
    // 301, 302, 303, 307 or 308 with `Location: location` (absolute, or relative to the request's URL).
    static Rule redirect(int status, const QString &location);
    static Rule hugeReply(qint64 bytes);
    static Rule invalidUtf8Reply();
    static Rule streamFaulting(StreamFault fault, int afterChunks);
    static Rule vllmNullChoices(); // a stream with a "choices": null chunk in it

    Rule &onRoute(Route value);
    Rule &onNth(int value);
    Rule &whenUserMessage(const QString &pattern);
    Rule &whenBody(const QString &pattern);
    Rule &forModel(const QString &value);
    Rule &onlyStreaming(bool value);
    Rule &onlyTimes(int value);
    Rule &withProbability(double value);
    Rule &afterDelay(int ms);
    Rule &withChunks(int count, int delayMs = -1);
    Rule &withoutUsage();

    // Matches everything except `times` and `probability`, which depend on the endpoint's state.
    bool matches(const RecordedRequest &request, Route requestRoute) const;

    // The JSON form used by `tailor-testendpoint --script` (see README.md).
    static Result<Rule> fromJson(const QJsonObject &object);
};

} // namespace tailor::test
