#include "responsecache.h"

#include "identity/operatorservice.h"
#include "identity/role.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tailor {

QString CachedResponse::toJsonText() const
{
    QJsonObject object{{QLatin1String("content"), content},
                       {QLatin1String("finish_reason"), finishReason},
                       {QLatin1String("model"), model},
                       {QLatin1String("prompt_tokens"), promptTokens},
                       {QLatin1String("completion_tokens"), completionTokens}};
    if (tokensEstimated)
        object.insert(QLatin1String("tokens_estimated"), true);
    if (invalidUtf8)
        object.insert(QLatin1String("invalid_utf8"), true);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<CachedResponse> CachedResponse::fromJsonText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    CachedResponse response;
    response.content = object.value(QLatin1String("content")).toString();
    response.finishReason = object.value(QLatin1String("finish_reason")).toString();
    response.model = object.value(QLatin1String("model")).toString();
    response.promptTokens = object.value(QLatin1String("prompt_tokens")).toInt();
    response.completionTokens = object.value(QLatin1String("completion_tokens")).toInt();
    response.tokensEstimated = object.value(QLatin1String("tokens_estimated")).toBool();
    response.invalidUtf8 = object.value(QLatin1String("invalid_utf8")).toBool();
    return response;
}

QJsonObject CacheStats::toJson() const
{
    return QJsonObject{{QLatin1String("entries"), entries},
                       {QLatin1String("bytes"), bytes},
                       {QLatin1String("hits_since_start"), hitsSinceStart},
                       {QLatin1String("misses_since_start"), missesSinceStart}};
}

ResponseCache::ResponseCache(Database &database)
    : m_database(database)
{}

Result<std::optional<CachedResponse>> ResponseCache::lookup(const QString &key)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done = execSql(
            query, QStringLiteral("SELECT response FROM llm_response_cache WHERE cache_key = ?"), {key},
            QCoreApplication::translate("tailor::ResponseCache", "reading the response cache"));
        !done)
        return done.error();
    if (!query.next())
        return std::optional<CachedResponse>();
    return CachedResponse::fromJsonText(query.value(0).toString());
}

Result<CacheStats> ResponseCache::stats()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done =
            execSql(query, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(bytes), 0) FROM llm_response_cache"),
                    {}, QCoreApplication::translate("tailor::ResponseCache", "reading the response cache"));
        !done)
        return done.error();
    CacheStats stats;
    if (query.next()) {
        stats.entries = query.value(0).toLongLong();
        stats.bytes = query.value(1).toLongLong();
    }
    stats.hitsSinceStart = m_hits.load(std::memory_order_relaxed);
    stats.missesSinceStart = m_misses.load(std::memory_order_relaxed);
    return stats;
}

Result<qint64> ResponseCache::clear(OperatorService &operators)
{
    if (auto allowed = operators.require(Permission::ManageEndpoints); !allowed)
        return allowed.error();
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery query(db);
    if (auto done =
            execSql(query, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(bytes), 0) FROM llm_response_cache"),
                    {}, QCoreApplication::translate("tailor::ResponseCache", "reading the response cache"));
        !done)
        return done.error();
    const qint64 entries = query.next() ? query.value(0).toLongLong() : 0;
    const qint64 bytes = query.value(1).toLongLong();
    query.finish();
    if (db.driverName() == QLatin1String("QPSQL")) {
        // The server checks the role, deletes and audits.
        if (auto done =
                execSql(query, QStringLiteral("SELECT tailor_cache_clear()"), {},
                        QCoreApplication::translate("tailor::ResponseCache", "clearing the response cache"));
            !done)
            return done.error();
        const qint64 cleared = query.next() ? query.value(0).toLongLong() : entries;
        query.finish();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return cleared;
    }
    if (auto done =
            execSql(query, QStringLiteral("DELETE FROM llm_response_cache"), {},
                    QCoreApplication::translate("tailor::ResponseCache", "clearing the response cache"));
        !done)
        return done.error();
    if (auto entry = AuditLog::append(
            db, operators.actingOperator(), QStringLiteral("llm.cache.clear"), QStringLiteral("llm:cache"),
            QJsonObject{{QLatin1String("entries"), entries}, {QLatin1String("bytes"), bytes}});
        !entry)
        return entry.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return entries;
}

Result<void> ResponseCache::store(QSqlDatabase db, const QString &operatorName, const QString &key,
                                  const QString &endpoint, const QString &model,
                                  const CachedResponse &response)
{
    const QString text = response.toJsonText();
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QPSQL"))
        return execSql(query, QStringLiteral("SELECT tailor_cache_put(?, ?, ?, ?)"),
                       {key, endpoint, model, text},
                       QCoreApplication::translate("tailor::ResponseCache", "writing the response cache"));
    return execSql(
        query,
        QStringLiteral(
            "INSERT INTO llm_response_cache (cache_key, endpoint, model, response, bytes, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cache_key) DO UPDATE "
            "SET endpoint = excluded.endpoint, model = excluded.model, response = excluded.response, "
            "bytes = excluded.bytes, created_at = excluded.created_at WHERE "
            "llm_response_cache.created_by = excluded.created_by"),
        {key, endpoint, model, text, qint64(text.toUtf8().size()),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), operatorName},
        QCoreApplication::translate("tailor::ResponseCache", "writing the response cache"));
}

} // namespace tailor
