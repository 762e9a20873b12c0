#include "chatrequest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tailor {

QString cachePolicyId(CachePolicy policy)
{
    switch (policy) {
    case CachePolicy::Use:
        return QStringLiteral("use");
    case CachePolicy::Bypass:
        return QStringLiteral("bypass");
    case CachePolicy::Refresh:
        return QStringLiteral("refresh");
    }
    return {};
}

std::optional<CachePolicy> parseCachePolicy(const QString &id)
{
    for (CachePolicy policy : {CachePolicy::Use, CachePolicy::Bypass, CachePolicy::Refresh}) {
        if (cachePolicyId(policy) == id.trimmed().toLower())
            return policy;
    }
    return std::nullopt;
}

ChatParameters ChatRequest::effectiveParameters() const
{
    return endpoint.parameters.overriddenBy(overrides);
}

bool ChatRequest::effectiveStream() const
{
    return stream.value_or(endpoint.streaming);
}

int ChatRequest::effectiveTimeoutMs() const
{
    return timeoutMs > 0 ? timeoutMs : endpoint.timeoutMs;
}

QByteArray ChatRequest::body() const
{
    QJsonObject object = effectiveParameters().toJson();
    object.insert(QLatin1String("model"), endpoint.model);
    object.insert(QLatin1String("messages"), ChatMessage::toJson(messages));
    if (effectiveStream()) {
        object.insert(QLatin1String("stream"), true);
        object.insert(QLatin1String("stream_options"), QJsonObject{{QLatin1String("include_usage"), true}});
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString ChatRequest::cacheKey() const
{
    QString base = endpoint.baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // QJsonObject keeps its keys sorted, so the compact serialization is canonical.
    const QJsonObject canonical{{QLatin1String("base_url"), base},
                                {QLatin1String("model"), endpoint.model},
                                {QLatin1String("parameters"), effectiveParameters().toJson()},
                                {QLatin1String("messages"), ChatMessage::toJson(messages)}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace tailor
