// RequestLog is the workspace's record of every call to an LLM endpoint: when, by whom, which endpoint and
// model, the cache key (the hash of what was sent), tokens (and whether they were estimated), latency, time
// to first token, cost, cache hit, retries, the outcome and its error, and what the call served (prompt
// version, profile, experiment, profile fields sent). The LLM client appends in batches from its worker
// thread; list() and summarize() read it for the request log view, experiments and the CLI.
#pragma once

#include "llm/chatrequest.h"
#include "llm/chatresult.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tailor {

class Database;

struct RequestLogEntry
{
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString operatorName;
    QString endpoint;
    QString provider;
    QString model;
    QString cacheKey;
    ChatStatus status = ChatStatus::Failed;
    ChatFailure failure = ChatFailure::None;
    int httpStatus = 0;
    int promptTokens = 0;
    int completionTokens = 0;
    bool tokensEstimated = false;
    qint64 latencyMs = 0;
    qint64 ttftMs = -1;
    double cost = 0;
    bool cacheHit = false;
    bool dryRun = false;
    int retries = 0;
    QString error;
    RequestMetadata metadata;

    QJsonObject toJson() const;
};

struct RequestLogFilter
{
    QString endpoint;     // exact; empty: all
    QString experimentId; // exact; empty: all
    QDateTime since;      // inclusive; invalid: from the start
    int limit = 100;      // list() only; 0 = no limit
};

struct RequestLogSummary
{
    qint64 count = 0;
    qint64 ok = 0;
    qint64 failed = 0;
    qint64 cancelled = 0;
    qint64 cacheHits = 0;
    qint64 estimated = 0; // calls whose tokens were estimated
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 retries = 0;
    double cost = 0;
    // Over the calls that went to an endpoint and succeeded (no cache hits, no dry runs).
    qint64 p50LatencyMs = 0;
    qint64 p95LatencyMs = 0;

    QJsonObject toJson() const;
};

class RequestLog
{
public:
    explicit RequestLog(Database &database);

    // Newest first.
    Result<QList<RequestLogEntry>> list(const RequestLogFilter &filter);
    Result<RequestLogSummary> summarize(const RequestLogFilter &filter);

    // Appends within the caller's open transaction on `db`.
    static Result<void> append(QSqlDatabase db, const QList<RequestLogEntry> &entries);

private:
    Database &m_database;
};

} // namespace tailor
