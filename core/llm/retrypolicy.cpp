#include "retrypolicy.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace tailor {

RetryPolicy::RetryPolicy(int baseDelayMs, int maxDelayMs)
    : m_baseDelayMs(std::max(1, baseDelayMs))
    , m_maxDelayMs(std::max(m_baseDelayMs, maxDelayMs))
{}

qint64 RetryPolicy::backoffMs(int attempt, double random) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min<double>(m_maxDelayMs, double(m_baseDelayMs) * std::ldexp(1.0, exponent));
    return qint64(std::clamp(random, 0.0, 1.0) * ceiling);
}

qint64 RetryPolicy::delayMs(int attempt, std::optional<qint64> retryAfterMs, double random) const
{
    if (!retryAfterMs)
        return backoffMs(attempt, random);
    // What the server asked for, plus a little jitter (at most a tenth, at most 250 ms) so the callers it
    // turned away together do not all come back in the same millisecond.
    const qint64 jitter =
        qint64(std::clamp(random, 0.0, 1.0) * std::min<double>(250.0, *retryAfterMs / 10.0));
    return *retryAfterMs + jitter;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(QByteArrayView retryAfter, QByteArrayView retryAfterMs,
                                                   const QDateTime &now)
{
    if (!retryAfterMs.trimmed().isEmpty()) {
        bool ok = false;
        const double ms = QString::fromLatin1(retryAfterMs.trimmed()).toDouble(&ok);
        if (ok && ms >= 0 && std::isfinite(ms))
            return qint64(std::ceil(ms));
    }
    const QString text = QString::fromLatin1(retryAfter.trimmed());
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds >= 0 && std::isfinite(seconds)
                   ? std::optional<qint64>(qint64(std::ceil(seconds * 1000)))
                   : std::nullopt;
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    else
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace tailor
