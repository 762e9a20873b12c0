// LlmClient sends chat completion requests to OpenAI-compatible endpoints from a worker thread of its own, so
// the GUI thread never waits on the network. submit() returns at once with a request id and a future; the
// finished() and delta() signals report on the client's thread. Behind it: per-endpoint queues that keep
// exactly the configured number of requests in flight (several network managers, since one opens at most six
// connections per host), requests-per-minute and tokens-per-minute buckets, concurrency that halves on 429
// and grows back, retries with jittered exponential backoff that honour Retry-After, timeouts, cancel at any
// moment, a response cache with identical in-flight requests sent once, the dry-run endpoint, and a request
// log written in batches on the worker's own database connection.
#pragma once

#include "llm/chatrequest.h"
#include "llm/chatresult.h"
#include "llm/connectionreport.h"
#include "llm/requestlog.h"
#include "llm/responsecache.h"
#include "result.h"

#include <QFuture>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace tailor {

class Database;
class LlmDispatcher;

struct LlmClientOptions
{
    QString operatorName;                       // recorded with every call in the request log
    qint64 maxResponseBytes = 16 * 1024 * 1024; // a larger answer fails with TooLarge
    int baseBackoffMs = 500;
    int maxBackoffMs = 30000;
    qint64 maxRetryAfterMs = 10 * 60 * 1000; // a server asking for a longer wait fails the call instead
    int logFlushIntervalMs = 50;             // request log rows are written at most this late...
    int logFlushRows = 100;                  // ...or as soon as this many are waiting
    QString keychainService = QStringLiteral("Tailor");
    // Asked before every call and connection test; a refusal fails it at once, without sending anything
    // (a call must be logged, and an operator who may not call endpoints may not write the log either).
    std::function<Result<void>()> authorize;
};

struct LlmCall
{
    quint64 id = 0;
    QFuture<ChatResult> result;
};

// How an endpoint's queue stands, for progress displays and tests.
struct EndpointLoad
{
    int configured = 0; // the endpoint's concurrency
    int limit = 0;      // after 429 cuts
    int inFlight = 0;
    int queued = 0;
    int networkManagers = 0;
};

class LlmClient : public QObject
{
    Q_OBJECT

public:
    // Without a database there is no response cache and no request log.
    explicit LlmClient(std::shared_ptr<Database> database, LlmClientOptions options = {},
                       QObject *parent = nullptr);
    ~LlmClient() override;

    // Thread-safe. The future always gets a result: Ok, Failed or Cancelled.
    LlmCall submit(ChatRequest request);
    // submit() and wait: for the CLI, tests and worker threads — never the GUI thread.
    ChatResult run(ChatRequest request);
    // The call ends as Cancelled at once: its reply is aborted and it is not retried. An identical call that
    // shares its request keeps it going.
    void cancel(quint64 id);
    void cancelAll();

    // GET {base}/models and a tiny chat request (no cache); never fails as a future, the report says why.
    QFuture<ConnectionReport> testConnection(const EndpointConfig &endpoint);

    // Writes the request log rows and cache entries still waiting; the error of the write, if it failed.
    Result<void> flushLog();
    EndpointLoad load(const EndpointConfig &endpoint);

    // Null without a database.
    ResponseCache *cache() { return m_cache.get(); }
    RequestLog *requestLog() { return m_log.get(); }

signals:
    // Streamed content as it arrives (only for streaming calls).
    void delta(quint64 id, const QString &text);
    // An attempt failed for `reason` and `attempt` (2 or more, of `maxAttempts`) follows after the backoff.
    // The deltas streamed so far belong to the failed attempt: the next attempt's deltas start the answer
    // again from its first character.
    void retrying(quint64 id, int attempt, int maxAttempts, const QString &reason);
    void finished(quint64 id, const tailor::ChatResult &result);

private:
    std::shared_ptr<Database> m_database;
    std::function<Result<void>()> m_authorize;
    std::unique_ptr<ResponseCache> m_cache;
    std::unique_ptr<RequestLog> m_log;
    QThread m_thread;
    LlmDispatcher *m_dispatcher = nullptr;
    std::atomic<quint64> m_nextId{0};
    std::atomic<bool> m_closing{false};
};

} // namespace tailor
