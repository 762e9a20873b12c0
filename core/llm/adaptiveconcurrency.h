// AdaptiveConcurrency is how many calls an endpoint gets at once: the configured concurrency until the server
// answers 429, then half of it (at most once per second, and only for a 429 to a call sent since the last
// cut, so one burst of refusals counts once), growing back by one with each success. Under a server that
// really is overloaded it settles where the 429s stop; under sporadic 429s it stays near the configured
// value.
#pragma once

#include <QtGlobal>

namespace tailor {

class AdaptiveConcurrency
{
public:
    explicit AdaptiveConcurrency(int configured = 1);

    void setConfigured(int configured);
    int configured() const { return m_configured; }
    int limit() const { return m_limit; }
    // Stamp a call with this when it is sent; pass it back with its outcome.
    quint64 generation() const { return m_generation; }

    // Returns true when the limit was cut.
    bool onRateLimited(quint64 sentInGeneration, qint64 nowMs);
    void onSuccess();

    static constexpr qint64 minimumCutIntervalMs = 1000;

private:
    int m_configured = 1;
    int m_limit = 1;
    quint64 m_generation = 0;
    qint64 m_lastCutMs = -minimumCutIntervalMs;
};

} // namespace tailor
