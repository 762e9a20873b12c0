// TestEndpointThread runs a TestEndpoint in a worker thread of its own, so a test or benchmark can drive a
// client on the main thread (blocking waits included) while the server keeps answering, and so the server's
// CPU time does not land on the client's thread. The endpoint is created, listens and is destroyed in the
// worker; endpoint() gives the thread-safe part of its API (rules, settings, records, statistics) and its
// signals, which reach receivers in other threads as queued calls.
#pragma once

#include <QSslConfiguration>
#include <QString>

#include <memory>

namespace tailor::test {

class TestEndpoint;

class TestEndpointThread
{
public:
    TestEndpointThread();
    ~TestEndpointThread();
    TestEndpointThread(const TestEndpointThread &) = delete;
    TestEndpointThread &operator=(const TestEndpointThread &) = delete;

    // Starts the worker and waits until the endpoint listens (port 0 picks a free port); false if it cannot.
    bool start(quint16 port = 0);
    // The same over HTTPS with the configuration's certificate and key.
    bool startTls(const QSslConfiguration &tls, quint16 port = 0);
    // Closes every connection, destroys the endpoint and joins the worker.
    void stop();

    TestEndpoint *endpoint() const; // null unless started
    quint16 port() const;
    QString baseUrl() const;
    QString errorString() const;

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace tailor::test
