// ResponseBuilder turns a recorded request and the rule that took it into a PlannedResponse: the exact bytes
// of the status line, headers and body, or the SSE events of a stream with their pacing and fault, or a
// reset or a hang. It holds no state besides the endpoint's settings, so each answer is a pure function of
// the request, the rule and the settings, and Exchange only has to play the plan out on the socket.
#pragma once

#include "recordedrequest.h"
#include "rule.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tailor::test {

struct EndpointSettings
{
    int latencyMs = 0;
    int streamChunkDelayMs = 0;
    int streamChunks = 4;
    QStringList models{QStringLiteral("tailor-test")};
};

struct PlannedResponse
{
    enum class Kind
    {
        Bytes,  // head + body, then the response is complete
        Stream, // head, then `events` as HTTP chunks paced by chunkDelayMs, then the terminating chunk
        Reset,
        Hang,
    };

    Kind kind = Kind::Bytes;
    int status = 200;
    int delayMs = 0;
    QByteArray head; // status line and headers, ending with the blank line
    QByteArray body;
    QList<QByteArray> events; // complete SSE events ("data: ...\n\n")
    int chunkDelayMs = 0;
    Rule::StreamFault fault = Rule::StreamFault::None;
    int faultAfterChunks = 0;
    bool chunked = true; // HTTP/1.1 chunked transfer encoding for streams; else close-delimited
    bool keepAlive = true;
};

class ResponseBuilder
{
public:
    explicit ResponseBuilder(EndpointSettings settings);

    // `ruleIndex` < 0 means no rule took the request and `rule` is a default-constructed one.
    PlannedResponse build(const RecordedRequest &request, const Rule &rule, int ruleIndex) const;

    static Rule::Route routeOf(const QString &path);
    static QByteArray reasonPhrase(int status);
    static QByteArray errorBody(const Rule &rule);
    // Ceil(chars / 4), at least 1 for non-empty text: the stand-in tokenizer of the endpoint.
    static int tokenEstimate(qsizetype chars);
    static int promptTokens(const RecordedRequest &request);
    // The built-in answer: "ok: " and the first 40 characters of the last user message.
    static QByteArray echoContent(const RecordedRequest &request);

private:
    PlannedResponse completion(const RecordedRequest &request, const Rule &rule) const;
    PlannedResponse stream(const RecordedRequest &request, const Rule &rule, const QByteArray &content) const;
    PlannedResponse models(const RecordedRequest &request, const Rule &rule) const;
    PlannedResponse bytes(const RecordedRequest &request, int status, const QByteArray &contentType,
                          const QByteArray &body, const HttpHeaders &extraHeaders) const;
    QByteArray headFor(const RecordedRequest &request, int status, const QByteArray &contentType,
                       const HttpHeaders &headers, bool keepAlive) const;
    QString modelFor(const RecordedRequest &request) const;

    EndpointSettings m_settings;
};

} // namespace tailor::test
