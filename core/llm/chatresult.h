// ChatResult is what one call to an endpoint came to: the completion (or the reason there is none), the
// tokens it cost — from the server's usage report, else estimated and flagged — its latency and time to the
// first streamed token, its price, whether the cache or an identical call in flight answered it, how often
// it was retried, and for a failure a kind and a message an operator can act on.
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace tailor {

enum class ChatStatus
{
    Ok,
    Failed,
    Cancelled,
};

// Why a call failed; retryable kinds are retried until the endpoint's attempts run out.
enum class ChatFailure
{
    None,
    RateLimited,      // 429 (retryable)
    ServerError,      // 500, 502, 503, 504 (retryable)
    ConnectionReset,  // closed before the answer was complete, or a truncated stream (retryable)
    Timeout,          // no complete answer within the timeout (retryable)
    QuotaExhausted,   // 429 insufficient_quota and its kin: paying, not waiting, helps
    Unauthorized,     // 401
    Forbidden,        // 403
    NotFound,         // 404: a wrong base URL or model
    BadRequest,       // 400, 422 and other 4xx: the server rejected what was sent
    ConnectionFailed, // refused, unreachable, a proxy failure
    HostNotFound,     // DNS
    Tls,              // certificate or handshake
    BadResponse,      // not OpenAI-compatible: HTML, not JSON, malformed JSON, no choices
    TooLarge,         // the answer exceeded the size cap
    NoSecret,         // the API key could not be found
    NotAllowed,       // the operator's role may not call endpoints: nothing was sent
    RedirectRefused,  // a redirect not followed: to another scheme, host or port (the key and prompt never
                      // go there), a 301/302/303 of a chat request, or too many in a row
    Cancelled,        // keep last: the request log parses ids up to it
};

QString chatStatusId(ChatStatus status);
QString chatFailureId(ChatFailure failure);
bool isRetryable(ChatFailure failure);

struct ChatResult
{
    quint64 requestId = 0;
    ChatStatus status = ChatStatus::Failed;
    ChatFailure failure = ChatFailure::None;
    QString error; // for people; never contains an API key

    QString content;
    QString finishReason;
    QString model; // as the server reported it, else as requested
    QString endpoint;
    QString cacheKey;

    int promptTokens = 0;
    int completionTokens = 0;
    bool tokensEstimated = false; // no usage report: counted with ChatMessage::estimateTokens
    qint64 latencyMs = 0;         // the final attempt, from sending to the last byte
    qint64 ttftMs = -1;           // streaming: from sending to the first content; -1 otherwise
    double cost = 0;
    int httpStatus = 0;
    int retries = 0;

    bool cached = false;      // answered from the response cache, or by an identical call in flight
    bool coalesced = false;   // answered by an identical call in flight
    bool dryRun = false;      // the dry-run endpoint: nothing was sent
    bool invalidUtf8 = false; // the server sent invalid UTF-8; it was replaced with U+FFFD
    bool streamed = false;

    bool ok() const { return status == ChatStatus::Ok; }
    QJsonObject toJson() const;
};

} // namespace tailor

Q_DECLARE_METATYPE(tailor::ChatResult)
