#include "testendpointthread.h"

#include "testendpoint.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <optional>

namespace tailor::test {

// The endpoint lives on the worker's stack, so it is built and torn down in the thread that runs it.
class TestEndpointThread::Worker : public QThread
{
public:
    Worker(quint16 port, std::optional<QSslConfiguration> tls)
        : m_port(port)
        , m_tls(std::move(tls))
    {
        setObjectName(QStringLiteral("TestEndpoint"));
    }

    TestEndpoint *waitUntilListening()
    {
        QMutexLocker lock(&m_mutex);
        while (!m_ready)
            m_readyChanged.wait(&m_mutex);
        return m_endpoint;
    }

    QString errorString() const
    {
        QMutexLocker lock(&m_mutex);
        return m_errorString;
    }

protected:
    void run() override
    {
        TestEndpoint endpoint;
        if (m_tls)
            endpoint.setTlsConfiguration(*m_tls);
        const bool ok = endpoint.listen(m_port);
        {
            QMutexLocker lock(&m_mutex);
            m_endpoint = ok ? &endpoint : nullptr;
            m_errorString = endpoint.errorString();
            m_ready = true;
            m_readyChanged.wakeAll();
        }
        if (ok)
            exec();
        endpoint.close();
    }

private:
    quint16 m_port;
    std::optional<QSslConfiguration> m_tls;
    mutable QMutex m_mutex;
    QWaitCondition m_readyChanged;
    bool m_ready = false;
    TestEndpoint *m_endpoint = nullptr;
    QString m_errorString;
};

TestEndpointThread::TestEndpointThread() = default;

TestEndpointThread::~TestEndpointThread()
{
    stop();
}

bool TestEndpointThread::start(quint16 port)
{
    stop();
    m_worker = std::make_unique<Worker>(port, std::nullopt);
    m_worker->start();
    return m_worker->waitUntilListening() != nullptr;
}

bool TestEndpointThread::startTls(const QSslConfiguration &tls, quint16 port)
{
    stop();
    m_worker = std::make_unique<Worker>(port, tls);
    m_worker->start();
    return m_worker->waitUntilListening() != nullptr;
}

void TestEndpointThread::stop()
{
    if (!m_worker)
        return;
    m_worker->quit();
    m_worker->wait();
    m_worker.reset();
}

TestEndpoint *TestEndpointThread::endpoint() const
{
    return m_worker && m_worker->isRunning() ? m_worker->waitUntilListening() : nullptr;
}

quint16 TestEndpointThread::port() const
{
    TestEndpoint *server = endpoint();
    return server ? server->port() : 0;
}

QString TestEndpointThread::baseUrl() const
{
    TestEndpoint *server = endpoint();
    return server ? server->baseUrl() : QString();
}

QString TestEndpointThread::errorString() const
{
    return m_worker ? m_worker->errorString() : QString();
}

} // namespace tailor::test
