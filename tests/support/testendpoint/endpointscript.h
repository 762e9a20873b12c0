// EndpointScript is the JSON file form of a test endpoint's configuration — default latency, stream pacing,
// seed, model list and the ordered rules — as read by `tailor-testendpoint --script FILE.json`. The file is
// either an object with those keys and "rules", or a bare array of rules:
//
//   { "latencyMs": 100, "streamChunkMs": 5, "streamChunks": 4, "seed": 42, "models": ["tailor-test"],
//     "rules": [
//       { "match": { "nth": 1 }, "action": "error", "status": 503, "dialect": "vllm" },
//       { "match": { "userMessage": "rank" }, "times": 2, "action": "error", "status": 429, "retryAfter": 1
//       }, { "probability": 0.1, "action": "error", "status": 429, "retryAfterMs": 250 }, { "match": {
//       "stream": true }, "action": "reply", "content": "hello", "streamFault": "close",
//         "faultAfterChunks": 2 },
//       { "action": "reply", "json": { "items": [3, 1, 2] }, "delayMs": 20 } ] }
//
// Rule keys: "match" {route: chat|models|any, nth, userMessage (regex), body (regex), model, stream},
// "times", "probability", "delayMs", "action" (reply, error, quota, reset, hang, malformed, html, raw);
// reply: content | json, finishReason, hugeBytes, invalidUtf8, chunks, chunkDelayMs, omitUsage,
// nullChoicesChunk, streamFault (none, reset, close, hang, noDone), faultAfterChunks; error: status,
// dialect (openai, llamacpp, vllm), message, type, code, retryAfter, retryAfterMs; html / raw: status,
// contentType, body; any action: headers {name: value}. Unknown keys are errors, so typos do not pass
// silently.
#pragma once

#include "result.h"
#include "rule.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tailor::test {

struct EndpointScript
{
    std::optional<int> latencyMs;
    std::optional<int> streamChunkDelayMs;
    std::optional<int> streamChunks;
    std::optional<quint64> seed;
    QStringList models; // empty = keep the endpoint's
    QList<Rule> rules;

    static Result<EndpointScript> parse(const QByteArray &json);
    static Result<EndpointScript> load(const QString &path);
};

} // namespace tailor::test
