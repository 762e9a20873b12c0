#include "identity/operatorservice.h"
#include "llm/llmclient.h"
#include "storage/database.h"
#include "testendpoint.h"
#include "testendpointthread.h"
#include "testworkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tailor;
using tailor::test::Rule;
using tailor::test::TestEndpoint;
using tailor::test::TestEndpointThread;
using tailor::test::TestWorkspace;

namespace {

const QString fakeKey = QStringLiteral("sk-tailor-FAKE-0123456789abcdefXYZ");
const QString keyVariable = QStringLiteral("TAILOR_TEST_LLM_KEY");

ChatRequest request(const EndpointConfig &endpoint, const QString &user,
                    CachePolicy cache = CachePolicy::Bypass)
{
    ChatRequest request;
    request.endpoint = endpoint;
    request.messages = {ChatMessage{QStringLiteral("system"), QStringLiteral("You recommend films.")},
                        ChatMessage{QStringLiteral("user"), user}};
    request.cache = cache;
    return request;
}

QString dump(QSqlDatabase db, const QString &table)
{
    QString text;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
        return text;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            text += query.value(i).toString() + QLatin1Char('|');
    }
    return text;
}

// Every request `other` received that carried a credential header; empty is what a test wants.
QStringList credentialsSeenBy(const TestEndpoint &other)
{
    QStringList seen;
    for (const auto &request : other.requests()) {
        for (const QByteArray &name : {QByteArrayLiteral("Authorization"), QByteArrayLiteral("api-key")}) {
            if (!request.header(name).isEmpty())
                seen << QStringLiteral("%1 %2: %3")
                            .arg(request.method, request.path, QString::fromLatin1(name));
        }
    }
    return seen;
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private:
    TestEndpointThread m_server;
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_workspace;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<LlmClient> m_client;

    TestEndpoint *server() { return m_server.endpoint(); }
    // Requests the endpoint received since init().
    int sentCount() { return int(server()->requests().size()); }

    EndpointConfig endpoint() const
    {
        EndpointConfig config = EndpointConfig::preset(EndpointProvider::Custom, QStringLiteral("scripted"));
        config.baseUrl = m_server.baseUrl();
        config.model = QStringLiteral("tailor-test");
        config.concurrency = 4;
        config.timeoutMs = 5000;
        config.maxAttempts = 3;
        config.pricePer1kInput = 0.5;
        config.pricePer1kOutput = 1.5;
        config.secretEnv = keyVariable;
        return config;
    }

    LlmClientOptions fastOptions() const
    {
        LlmClientOptions options;
        options.operatorName = QStringLiteral("alice");
        options.baseBackoffMs = 20;
        options.maxBackoffMs = 100;
        return options;
    }

    void recreateClient(const LlmClientOptions &options)
    {
        m_client.reset();
        m_client = std::make_unique<LlmClient>(m_database, options);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void init()
    {
        qputenv(keyVariable.toLatin1().constData(), fakeKey.toLatin1());
        server()->clearRules();
        server()->clearRequests();
        server()->setDefaultLatency(0);
        server()->setStreamChunkDelay(0);
        server()->resetMaxInFlight();
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto alice = m_ws->initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        m_workspace = alice.value();
        auto database = Database::open(m_ws->urlAs(QStringLiteral("alice")), Database::Mode::OpenExisting);
        QVERIFY2(database.ok(), qPrintable(database.error().message));
        m_database = database.value();
        m_client = std::make_unique<LlmClient>(m_database, fastOptions());
    }

    void cleanup()
    {
        m_client.reset();
        m_database.reset();
        m_workspace.reset();
        m_ws.reset();
    }

    void answersAndAccountsANonStreamingCall()
    {
        server()->addRule(Rule::reply(QStringLiteral("Try Alien.")));
        ChatRequest chat = request(endpoint(), QStringLiteral("Something scary?"));
        chat.overrides.temperature = 0.2;
        chat.overrides.seed = 7;
        const ChatResult result = m_client->run(chat);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.content, QStringLiteral("Try Alien."));
        QCOMPARE(result.finishReason, QStringLiteral("stop"));
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(!result.tokensEstimated);
        QVERIFY(result.promptTokens > 0);
        QVERIFY(result.completionTokens > 0);
        QCOMPARE(result.cost, result.promptTokens / 1000.0 * 0.5 + result.completionTokens / 1000.0 * 1.5);
        QCOMPARE(result.retries, 0);
        QVERIFY(!result.cached);
        QCOMPARE(result.ttftMs, qint64(-1));

        const auto sent = server()->lastRequest();
        QVERIFY(sent.path.endsWith(QLatin1String("/v1/chat/completions")));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer ") + fakeKey.toLatin1());
        QCOMPARE(sent.json.value(QLatin1String("model")).toString(), QStringLiteral("tailor-test"));
        QCOMPARE(sent.json.value(QLatin1String("temperature")).toDouble(), 0.2);
        QCOMPARE(sent.json.value(QLatin1String("seed")).toInt(), 7);
        QVERIFY(!sent.stream());
        QCOMPARE(sent.lastUserMessage(), QStringLiteral("Something scary?"));
    }

    void sendsAzureKeyAsApiKeyHeaderToTheDeploymentUrl()
    {
        EndpointConfig azure = endpoint();
        azure.provider = EndpointProvider::AzureOpenAi;
        azure.baseUrl = m_server.baseUrl().replace(QLatin1String("/v1"), QLatin1String("/openai"));
        azure.model = QStringLiteral("my-deployment");
        azure.apiVersion = QStringLiteral("2024-06-01");
        const ChatResult result = m_client->run(request(azure, QStringLiteral("hi")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto sent = server()->lastRequest();
        QCOMPARE(sent.path, QStringLiteral("/openai/deployments/my-deployment/chat/completions"));
        QCOMPARE(sent.header("api-key"), fakeKey.toLatin1());
        QVERIFY(sent.header("Authorization").isEmpty());
        QCOMPARE(azure.chatCompletionsUrl().query(), QStringLiteral("api-version=2024-06-01"));
    }

    void streamsDeltasAndReadsTheUsageChunk()
    {
        server()->addRule(
            Rule::reply(QStringLiteral("Alien, then Aliens, then nothing else.")).withChunks(4, 20));
        ChatRequest chat = request(endpoint(), QStringLiteral("stream please"));
        chat.stream = true;
        QSignalSpy deltas(m_client.get(), &LlmClient::delta);
        const LlmCall call = m_client->submit(chat);
        const ChatResult result = call.result.result();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.content, QStringLiteral("Alien, then Aliens, then nothing else."));
        QVERIFY(result.streamed);
        QVERIFY(!result.tokensEstimated);
        QVERIFY(result.ttftMs >= 0);
        QVERIFY(result.ttftMs <= result.latencyMs);
        QVERIFY(server()->lastRequest().stream());
        QVERIFY(server()->lastRequest().includeUsage());
        QTRY_VERIFY(deltas.size() >= 2);
        QString joined;
        for (const auto &arguments : deltas) {
            QCOMPARE(arguments.at(0).toULongLong(), call.id);
            joined += arguments.at(1).toString();
        }
        QCOMPARE(joined, result.content);
    }

    void estimatesTokensWhenTheUsageChunkNeverArrives()
    {
        server()->addRule(Rule::reply(QStringLiteral("Twelve characters, then more text.")).withoutUsage());
        ChatRequest chat = request(endpoint(), QStringLiteral("no usage"));
        chat.stream = true;
        const ChatResult result = m_client->run(chat);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.tokensEstimated);
        QCOMPARE(result.promptTokens, ChatMessage::estimateTokens(chat.messages));
        QCOMPARE(result.completionTokens, 9); // 34 characters / 4, rounded up
    }

    void acceptsVllmChunksWithNullChoices()
    {
        server()->addRule(Rule::vllmNullChoices());
        ChatRequest chat = request(endpoint(), QStringLiteral("vllm"));
        chat.stream = true;
        const ChatResult result = m_client->run(chat);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.content.isEmpty());
    }

    void reportsEachErrorDialect_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai 400") << int(Rule::Dialect::OpenAI) << 400 << int(ChatFailure::BadRequest)
                                    << QStringLiteral(
                                           "400 Bad Request from %1: the server rejected the request "
                                           "(the server said: temperature is out of range)");
        QTest::newRow("llama.cpp 400")
            << int(Rule::Dialect::LlamaCpp) << 400 << int(ChatFailure::BadRequest)
            << QStringLiteral("400 Bad Request from %1: the server rejected the "
                              "request (the server said: temperature is out of range)");
        QTest::newRow("vllm 400") << int(Rule::Dialect::Vllm) << 400 << int(ChatFailure::BadRequest)
                                  << QStringLiteral(
                                         "400 Bad Request from %1: the server rejected the request (the "
                                         "server said: temperature is out of range)");
        QTest::newRow("vllm 404") << int(Rule::Dialect::Vllm) << 404 << int(ChatFailure::NotFound)
                                  << QStringLiteral(
                                         "404 Not Found from %1: check the base URL and the model name "
                                         "'tailor-test' (the server said: temperature is out of range)");
        QTest::newRow("openai 403") << int(Rule::Dialect::OpenAI) << 403 << int(ChatFailure::Forbidden)
                                    << QStringLiteral(
                                           "403 Forbidden from %1: the API key may not use the model "
                                           "'tailor-test' or this API (the server said: temperature is "
                                           "out of range)");
        QTest::newRow("llama.cpp 422")
            << int(Rule::Dialect::LlamaCpp) << 422 << int(ChatFailure::BadRequest)
            << QStringLiteral("422 Unprocessable Entity from %1: the server rejected the "
                              "request (the server said: temperature is out of range)");
    }

    void reportsEachErrorDialect()
    {
        QFETCH(int, dialect);
        QFETCH(int, status);
        QFETCH(int, failure);
        QFETCH(QString, expected);
        server()->addRule(
            Rule::error(status, Rule::Dialect(dialect), QStringLiteral("temperature is out of range")));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("bad")));
        QCOMPARE(result.status, ChatStatus::Failed);
        QCOMPARE(int(result.failure), failure);
        QCOMPARE(result.error, expected.arg(m_server.baseUrl()));
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(sentCount(), 1); // final: not retried
    }

    void unauthorizedIsFinalAndNamesTheKeysVariable()
    {
        server()->addRule(Rule::error(401, Rule::Dialect::OpenAI, QStringLiteral("Invalid API key")));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QCOMPARE(result.failure, ChatFailure::Unauthorized);
        QCOMPARE(result.error,
                 QStringLiteral("401 Unauthorized from %1: check the API key in TAILOR_TEST_LLM_KEY "
                                "(the server said: Invalid API key)")
                     .arg(m_server.baseUrl()));
        QCOMPARE(sentCount(), 1);
    }

    void quotaExhaustedIsFinal()
    {
        server()->addRule(Rule::quotaExhausted());
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QCOMPARE(result.failure, ChatFailure::QuotaExhausted);
        QVERIFY2(
            result.error.startsWith(QStringLiteral("429 Too Many Requests from %1: the account's quota is "
                                                   "exhausted")
                                        .arg(m_server.baseUrl())),
            qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("retrying will not help")));
        QCOMPARE(sentCount(), 1);
    }

    void honoursRetryAfterSeconds()
    {
        server()->addRule(Rule::rateLimited(1).onlyTimes(1));
        QElapsedTimer timer;
        timer.start();
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.retries, 1);
        QCOMPARE(sentCount(), 2);
        const auto requests = server()->requests();
        const qint64 waited = requests.at(1).arrivalMs - requests.at(0).arrivalMs;
        QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
        QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
    }

    void honoursRetryAfterMilliseconds()
    {
        server()->addRule(Rule::rateLimited(-1, 400).onlyTimes(1));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto requests = server()->requests();
        QCOMPARE(requests.size(), 2);
        const qint64 waited = requests.at(1).arrivalMs - requests.at(0).arrivalMs;
        QVERIFY2(waited >= 400 && waited < 1000, qPrintable(QString::number(waited)));
    }

    void retriesServerErrorsUntilSuccess()
    {
        server()->addRule(Rule::error(500).onlyTimes(1));
        server()->addRule(Rule::error(503, Rule::Dialect::LlamaCpp).onlyTimes(1));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.retries, 2);
        QCOMPARE(sentCount(), 3);
    }

    void givesUpAfterMaxAttempts()
    {
        server()->addRule(Rule::error(502));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QCOMPARE(result.failure, ChatFailure::ServerError);
        QCOMPARE(sentCount(), 3);
        QCOMPARE(result.retries, 2);
        QVERIFY2(result.error.endsWith(QLatin1String("(gave up after 3 attempts)")),
                 qPrintable(result.error));
    }

    void retriesAConnectionResetMidStream()
    {
        server()->addRule(Rule::streamFaulting(Rule::StreamFault::Reset, 2).onlyTimes(1));
        ChatRequest chat = request(endpoint(), QStringLiteral("reset me"));
        chat.stream = true;
        const ChatResult result = m_client->run(chat);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.retries, 1);
        QCOMPARE(sentCount(), 2);
        QCOMPARE(result.content, QStringLiteral("ok: reset me"));
    }

    void retriesAConnectionResetBeforeTheAnswer()
    {
        server()->addRule(Rule::reset().onlyTimes(1));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        // Qt itself resends a request whose reused connection was reset before any answer; either way the
        // call succeeds on the second request.
        QCOMPARE(sentCount(), 2);
        QVERIFY(result.retries <= 1);
    }

    void completesAStreamWithoutDone()
    {
        // finish_reason and usage arrived; only the [DONE] marker is missing: the answer is whole.
        Rule rule = Rule::reply(QStringLiteral("all there"));
        rule.streamFault = Rule::StreamFault::NoDone;
        server()->addRule(rule);
        ChatRequest chat = request(endpoint(), QStringLiteral("no done"));
        chat.stream = true;
        const ChatResult result = m_client->run(chat);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.content, QStringLiteral("all there"));
        QVERIFY(!result.tokensEstimated);
    }

    void reportsATruncatedStream()
    {
        server()->addRule(Rule::streamFaulting(Rule::StreamFault::Close, 2));
        ChatRequest chat = request(endpoint(), QStringLiteral("truncate me"));
        chat.stream = true;
        const ChatResult result = m_client->run(chat);
        QCOMPARE(result.failure, ChatFailure::ConnectionReset);
        // Qt reports the cut-off chunked body either as a closed connection or as a clean end; both read
        // well.
        const QStringList expected{
            QStringLiteral(
                "%1 closed the connection before the answer was complete. (gave up after 3 attempts)")
                .arg(m_server.baseUrl()),
            QStringLiteral("The stream from %1 ended before the answer was complete (no [DONE] and no "
                           "finish_reason). (gave up after 3 attempts)")
                .arg(m_server.baseUrl())};
        QVERIFY2(expected.contains(result.error), qPrintable(result.error));
        QCOMPARE(sentCount(), 3);
    }

    void timesOutAHangingServer()
    {
        server()->addRule(Rule::hang());
        EndpointConfig config = endpoint();
        config.timeoutMs = 300;
        config.maxAttempts = 2;
        QElapsedTimer timer;
        timer.start();
        const ChatResult result = m_client->run(request(config, QStringLiteral("hang")));
        QCOMPARE(result.failure, ChatFailure::Timeout);
        QVERIFY2(timer.elapsed() >= 550, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.error,
                 QStringLiteral("No complete answer from %1 within the timeout of 0.3 s. (gave up "
                                "after 2 attempts)")
                     .arg(m_server.baseUrl()));
        QCOMPARE(sentCount(), 2);
    }

    void cancelsAHangingCallAtOnce()
    {
        server()->addRule(Rule::hang());
        const LlmCall call = m_client->submit(request(endpoint(), QStringLiteral("hang")));
        QTRY_COMPARE(sentCount(), 1);
        QElapsedTimer timer;
        timer.start();
        m_client->cancel(call.id);
        const ChatResult result = call.result.result();
        QVERIFY(timer.elapsed() < 500);
        QCOMPARE(result.status, ChatStatus::Cancelled);
        QCOMPARE(result.failure, ChatFailure::Cancelled);
        QTest::qWait(300);
        QCOMPARE(sentCount(), 1); // never retried
    }

    void cancelsEverythingIncludingRetriesAndQueued()
    {
        server()->addRule(Rule::hang().onlyTimes(4));
        server()->addRule(Rule::error(503));
        EndpointConfig config = endpoint();
        config.concurrency = 4;
        QList<LlmCall> calls;
        for (int i = 0; i < 8; ++i)
            calls << m_client->submit(request(config, QStringLiteral("call %1").arg(i)));
        QTRY_COMPARE(sentCount(), 4);
        m_client->cancelAll();
        for (const LlmCall &call : calls)
            QCOMPARE(call.result.result().status, ChatStatus::Cancelled);
        QTest::qWait(200);
        QCOMPARE(sentCount(), 4);
    }

    void reportsMalformedJson()
    {
        server()->addRule(Rule::malformedJson());
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QCOMPARE(result.failure, ChatFailure::BadResponse);
        QVERIFY2(result.error.startsWith(m_server.baseUrl() +
                                         QStringLiteral(" answered with something that is not "
                                                        "JSON")),
                 qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("OpenAI-compatible")));
        QCOMPARE(sentCount(), 1);
    }

    void reportsAnHtmlPage()
    {
        server()->addRule(Rule::htmlPage(502));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QCOMPARE(result.failure, ChatFailure::ServerError);
        QVERIFY2(result.error.startsWith(
                     QStringLiteral("502 Bad Gateway from %1: the server failed (an HTML page: ")
                         .arg(m_server.baseUrl())),
                 qPrintable(result.error));

        server()->clearRules();
        server()->addRule(
            Rule::raw(200, "text/html", "<html><head><title>Welcome to nginx!</title></head></html>"));
        const ChatResult page = m_client->run(request(endpoint(), QStringLiteral("hi")));
        QCOMPARE(page.failure, ChatFailure::BadResponse);
        QCOMPARE(page.error,
                 QStringLiteral("%1 answered with an HTML page (\"Welcome to nginx!\") instead of JSON; "
                                "is it an OpenAI-compatible API base URL (usually ending in /v1)?")
                     .arg(m_server.baseUrl()));
    }

    void capsHugeBodies()
    {
        LlmClientOptions options = fastOptions();
        options.maxResponseBytes = 1024 * 1024;
        recreateClient(options);
        server()->addRule(Rule::hugeReply(3 * 1024 * 1024));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("big")));
        QCOMPARE(result.failure, ChatFailure::TooLarge);
        QCOMPARE(result.error,
                 QStringLiteral("The answer from %1 is larger than 1 MB; Tailor stopped reading it.")
                     .arg(m_server.baseUrl()));
        QCOMPARE(sentCount(), 1);

        ChatRequest streamed = request(endpoint(), QStringLiteral("big stream"));
        streamed.stream = true;
        const ChatResult stream = m_client->run(streamed);
        QCOMPARE(stream.failure, ChatFailure::TooLarge);
    }

    void acceptsSeveralMegabytesUnderTheCap()
    {
        server()->addRule(Rule::hugeReply(4 * 1024 * 1024));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("big")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.content.size(), 4 * 1024 * 1024);
    }

    void replacesInvalidUtf8AndFlagsIt()
    {
        server()->addRule(Rule::invalidUtf8Reply());
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("bytes")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.invalidUtf8);
        QVERIFY(result.content.contains(QChar(0xFFFD)));

        ChatRequest streamed = request(endpoint(), QStringLiteral("bytes streamed"));
        streamed.stream = true;
        const ChatResult stream = m_client->run(streamed);
        QVERIFY2(stream.ok(), qPrintable(stream.error));
        QVERIFY(stream.invalidUtf8);
    }

    void reportsARefusedConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        EndpointConfig config = endpoint();
        config.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
        const ChatResult result = m_client->run(request(config, QStringLiteral("hi")));
        QCOMPARE(result.failure, ChatFailure::ConnectionFailed);
        QCOMPARE(result.error,
                 QStringLiteral("Could not connect to http://127.0.0.1:%1/v1: the connection was "
                                "refused. Is the server running, and are the host and port right?")
                     .arg(port));
    }

    void reportsAnUnknownHost()
    {
        EndpointConfig config = endpoint();
        config.baseUrl = QStringLiteral("http://no-such-host.invalid/v1");
        const ChatResult result = m_client->run(request(config, QStringLiteral("hi")));
        QCOMPARE(result.failure, ChatFailure::HostNotFound);
        QVERIFY2(
            result.error.startsWith(QStringLiteral("The host 'no-such-host.invalid' was not found (DNS)")),
            qPrintable(result.error));
    }

    void refusesARedirectToAnotherOriginAndNeverSendsItTheKey_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("azure");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("sameHostName"); // another host name on the same port, not another port
        QTest::newRow("307") << 307 << false << false << false;
        QTest::newRow("308") << 308 << false << false << false;
        QTest::newRow("301") << 301 << false << false << false;
        QTest::newRow("302") << 302 << false << false << false;
        QTest::newRow("307 streaming") << 307 << false << true << false;
        QTest::newRow("307 azure api-key") << 307 << true << false << false;
        QTest::newRow("307 other host name, same port") << 307 << false << false << true;
    }

    void refusesARedirectToAnotherOriginAndNeverSendsItTheKey()
    {
        QFETCH(int, status);
        QFETCH(bool, azure);
        QFETCH(bool, stream);
        QFETCH(bool, sameHostName);
        TestEndpointThread other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        EndpointConfig config = endpoint();
        if (azure) {
            config.provider = EndpointProvider::AzureOpenAi;
            config.baseUrl = m_server.baseUrl().replace(QLatin1String("/v1"), QLatin1String("/openai"));
            config.apiVersion = QStringLiteral("2024-06-01");
        }
        const QString target =
            sameHostName ? QStringLiteral("http://localhost:%1/v1/chat/completions").arg(m_server.port())
                         : other.baseUrl() + QStringLiteral("/chat/completions?sig=s3cr3t");
        server()->addRule(Rule::redirect(status, target).onRoute(Rule::Route::Any));
        ChatRequest chat = request(config, QStringLiteral("follow me"));
        chat.stream = stream;
        const ChatResult result = m_client->run(chat);
        QVERIFY2(credentialsSeenBy(*other.endpoint()).isEmpty(),
                 qPrintable(credentialsSeenBy(*other.endpoint()).join(QLatin1Char('\n'))));
        QCOMPARE(result.status, ChatStatus::Failed);
        QCOMPARE(result.failure, ChatFailure::RedirectRefused);
        const QString shown =
            sameHostName ? target : other.baseUrl() + QStringLiteral("/chat/completions"); // no query
        QCOMPARE(
            result.error,
            QStringLiteral("%1 redirected to %2: Tailor sends the API key and the prompt only to the base "
                           "URL's own scheme, host and port, never to another. If that address is the real "
                           "endpoint, set the base URL to it.")
                .arg(config.baseUrl, shown));
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(sentCount(), 1); // final: not retried
        const QByteArray sentKey = server()->lastRequest().header(azure ? "api-key" : "Authorization");
        QVERIFY(sentKey.contains(fakeKey.toLatin1())); // the configured endpoint got the key...
        QCOMPARE(other.endpoint()->requestCount(), 0); // ...the other host got nothing, not even the prompt

        QVERIFY2(m_client->flushLog().ok(), qPrintable(m_client->flushLog().error().message));
        const auto logged = m_client->requestLog()->list({});
        QVERIFY2(logged.ok(), qPrintable(logged.error().message));
        QCOMPARE(logged->first().failure, ChatFailure::RedirectRefused);
        QVERIFY(!logged->first().error.contains(QLatin1String("s3cr3t")));
    }

    void followsARedirectWithinTheSameOrigin_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("location");
        QTest::newRow("307 relative") << 307 << false << QStringLiteral("/v2/chat/completions");
        QTest::newRow("308 absolute")
            << 308 << false << QStringLiteral("http://127.0.0.1:%1/v2/chat/completions");
        QTest::newRow("307 streaming") << 307 << true << QStringLiteral("/v2/chat/completions");
    }

    void followsARedirectWithinTheSameOrigin()
    {
        QFETCH(int, status);
        QFETCH(bool, stream);
        QFETCH(QString, location);
        if (location.contains(QLatin1String("%1")))
            location = location.arg(m_server.port());
        server()->addRule(Rule::redirect(status, location).onlyTimes(1));
        server()->addRule(Rule::reply(QStringLiteral("Moved, and still answering.")));
        ChatRequest chat = request(endpoint(), QStringLiteral("moved?"));
        chat.stream = stream;
        const ChatResult result = m_client->run(chat);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.content, QStringLiteral("Moved, and still answering."));
        QCOMPARE(result.streamed, stream);
        QCOMPARE(sentCount(), 2);
        const auto followed = server()->lastRequest();
        QCOMPARE(followed.method, QStringLiteral("POST"));
        QCOMPARE(followed.path, QStringLiteral("/v2/chat/completions"));
        QCOMPARE(followed.lastUserMessage(), QStringLiteral("moved?"));
        QCOMPARE(followed.header("Authorization"), QByteArray("Bearer ") + fakeKey.toLatin1());
    }

    void refusesARedirectFromHttpsToHttp()
    {
        // A throwaway certificate for 127.0.0.1 that only this process trusts.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 qPrintable(openssl.errorString() + QString::fromLocal8Bit(openssl.readAllStandardError())));
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());
        QSslConfiguration serving = QSslConfiguration::defaultConfiguration();
        serving.setLocalCertificate(certificate);
        serving.setPrivateKey(key);
        const QSslConfiguration previous = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = previous;
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore =
            qScopeGuard([&previous] { QSslConfiguration::setDefaultConfiguration(previous); });

        TestEndpointThread tls;
        QVERIFY2(tls.startTls(serving), qPrintable(tls.errorString()));
        TestEndpointThread plain;
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        EndpointConfig config = endpoint();
        config.baseUrl = tls.baseUrl();
        QVERIFY(config.baseUrl.startsWith(QLatin1String("https://127.0.0.1:")));
        ChatResult result = m_client->run(request(config, QStringLiteral("over TLS")));
        QVERIFY2(result.ok(), qPrintable(result.error));

        const QString downgrade = QStringLiteral(
            "%1 redirected to %2, from https to plain http: Tailor does not send the API key or "
            "the prompt unencrypted. Set the base URL to an https address that answers without a "
            "redirect.");
        // The same host and port, only without TLS.
        const QString sameAddress = QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(tls.port());
        tls.endpoint()->addRule(Rule::redirect(307, sameAddress).onlyTimes(1));
        result = m_client->run(request(config, QStringLiteral("downgrade")));
        QCOMPARE(result.failure, ChatFailure::RedirectRefused);
        QCOMPARE(result.error, downgrade.arg(config.baseUrl, sameAddress));
        QCOMPARE(tls.endpoint()->requestCount(), 2);

        // A plain listener elsewhere never hears of the request.
        tls.endpoint()->addRule(
            Rule::redirect(308, plain.baseUrl() + QStringLiteral("/chat/completions")).onlyTimes(1));
        result = m_client->run(request(config, QStringLiteral("downgrade elsewhere")));
        QCOMPARE(result.failure, ChatFailure::RedirectRefused);
        QCOMPARE(result.error,
                 downgrade.arg(config.baseUrl, plain.baseUrl() + QStringLiteral("/chat/completions")));
        QCOMPARE(plain.endpoint()->requestCount(), 0);

        // Within https on the same host and port, a redirect still works.
        tls.endpoint()->addRule(Rule::redirect(307, QStringLiteral("/v2/chat/completions")).onlyTimes(1));
        result = m_client->run(request(config, QStringLiteral("moved")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(tls.endpoint()->lastRequest().path, QStringLiteral("/v2/chat/completions"));
        QCOMPARE(tls.endpoint()->lastRequest().header("Authorization"),
                 QByteArray("Bearer ") + fakeKey.toLatin1());
    }

    void refusesSameOriginRedirectsThatWouldDropTheBodyOrNeverEnd()
    {
        // 301, 302 and 303 turn a POST into a GET without its body: not followed, even on the same origin.
        server()->addRule(Rule::redirect(301, QStringLiteral("/v1/chat/completions/")).onlyTimes(1));
        ChatResult result = m_client->run(request(endpoint(), QStringLiteral("slash")));
        QCOMPARE(result.failure, ChatFailure::RedirectRefused);
        QCOMPARE(
            result.error,
            QStringLiteral("%1 answered 301 Moved Permanently with a redirect to %1/chat/completions/, which "
                           "would turn the chat request into a GET without its body: set the base URL to "
                           "the address it redirects to.")
                .arg(m_server.baseUrl()));
        QCOMPARE(sentCount(), 1);

        // A redirect to itself: five hops are followed, then the call fails without a retry.
        server()->clearRequests();
        server()->addRule(Rule::redirect(307, QStringLiteral("/v1/loop")).onRoute(Rule::Route::Any));
        result = m_client->run(request(endpoint(), QStringLiteral("loop")));
        QCOMPARE(result.failure, ChatFailure::RedirectRefused);
        QCOMPARE(result.error,
                 QStringLiteral("%1 redirected more than 5 times in a row, last to %1/loop: set the "
                                "base URL to the address that answers.")
                     .arg(m_server.baseUrl()));
        QCOMPARE(sentCount(), 6);
        QCOMPARE(result.retries, 0);
    }

    void refusesARedirectThatLeavesAfterASameOriginHop()
    {
        TestEndpointThread other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        server()->addRule(Rule::redirect(307, QStringLiteral("/v2/chat/completions")).onlyTimes(1));
        server()->addRule(Rule::redirect(307, other.baseUrl() + QStringLiteral("/chat/completions")));
        const ChatResult result = m_client->run(request(endpoint(), QStringLiteral("hop")));
        QCOMPARE(result.failure, ChatFailure::RedirectRefused);
        QCOMPARE(sentCount(), 2);
        QCOMPARE(other.endpoint()->requestCount(), 0);
    }

    void announcesEachRetryBeforeItsDeltas()
    {
        Rule broken = Rule::streamFaulting(Rule::StreamFault::Close, 3).onlyTimes(2);
        broken.content = QByteArrayLiteral("one two three");
        server()->addRule(broken);
        server()->addRule(Rule::reply(QStringLiteral("one two three")));
        ChatRequest chat = request(endpoint(), QStringLiteral("retry me"));
        chat.stream = true;
        // The text streamed by each attempt, split where a retry was announced.
        QStringList attempts{QString()};
        QStringList retries;
        connect(m_client.get(), &LlmClient::delta, this,
                [&attempts](quint64, const QString &text) { attempts.last() += text; });
        connect(m_client.get(), &LlmClient::retrying, this,
                [&attempts, &retries, base = m_server.baseUrl()](quint64, int attempt, int maxAttempts,
                                                                 const QString &reason) {
                    retries << QStringLiteral("%1 of %2").arg(attempt).arg(maxAttempts);
                    QVERIFY2(reason.contains(base), qPrintable(reason));
                    attempts << QString();
                });
        const ChatResult result = m_client->run(chat);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.retries, 2);
        QTRY_COMPARE(attempts.constLast(), QStringLiteral("one two three"));
        QCOMPARE(attempts, (QStringList{QStringLiteral("one tw"), QStringLiteral("one tw"),
                                        QStringLiteral("one two three")}));
        QCOMPARE(retries, (QStringList{QStringLiteral("2 of 3"), QStringLiteral("3 of 3")}));
    }

    void answersTheSecondIdenticalCallFromTheCache()
    {
        const ChatResult first =
            m_client->run(request(endpoint(), QStringLiteral("cache me"), CachePolicy::Use));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(!first.cached);
        const ChatResult second =
            m_client->run(request(endpoint(), QStringLiteral("cache me"), CachePolicy::Use));
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.cached);
        QCOMPARE(second.content, first.content);
        QCOMPARE(second.cost, 0.0);
        QCOMPARE(second.cacheKey, first.cacheKey);
        QCOMPARE(sentCount(), 1);

        // From the database too, once written: a new client has no memory of the first call.
        QVERIFY2(m_client->flushLog().ok(), qPrintable(m_client->flushLog().error().message));
        recreateClient(fastOptions());
        const ChatResult third =
            m_client->run(request(endpoint(), QStringLiteral("cache me"), CachePolicy::Use));
        QVERIFY(third.cached);
        QCOMPARE(sentCount(), 1);
        auto stats = m_client->cache()->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->entries, qint64(1));
        QVERIFY(stats->bytes > 0);
        QCOMPARE(stats->hitsSinceStart, qint64(1));
    }

    void sendsIdenticalCallsInFlightOnce()
    {
        server()->setDefaultLatency(300);
        const LlmCall a = m_client->submit(request(endpoint(), QStringLiteral("twins"), CachePolicy::Use));
        const LlmCall b = m_client->submit(request(endpoint(), QStringLiteral("twins"), CachePolicy::Use));
        const ChatResult first = a.result.result();
        const ChatResult second = b.result.result();
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.error + second.error));
        QCOMPARE(sentCount(), 1);
        QVERIFY(!first.coalesced);
        QVERIFY(second.coalesced);
        QVERIFY(second.cached);
        QCOMPARE(second.content, first.content);
        QVERIFY(a.id != b.id);
    }

    void cancellingOneOfTwinsKeepsTheOtherGoing()
    {
        server()->setDefaultLatency(300);
        const LlmCall a = m_client->submit(request(endpoint(), QStringLiteral("twins"), CachePolicy::Use));
        const LlmCall b = m_client->submit(request(endpoint(), QStringLiteral("twins"), CachePolicy::Use));
        QTRY_COMPARE(sentCount(), 1);
        m_client->cancel(a.id);
        QCOMPARE(a.result.result().status, ChatStatus::Cancelled);
        const ChatResult kept = b.result.result();
        QVERIFY2(kept.ok(), qPrintable(kept.error));
        QCOMPARE(sentCount(), 1);
    }

    void bypassAndRefreshGoToTheEndpoint()
    {
        QVERIFY(m_client->run(request(endpoint(), QStringLiteral("again"), CachePolicy::Use)).ok());
        const ChatResult bypass =
            m_client->run(request(endpoint(), QStringLiteral("again"), CachePolicy::Bypass));
        QVERIFY(!bypass.cached);
        QCOMPARE(sentCount(), 2);
        server()->addRule(Rule::reply(QStringLiteral("fresh answer")));
        const ChatResult refreshed =
            m_client->run(request(endpoint(), QStringLiteral("again"), CachePolicy::Refresh));
        QVERIFY(!refreshed.cached);
        QCOMPARE(sentCount(), 3);
        const ChatResult cached =
            m_client->run(request(endpoint(), QStringLiteral("again"), CachePolicy::Use));
        QVERIFY(cached.cached);
        QCOMPARE(cached.content, QStringLiteral("fresh answer"));
        QCOMPARE(sentCount(), 3);
    }

    void clearEmptiesTheCacheAndIsAudited()
    {
        QVERIFY(m_client->run(request(endpoint(), QStringLiteral("one"), CachePolicy::Use)).ok());
        QVERIFY(m_client->run(request(endpoint(), QStringLiteral("two"), CachePolicy::Use)).ok());
        QVERIFY2(m_client->flushLog().ok(), qPrintable(m_client->flushLog().error().message));
        QCOMPARE(m_client->cache()->stats()->entries, qint64(2));
        OperatorService viewer(*m_database, QStringLiteral("dave"));
        auto refused = m_client->cache()->clear(viewer);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::PermissionDenied);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Operator 'dave' has the role viewer and may not manage LLM endpoints in "
                                "this workspace; ask an admin."));
        QCOMPARE(m_client->cache()->stats()->entries, qint64(2));
        OperatorService admin(*m_database, QStringLiteral("alice"));
        auto cleared = m_client->cache()->clear(admin);
        QVERIFY2(cleared.ok(), qPrintable(cleared.error().message));
        QCOMPARE(cleared.value(), qint64(2));
        QCOMPARE(m_client->cache()->stats()->entries, qint64(0));
        AuditFilter filter;
        filter.action = QStringLiteral("llm.cache.clear");
        auto entries = m_workspace->audit().list(filter);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().payloadObject().value(QLatin1String("entries")).toInt(), 2);
        recreateClient(fastOptions());
        const ChatResult again = m_client->run(request(endpoint(), QStringLiteral("one"), CachePolicy::Use));
        QVERIFY(!again.cached);
        QCOMPARE(sentCount(), 3);
    }

    void writesRequestLogRowsWithCost()
    {
        ChatRequest chat = request(endpoint(), QStringLiteral("log me"), CachePolicy::Use);
        chat.metadata.promptName = QStringLiteral("recommend");
        chat.metadata.promptVersion = 3;
        chat.metadata.profileId = QStringLiteral("user-42");
        chat.metadata.experimentId = QStringLiteral("exp-1");
        chat.metadata.fieldsSent = {QStringLiteral("history"), QStringLiteral("age")};
        const ChatResult sent = m_client->run(chat);
        const ChatResult cached = m_client->run(chat);
        server()->addRule(Rule::error(401));
        const ChatResult failed = m_client->run(request(endpoint(), QStringLiteral("fail me")));
        QVERIFY2(m_client->flushLog().ok(), qPrintable(m_client->flushLog().error().message));

        auto entries = m_client->requestLog()->list({});
        QVERIFY2(entries.ok(), qPrintable(entries.error().message));
        QCOMPARE(entries->size(), 3);
        const RequestLogEntry &failedRow = entries->at(0);
        QCOMPARE(failedRow.status, ChatStatus::Failed);
        QCOMPARE(failedRow.failure, ChatFailure::Unauthorized);
        QCOMPARE(failedRow.httpStatus, 401);
        QCOMPARE(failedRow.error, failed.error);
        const RequestLogEntry &cachedRow = entries->at(1);
        QVERIFY(cachedRow.cacheHit);
        QCOMPARE(cachedRow.cost, 0.0);
        const RequestLogEntry &row = entries->at(2);
        QCOMPARE(row.status, ChatStatus::Ok);
        QCOMPARE(row.operatorName, QStringLiteral("alice"));
        QCOMPARE(row.endpoint, QStringLiteral("scripted"));
        QCOMPARE(row.provider, QStringLiteral("custom"));
        QCOMPARE(row.model, QStringLiteral("tailor-test"));
        QCOMPARE(row.cacheKey, sent.cacheKey);
        QCOMPARE(row.cacheKey.size(), 64);
        QCOMPARE(row.promptTokens, sent.promptTokens);
        QCOMPARE(row.completionTokens, sent.completionTokens);
        QVERIFY(!row.tokensEstimated);
        QCOMPARE(row.cost, sent.cost);
        QVERIFY(row.cost > 0);
        QCOMPARE(row.latencyMs, sent.latencyMs);
        QCOMPARE(row.ttftMs, qint64(-1));
        QVERIFY(!row.cacheHit);
        QCOMPARE(row.metadata.promptName, QStringLiteral("recommend"));
        QCOMPARE(row.metadata.promptVersion, 3);
        QCOMPARE(row.metadata.profileId, QStringLiteral("user-42"));
        QCOMPARE(row.metadata.experimentId, QStringLiteral("exp-1"));
        QCOMPARE(row.metadata.fieldsSent, QStringList({QStringLiteral("history"), QStringLiteral("age")}));
        QVERIFY(cached.cached);

        RequestLogFilter filter;
        filter.endpoint = QStringLiteral("scripted");
        auto summary = m_client->requestLog()->summarize(filter);
        QVERIFY(summary.ok());
        QCOMPARE(summary->count, qint64(3));
        QCOMPARE(summary->ok, qint64(2));
        QCOMPARE(summary->failed, qint64(1));
        QCOMPARE(summary->cacheHits, qint64(1));
        QCOMPARE(summary->cost, sent.cost);
        QCOMPARE(summary->p50LatencyMs, sent.latencyMs);
        filter.endpoint = QStringLiteral("other");
        QCOMPARE(m_client->requestLog()->summarize(filter)->count, qint64(0));
        RequestLogFilter limited;
        limited.limit = 1;
        QCOMPARE(m_client->requestLog()->list(limited)->size(), 1);
        RequestLogFilter future;
        future.since = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(m_client->requestLog()->list(future)->size(), 0);
    }

    void reachesAConcurrencyOf32()
    {
        server()->setDefaultLatency(300);
        EndpointConfig config = endpoint();
        config.concurrency = 32;
        QList<LlmCall> calls;
        for (int i = 0; i < 64; ++i)
            calls << m_client->submit(request(config, QStringLiteral("parallel %1").arg(i)));
        for (const LlmCall &call : calls)
            QVERIFY2(call.result.result().ok(), qPrintable(call.result.result().error));
        QCOMPARE(server()->maxInFlight(), 32);
        QCOMPARE(m_client->load(config).networkManagers, 6);
    }

    void neverExceedsTheConfiguredConcurrency()
    {
        server()->setDefaultLatency(100);
        EndpointConfig config = endpoint();
        config.concurrency = 3;
        QList<LlmCall> calls;
        for (int i = 0; i < 12; ++i)
            calls << m_client->submit(request(config, QStringLiteral("limited %1").arg(i)));
        for (const LlmCall &call : calls)
            QVERIFY(call.result.result().ok());
        QCOMPARE(server()->maxInFlight(), 3);
    }

    void halvesConcurrencyOn429AndRecovers()
    {
        server()->setDefaultLatency(200);
        server()->addRule(Rule::rateLimited(1).onlyTimes(8));
        EndpointConfig config = endpoint();
        config.concurrency = 8;
        QList<LlmCall> calls;
        for (int i = 0; i < 8; ++i)
            calls << m_client->submit(request(config, QStringLiteral("adaptive %1").arg(i)));
        // All eight are refused; the limit is cut once, not eight times.
        QTRY_COMPARE(server()->ruleUses(0), 8);
        QTRY_COMPARE(m_client->load(config).limit, 4);
        for (const LlmCall &call : calls)
            QVERIFY(call.result.result().ok());
        // The retries went out four at a time: the fifth waited for one of the first four to finish...
        const auto requests = server()->requests();
        QCOMPARE(requests.size(), 16);
        QVERIFY(requests.at(11).arrivalMs - requests.at(8).arrivalMs < 100);
        QVERIFY2(requests.at(12).arrivalMs - requests.at(8).arrivalMs >= 150,
                 qPrintable(QString::number(requests.at(12).arrivalMs - requests.at(8).arrivalMs)));
        // ...and each success gave a slot back.
        QCOMPARE(m_client->load(config).limit, 8);
    }

    void keepsToRequestsPerMinute()
    {
        EndpointConfig config = endpoint();
        config.requestsPerMinute = 60;
        config.concurrency = 8;
        QElapsedTimer timer;
        timer.start();
        QList<LlmCall> calls;
        for (int i = 0; i < 62; ++i)
            calls << m_client->submit(request(config, QStringLiteral("rpm %1").arg(i)));
        for (const LlmCall &call : calls)
            QVERIFY(call.result.result().ok());
        // A full bucket lets 60 through at once; the 61st and 62nd wait one second each.
        QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
    }

    void keepsSecretsOutOfDatabaseLogsAndErrors()
    {
        // A server that echoes the key it refused, as some do.
        server()->addRule(Rule::error(401, Rule::Dialect::OpenAI,
                                      QStringLiteral("Incorrect API key provided: ") + fakeKey));
        const ChatResult refused =
            m_client->run(request(endpoint(), QStringLiteral("leak?"), CachePolicy::Use));
        QCOMPARE(refused.failure, ChatFailure::Unauthorized);
        QVERIFY2(!refused.error.contains(fakeKey), qPrintable(refused.error));
        QVERIFY(refused.error.contains(QLatin1String("[redacted]")));
        QVERIFY(!QString::fromUtf8(QJsonDocument(refused.toJson()).toJson()).contains(fakeKey));
        server()->clearRules();
        QVERIFY(m_client->run(request(endpoint(), QStringLiteral("fine"), CachePolicy::Use)).ok());
        QVERIFY(server()->lastRequest().header("Authorization").contains(fakeKey.toLatin1()));
        QVERIFY2(m_client->flushLog().ok(), qPrintable(m_client->flushLog().error().message));
        const auto saved = m_workspace->endpoints().save(endpoint());
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));

        QSqlDatabase raw = m_ws->rawConnection();
        QString everything;
        for (const QString &table : {QStringLiteral("llm_request_log"), QStringLiteral("llm_response_cache"),
                                     QStringLiteral("llm_endpoints"), QStringLiteral("audit_log")})
            everything += dump(raw, table);
        QVERIFY(everything.contains(keyVariable)); // the name is there...
        QVERIFY(!everything.contains(fakeKey));    // ...the key is not
        if (!TestWorkspace::postgresMode()) {
            m_client.reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile file(m_ws->url().filePath() + suffix);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                QVERIFY2(!file.readAll().contains(fakeKey.toLatin1()), qPrintable(file.fileName()));
            }
        }
    }

    void saysToUseTheEnvironmentVariableWithoutAKeychain()
    {
        qunsetenv(keyVariable.toLatin1().constData());
        EndpointConfig config = endpoint();
        config.secretKey = QStringLiteral("tailor-test-missing-entry");
        const ChatResult result = m_client->run(request(config, QStringLiteral("hi")));
        QCOMPARE(result.failure, ChatFailure::NoSecret);
        QVERIFY2(
            result.error.contains(QLatin1String("Set the environment variable TAILOR_TEST_LLM_KEY to the API "
                                                "key instead.")),
            qPrintable(result.error));
        QCOMPARE(sentCount(), 0);
    }

    void dryRunMakesNoNetworkCall()
    {
        EndpointConfig dryRun = EndpointConfig::preset(EndpointProvider::DryRun);
        dryRun.pricePer1kInput = 2.0;
        ChatRequest chat = request(dryRun, QStringLiteral("count my tokens"));
        const ChatResult result = m_client->run(chat);
        QVERIFY(result.ok());
        QVERIFY(result.dryRun);
        QVERIFY(result.content.isEmpty());
        QVERIFY(result.tokensEstimated);
        QCOMPARE(result.promptTokens, ChatMessage::estimateTokens(chat.messages));
        QCOMPARE(result.cost, result.promptTokens / 1000.0 * 2.0);
        QCOMPARE(sentCount(), 0);
        QVERIFY2(m_client->flushLog().ok(), qPrintable(m_client->flushLog().error().message));
        QVERIFY(m_client->requestLog()->list({})->first().dryRun);
    }

    void testsAConnection()
    {
        auto report = m_client->testConnection(endpoint()).result();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QVERIFY(report.reachable);
        QVERIFY(report.modelsListed);
        QCOMPARE(report.models, QStringList{QStringLiteral("tailor-test")});
        QVERIFY(report.modelFound);
        QVERIFY(report.chatLatencyMs >= 0);
        QCOMPARE(sentCount(), 2);

        server()->addRule(Rule::error(401).onRoute(Rule::Route::Any));
        auto refused = m_client->testConnection(endpoint()).result();
        QVERIFY(!refused.ok());
        QVERIFY(refused.reachable);
        QVERIFY2(refused.summary().startsWith(QStringLiteral("401 Unauthorized from ")),
                 qPrintable(refused.summary()));

        auto dryRun = m_client->testConnection(EndpointConfig::preset(EndpointProvider::DryRun)).result();
        QVERIFY(dryRun.ok());
    }

    void testingAConnectionNeverFollowsARedirectToAnotherHost()
    {
        TestEndpointThread other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        const QString refused =
            QStringLiteral("%1 redirected to %2/%3: Tailor sends the API key and the prompt only to the base "
                           "URL's own scheme, host and port, never to another. If that address is the real "
                           "endpoint, set the base URL to it.");

        // Only the model list moved: the chat request works, the list is refused.
        server()->addRule(
            Rule::redirect(302, other.baseUrl() + QStringLiteral("/models")).onRoute(Rule::Route::Models));
        auto report = m_client->testConnection(endpoint()).result();
        QVERIFY(report.chatOk);
        QVERIFY(!report.modelsListed);
        QCOMPARE(report.modelsError,
                 refused.arg(m_server.baseUrl(), other.baseUrl(), QStringLiteral("models")));

        // Everything moved: both are refused, and the summary says why.
        server()->clearRules();
        server()->addRule(
            Rule::redirect(307, other.baseUrl() + QStringLiteral("/x")).onRoute(Rule::Route::Any));
        report = m_client->testConnection(endpoint()).result();
        QVERIFY(!report.ok());
        QCOMPARE(report.summary(), refused.arg(m_server.baseUrl(), other.baseUrl(), QStringLiteral("x")));
        QCOMPARE(report.modelsError, report.summary());
        QCOMPARE(other.endpoint()->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "tst_llmclient.moc"
