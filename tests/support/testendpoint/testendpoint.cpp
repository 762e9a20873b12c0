#include "testendpoint.h"

#include "exchange.h"
#include "httpconnection.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace tailor::test {

namespace {

quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

TestEndpoint::TestEndpoint(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<tailor::test::RecordedRequest>();
    connect(m_server, &QTcpServer::newConnection, this, &TestEndpoint::acceptConnections);
}

TestEndpoint::~TestEndpoint()
{
    close();
}

void TestEndpoint::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool TestEndpoint::listen(quint16 port)
{
    if (m_tls && !qobject_cast<QSslServer *>(m_server)) {
        delete m_server;
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*m_tls);
        // A QSslServer offers a connection only once its handshake is done, after newConnection().
        connect(server, &QSslServer::pendingConnectionAvailable, this, &TestEndpoint::acceptConnections);
        m_server = server;
    }
    // Benchmarks open dozens of connections in one burst; the default backlog of 50 would drop some.
    m_server->setListenBacklogSize(1024);
    m_server->setMaxPendingConnections(1024);
    const bool ok = m_server->listen(QHostAddress::LocalHost, port);
    QMutexLocker lock(&m_mutex);
    m_port = ok ? m_server->serverPort() : 0;
    m_https = m_tls.has_value();
    m_errorString = ok ? QString() : m_server->errorString();
    m_clock.start();
    return ok;
}

void TestEndpoint::close()
{
    m_server->close();
    // Deleting a connection deletes its exchanges, whose completion callbacks still need this object whole;
    // closed connections waiting for their deferred delete are included.
    m_connections.clear();
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
    QMutexLocker lock(&m_mutex);
    m_port = 0;
    m_stats.openConnections = 0;
}

bool TestEndpoint::isListening() const
{
    QMutexLocker lock(&m_mutex);
    return m_port != 0;
}

quint16 TestEndpoint::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_port;
}

QString TestEndpoint::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return QStringLiteral("%1://127.0.0.1:%2/v1")
        .arg(m_https ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

QString TestEndpoint::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_errorString;
}

void TestEndpoint::addRule(const Rule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append({rule, 0});
}

void TestEndpoint::setRules(const QList<Rule> &rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
    for (const Rule &rule : rules)
        m_rules.append({rule, 0});
}

void TestEndpoint::clearRules()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

int TestEndpoint::ruleUses(int index) const
{
    QMutexLocker lock(&m_mutex);
    return index >= 0 && index < m_rules.size() ? m_rules.at(index).uses : 0;
}

void TestEndpoint::applyScript(const EndpointScript &script)
{
    QMutexLocker lock(&m_mutex);
    if (script.latencyMs)
        m_settings.latencyMs = *script.latencyMs;
    if (script.streamChunkDelayMs)
        m_settings.streamChunkDelayMs = *script.streamChunkDelayMs;
    if (script.streamChunks)
        m_settings.streamChunks = *script.streamChunks;
    if (script.seed)
        m_seed = *script.seed;
    if (!script.models.isEmpty())
        m_settings.models = script.models;
    for (const Rule &rule : script.rules)
        m_rules.append({rule, 0});
}

void TestEndpoint::setDefaultLatency(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_settings.latencyMs = ms;
}

int TestEndpoint::defaultLatency() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.latencyMs;
}

void TestEndpoint::setStreamChunkDelay(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_settings.streamChunkDelayMs = ms;
}

void TestEndpoint::setStreamChunks(int count)
{
    QMutexLocker lock(&m_mutex);
    m_settings.streamChunks = count;
}

void TestEndpoint::setModels(const QStringList &models)
{
    QMutexLocker lock(&m_mutex);
    m_settings.models = models;
}

void TestEndpoint::setSeed(quint64 seed)
{
    QMutexLocker lock(&m_mutex);
    m_seed = seed;
}

QList<RecordedRequest> TestEndpoint::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

RecordedRequest TestEndpoint::lastRequest() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests.isEmpty() ? RecordedRequest() : m_requests.last();
}

int TestEndpoint::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats.requests;
}

void TestEndpoint::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

int TestEndpoint::inFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats.inFlight;
}

int TestEndpoint::maxInFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats.maxInFlight;
}

void TestEndpoint::resetMaxInFlight()
{
    QMutexLocker lock(&m_mutex);
    m_stats.maxInFlight = m_stats.inFlight;
}

EndpointStatistics TestEndpoint::statistics() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void TestEndpoint::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        quint64 id = 0;
        {
            QMutexLocker lock(&m_mutex);
            id = ++m_stats.connections;
            m_stats.maxOpenConnections = std::max(m_stats.maxOpenConnections, ++m_stats.openConnections);
        }
        auto *connection = new HttpConnection(socket, id, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::requestReady, this, &TestEndpoint::handleRequest);
        connect(connection, &HttpConnection::closed, this, &TestEndpoint::connectionClosed);
    }
}

void TestEndpoint::connectionClosed(HttpConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    {
        QMutexLocker lock(&m_mutex);
        --m_stats.openConnections;
    }
    connection->deleteLater();
}

void TestEndpoint::handleRequest(HttpConnection *connection, const HttpRequest &request)
{
    RecordedRequest record;
    record.connectionId = connection->id();
    record.method = QString::fromLatin1(request.method);
    const QUrl target = QUrl::fromEncoded(request.target);
    record.path = target.path();
    record.httpVersion = QString::fromLatin1(request.version);
    record.headers = request.headers;
    record.body = request.body;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    record.jsonValid = parseError.error == QJsonParseError::NoError && document.isObject();
    record.json = document.object();
    record.arrival = QDateTime::currentDateTimeUtc();
    record.keepAlive = request.keepAlive;

    Rule rule;
    EndpointSettings settings;
    {
        QMutexLocker lock(&m_mutex);
        record.number = ++m_requestCounter;
        record.arrivalMs = m_clock.elapsed();
        record.ruleIndex = chooseRule(record);
        if (record.ruleIndex >= 0)
            rule = m_rules.at(record.ruleIndex).rule;
        settings = m_settings;
        ++m_stats.requests;
        m_stats.maxInFlight = std::max(m_stats.maxInFlight, ++m_stats.inFlight);
        ++m_stats.requestsPerConnection[record.connectionId];
        m_requests.append(record);
    }
    emit requestReceived(record);

    const int number = record.number;
    auto *exchange = new Exchange(connection, ResponseBuilder(settings).build(record, rule, record.ruleIndex),
                                  [this, number] { requestDone(number); });
    exchange->start();
}

void TestEndpoint::requestDone(int number)
{
    {
        QMutexLocker lock(&m_mutex);
        --m_stats.inFlight;
    }
    emit requestFinished(number);
}

int TestEndpoint::chooseRule(const RecordedRequest &request)
{
    const Rule::Route route = ResponseBuilder::routeOf(request.path);
    for (int i = 0; i < m_rules.size(); ++i) {
        RuleState &state = m_rules[i];
        if (state.rule.times >= 0 && state.uses >= state.rule.times)
            continue;
        if (!state.rule.matches(request, route))
            continue;
        if (state.rule.probability < 1.0 && !roll(request.number, i, state.rule.probability))
            continue;
        ++state.uses;
        return i;
    }
    return -1;
}

// Decided by (seed, request number, rule index) alone, so a seeded run injects its faults into the same
// request numbers whatever the timing, and adding a rule does not reshuffle the dice of the others.
bool TestEndpoint::roll(int number, int ruleIndex, double probability) const
{
    const quint64 hash =
        splitMix64(m_seed ^ splitMix64(static_cast<quint64>(number) << 16 | quint64(ruleIndex)));
    return static_cast<double>(hash >> 11) * 0x1.0p-53 < probability;
}

} // namespace tailor::test
