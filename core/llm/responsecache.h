// ResponseCache keeps endpoint answers in the workspace, keyed by ChatRequest::cacheKey() (the SHA-256 of the
// canonical base URL, model, parameters and messages), so an identical request costs nothing the second
// time. The LLM client reads and writes it from its worker thread (writes batched with the request log);
// stats() and clear() work from any thread on that thread's connection. Clearing is audited.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <optional>

namespace tailor {

class Database;
class OperatorService;

struct CachedResponse
{
    QString content;
    QString finishReason;
    QString model;
    int promptTokens = 0;
    int completionTokens = 0;
    bool tokensEstimated = false;
    bool invalidUtf8 = false;

    QString toJsonText() const;
    static std::optional<CachedResponse> fromJsonText(const QString &text);
};

struct CacheStats
{
    qint64 entries = 0;
    qint64 bytes = 0;          // of the stored answers
    qint64 hitsSinceStart = 0; // answered from the cache by this client since it started
    qint64 missesSinceStart = 0;

    QJsonObject toJson() const;
};

class ResponseCache
{
public:
    explicit ResponseCache(Database &database);

    // On the calling thread's connection.
    Result<std::optional<CachedResponse>> lookup(const QString &key);
    Result<CacheStats> stats();
    // Removes every entry; returns how many. Only operators who may manage endpoints clear it (it holds
    // answers everyone's runs reuse); audited as llm.cache.clear by the acting operator.
    Result<qint64> clear(OperatorService &operators);

    // Inserts or replaces within the caller's open transaction on `db`. An entry someone else wrote is never
    // replaced, so nobody rewrites another operator's answers. On PostgreSQL the server records the writer
    // (session_user) and checks that they may call endpoints.
    static Result<void> store(QSqlDatabase db, const QString &operatorName, const QString &key,
                              const QString &endpoint, const QString &model, const CachedResponse &response);

    void countHit() { m_hits.fetch_add(1, std::memory_order_relaxed); }
    void countMiss() { m_misses.fetch_add(1, std::memory_order_relaxed); }

private:
    Database &m_database;
    std::atomic<qint64> m_hits{0};
    std::atomic<qint64> m_misses{0};
};

} // namespace tailor
