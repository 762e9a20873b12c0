// RetryPolicy decides how long to wait before trying a failed call again: exponential backoff with full
// jitter (a uniform wait between zero and base·2^(attempt−1), capped), so many clients that failed together
// do not return together; but never sooner than the server asked with Retry-After (seconds or an HTTP date)
// or retry-after-ms.
#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace tailor {

class RetryPolicy
{
public:
    explicit RetryPolicy(int baseDelayMs = 500, int maxDelayMs = 30000);

    int baseDelayMs() const { return m_baseDelayMs; }
    int maxDelayMs() const { return m_maxDelayMs; }

    // `random` in [0, 1): the jitter's draw.
    qint64 backoffMs(int attempt, double random) const;
    // The wait before attempt `attempt + 1` after attempt `attempt` failed.
    qint64 delayMs(int attempt, std::optional<qint64> retryAfterMs, double random) const;

    // The server's wish in milliseconds: retry-after-ms wins over Retry-After; nothing when neither parses.
    static std::optional<qint64> parseRetryAfter(QByteArrayView retryAfter, QByteArrayView retryAfterMs,
                                                 const QDateTime &now);

private:
    int m_baseDelayMs;
    int m_maxDelayMs;
};

} // namespace tailor
