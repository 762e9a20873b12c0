#include "llmclient.h"

#include "llm/llmdispatcher.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace tailor {

LlmClient::LlmClient(std::shared_ptr<Database> database, LlmClientOptions options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_authorize(options.authorize)
{
    qRegisterMetaType<tailor::ChatResult>();
    qRegisterMetaType<tailor::ConnectionReport>();
    if (m_database) {
        m_cache = std::make_unique<ResponseCache>(*m_database);
        m_log = std::make_unique<RequestLog>(*m_database);
    }
    m_thread.setObjectName(QStringLiteral("tailor-llm"));
    m_dispatcher = new LlmDispatcher(m_database, m_cache.get(), std::move(options));
    m_dispatcher->moveToThread(&m_thread);
    connect(m_dispatcher, &LlmDispatcher::delta, this, &LlmClient::delta);
    connect(m_dispatcher, &LlmDispatcher::retrying, this, &LlmClient::retrying);
    connect(m_dispatcher, &LlmDispatcher::finished, this, &LlmClient::finished);
    m_thread.start();
}

LlmClient::~LlmClient()
{
    m_closing = true;
    QMetaObject::invokeMethod(m_dispatcher, &LlmDispatcher::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_dispatcher;
}

LlmCall LlmClient::submit(ChatRequest request)
{
    auto *ticket = new LlmTicket;
    ticket->id = ++m_nextId;
    ticket->request = std::move(request);
    ticket->promise.start();
    LlmCall call{ticket->id, ticket->promise.future()};
    const Result<void> allowed = m_authorize && !m_closing ? m_authorize() : Result<void>();
    if (m_closing || !allowed) {
        ChatResult result;
        result.requestId = ticket->id;
        result.endpoint = ticket->request.endpoint.name;
        if (!allowed) {
            result.status = ChatStatus::Failed;
            result.failure = ChatFailure::NotAllowed;
            result.error = allowed.error().message;
        } else {
            result.status = ChatStatus::Cancelled;
            result.failure = ChatFailure::Cancelled;
            result.error = QCoreApplication::translate("tailor::LlmClient",
                                                       "Cancelled: the LLM client is shutting down.");
        }
        ticket->promise.addResult(result);
        ticket->promise.finish();
        delete ticket;
        return call;
    }
    LlmDispatcher *dispatcher = m_dispatcher;
    QMetaObject::invokeMethod(
        dispatcher, [dispatcher, ticket] { dispatcher->submit(ticket); }, Qt::QueuedConnection);
    return call;
}

ChatResult LlmClient::run(ChatRequest request)
{
    return submit(std::move(request)).result.result();
}

void LlmClient::cancel(quint64 id)
{
    LlmDispatcher *dispatcher = m_dispatcher;
    QMetaObject::invokeMethod(
        dispatcher, [dispatcher, id] { dispatcher->cancel(id); }, Qt::QueuedConnection);
}

void LlmClient::cancelAll()
{
    QMetaObject::invokeMethod(m_dispatcher, &LlmDispatcher::cancelAll, Qt::QueuedConnection);
}

QFuture<ConnectionReport> LlmClient::testConnection(const EndpointConfig &endpoint)
{
    auto promise = std::make_shared<QPromise<ConnectionReport>>();
    promise->start();
    QFuture<ConnectionReport> future = promise->future();
    if (m_authorize) {
        if (const Result<void> allowed = m_authorize(); !allowed) {
            ConnectionReport report;
            report.endpoint = endpoint.name;
            report.modelsError = report.chatError = allowed.error().message;
            promise->addResult(report);
            promise->finish();
            return future;
        }
    }
    LlmDispatcher *dispatcher = m_dispatcher;
    QMetaObject::invokeMethod(
        dispatcher, [dispatcher, endpoint, promise] { dispatcher->testConnection(endpoint, promise); },
        Qt::QueuedConnection);
    return future;
}

Result<void> LlmClient::flushLog()
{
    Result<void> outcome;
    LlmDispatcher *dispatcher = m_dispatcher;
    QMetaObject::invokeMethod(
        dispatcher, [dispatcher, &outcome] { outcome = dispatcher->flush(); }, Qt::BlockingQueuedConnection);
    return outcome;
}

EndpointLoad LlmClient::load(const EndpointConfig &endpoint)
{
    EndpointLoad outcome;
    LlmDispatcher *dispatcher = m_dispatcher;
    QMetaObject::invokeMethod(
        dispatcher, [dispatcher, &endpoint, &outcome] { outcome = dispatcher->load(endpoint); },
        Qt::BlockingQueuedConnection);
    return outcome;
}

} // namespace tailor
