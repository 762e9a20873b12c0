#include "llmdispatcher.h"

#include "llm/failureclassifier.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimerEvent>

#include <algorithm>

namespace tailor {

namespace {

// One QNetworkAccessManager opens at most this many HTTP/1.1 connections to a host (Qt 6.4).
constexpr int connectionsPerManager = 6;
// A failed log write keeps at most this many rows waiting for the next try.
constexpr qsizetype maxPendingLogRows = 100000;

int completionEstimate(const QString &content)
{
    if (content.isEmpty())
        return 0;
    // estimateTokens adds the per-message framing; a completion has none.
    return std::max(0, ChatMessage::estimateTokens({ChatMessage{QStringLiteral("assistant"), content}}) - 4);
}

// Same-origin redirects followed within one attempt before the call fails.
constexpr int maxRedirects = 5;

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

// The API key and the prompt go only where the operator pointed the endpoint: never to another scheme (so
// never from https to http), host or port.
bool sameOrigin(const QUrl &from, const QUrl &to)
{
    return from.scheme() == to.scheme() && from.host() == to.host() && portOf(from) == portOf(to);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Where a 3xx answer points, resolved against the URL that was asked; empty without a usable Location.
QUrl redirectTarget(const QNetworkReply &reply, const QUrl &asked)
{
    const QByteArray location = reply.rawHeader(QByteArrayLiteral("Location")).trimmed();
    if (location.isEmpty())
        return {};
    const QUrl target(QString::fromUtf8(location));
    return target.isValid() ? asked.resolved(target) : QUrl();
}

QNetworkRequest endpointRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    // Qt's default policy follows a redirect to any host with every header, the API key included, and Qt 6.4
    // garbles redirected POSTs (measured here: sent twice, or answered "status 100"). Redirects come back as
    // 3xx answers instead, and the dispatcher decides.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace

struct LlmLane
{
    QString key;
    EndpointConfig config;
    QUrl chatUrl;
    std::vector<QNetworkAccessManager *> managers;
    std::vector<int> managerLoad;
    std::deque<LlmJob *> queue;
    int inFlight = 0;
    AdaptiveConcurrency concurrency;
    TokenBucket requestBucket;
    TokenBucket tokenBucket;
    int pumpTimer = 0;
    qint64 pumpAtMs = 0;

    enum class SecretState
    {
        Unresolved,
        Resolving,
        Ready,
    };
    SecretState secretState = SecretState::Unresolved;
    quint64 secretEpoch = 0;
    QByteArray authName;
    QByteArray authValue;
    QString secret; // scrubbed from every message that leaves the dispatcher
};

struct LlmJob
{
    LlmLane *lane = nullptr;
    ChatRequest request;
    QString cacheKey;
    QByteArray body;
    bool stream = false;
    bool shared = false; // in m_shared: identical requests join it
    bool store = false;  // write the answer to the cache
    int promptEstimate = 0;
    double tokenCharge = 0;
    int timeoutMs = 0;

    int attempt = 0;
    QNetworkReply *reply = nullptr;
    int managerIndex = -1;
    int timeoutTimer = 0;
    int retryTimer = 0;
    quint64 generation = 0;
    qint64 sentMs = 0;
    qint64 ttftMs = -1;
    qint64 received = 0;
    bool timedOut = false;
    bool tooLarge = false;
    bool headersChecked = false;
    bool eventStream = false;
    QUrl url;          // where this attempt's request goes: the chat URL, or a same-origin redirect of it
    int redirects = 0; // followed in this attempt
    CompletionParser parser;

    QList<LlmTicket *> waiters;
};

LlmDispatcher::LlmDispatcher(std::shared_ptr<Database> database, ResponseCache *cache,
                             LlmClientOptions options)
    : m_database(std::move(database))
    , m_cache(cache)
    , m_options(std::move(options))
    , m_secrets(m_options.keychainService)
    , m_retry(m_options.baseBackoffMs, m_options.maxBackoffMs)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_clock.start();
}

LlmDispatcher::~LlmDispatcher()
{
    // shutdown() ran on the worker thread; what is left are plain data structures.
    qDeleteAll(m_lanes);
}

int LlmDispatcher::startTrackedTimer(qint64 ms, Qt::TimerType type, TimerTarget target)
{
    const int id = startTimer(std::chrono::milliseconds(std::max<qint64>(0, ms)), type);
    if (id)
        m_timers.insert(id, target);
    return id;
}

void LlmDispatcher::stopTimer(int &id)
{
    if (!id)
        return;
    killTimer(id);
    m_timers.remove(id);
    id = 0;
}

LlmLane *LlmDispatcher::laneFor(const EndpointConfig &endpoint)
{
    const QString key = endpoint.name + QChar(0x1f) + endpoint.baseUrl;
    LlmLane *lane = m_lanes.value(key);
    const qint64 at = now();
    if (!lane) {
        lane = new LlmLane;
        lane->key = key;
        lane->config = endpoint;
        lane->chatUrl = endpoint.chatCompletionsUrl();
        lane->concurrency = AdaptiveConcurrency(endpoint.concurrency);
        lane->requestBucket = TokenBucket(endpoint.requestsPerMinute);
        lane->tokenBucket = TokenBucket(endpoint.tokensPerMinute);
        m_lanes.insert(key, lane);
    } else if (!(lane->config == endpoint)) {
        if (lane->config.secretEnv != endpoint.secretEnv || lane->config.secretKey != endpoint.secretKey ||
            lane->config.provider != endpoint.provider) {
            lane->secretState = LlmLane::SecretState::Unresolved;
            ++lane->secretEpoch;
        }
        lane->config = endpoint;
        lane->chatUrl = endpoint.chatCompletionsUrl();
        lane->concurrency.setConfigured(endpoint.concurrency);
        lane->requestBucket.setLimit(endpoint.requestsPerMinute, at);
        lane->tokenBucket.setLimit(endpoint.tokensPerMinute, at);
    }
    const size_t wanted =
        size_t((std::max(1, endpoint.concurrency) + connectionsPerManager - 1) / connectionsPerManager);
    while (lane->managers.size() < wanted) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setAutoDeleteReplies(false);
        // Also for any request made without endpointRequest(): a redirect is an answer, never followed.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        lane->managers.push_back(manager);
        lane->managerLoad.push_back(0);
    }
    return lane;
}

void LlmDispatcher::resolveSecret(LlmLane *lane)
{
    lane->secretState = LlmLane::SecretState::Resolving;
    const quint64 epoch = ++lane->secretEpoch;
    const QString key = lane->key;
    m_secrets.resolveAsync(lane->config, this, [this, key, epoch](Result<QString> secret) {
        LlmLane *lane = m_lanes.value(key);
        if (!lane || lane->secretEpoch != epoch)
            return;
        if (!secret) {
            lane->secretState = LlmLane::SecretState::Unresolved;
            std::deque<LlmJob *> waiting;
            waiting.swap(lane->queue);
            for (LlmJob *job : waiting)
                finishJob(job, failure(ChatFailure::NoSecret, secret.error().message));
            return;
        }
        lane->secret = secret.value();
        lane->authName.clear();
        lane->authValue.clear();
        if (!lane->secret.isEmpty()) {
            if (lane->config.usesApiKeyHeader()) {
                lane->authName = QByteArrayLiteral("api-key");
                lane->authValue = lane->secret.toUtf8();
            } else {
                lane->authName = QByteArrayLiteral("Authorization");
                lane->authValue = QByteArrayLiteral("Bearer ") + lane->secret.toUtf8();
            }
        }
        lane->secretState = LlmLane::SecretState::Ready;
        pump(lane);
    });
}

void LlmDispatcher::schedulePump(LlmLane *lane, qint64 delayMs)
{
    const qint64 at = now() + delayMs;
    if (lane->pumpTimer && lane->pumpAtMs <= at)
        return;
    stopTimer(lane->pumpTimer);
    lane->pumpAtMs = at;
    lane->pumpTimer = startTrackedTimer(delayMs, Qt::PreciseTimer, {TimerTarget::Kind::Pump, nullptr, lane});
}

void LlmDispatcher::pump(LlmLane *lane)
{
    if (lane->queue.empty() || m_shuttingDown)
        return;
    if (lane->secretState != LlmLane::SecretState::Ready) {
        if (lane->secretState == LlmLane::SecretState::Unresolved)
            resolveSecret(lane);
        return;
    }
    const qint64 at = now();
    while (!lane->queue.empty() && lane->inFlight < lane->concurrency.limit()) {
        LlmJob *job = lane->queue.front();
        const qint64 wait =
            std::max(lane->requestBucket.waitMs(1, at), lane->tokenBucket.waitMs(job->tokenCharge, at));
        if (wait > 0) {
            schedulePump(lane, wait);
            break;
        }
        lane->queue.pop_front();
        lane->requestBucket.take(1, at);
        lane->tokenBucket.take(job->tokenCharge, at);
        send(job);
    }
}

void LlmDispatcher::send(LlmJob *job)
{
    ++job->attempt;
    job->url = job->lane->chatUrl;
    job->redirects = 0;
    transmit(job);
}

void LlmDispatcher::transmit(LlmJob *job)
{
    LlmLane *lane = job->lane;
    job->parser.reset();
    job->received = 0;
    job->ttftMs = -1;
    job->timedOut = false;
    job->tooLarge = false;
    job->headersChecked = false;
    job->eventStream = false;

    QNetworkRequest request = endpointRequest(job->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), job->stream ? QByteArrayLiteral("text/event-stream")
                                                                  : QByteArrayLiteral("application/json"));
    if (!lane->authName.isEmpty())
        request.setRawHeader(lane->authName, lane->authValue);

    size_t best = 0;
    for (size_t i = 1; i < lane->managers.size(); ++i) {
        if (lane->managerLoad[i] < lane->managerLoad[best])
            best = i;
    }
    QNetworkReply *reply = lane->managers[best]->post(request, job->body);
    job->reply = reply;
    job->managerIndex = int(best);
    ++lane->managerLoad[best];
    ++lane->inFlight;
    job->generation = lane->concurrency.generation();
    job->sentMs = now();
    connect(reply, &QNetworkReply::readyRead, this, [this, job] { onReadyRead(job); });
    connect(reply, &QNetworkReply::finished, this, [this, job] { onFinished(job); });
    job->timeoutTimer =
        startTrackedTimer(job->timeoutMs, Qt::CoarseTimer, {TimerTarget::Kind::Timeout, job, nullptr});
}

void LlmDispatcher::emitDelta(LlmJob *job, qsizetype added)
{
    if (added <= 0)
        return;
    if (job->ttftMs < 0)
        job->ttftMs = now() - job->sentMs;
    const QString text = job->parser.content().right(added);
    for (LlmTicket *ticket : std::as_const(job->waiters))
        emit delta(ticket->id, text);
}

void LlmDispatcher::onReadyRead(LlmJob *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply)
        return;
    if (!job->headersChecked) {
        job->headersChecked = true;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        job->eventStream = job->stream && status >= 200 && status < 300 &&
                           reply->header(QNetworkRequest::ContentTypeHeader)
                               .toString()
                               .contains(QLatin1String("text/event-stream"), Qt::CaseInsensitive);
    }
    if (job->eventStream) {
        const QByteArray data = reply->readAll();
        job->received += data.size();
        if (job->received > m_options.maxResponseBytes) {
            job->tooLarge = true;
            reply->abort();
            return;
        }
        emitDelta(job, job->parser.feedStream(data));
    } else if (reply->bytesAvailable() > m_options.maxResponseBytes) {
        job->tooLarge = true;
        reply->abort();
    }
}

void LlmDispatcher::onFinished(LlmJob *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply)
        return;
    job->reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    stopTimer(job->timeoutTimer);
    LlmLane *lane = job->lane;
    --lane->inFlight;
    --lane->managerLoad[size_t(job->managerIndex)];
    if (job->waiters.isEmpty()) {
        deleteJob(job);
        pump(lane);
        return;
    }

    const qint64 latency = now() - job->sentMs;
    const EndpointConfig &endpoint = job->request.endpoint;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    AttemptFailure failed;
    std::optional<qint64> retryAfter;

    auto judgeParser = [&] {
        switch (job->parser.state()) {
        case CompletionParser::State::Complete:
            break;
        case CompletionParser::State::ServerFailed:
            failed = FailureClassifier::fromServerError(job->parser.serverError(), endpoint);
            break;
        case CompletionParser::State::Malformed:
            failed = FailureClassifier::malformed(job->parser.problem(), endpoint);
            break;
        case CompletionParser::State::Incomplete:
            failed = FailureClassifier::truncatedStream(endpoint);
            break;
        }
    };

    if (job->tooLarge) {
        failed = FailureClassifier::tooLarge(m_options.maxResponseBytes, endpoint);
    } else if (job->timedOut) {
        failed = FailureClassifier::timeout(job->timeoutMs, endpoint);
    } else if (status == 0) {
        failed = FailureClassifier::fromNetworkError(networkError, reply->errorString(), endpoint);
    } else if (const QUrl target = isRedirect(status) ? redirectTarget(*reply, job->url) : QUrl();
               !target.isEmpty()) {
        if (!sameOrigin(lane->chatUrl, target)) {
            failed = FailureClassifier::refusedRedirect(target, endpoint);
        } else if (status != 307 && status != 308) {
            failed = FailureClassifier::methodChangingRedirect(status, target, endpoint);
        } else if (job->redirects >= maxRedirects) {
            failed = FailureClassifier::tooManyRedirects(maxRedirects, target, endpoint);
        } else {
            // 307 and 308 keep the method and body; the same attempt goes on at the new address.
            ++job->redirects;
            job->url = target;
            transmit(job);
            return;
        }
    } else if (status >= 200 && status < 300) {
        if (!job->headersChecked) {
            job->headersChecked = true;
            job->eventStream =
                job->stream && reply->header(QNetworkRequest::ContentTypeHeader)
                                   .toString()
                                   .contains(QLatin1String("text/event-stream"), Qt::CaseInsensitive);
        }
        if (job->eventStream) {
            const QByteArray rest = reply->readAll();
            job->received += rest.size();
            emitDelta(job, job->parser.feedStream(rest));
            if (job->received > m_options.maxResponseBytes) {
                failed = FailureClassifier::tooLarge(m_options.maxResponseBytes, endpoint);
            } else if (networkError != QNetworkReply::NoError &&
                       job->parser.state() != CompletionParser::State::Complete) {
                failed = FailureClassifier::fromNetworkError(networkError, reply->errorString(), endpoint);
                if (failed.kind == ChatFailure::BadResponse)
                    failed = FailureClassifier::truncatedStream(endpoint);
            } else {
                job->parser.endStream();
                judgeParser();
            }
        } else {
            const QByteArray body = reply->readAll();
            if (body.size() > m_options.maxResponseBytes) {
                failed = FailureClassifier::tooLarge(m_options.maxResponseBytes, endpoint);
            } else if (networkError != QNetworkReply::NoError) {
                failed = FailureClassifier::fromNetworkError(networkError, reply->errorString(), endpoint);
            } else {
                job->parser.parseBody(body);
                judgeParser();
            }
        }
    } else {
        const QByteArray body = reply->readAll();
        failed = FailureClassifier::fromHttpStatus(status, ServerError::fromBody(body), endpoint);
        retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                                  reply->rawHeader(QByteArrayLiteral("retry-after-ms")),
                                                  QDateTime::currentDateTimeUtc());
    }

    if (failed.kind == ChatFailure::None)
        succeed(job, status, latency);
    else
        failAttempt(job, failed.kind, failed.message, status, latency, retryAfter);
    pump(lane);
}

void LlmDispatcher::succeed(LlmJob *job, int httpStatus, qint64 latencyMs)
{
    LlmLane *lane = job->lane;
    lane->concurrency.onSuccess();
    const CompletionParser &parser = job->parser;
    ChatResult result;
    result.status = ChatStatus::Ok;
    result.content = parser.content();
    result.finishReason = parser.finishReason();
    result.model = parser.model().isEmpty() ? job->request.endpoint.model : parser.model();
    if (parser.promptTokens() >= 0 && parser.completionTokens() >= 0) {
        result.promptTokens = parser.promptTokens();
        result.completionTokens = parser.completionTokens();
    } else {
        result.promptTokens = parser.promptTokens() >= 0 ? parser.promptTokens() : job->promptEstimate;
        result.completionTokens =
            parser.completionTokens() >= 0 ? parser.completionTokens() : completionEstimate(result.content);
        result.tokensEstimated = true;
    }
    lane->tokenBucket.adjust(double(result.promptTokens + result.completionTokens) - job->tokenCharge, now());
    result.latencyMs = latencyMs;
    result.ttftMs = job->eventStream ? job->ttftMs : -1;
    result.cost = job->request.endpoint.costOf(result.promptTokens, result.completionTokens);
    result.httpStatus = httpStatus;
    result.retries = job->attempt - 1;
    result.invalidUtf8 = parser.invalidUtf8();
    result.streamed = job->eventStream;
    if (job->store) {
        CachedResponse cached{result.content,      result.finishReason,     result.model,
                              result.promptTokens, result.completionTokens, result.tokensEstimated,
                              result.invalidUtf8};
        m_unflushedCache.insert(job->cacheKey, cached);
        m_pendingCache.append(
            {job->cacheKey, job->request.endpoint.name, job->request.endpoint.model, cached});
    }
    finishJob(job, std::move(result));
}

void LlmDispatcher::failAttempt(LlmJob *job, ChatFailure kind, QString message, int httpStatus,
                                qint64 latencyMs, std::optional<qint64> retryAfterMs)
{
    LlmLane *lane = job->lane;
    const qint64 at = now();
    if (kind == ChatFailure::RateLimited)
        lane->concurrency.onRateLimited(job->generation, at);
    if (kind == ChatFailure::Unauthorized && lane->secretState == LlmLane::SecretState::Ready) {
        // The key may have been replaced since it was read; read it again for the next call.
        lane->secretState = LlmLane::SecretState::Unresolved;
        ++lane->secretEpoch;
    }
    const bool retryable =
        isRetryable(kind) && job->attempt < job->request.endpoint.maxAttempts && !m_shuttingDown;
    if (retryable && retryAfterMs && *retryAfterMs > m_options.maxRetryAfterMs) {
        message = QCoreApplication::translate(
                      "tailor::LlmClient",
                      "%1; the server asks to wait %2 s before retrying, longer than Tailor waits")
                      .arg(message)
                      .arg(*retryAfterMs / 1000);
    } else if (retryable) {
        const qint64 delay = m_retry.delayMs(job->attempt, retryAfterMs, m_random.generateDouble());
        job->retryTimer =
            startTrackedTimer(delay, Qt::PreciseTimer, {TimerTarget::Kind::Retry, job, nullptr});
        if (!lane->secret.isEmpty())
            message.replace(lane->secret, QStringLiteral("[redacted]"));
        for (LlmTicket *ticket : std::as_const(job->waiters))
            emit retrying(ticket->id, job->attempt + 1, job->request.endpoint.maxAttempts, message);
        return;
    }
    if (isRetryable(kind))
        message = FailureClassifier::afterAttempts(message, job->attempt);
    ChatResult result = failure(kind, message);
    if (!lane->secret.isEmpty())
        result.error.replace(lane->secret, QStringLiteral("[redacted]"));
    result.httpStatus = httpStatus;
    result.latencyMs = latencyMs;
    result.retries = job->attempt - 1;
    result.model = job->request.endpoint.model;
    result.promptTokens = job->promptEstimate;
    result.tokensEstimated = true;
    finishJob(job, std::move(result));
}

ChatResult LlmDispatcher::failure(ChatFailure kind, const QString &message) const
{
    ChatResult result;
    result.status = kind == ChatFailure::Cancelled ? ChatStatus::Cancelled : ChatStatus::Failed;
    result.failure = kind;
    result.error = message;
    return result;
}

void LlmDispatcher::finishJob(LlmJob *job, ChatResult result)
{
    if (job->shared && m_shared.value(job->cacheKey) == job)
        m_shared.remove(job->cacheKey);
    job->shared = false;
    const QList<LlmTicket *> waiters = std::exchange(job->waiters, {});
    deleteJob(job);
    bool leader = true;
    for (LlmTicket *ticket : waiters) {
        ticket->job = nullptr;
        ChatResult copy = result;
        if (!leader && copy.ok()) {
            copy.cached = true;
            copy.coalesced = true;
            copy.cost = 0;
            copy.retries = 0;
        }
        leader = false;
        finishTicket(ticket, std::move(copy));
    }
}

void LlmDispatcher::deleteJob(LlmJob *job)
{
    stopTimer(job->timeoutTimer);
    stopTimer(job->retryTimer);
    if (job->shared && m_shared.value(job->cacheKey) == job)
        m_shared.remove(job->cacheKey);
    delete job;
}

void LlmDispatcher::abandonJob(LlmJob *job)
{
    if (job->shared && m_shared.value(job->cacheKey) == job)
        m_shared.remove(job->cacheKey);
    job->shared = false;
    if (job->reply) {
        // onFinished sees no waiters and deletes the job.
        job->reply->abort();
        return;
    }
    if (!job->retryTimer) {
        auto &queue = job->lane->queue;
        queue.erase(std::remove(queue.begin(), queue.end(), job), queue.end());
    }
    deleteJob(job);
}

void LlmDispatcher::finishTicket(LlmTicket *ticket, ChatResult result)
{
    result.requestId = ticket->id;
    result.endpoint = ticket->request.endpoint.name;
    result.cacheKey = ticket->cacheKey;
    if (result.model.isEmpty())
        result.model = ticket->request.endpoint.model;
    if (m_database)
        queueLog(*ticket, result);
    m_tickets.remove(ticket->id);
    if (ticket->callback) {
        ticket->callback(result);
    } else {
        ticket->promise.addResult(result);
        ticket->promise.finish();
    }
    if (!ticket->callback)
        emit finished(ticket->id, result);
    delete ticket;
}

void LlmDispatcher::submit(LlmTicket *ticket)
{
    ticket->submittedMs = now();
    m_tickets.insert(ticket->id, ticket);
    const ChatRequest &request = ticket->request;
    if (m_shuttingDown) {
        finishTicket(ticket,
                     failure(ChatFailure::Cancelled,
                             QCoreApplication::translate("tailor::LlmClient",
                                                         "Cancelled: the LLM client is shutting down.")));
        return;
    }
    if (request.endpoint.isDryRun()) {
        ChatResult result;
        result.status = ChatStatus::Ok;
        result.dryRun = true;
        result.promptTokens = ChatMessage::estimateTokens(request.messages);
        result.tokensEstimated = true;
        result.cost = request.endpoint.costOf(result.promptTokens, 0);
        result.finishReason = QStringLiteral("dry_run");
        ticket->cacheKey = request.cacheKey();
        finishTicket(ticket, std::move(result));
        return;
    }
    if (auto valid = request.endpoint.validate(); !valid) {
        finishTicket(ticket, failure(ChatFailure::BadRequest, valid.error().message));
        return;
    }
    if (request.messages.isEmpty()) {
        finishTicket(ticket, failure(ChatFailure::BadRequest,
                                     QCoreApplication::translate("tailor::LlmClient",
                                                                 "The request has no messages to send.")));
        return;
    }
    ticket->cacheKey = request.cacheKey();
    const bool cacheable = m_cache && request.cache != CachePolicy::Bypass;
    if (cacheable && request.cache == CachePolicy::Use) {
        if (LlmJob *running = m_shared.value(ticket->cacheKey)) {
            running->waiters.append(ticket);
            ticket->job = running;
            return;
        }
        std::optional<CachedResponse> hit;
        if (auto unflushed = m_unflushedCache.constFind(ticket->cacheKey);
            unflushed != m_unflushedCache.cend()) {
            hit = unflushed.value();
        } else if (auto stored = m_cache->lookup(ticket->cacheKey); stored.ok()) {
            hit = stored.value();
        }
        if (hit) {
            m_cache->countHit();
            ChatResult result;
            result.status = ChatStatus::Ok;
            result.cached = true;
            result.content = hit->content;
            result.finishReason = hit->finishReason;
            result.model = hit->model;
            result.promptTokens = hit->promptTokens;
            result.completionTokens = hit->completionTokens;
            result.tokensEstimated = hit->tokensEstimated;
            result.invalidUtf8 = hit->invalidUtf8;
            result.latencyMs = now() - ticket->submittedMs;
            finishTicket(ticket, std::move(result));
            return;
        }
        m_cache->countMiss();
    }

    auto *job = new LlmJob;
    job->request = request;
    job->cacheKey = ticket->cacheKey;
    job->body = request.body();
    job->stream = request.effectiveStream();
    job->store = cacheable;
    job->timeoutMs = request.effectiveTimeoutMs();
    job->promptEstimate = ChatMessage::estimateTokens(request.messages);
    job->tokenCharge = job->promptEstimate + request.effectiveParameters().maxTokens.value_or(0);
    job->waiters.append(ticket);
    ticket->job = job;
    if (cacheable) {
        m_shared.insert(job->cacheKey, job);
        job->shared = true;
    }
    job->lane = laneFor(request.endpoint);
    job->lane->queue.push_back(job);
    pump(job->lane);
}

void LlmDispatcher::cancel(quint64 id)
{
    LlmTicket *ticket = m_tickets.value(id);
    if (!ticket)
        return;
    if (LlmJob *job = std::exchange(ticket->job, nullptr)) {
        job->waiters.removeOne(ticket);
        if (job->waiters.isEmpty())
            abandonJob(job);
    }
    finishTicket(ticket, failure(ChatFailure::Cancelled,
                                 QCoreApplication::translate("tailor::LlmClient", "Cancelled.")));
}

void LlmDispatcher::cancelAll()
{
    const QList<quint64> ids = m_tickets.keys();
    for (quint64 id : ids)
        cancel(id);
}

void LlmDispatcher::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    const auto found = m_timers.constFind(id);
    if (found == m_timers.cend()) {
        killTimer(id);
        return;
    }
    const TimerTarget target = found.value();
    switch (target.kind) {
    case TimerTarget::Kind::Timeout:
        stopTimer(target.job->timeoutTimer);
        if (target.job->reply) {
            target.job->timedOut = true;
            target.job->reply->abort();
        }
        break;
    case TimerTarget::Kind::Retry:
        stopTimer(target.job->retryTimer);
        target.job->lane->queue.push_front(target.job);
        pump(target.job->lane);
        break;
    case TimerTarget::Kind::Pump:
        stopTimer(target.lane->pumpTimer);
        pump(target.lane);
        break;
    case TimerTarget::Kind::Flush:
        stopTimer(m_flushTimer);
        (void)flush();
        break;
    }
}

void LlmDispatcher::queueLog(const LlmTicket &ticket, const ChatResult &result)
{
    RequestLogEntry entry;
    entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.operatorName = m_options.operatorName;
    entry.endpoint = ticket.request.endpoint.name;
    entry.provider = endpointProviderId(ticket.request.endpoint.provider);
    entry.model = result.model;
    entry.cacheKey = ticket.cacheKey;
    entry.status = result.status;
    entry.failure = result.failure;
    entry.httpStatus = result.httpStatus;
    entry.promptTokens = result.promptTokens;
    entry.completionTokens = result.completionTokens;
    entry.tokensEstimated = result.tokensEstimated;
    entry.latencyMs = result.latencyMs;
    entry.ttftMs = result.ttftMs;
    entry.cost = result.cost;
    entry.cacheHit = result.cached;
    entry.dryRun = result.dryRun;
    entry.retries = result.retries;
    entry.error = result.error;
    entry.metadata = ticket.request.metadata;
    m_pendingLog.append(std::move(entry));
    if (m_pendingLog.size() >= m_options.logFlushRows)
        (void)flush();
    else if (!m_flushTimer)
        m_flushTimer = startTrackedTimer(m_options.logFlushIntervalMs, Qt::CoarseTimer, {});
}

Result<void> LlmDispatcher::flush()
{
    stopTimer(m_flushTimer);
    if (!m_database || (m_pendingLog.isEmpty() && m_pendingCache.isEmpty()))
        return {};
    auto write = [this]() -> Result<void> {
        auto connection = m_database->tryConnection();
        if (!connection)
            return connection.error();
        Transaction transaction(connection.value());
        if (auto begun = transaction.begin(); !begun)
            return begun;
        for (const PendingCacheWrite &pending : std::as_const(m_pendingCache)) {
            if (auto stored = ResponseCache::store(connection.value(), m_options.operatorName, pending.key,
                                                   pending.endpoint, pending.model, pending.response);
                !stored)
                return stored;
        }
        if (auto appended = RequestLog::append(connection.value(), m_pendingLog); !appended)
            return appended;
        return transaction.commit();
    };
    const Result<void> written = write();
    if (written) {
        m_pendingLog.clear();
        m_pendingCache.clear();
        m_unflushedCache.clear();
        return written;
    }
    // Keep the rows for the next try, within bounds; the cache entries stay answerable from memory.
    if (m_pendingLog.size() > maxPendingLogRows)
        m_pendingLog.remove(0, m_pendingLog.size() - maxPendingLogRows);
    if (!m_shuttingDown && !m_flushTimer)
        m_flushTimer = startTrackedTimer(1000, Qt::CoarseTimer, {});
    return written;
}

EndpointLoad LlmDispatcher::load(const EndpointConfig &endpoint)
{
    EndpointLoad load;
    const LlmLane *lane = m_lanes.value(endpoint.name + QChar(0x1f) + endpoint.baseUrl);
    if (!lane)
        return load;
    load.configured = lane->concurrency.configured();
    load.limit = lane->concurrency.limit();
    load.inFlight = lane->inFlight;
    load.queued = int(lane->queue.size());
    load.networkManagers = int(lane->managers.size());
    return load;
}

void LlmDispatcher::testConnection(const EndpointConfig &endpoint,
                                   std::shared_ptr<QPromise<ConnectionReport>> promise)
{
    auto report = std::make_shared<ConnectionReport>();
    report->endpoint = endpoint.name;
    auto *ticket = new LlmTicket;
    // Probes take ids from the top half so they never meet the client's.
    ticket->id = (quint64(1) << 63) | ++m_probes;
    ticket->request.endpoint = endpoint;
    ticket->request.endpoint.maxAttempts = std::min(endpoint.maxAttempts, 2);
    ticket->request.messages = {
        ChatMessage{QStringLiteral("user"), QStringLiteral("Reply with the single word: ok")}};
    ticket->request.overrides.maxTokens = 8;
    ticket->request.overrides.temperature = 0.0;
    ticket->request.stream = false;
    ticket->request.cache = CachePolicy::Bypass;
    ticket->callback = [this, endpoint, promise, report](const ChatResult &result) {
        report->chatOk = result.ok();
        report->chatLatencyMs = result.ok() ? result.latencyMs : -1;
        report->chatReply = result.content.left(200);
        report->chatError = result.ok() ? QString() : result.error;
        report->reachable = result.httpStatus > 0 || endpoint.isDryRun();
        if (endpoint.isDryRun()) {
            report->modelsListed = true;
            report->models = {endpoint.model};
            report->modelFound = true;
            report->modelsLatencyMs = 0;
            promise->addResult(*report);
            promise->finish();
            return;
        }
        LlmLane *lane = m_lanes.value(endpoint.name + QChar(0x1f) + endpoint.baseUrl);
        if (!lane || lane->secretState != LlmLane::SecretState::Ready) {
            report->modelsError = report->chatError;
            promise->addResult(*report);
            promise->finish();
            return;
        }
        fetchModels(lane, promise, report);
    };
    submit(ticket);
}

void LlmDispatcher::fetchModels(LlmLane *lane, std::shared_ptr<QPromise<ConnectionReport>> promise,
                                std::shared_ptr<ConnectionReport> report)
{
    requestModels(lane, lane->config.modelsUrl(), 0, now(), std::move(promise), std::move(report));
}

void LlmDispatcher::requestModels(LlmLane *lane, const QUrl &url, int redirects, qint64 started,
                                  std::shared_ptr<QPromise<ConnectionReport>> promise,
                                  std::shared_ptr<ConnectionReport> report)
{
    QNetworkRequest request = endpointRequest(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!lane->authName.isEmpty())
        request.setRawHeader(lane->authName, lane->authValue);
    request.setTransferTimeout(lane->config.timeoutMs);
    QNetworkReply *reply = lane->managers.front()->get(request);
    const QString key = lane->key;
    const EndpointConfig endpoint = lane->config;
    const QString secret = lane->secret;
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, url, redirects, started, key, endpoint, secret, promise, report] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            report->reachable = report->reachable || status > 0;
            const QUrl target = isRedirect(status) ? redirectTarget(*reply, url) : QUrl();
            const bool follow = !target.isEmpty() && sameOrigin(endpoint.modelsUrl(), target);
            LlmLane *lane = m_lanes.value(key);
            if (follow && redirects < maxRedirects && lane && !lane->managers.empty()) {
                requestModels(lane, target, redirects + 1, started, promise, report);
                return;
            }
            report->modelsLatencyMs = now() - started;
            const QByteArray body = reply->read(m_options.maxResponseBytes);
            if (!target.isEmpty()) {
                report->modelsError =
                    (follow ? FailureClassifier::tooManyRedirects(maxRedirects, target, endpoint)
                            : FailureClassifier::refusedRedirect(target, endpoint))
                        .message;
            } else if (status == 0) {
                report->modelsError =
                    FailureClassifier::fromNetworkError(reply->error(), reply->errorString(), endpoint)
                        .message;
            } else if (status < 200 || status >= 300) {
                report->modelsError =
                    FailureClassifier::fromHttpStatus(status, ServerError::fromBody(body), endpoint).message;
            } else {
                const QJsonArray data =
                    QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
                for (const QJsonValue &model : data) {
                    const QString id = model.toObject().value(QLatin1String("id")).toString();
                    if (!id.isEmpty())
                        report->models << id;
                }
                report->modelsListed = !report->models.isEmpty();
                if (!report->modelsListed)
                    report->modelsError =
                        FailureClassifier::malformed(
                            QCoreApplication::translate("tailor::LlmClient", "no model list"), endpoint)
                            .message;
                report->modelFound = report->models.contains(endpoint.model);
            }
            if (!secret.isEmpty())
                report->modelsError.replace(secret, QStringLiteral("[redacted]"));
            promise->addResult(*report);
            promise->finish();
        });
}

void LlmDispatcher::shutdown()
{
    m_shuttingDown = true;
    cancelAll();
    (void)flush();
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it)
        killTimer(it.key());
    m_timers.clear();
    for (LlmLane *lane : std::as_const(m_lanes)) {
        lane->pumpTimer = 0;
        for (QNetworkAccessManager *manager : lane->managers)
            delete manager;
        lane->managers.clear();
        lane->managerLoad.clear();
    }
    if (m_database)
        m_database->releaseThreadConnection();
}

} // namespace tailor
