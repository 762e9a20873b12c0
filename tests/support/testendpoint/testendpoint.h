// TestEndpoint is the scripted OpenAI-compatible HTTP server that Tailor's LLM client is tested and
// benchmarked against. It listens on 127.0.0.1, answers `POST …/chat/completions` (JSON or SSE streams) and
// `GET …/models` under any base path, and lets a test script per request what happens: replies, delays,
// error statuses in the OpenAI, llama.cpp and vLLM dialects, Retry-After, resets, hangs, malformed,
// truncated, huge or non-UTF-8 bodies (see Rule). Every request is recorded with its arrival time and
// connection, and the peak of concurrently in-flight requests is kept, so tests can check what a client sent
// and how parallel it really was. All waiting is done with timers, so one thread serves hundreds of slow
// requests at once.
//
// Threads: the server runs in the thread that owns the object; listen() and close() must be called there.
// Every other public function is thread-safe, so a test can run the server in a TestEndpointThread (or the
// tailor-testendpoint executable) and script it and read its statistics from the client's thread.
#pragma once

#include "endpointscript.h"
#include "recordedrequest.h"
#include "responsebuilder.h"
#include "rule.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <optional>

class QTcpServer;

namespace tailor::test {

class HttpConnection;
struct HttpRequest;

struct EndpointStatistics
{
    int requests = 0;
    int inFlight = 0;        // requests received and not yet completely answered (a hang stays in flight)
    int maxInFlight = 0;     // since listen() or resetMaxInFlight()
    quint64 connections = 0; // accepted since listen()
    int openConnections = 0;
    int maxOpenConnections = 0;
    QHash<quint64, int> requestsPerConnection;
};

class TestEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit TestEndpoint(QObject *parent = nullptr);
    ~TestEndpoint() override;

    // Owner thread only. Port 0 picks a free port.
    bool listen(quint16 port = 0);
    // Owner thread, before listen(): serve HTTPS (QSslServer) with the configuration's certificate and key.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    void close();

    bool isListening() const;
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:PORT/v1", https with a TLS configuration
    QString errorString() const;

    // Rules are tried in the order added; the first that matches answers (see Rule).
    void addRule(const Rule &rule);
    void setRules(const QList<Rule> &rules);
    void clearRules();
    int ruleUses(int index) const; // requests the rule at `index` has answered
    void applyScript(const EndpointScript &script);

    void setDefaultLatency(int ms); // before every answer whose rule has no delayMs; default 0
    int defaultLatency() const;
    void setStreamChunkDelay(int ms);          // between SSE events; default 0
    void setStreamChunks(int count);           // content pieces per stream; default 4
    void setModels(const QStringList &models); // GET …/models; default {"tailor-test"}
    void setSeed(quint64 seed);                // for rules with a probability; default 0

    QList<RecordedRequest> requests() const;
    RecordedRequest lastRequest() const;
    int requestCount() const;
    void clearRequests();
    int inFlight() const;
    int maxInFlight() const;
    void resetMaxInFlight(); // to the current in-flight count
    EndpointStatistics statistics() const;

signals:
    void requestReceived(const tailor::test::RecordedRequest &request);
    void requestFinished(int number);

private:
    struct RuleState
    {
        Rule rule;
        int uses = 0;
    };

    void acceptConnections();
    void handleRequest(tailor::test::HttpConnection *connection, const tailor::test::HttpRequest &request);
    void connectionClosed(tailor::test::HttpConnection *connection);
    void requestDone(int number);
    int chooseRule(const RecordedRequest &request); // with m_mutex held
    bool roll(int number, int ruleIndex, double probability) const;

    QTcpServer *m_server;
    std::optional<QSslConfiguration> m_tls;
    QSet<HttpConnection *> m_connections;
    QElapsedTimer m_clock;

    mutable QMutex m_mutex;
    quint16 m_port = 0;
    bool m_https = false;
    QString m_errorString;
    QList<RuleState> m_rules;
    EndpointSettings m_settings;
    quint64 m_seed = 0;
    QList<RecordedRequest> m_requests;
    int m_requestCounter = 0;
    EndpointStatistics m_stats;
};

} // namespace tailor::test
