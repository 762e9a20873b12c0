#include "adaptiveconcurrency.h"

#include <algorithm>

namespace tailor {

AdaptiveConcurrency::AdaptiveConcurrency(int configured)
    : m_configured(std::max(1, configured))
    , m_limit(m_configured)
{}

void AdaptiveConcurrency::setConfigured(int configured)
{
    configured = std::max(1, configured);
    if (configured == m_configured)
        return;
    // Without a cut in force the new value applies at once; after a cut the limit keeps growing back to it.
    const bool atFull = m_limit >= m_configured;
    m_configured = configured;
    m_limit = atFull ? configured : std::min(m_limit, configured);
}

bool AdaptiveConcurrency::onRateLimited(quint64 sentInGeneration, qint64 nowMs)
{
    if (sentInGeneration != m_generation || nowMs - m_lastCutMs < minimumCutIntervalMs)
        return false;
    m_limit = std::max(1, m_limit / 2);
    ++m_generation;
    m_lastCutMs = nowMs;
    return true;
}

void AdaptiveConcurrency::onSuccess()
{
    if (m_limit < m_configured)
        ++m_limit;
}

} // namespace tailor
