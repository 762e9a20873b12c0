#include "requestlog.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace tailor {

namespace {

// Texts of NOT NULL columns: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

ChatStatus parseStatus(const QString &id)
{
    for (ChatStatus status : {ChatStatus::Ok, ChatStatus::Failed, ChatStatus::Cancelled}) {
        if (chatStatusId(status) == id)
            return status;
    }
    return ChatStatus::Failed;
}

ChatFailure parseFailure(const QString &id)
{
    for (int i = int(ChatFailure::None); i <= int(ChatFailure::Cancelled); ++i) {
        if (chatFailureId(ChatFailure(i)) == id)
            return ChatFailure(i);
    }
    return ChatFailure::None;
}

// " WHERE ..." for the filter, with its bound values.
QString whereClause(const RequestLogFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (!filter.endpoint.isEmpty()) {
        conditions << QStringLiteral("endpoint = ?");
        *values << filter.endpoint;
    }
    if (!filter.experimentId.isEmpty()) {
        conditions << QStringLiteral("experiment_id = ?");
        *values << filter.experimentId;
    }
    if (filter.since.isValid()) {
        conditions << QStringLiteral("at >= ?");
        *values << filter.since.toUTC().toString(Qt::ISODateWithMs);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

qint64 percentile(QList<qint64> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    // Nearest rank.
    const qsizetype rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

QJsonObject RequestLogEntry::toJson() const
{
    QJsonObject object{{QLatin1String("id"), id},
                       {QLatin1String("at"), at},
                       {QLatin1String("operator"), operatorName},
                       {QLatin1String("endpoint"), endpoint},
                       {QLatin1String("provider"), provider},
                       {QLatin1String("model"), model},
                       {QLatin1String("cache_key"), cacheKey},
                       {QLatin1String("status"), chatStatusId(status)},
                       {QLatin1String("prompt_tokens"), promptTokens},
                       {QLatin1String("completion_tokens"), completionTokens},
                       {QLatin1String("tokens_estimated"), tokensEstimated},
                       {QLatin1String("latency_ms"), latencyMs},
                       {QLatin1String("cost"), cost},
                       {QLatin1String("cache_hit"), cacheHit},
                       {QLatin1String("retries"), retries}};
    if (ttftMs >= 0)
        object.insert(QLatin1String("ttft_ms"), ttftMs);
    if (httpStatus)
        object.insert(QLatin1String("http_status"), httpStatus);
    if (dryRun)
        object.insert(QLatin1String("dry_run"), true);
    if (failure != ChatFailure::None)
        object.insert(QLatin1String("failure"), chatFailureId(failure));
    if (!error.isEmpty())
        object.insert(QLatin1String("error"), error);
    if (!metadata.promptName.isEmpty())
        object.insert(QLatin1String("prompt"), metadata.promptName);
    if (metadata.promptVersion > 0)
        object.insert(QLatin1String("prompt_version"), metadata.promptVersion);
    if (!metadata.profileId.isEmpty())
        object.insert(QLatin1String("profile_id"), metadata.profileId);
    if (!metadata.experimentId.isEmpty())
        object.insert(QLatin1String("experiment_id"), metadata.experimentId);
    if (!metadata.fieldsSent.isEmpty())
        object.insert(QLatin1String("fields_sent"), QJsonArray::fromStringList(metadata.fieldsSent));
    return object;
}

QJsonObject RequestLogSummary::toJson() const
{
    return QJsonObject{{QLatin1String("count"), count},
                       {QLatin1String("ok"), ok},
                       {QLatin1String("failed"), failed},
                       {QLatin1String("cancelled"), cancelled},
                       {QLatin1String("cache_hits"), cacheHits},
                       {QLatin1String("estimated"), estimated},
                       {QLatin1String("prompt_tokens"), promptTokens},
                       {QLatin1String("completion_tokens"), completionTokens},
                       {QLatin1String("retries"), retries},
                       {QLatin1String("cost"), cost},
                       {QLatin1String("p50_latency_ms"), p50LatencyMs},
                       {QLatin1String("p95_latency_ms"), p95LatencyMs}};
}

RequestLog::RequestLog(Database &database)
    : m_database(database)
{}

Result<QList<RequestLogEntry>> RequestLog::list(const RequestLogFilter &filter)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QVariantList values;
    QString sql =
        QStringLiteral(
            "SELECT id, at, operator, endpoint, provider, model, cache_key, status, failure, http_status, "
            "prompt_tokens, completion_tokens, tokens_estimated, latency_ms, ttft_ms, cost, cache_hit, "
            "dry_run, retries, error, prompt_name, prompt_version, profile_id, experiment_id, fields_sent "
            "FROM llm_request_log") +
        whereClause(filter, &values) + QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(filter.limit);
    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    if (auto done = execSql(query, sql, values,
                            QCoreApplication::translate("tailor::RequestLog", "reading the request log"));
        !done)
        return done.error();
    QList<RequestLogEntry> entries;
    while (query.next()) {
        RequestLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.operatorName = query.value(2).toString();
        entry.endpoint = query.value(3).toString();
        entry.provider = query.value(4).toString();
        entry.model = query.value(5).toString();
        entry.cacheKey = query.value(6).toString();
        entry.status = parseStatus(query.value(7).toString());
        entry.failure = parseFailure(query.value(8).toString());
        entry.httpStatus = query.value(9).toInt();
        entry.promptTokens = query.value(10).toInt();
        entry.completionTokens = query.value(11).toInt();
        entry.tokensEstimated = query.value(12).toInt() != 0;
        entry.latencyMs = query.value(13).toLongLong();
        entry.ttftMs = query.value(14).isNull() ? -1 : query.value(14).toLongLong();
        entry.cost = query.value(15).toDouble();
        entry.cacheHit = query.value(16).toInt() != 0;
        entry.dryRun = query.value(17).toInt() != 0;
        entry.retries = query.value(18).toInt();
        entry.error = query.value(19).toString();
        entry.metadata.promptName = query.value(20).toString();
        entry.metadata.promptVersion = query.value(21).toInt();
        entry.metadata.profileId = query.value(22).toString();
        entry.metadata.experimentId = query.value(23).toString();
        const QString fields = query.value(24).toString();
        if (!fields.isEmpty())
            entry.metadata.fieldsSent = fields.split(QLatin1Char(','));
        entries.append(entry);
    }
    return entries;
}

Result<RequestLogSummary> RequestLog::summarize(const RequestLogFilter &filter)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QVariantList values;
    const QString where = whereClause(filter, &values);
    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    if (auto done =
            execSql(query,
                    QStringLiteral("SELECT COUNT(*), "
                                   "COALESCE(SUM(CASE WHEN status = 'ok' THEN 1 ELSE 0 END), 0), "
                                   "COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0), "
                                   "COALESCE(SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END), 0), "
                                   "COALESCE(SUM(cache_hit), 0), COALESCE(SUM(tokens_estimated), 0), "
                                   "COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(completion_tokens), 0), "
                                   "COALESCE(SUM(retries), 0), COALESCE(SUM(cost), 0) FROM llm_request_log") +
                        where,
                    values, QCoreApplication::translate("tailor::RequestLog", "summarizing the request log"));
        !done)
        return done.error();
    RequestLogSummary summary;
    if (query.next()) {
        summary.count = query.value(0).toLongLong();
        summary.ok = query.value(1).toLongLong();
        summary.failed = query.value(2).toLongLong();
        summary.cancelled = query.value(3).toLongLong();
        summary.cacheHits = query.value(4).toLongLong();
        summary.estimated = query.value(5).toLongLong();
        summary.promptTokens = query.value(6).toLongLong();
        summary.completionTokens = query.value(7).toLongLong();
        summary.retries = query.value(8).toLongLong();
        summary.cost = query.value(9).toDouble();
    }
    query.finish();
    const QString latencyWhere =
        (where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ")) +
        QStringLiteral("status = 'ok' AND cache_hit = 0 AND dry_run = 0");
    if (auto done =
            execSql(query, QStringLiteral("SELECT latency_ms FROM llm_request_log") + latencyWhere, values,
                    QCoreApplication::translate("tailor::RequestLog", "summarizing the request log"));
        !done)
        return done.error();
    QList<qint64> latencies;
    while (query.next())
        latencies.append(query.value(0).toLongLong());
    std::sort(latencies.begin(), latencies.end());
    summary.p50LatencyMs = percentile(latencies, 0.50);
    summary.p95LatencyMs = percentile(latencies, 0.95);
    return summary;
}

Result<void> RequestLog::append(QSqlDatabase db, const QList<RequestLogEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QPSQL")) {
        // One round trip for the batch; the server sets the operator (session_user) and the time.
        QJsonArray rows;
        for (const RequestLogEntry &entry : entries) {
            QJsonObject row{{QStringLiteral("endpoint"), entry.endpoint},
                            {QStringLiteral("provider"), entry.provider},
                            {QStringLiteral("model"), entry.model},
                            {QStringLiteral("cache_key"), entry.cacheKey},
                            {QStringLiteral("status"), chatStatusId(entry.status)},
                            {QStringLiteral("failure"), chatFailureId(entry.failure)},
                            {QStringLiteral("http_status"), entry.httpStatus},
                            {QStringLiteral("prompt_tokens"), entry.promptTokens},
                            {QStringLiteral("completion_tokens"), entry.completionTokens},
                            {QStringLiteral("tokens_estimated"), int(entry.tokensEstimated)},
                            {QStringLiteral("latency_ms"), entry.latencyMs},
                            {QStringLiteral("cost"), entry.cost},
                            {QStringLiteral("cache_hit"), int(entry.cacheHit)},
                            {QStringLiteral("dry_run"), int(entry.dryRun)},
                            {QStringLiteral("retries"), entry.retries},
                            {QStringLiteral("error"), entry.error}};
            if (entry.ttftMs >= 0)
                row.insert(QStringLiteral("ttft_ms"), entry.ttftMs);
            const auto optional = [&row](const char *key, const QString &value) {
                if (!value.isEmpty())
                    row.insert(QLatin1String(key), value);
            };
            optional("prompt_name", entry.metadata.promptName);
            if (entry.metadata.promptVersion > 0)
                row.insert(QStringLiteral("prompt_version"), entry.metadata.promptVersion);
            optional("profile_id", entry.metadata.profileId);
            optional("experiment_id", entry.metadata.experimentId);
            optional("fields_sent", entry.metadata.fieldsSent.join(QLatin1Char(',')));
            rows.append(row);
        }
        return execSql(query, QStringLiteral("SELECT tailor_request_log_write(?)"),
                       {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))},
                       QCoreApplication::translate("tailor::RequestLog", "writing the request log"));
    }
    if (!query.prepare(
            QStringLiteral("INSERT INTO llm_request_log (at, operator, endpoint, provider, model, cache_key, "
                           "status, failure, "
                           "http_status, prompt_tokens, completion_tokens, tokens_estimated, latency_ms, "
                           "ttft_ms, cost, cache_hit, "
                           "dry_run, retries, error, prompt_name, prompt_version, profile_id, experiment_id, "
                           "fields_sent) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Error::failed(
            QCoreApplication::translate("tailor::Sql", "Database error while %1: %2")
                .arg(QCoreApplication::translate("tailor::RequestLog", "writing the request log"),
                     describeSqlError(query.lastError())));
    for (const RequestLogEntry &entry : entries) {
        const QVariantList values{text(entry.at),
                                  text(entry.operatorName),
                                  text(entry.endpoint),
                                  text(entry.provider),
                                  text(entry.model),
                                  text(entry.cacheKey),
                                  chatStatusId(entry.status),
                                  chatFailureId(entry.failure),
                                  entry.httpStatus,
                                  entry.promptTokens,
                                  entry.completionTokens,
                                  int(entry.tokensEstimated),
                                  entry.latencyMs,
                                  entry.ttftMs >= 0 ? QVariant(entry.ttftMs)
                                                    : QVariant(QMetaType::fromType<qint64>()),
                                  entry.cost,
                                  int(entry.cacheHit),
                                  int(entry.dryRun),
                                  entry.retries,
                                  text(entry.error),
                                  nullableText(entry.metadata.promptName),
                                  entry.metadata.promptVersion > 0 ? QVariant(entry.metadata.promptVersion)
                                                                   : QVariant(QMetaType::fromType<int>()),
                                  nullableText(entry.metadata.profileId),
                                  nullableText(entry.metadata.experimentId),
                                  nullableText(entry.metadata.fieldsSent.join(QLatin1Char(',')))};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return Error::failed(
                QCoreApplication::translate("tailor::Sql", "Database error while %1: %2")
                    .arg(QCoreApplication::translate("tailor::RequestLog", "writing the request log"),
                         describeSqlError(query.lastError())));
    }
    return {};
}

} // namespace tailor
