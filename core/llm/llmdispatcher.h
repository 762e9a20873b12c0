// LlmDispatcher is LlmClient's worker: it lives in the client's thread and does everything that touches the
// network or the worker's database connection. Each endpoint gets a lane — a queue, an adaptive concurrency
// limit, rate buckets, its resolved API key and ceil(concurrency / 6) network managers, because a
// QNetworkAccessManager runs at most six HTTP/1.1 requests per host. A job is one request on the wire
// (with its retries); tickets are the callers waiting for it — one, or several when identical requests were
// coalesced. Nothing here blocks: waits are timers, the keychain is asked asynchronously.
#pragma once

#include "llm/adaptiveconcurrency.h"
#include "llm/chatrequest.h"
#include "llm/chatresult.h"
#include "llm/completionparser.h"
#include "llm/connectionreport.h"
#include "llm/llmclient.h"
#include "llm/requestlog.h"
#include "llm/responsecache.h"
#include "llm/retrypolicy.h"
#include "llm/secretstore.h"
#include "llm/tokenbucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QRandomGenerator>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace tailor {

struct LlmJob;
struct LlmLane;

struct LlmTicket
{
    quint64 id = 0;
    ChatRequest request;
    QString cacheKey;
    QPromise<ChatResult> promise;
    std::function<void(const ChatResult &)> callback; // instead of the promise (test connection)
    qint64 submittedMs = 0;
    LlmJob *job = nullptr;
};

class LlmDispatcher : public QObject
{
    Q_OBJECT

public:
    LlmDispatcher(std::shared_ptr<Database> database, ResponseCache *cache, LlmClientOptions options);
    ~LlmDispatcher() override;

    // All of these run on the dispatcher's thread.
    void submit(LlmTicket *ticket);
    void cancel(quint64 id);
    void cancelAll();
    void testConnection(const EndpointConfig &endpoint, std::shared_ptr<QPromise<ConnectionReport>> promise);
    Result<void> flush();
    EndpointLoad load(const EndpointConfig &endpoint);
    // Cancels everything, writes the log, releases the network managers and the database connection.
    void shutdown();

signals:
    void delta(quint64 id, const QString &text);
    void retrying(quint64 id, int attempt, int maxAttempts, const QString &reason);
    void finished(quint64 id, const tailor::ChatResult &result);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct TimerTarget
    {
        enum class Kind
        {
            Timeout,
            Retry,
            Pump,
            Flush,
        };
        Kind kind = Kind::Flush;
        LlmJob *job = nullptr;
        LlmLane *lane = nullptr;
    };

    qint64 now() const { return m_clock.elapsed(); }
    LlmLane *laneFor(const EndpointConfig &endpoint);
    void resolveSecret(LlmLane *lane);
    void pump(LlmLane *lane);
    void schedulePump(LlmLane *lane, qint64 delayMs);
    void send(LlmJob *job);     // a new attempt
    void transmit(LlmJob *job); // the attempt's request, to the chat URL or where a redirect pointed
    void onReadyRead(LlmJob *job);
    void onFinished(LlmJob *job);
    void succeed(LlmJob *job, int httpStatus, qint64 latencyMs);
    void failAttempt(LlmJob *job, ChatFailure kind, QString message, int httpStatus, qint64 latencyMs,
                     std::optional<qint64> retryAfterMs);
    void finishJob(LlmJob *job, ChatResult result);
    void abandonJob(LlmJob *job);
    void deleteJob(LlmJob *job);
    void finishTicket(LlmTicket *ticket, ChatResult result);
    ChatResult failure(ChatFailure kind, const QString &message) const;
    void emitDelta(LlmJob *job, qsizetype added);
    int startTrackedTimer(qint64 ms, Qt::TimerType type, TimerTarget target);
    void stopTimer(int &id);
    void queueLog(const LlmTicket &ticket, const ChatResult &result);
    void fetchModels(LlmLane *lane, std::shared_ptr<QPromise<ConnectionReport>> promise,
                     std::shared_ptr<ConnectionReport> report);
    void requestModels(LlmLane *lane, const QUrl &url, int redirects, qint64 started,
                       std::shared_ptr<QPromise<ConnectionReport>> promise,
                       std::shared_ptr<ConnectionReport> report);

    std::shared_ptr<Database> m_database;
    ResponseCache *m_cache;
    LlmClientOptions m_options;
    SecretStore m_secrets;
    RetryPolicy m_retry;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;

    QHash<quint64, LlmTicket *> m_tickets;
    QHash<QString, LlmJob *> m_shared; // cache key → the job identical requests join
    QHash<QString, LlmLane *> m_lanes;
    QHash<int, TimerTarget> m_timers;

    QList<RequestLogEntry> m_pendingLog;
    struct PendingCacheWrite
    {
        QString key;
        QString endpoint;
        QString model;
        CachedResponse response;
    };
    QList<PendingCacheWrite> m_pendingCache;
    QHash<QString, CachedResponse> m_unflushedCache; // written to the database at the next flush
    int m_flushTimer = 0;
    quint64 m_probes = 0;
    bool m_shuttingDown = false;
};

} // namespace tailor
