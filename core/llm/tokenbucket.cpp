#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace tailor {

TokenBucket::TokenBucket(qint64 perMinute)
    : m_perMinute(std::max<qint64>(0, perMinute))
    , m_level(double(m_perMinute))
{}

void TokenBucket::setLimit(qint64 perMinute, qint64 nowMs)
{
    perMinute = std::max<qint64>(0, perMinute);
    if (perMinute == m_perMinute)
        return;
    refill(nowMs);
    // Keep the fraction already spent when the limit changes.
    const double fraction = m_perMinute > 0 ? m_level / double(m_perMinute) : 1.0;
    m_perMinute = perMinute;
    m_level = fraction * double(perMinute);
}

void TokenBucket::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_level =
            std::min(double(m_perMinute), m_level + double(nowMs - m_lastMs) * double(m_perMinute) / 60000.0);
    if (nowMs > m_lastMs)
        m_lastMs = nowMs;
}

qint64 TokenBucket::waitMs(double amount, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return 0;
    refill(nowMs);
    const double needed = std::min(amount, double(m_perMinute)) - m_level;
    if (needed <= 0)
        return 0;
    return qint64(std::ceil(needed * 60000.0 / double(m_perMinute)));
}

void TokenBucket::take(double amount, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return;
    refill(nowMs);
    m_level -= amount;
}

void TokenBucket::adjust(double delta, qint64 nowMs)
{
    take(delta, nowMs);
}

} // namespace tailor
