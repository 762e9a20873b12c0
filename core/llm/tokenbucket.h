// TokenBucket enforces a per-minute budget — requests per minute or tokens per minute — as a bucket that
// refills continuously and holds at most one minute's worth, so a burst after a quiet spell is allowed but
// the average never exceeds the limit. A limit of 0 means no limit. Charges may overdraw the bucket (a call
// that used more tokens than estimated), which then delays the calls after it.
#pragma once

#include <QtGlobal>

namespace tailor {

class TokenBucket
{
public:
    explicit TokenBucket(qint64 perMinute = 0);

    void setLimit(qint64 perMinute, qint64 nowMs);
    qint64 limit() const { return m_perMinute; }

    // Milliseconds until `amount` can be taken (0: now). An amount larger than the bucket waits for a full
    // one.
    qint64 waitMs(double amount, qint64 nowMs);
    void take(double amount, qint64 nowMs);
    // Corrects an earlier charge (actual minus estimated); may go below zero.
    void adjust(double delta, qint64 nowMs);

private:
    void refill(qint64 nowMs);

    qint64 m_perMinute = 0;
    double m_level = 0;
    qint64 m_lastMs = -1;
};

} // namespace tailor
