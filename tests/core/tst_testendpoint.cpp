#include "endpointscript.h"
#include "testendpoint.h"
#include "testendpointthread.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tailor::test;

namespace {

QJsonObject chatBody(const QString &user, bool stream = false, bool includeUsage = false,
                     const QString &model = QStringLiteral("tailor-test"))
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                             {QStringLiteral("content"), QStringLiteral("Be brief")}},
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), user}}}}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    if (includeUsage)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return body;
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                       bool close = true)
{
    return method + ' ' + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n" + body;
}

QByteArray chatRequest(const QJsonObject &body, bool close = true)
{
    return httpRequest("POST", "/v1/chat/completions", QJsonDocument(body).toJson(QJsonDocument::Compact),
                       close);
}

// A raw HTTP client that collects every byte and notes how the connection ended; waits spin the event loop,
// so it works with a server in the same thread.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;

    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, [this] { closed = true; });
        QObject::connect(&socket, &QTcpSocket::errorOccurred,
                         [this](QAbstractSocket::SocketError e) { error = e; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    bool waitClosed(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, ms);
    }
};

struct HttpResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool complete = false; // a Content-Length body fully there, or the terminating chunk seen
};

HttpResponse parseResponse(const QByteArray &raw)
{
    HttpResponse response;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    response.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        response.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                lines.at(i).mid(colon + 1).trimmed());
    }
    QByteArray rest = raw.mid(headEnd + 4);
    if (response.headers.value("transfer-encoding") != "chunked") {
        const qsizetype length = response.headers.value("content-length", "-1").toLongLong();
        response.body = length >= 0 ? rest.left(length) : rest;
        response.complete = length < 0 || rest.size() >= length;
        return response;
    }
    for (;;) {
        const qsizetype lineEnd = rest.indexOf("\r\n");
        if (lineEnd < 0)
            return response;
        bool ok = false;
        const qsizetype size = rest.left(lineEnd).toLongLong(&ok, 16);
        if (!ok || rest.size() < lineEnd + 2 + size + 2)
            return response;
        if (size == 0) {
            response.complete = true;
            return response;
        }
        response.body += rest.mid(lineEnd + 2, size);
        rest.remove(0, lineEnd + 2 + size + 2);
    }
}

QList<QByteArray> sseData(const QByteArray &body)
{
    QList<QByteArray> data;
    for (const QByteArray &event : body.split('\n')) {
        if (event.startsWith("data: "))
            data.append(event.mid(6));
    }
    return data;
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestTestEndpoint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEndpoint> m_endpoint;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QNetworkReply *post(const QJsonObject &body, const QString &path = QStringLiteral("/v1/chat/completions"))
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_endpoint->port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer sk-test-key");
        return m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QNetworkReply *get(const QString &path)
    {
        return m_nam->get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_endpoint->port()).arg(path))));
    }

    static bool finished(QNetworkReply *reply, int ms = 10000)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, ms);
    }

    static int statusOf(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // One raw request with Connection: close; everything the server sent until it closed.
    QByteArray exchange(const QByteArray &request)
    {
        RawClient client(m_endpoint->port());
        client.send(request);
        client.waitClosed();
        return client.received;
    }

private slots:
    void init()
    {
        m_endpoint = std::make_unique<TestEndpoint>();
        QVERIFY2(m_endpoint->listen(), qPrintable(m_endpoint->errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_endpoint.reset();
    }

    void listensOnAFreePortAndNamesTheBaseUrl()
    {
        QVERIFY(m_endpoint->isListening());
        QVERIFY(m_endpoint->port() > 0);
        QCOMPARE(m_endpoint->baseUrl(), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_endpoint->port()));
    }

    void answersWithAnOpenAiCompletion()
    {
        QNetworkReply *reply = post(chatBody(QStringLiteral("Recommend three films for Ada")));
        QVERIFY(finished(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(statusOf(reply), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        const QJsonObject body = jsonOf(reply->readAll());
        QCOMPARE(body.value(QStringLiteral("id")).toString(), QStringLiteral("chatcmpl-tailor-1"));
        QCOMPARE(body.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        QVERIFY(body.value(QStringLiteral("created")).toInteger() > 1700000000);
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("tailor-test"));
        const QJsonObject choice = body.value(QStringLiteral("choices")).toArray().at(0).toObject();
        QCOMPARE(choice.value(QStringLiteral("index")).toInt(), 0);
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
        QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(message.value(QStringLiteral("content")).toString(),
                 QStringLiteral("ok: Recommend three films for Ada"));
        // ceil(chars / 4): "Be brief" + "Recommend three films for Ada" = 37 chars; the answer has 33.
        const QJsonObject usage = body.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 10);
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 9);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 19);
    }

    void echoesOnlyTheFirstFortyCharacters()
    {
        QNetworkReply *reply =
            post(chatBody(QStringLiteral("0123456789012345678901234567890123456789-cut here")));
        QVERIFY(finished(reply));
        const QJsonObject body = jsonOf(reply->readAll());
        QCOMPARE(body[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")]
                     .toString(),
                 QStringLiteral("ok: 0123456789012345678901234567890123456789"));
    }

    void repliesWithScriptedTextAndJsonContent()
    {
        m_endpoint->addRule(Rule::reply(QStringLiteral("Ranked: 3, 1, 2")).onNth(1));
        m_endpoint->addRule(Rule::replyJson(QJsonObject{{QStringLiteral("items"), QJsonArray{3, 1, 2}}}));
        QNetworkReply *first = post(chatBody(QStringLiteral("rank"), false));
        QVERIFY(finished(first));
        QCOMPARE(jsonOf(first->readAll())[QStringLiteral("choices")][0][QStringLiteral("message")]
                                         [QStringLiteral("content")]
                                             .toString(),
                 QStringLiteral("Ranked: 3, 1, 2"));
        QNetworkReply *second = post(chatBody(QStringLiteral("rank")));
        QVERIFY(finished(second));
        QCOMPARE(jsonOf(second->readAll())[QStringLiteral("choices")][0][QStringLiteral("message")]
                                          [QStringLiteral("content")]
                                              .toString(),
                 QStringLiteral("{\"items\":[3,1,2]}"));
    }

    void streamsRoleContentFinishUsageThenDone()
    {
        m_endpoint->addRule(Rule::reply(QStringLiteral("Hello streaming world")).withChunks(3));
        QNetworkReply *reply = post(chatBody(QStringLiteral("hi"), true, true));
        QVERIFY(finished(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QStringLiteral("text/event-stream")));
        QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
        const QList<QByteArray> data = sseData(reply->readAll());
        QCOMPARE(data.size(), 7); // role, 3 pieces, finish, usage, [DONE]

        const QJsonObject role = jsonOf(data.at(0));
        QCOMPARE(role.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
        QCOMPARE(
            role[QStringLiteral("choices")][0][QStringLiteral("delta")][QStringLiteral("role")].toString(),
            QStringLiteral("assistant"));
        QVERIFY(role.contains(QStringLiteral("usage")) && role.value(QStringLiteral("usage")).isNull());
        QString content;
        for (int i = 1; i <= 3; ++i)
            content += jsonOf(data.at(
                i))[QStringLiteral("choices")][0][QStringLiteral("delta")][QStringLiteral("content")]
                           .toString();
        QCOMPARE(content, QStringLiteral("Hello streaming world"));
        const QJsonObject finish = jsonOf(data.at(4));
        QCOMPARE(finish[QStringLiteral("choices")][0][QStringLiteral("finish_reason")].toString(),
                 QStringLiteral("stop"));
        QVERIFY(finish[QStringLiteral("choices")][0][QStringLiteral("delta")].toObject().isEmpty());
        const QJsonObject usage = jsonOf(data.at(5));
        QVERIFY(usage.value(QStringLiteral("choices")).toArray().isEmpty());
        QCOMPARE(usage[QStringLiteral("usage")][QStringLiteral("completion_tokens")].toInt(), 6);
        QCOMPARE(usage[QStringLiteral("usage")][QStringLiteral("prompt_tokens")].toInt(), 3);
        QCOMPARE(usage[QStringLiteral("usage")][QStringLiteral("total_tokens")].toInt(), 9);
        QCOMPARE(data.at(6), QByteArray("[DONE]"));
        for (const QByteArray &chunk : data.mid(0, 6))
            QCOMPARE(jsonOf(chunk).value(QStringLiteral("id")).toString(),
                     QStringLiteral("chatcmpl-tailor-1"));
    }

    void leavesOutTheUsageChunkUnlessAskedOrWhenOmitted()
    {
        QNetworkReply *notAsked = post(chatBody(QStringLiteral("hi"), true, false));
        QVERIFY(finished(notAsked));
        QList<QByteArray> data = sseData(notAsked->readAll());
        QCOMPARE(data.last(), QByteArray("[DONE]"));
        for (const QByteArray &chunk : data.mid(0, data.size() - 1)) {
            QVERIFY(!jsonOf(chunk).contains(QStringLiteral("usage")));
            QCOMPARE(jsonOf(chunk).value(QStringLiteral("choices")).toArray().size(), 1);
        }

        m_endpoint->addRule(Rule().withoutUsage());
        QNetworkReply *omitted = post(chatBody(QStringLiteral("hi"), true, true));
        QVERIFY(finished(omitted));
        data = sseData(omitted->readAll());
        QCOMPARE(data.last(), QByteArray("[DONE]"));
        for (const QByteArray &chunk : data.mid(0, data.size() - 1))
            QCOMPARE(jsonOf(chunk).value(QStringLiteral("choices")).toArray().size(), 1);
    }

    void pacesStreamChunksWithTheChunkDelay()
    {
        m_endpoint->setStreamChunkDelay(50);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = post(chatBody(QStringLiteral("pace me"), true));
        QVERIFY(finished(reply));
        // role, 4 pieces, finish, [DONE]: six gaps of 50 ms.
        QCOMPARE(sseData(reply->readAll()).size(), 7);
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    }

    void splitsStreamsWithoutCuttingUtf8Sequences()
    {
        m_endpoint->addRule(Rule::reply(QStringLiteral("ñññññ€€€")).withChunks(5));
        const HttpResponse response =
            parseResponse(exchange(chatRequest(chatBody(QStringLiteral("x"), true))));
        QVERIFY(response.complete);
        QString content;
        for (const QByteArray &chunk : sseData(response.body)) {
            if (chunk == "[DONE]")
                continue;
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString text = decoder.decode(chunk);
            QVERIFY(!decoder.hasError());
            content +=
                jsonOf(
                    chunk)[QStringLiteral("choices")][0][QStringLiteral("delta")][QStringLiteral("content")]
                    .toString();
        }
        QCOMPARE(content, QStringLiteral("ñññññ€€€"));
    }

    void delaysTheAnswerWithoutBlocking()
    {
        m_endpoint->addRule(Rule::reply(QStringLiteral("late")).afterDelay(300));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = post(chatBody(QStringLiteral("wait")));
        QVERIFY(QTest::qWaitFor([this] { return m_endpoint->inFlight() == 1; }, 1000));
        QVERIFY(!reply->isFinished());
        QVERIFY(finished(reply));
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_endpoint->inFlight(), 0);
    }

    void rateLimitSendsRetryAfterHeaders()
    {
        m_endpoint->addRule(Rule::rateLimited(2, 1500));
        QNetworkReply *reply = post(chatBody(QStringLiteral("hi")));
        QVERIFY(finished(reply));
        QCOMPARE(statusOf(reply), 429);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("2"));
        QCOMPARE(reply->rawHeader("retry-after-ms"), QByteArray("1500"));
        const QJsonObject error = jsonOf(reply->readAll()).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("requests"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Too Many Requests"));
    }

    void reportsExhaustedQuotaAsInsufficientQuota()
    {
        m_endpoint->addRule(Rule::quotaExhausted());
        QNetworkReply *reply = post(chatBody(QStringLiteral("hi")));
        QVERIFY(finished(reply));
        QCOMPARE(statusOf(reply), 429);
        QVERIFY(!reply->hasRawHeader("Retry-After"));
        const QJsonObject error = jsonOf(reply->readAll()).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("insufficient_quota"));
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("insufficient_quota"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("quota")));
    }

    void writesErrorBodiesInEachDialect_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("openai 401") << int(Rule::Dialect::OpenAI) << 401
                                    << QByteArray(
                                           "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"bad key\","
                                           "\"param\":null,\"type\":\"invalid_request_error\"}}");
        QTest::newRow("openai 503") << int(Rule::Dialect::OpenAI) << 503
                                    << QByteArray(
                                           "{\"error\":{\"code\":null,\"message\":\"bad key\",\"param\":null,"
                                           "\"type\":\"server_error\"}}");
        QTest::newRow("llama.cpp 500") << int(Rule::Dialect::LlamaCpp) << 500
                                       << QByteArray("{\"error\":{\"code\":500,\"message\":\"bad key\","
                                                     "\"type\":\"server_error\"}}");
        QTest::newRow("llama.cpp 503") << int(Rule::Dialect::LlamaCpp) << 503
                                       << QByteArray("{\"error\":{\"code\":503,\"message\":\"bad key\","
                                                     "\"type\":\"unavailable_error\"}}");
        QTest::newRow("vllm 400") << int(Rule::Dialect::Vllm) << 400
                                  << QByteArray("{\"code\":400,\"message\":\"bad key\",\"object\":\"error\","
                                                "\"param\":null,\"type\":\"BadRequestError\"}");
        QTest::newRow("vllm 503") << int(Rule::Dialect::Vllm) << 503
                                  << QByteArray("{\"code\":503,\"message\":\"bad key\",\"object\":\"error\","
                                                "\"param\":null,\"type\":\"ServiceUnavailableError\"}");
    }

    void writesErrorBodiesInEachDialect()
    {
        QFETCH(int, dialect);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        m_endpoint->addRule(Rule::error(status, Rule::Dialect(dialect), QStringLiteral("bad key")));
        QNetworkReply *reply = post(chatBody(QStringLiteral("hi")));
        QVERIFY(finished(reply));
        QCOMPARE(statusOf(reply), status);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(reply->readAll(), expected);
    }

    void answersEveryScriptedStatus()
    {
        const QList<int> statuses{400, 401, 403, 404, 422, 500, 502, 503, 504};
        for (int status : statuses)
            m_endpoint->addRule(Rule::error(status).onlyTimes(1));
        for (int status : statuses) {
            QNetworkReply *reply = post(chatBody(QStringLiteral("hi")));
            QVERIFY(finished(reply));
            QCOMPARE(statusOf(reply), status);
            QVERIFY(jsonOf(reply->readAll())[QStringLiteral("error")][QStringLiteral("message")].isString());
        }
    }

    void resetsTheConnectionBeforeAnswering()
    {
        m_endpoint->addRule(Rule::reset());
        RawClient client(m_endpoint->port());
        client.send(chatRequest(chatBody(QStringLiteral("hi")), false));
        QVERIFY(client.waitClosed());
        QVERIFY(client.received.isEmpty());
        QCOMPARE(client.error, QAbstractSocket::RemoteHostClosedError);
        QCOMPARE(m_endpoint->requestCount(), 1);
        QTRY_COMPARE(m_endpoint->inFlight(), 0);
        QTRY_COMPARE(m_endpoint->statistics().openConnections, 0);

        QNetworkReply *reply = post(chatBody(QStringLiteral("hi")));
        QVERIFY(finished(reply));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        // Qt 6.4's QNAM silently sends a request once more when the connection drops before any answer.
        QCOMPARE(m_endpoint->requestCount(), 3);
    }

    void resetsMidStreamAfterChunks()
    {
        m_endpoint->addRule(Rule::streamFaulting(Rule::StreamFault::Reset, 3));
        RawClient client(m_endpoint->port());
        client.send(chatRequest(chatBody(QStringLiteral("stream then die"), true), false));
        QVERIFY(client.waitClosed());
        const HttpResponse response = parseResponse(client.received);
        QCOMPARE(response.status, 200);
        QVERIFY(!response.complete);
        QCOMPARE(sseData(response.body).size(), 3);
        QVERIFY(!response.body.contains("[DONE]"));
        QCOMPARE(client.error, QAbstractSocket::RemoteHostClosedError);
        QTRY_COMPARE(m_endpoint->inFlight(), 0);
    }

    void truncatesAStreamWithAGracefulClose()
    {
        m_endpoint->addRule(Rule::streamFaulting(Rule::StreamFault::Close, 2));
        RawClient client(m_endpoint->port());
        client.send(chatRequest(chatBody(QStringLiteral("stream then stop"), true), false));
        QVERIFY(client.waitClosed());
        const HttpResponse response = parseResponse(client.received);
        QCOMPARE(response.status, 200);
        QVERIFY(!response.complete); // no terminating chunk
        QCOMPARE(sseData(response.body).size(), 2);
        QVERIFY(!response.body.contains("[DONE]"));

        // Qt 6.4's QNAM often reports a cut-off chunked body as a success: only the missing [DONE] tells.
        QNetworkReply *reply = post(chatBody(QStringLiteral("stream then stop"), true));
        QVERIFY(finished(reply));
        const QList<QByteArray> data = sseData(reply->readAll());
        QCOMPARE(data.size(), 2);
        QVERIFY(!data.contains("[DONE]"));
    }

    void endsAStreamWithoutDoneWhenScripted()
    {
        m_endpoint->addRule(Rule::streamFaulting(Rule::StreamFault::NoDone, 0));
        RawClient client(m_endpoint->port());
        client.send(chatRequest(chatBody(QStringLiteral("no done"), true, true), false));
        QVERIFY(QTest::qWaitFor([&client] { return parseResponse(client.received).complete; }, 5000));
        const QList<QByteArray> data = sseData(parseResponse(client.received).body);
        QCOMPARE(data.size(), 7); // role, 4 pieces, finish, usage
        QVERIFY(!data.contains("[DONE]"));
        QVERIFY(!client.closed); // the response ended properly, the connection stays open
    }

    void hangsUntilTheClientGivesUp()
    {
        m_endpoint->addRule(Rule::hang());
        m_nam->setTransferTimeout(300);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = post(chatBody(QStringLiteral("hello?")));
        QVERIFY(finished(reply, 5000));
        QVERIFY(timer.elapsed() >= 290);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QCOMPARE(statusOf(reply), 0);
        QCOMPARE(m_endpoint->requestCount(), 1);
        QTRY_COMPARE(m_endpoint->inFlight(), 0); // the client's abort closed the hung connection
    }

    void hangsMidStream()
    {
        m_endpoint->addRule(Rule::streamFaulting(Rule::StreamFault::Hang, 2));
        RawClient client(m_endpoint->port());
        client.send(chatRequest(chatBody(QStringLiteral("stall"), true)));
        QVERIFY(QTest::qWaitFor(
            [&client] { return sseData(parseResponse(client.received).body).size() == 2; }, 5000));
        QTest::qWait(200);
        QVERIFY(!client.closed);
        QCOMPARE(sseData(parseResponse(client.received).body).size(), 2);
        QCOMPARE(m_endpoint->inFlight(), 1);
    }

    void sendsMalformedJson()
    {
        m_endpoint->addRule(Rule::malformedJson());
        QNetworkReply *reply = post(chatBody(QStringLiteral("hi")));
        QVERIFY(finished(reply));
        QCOMPARE(statusOf(reply), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(reply->readAll(), &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void sendsAVllmChunkWithNullChoices()
    {
        m_endpoint->addRule(Rule::vllmNullChoices());
        QNetworkReply *reply = post(chatBody(QStringLiteral("hi"), true));
        QVERIFY(finished(reply));
        const QList<QByteArray> data = sseData(reply->readAll());
        QCOMPARE(data.size(), 8);
        const QJsonObject nullChoices = jsonOf(data.at(2));
        QVERIFY(nullChoices.contains(QStringLiteral("choices")));
        QVERIFY(nullChoices.value(QStringLiteral("choices")).isNull());
        QCOMPARE(data.last(), QByteArray("[DONE]"));
    }

    void sendsAnHtmlErrorPage()
    {
        m_endpoint->addRule(Rule::htmlPage(502));
        QNetworkReply *reply = post(chatBody(QStringLiteral("hi")));
        QVERIFY(finished(reply));
        QCOMPARE(statusOf(reply), 502);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/html"));
        const QByteArray body = reply->readAll();
        QVERIFY(body.startsWith("<html>"));
        QVERIFY(body.contains("<h1>502 Bad Gateway</h1>"));
    }

    void redirectsWithALocationHeader_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("301") << 301 << QByteArray("Moved Permanently");
        QTest::newRow("302") << 302 << QByteArray("Found");
        QTest::newRow("303") << 303 << QByteArray("See Other");
        QTest::newRow("307") << 307 << QByteArray("Temporary Redirect");
        QTest::newRow("308") << 308 << QByteArray("Permanent Redirect");
    }

    void redirectsWithALocationHeader()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        m_endpoint->addRule(Rule::redirect(status, QStringLiteral("http://127.0.0.1:9/v1/chat/completions")));
        const QByteArray raw = exchange(chatRequest(chatBody(QStringLiteral("hi"))));
        const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        QVERIFY2(raw.startsWith(statusLine), raw.constData());
        const HttpResponse response = parseResponse(raw);
        QCOMPARE(response.status, status);
        QCOMPARE(response.headers.value("location"), QByteArray("http://127.0.0.1:9/v1/chat/completions"));
        QVERIFY(response.complete);
        QCOMPARE(m_endpoint->requestCount(), 1);
    }

    void loadsARedirectRule()
    {
        auto script = EndpointScript::parse(
            "[{\"match\": {\"route\": \"models\"}, \"action\": \"redirect\", \"location\": \"/v2/models\"},"
            " {\"action\": \"redirect\", \"status\": 308, \"location\": \"https://elsewhere.test/v1/x\"}]");
        QVERIFY2(script.ok(), qPrintable(script.error().message));
        m_endpoint->applyScript(script.value());
        const HttpResponse models = parseResponse(exchange(httpRequest("GET", "/v1/models")));
        QCOMPARE(models.status, 307);
        QCOMPARE(models.headers.value("location"), QByteArray("/v2/models"));
        const HttpResponse chat = parseResponse(exchange(chatRequest(chatBody(QStringLiteral("hi")))));
        QCOMPARE(chat.status, 308);
        QCOMPARE(chat.headers.value("location"), QByteArray("https://elsewhere.test/v1/x"));
    }

    void sendsAHugeBody()
    {
        const qint64 size = 8 * 1024 * 1024;
        m_endpoint->addRule(Rule::hugeReply(size));
        QNetworkReply *reply = post(chatBody(QStringLiteral("hi")));
        QVERIFY(finished(reply, 20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QByteArray body = reply->readAll();
        QVERIFY(body.size() > size);
        QCOMPARE(
            jsonOf(body)[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")]
                .toString()
                .size(),
            size);
    }

    void sendsInvalidUtf8InTheContent()
    {
        m_endpoint->addRule(Rule::invalidUtf8Reply());
        const HttpResponse response = parseResponse(exchange(chatRequest(chatBody(QStringLiteral("hi")))));
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.contains("\xff\xfe"));
        QVERIFY(response.body.contains("\xc3\x28"));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(response.body);
        QVERIFY(decoder.hasError());

        const HttpResponse streamed =
            parseResponse(exchange(chatRequest(chatBody(QStringLiteral("hi"), true))));
        QVERIFY(streamed.body.contains("\xff\xfe"));
    }

    void appliesOneShotRulesThenFallsThrough()
    {
        m_endpoint->addRule(Rule::error(503).onlyTimes(2));
        QList<int> statuses;
        for (int i = 0; i < 3; ++i) {
            QNetworkReply *reply = post(chatBody(QStringLiteral("retry me")));
            QVERIFY(finished(reply));
            statuses.append(statusOf(reply));
        }
        QCOMPARE(statuses, (QList<int>{503, 503, 200}));
        QCOMPARE(m_endpoint->ruleUses(0), 2);
        const QList<RecordedRequest> requests = m_endpoint->requests();
        QCOMPARE(requests.at(0).ruleIndex, 0);
        QCOMPARE(requests.at(2).ruleIndex, -1);
    }

    void matchesByNumberMessageModelBodyAndRoute()
    {
        m_endpoint->addRule(Rule::reply(QStringLiteral("first")).onNth(1));
        m_endpoint->addRule(
            Rule::reply(QStringLiteral("about films")).whenUserMessage(QStringLiteral("\\bfilms?\\b")));
        m_endpoint->addRule(Rule::reply(QStringLiteral("big model")).forModel(QStringLiteral("big")));
        m_endpoint->addRule(Rule::error(400).whenBody(QStringLiteral("\"temperature\":\\s*7")));
        m_endpoint->addRule(Rule::reply(QStringLiteral("streamed")).onlyStreaming(true).withChunks(1));
        m_endpoint->addRule(Rule::error(401).onRoute(Rule::Route::Models));
        const auto contentOf = [this](const QJsonObject &body) -> QString {
            QNetworkReply *reply = post(body);
            if (!finished(reply))
                return QStringLiteral("<timeout>");
            if (statusOf(reply) != 200)
                return QString::number(statusOf(reply));
            const QByteArray bytes = reply->readAll();
            if (body.value(QStringLiteral("stream")).toBool())
                return QString::fromUtf8(sseData(bytes).at(1));
            return jsonOf(bytes)[QStringLiteral("choices")][0][QStringLiteral("message")]
                                [QStringLiteral("content")]
                                    .toString();
        };
        QCOMPARE(contentOf(chatBody(QStringLiteral("a film please"))), QStringLiteral("first"));
        QCOMPARE(contentOf(chatBody(QStringLiteral("a film please"))), QStringLiteral("about films"));
        QCOMPARE(contentOf(chatBody(QStringLiteral("books"), false, false, QStringLiteral("big"))),
                 QStringLiteral("big model"));
        QJsonObject hot = chatBody(QStringLiteral("books"));
        hot.insert(QStringLiteral("temperature"), 7);
        QCOMPARE(contentOf(hot), QStringLiteral("400"));
        QVERIFY(contentOf(chatBody(QStringLiteral("books"), true)).contains(QStringLiteral("streamed")));
        QCOMPARE(contentOf(chatBody(QStringLiteral("books"))), QStringLiteral("ok: books"));

        QNetworkReply *models = get(QStringLiteral("/v1/models"));
        QVERIFY(finished(models));
        QCOMPARE(statusOf(models), 401);
    }

    void injectsFaultsByProbabilityDeterministically()
    {
        const auto faultedRequests = [this](quint64 seed) {
            m_endpoint = std::make_unique<TestEndpoint>();
            m_endpoint->setSeed(seed);
            m_endpoint->addRule(Rule::rateLimited(1).withProbability(0.1));
            if (!m_endpoint->listen())
                return QList<int>();
            QList<QNetworkReply *> replies;
            for (int i = 0; i < 300; ++i)
                replies.append(post(chatBody(QStringLiteral("bench"))));
            for (QNetworkReply *reply : replies)
                finished(reply);
            QList<int> numbers;
            int rateLimited = 0;
            for (QNetworkReply *reply : replies)
                rateLimited += statusOf(reply) == 429 ? 1 : 0;
            for (const RecordedRequest &request : m_endpoint->requests()) {
                if (request.ruleIndex == 0)
                    numbers.append(request.number);
            }
            return rateLimited == numbers.size() ? numbers : QList<int>();
        };
        const QList<int> first = faultedRequests(7);
        const QList<int> again = faultedRequests(7);
        const QList<int> other = faultedRequests(8);
        QVERIFY2(first.size() >= 15 && first.size() <= 45, qPrintable(QString::number(first.size())));
        QCOMPARE(again, first);
        QVERIFY(other != first);
    }

    void recordsEveryRequest()
    {
        QSignalSpy received(m_endpoint.get(), &TestEndpoint::requestReceived);
        QSignalSpy done(m_endpoint.get(), &TestEndpoint::requestFinished);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QNetworkReply *first = post(chatBody(QStringLiteral("first question")));
        QVERIFY(finished(first));
        QNetworkReply *second = post(chatBody(QStringLiteral("second question"), true, true));
        QVERIFY(finished(second));

        QCOMPARE(m_endpoint->requestCount(), 2);
        QCOMPARE(received.size(), 2);
        QCOMPARE(done.size(), 2);
        const QList<RecordedRequest> requests = m_endpoint->requests();
        QCOMPARE(requests.size(), 2);
        const RecordedRequest &request = requests.at(0);
        QCOMPARE(request.number, 1);
        QCOMPARE(request.method, QStringLiteral("POST"));
        QCOMPARE(request.path, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(request.httpVersion, QStringLiteral("HTTP/1.1"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-test-key"));
        QCOMPARE(request.header("CONTENT-TYPE"), QByteArray("application/json"));
        QVERIFY(request.jsonValid);
        QCOMPARE(request.model(), QStringLiteral("tailor-test"));
        QCOMPARE(request.lastUserMessage(), QStringLiteral("first question"));
        QVERIFY(!request.stream());
        QVERIFY(request.arrival >= before.addSecs(-1));
        QCOMPARE(request.ruleIndex, -1);
        QVERIFY(requests.at(1).stream());
        QVERIFY(requests.at(1).includeUsage());
        QVERIFY(requests.at(1).arrivalMs >= request.arrivalMs);
        QCOMPARE(received.at(1).at(0).value<RecordedRequest>().lastUserMessage(),
                 QStringLiteral("second question"));
        // QNAM reuses its keep-alive connection for the second request.
        QCOMPARE(requests.at(1).connectionId, request.connectionId);
        QCOMPARE(m_endpoint->statistics().requestsPerConnection.value(request.connectionId), 2);
        QCOMPARE(m_endpoint->statistics().connections, quint64(1));
        QCOMPARE(m_endpoint->lastRequest().number, 2);

        m_endpoint->clearRequests();
        QVERIFY(m_endpoint->requests().isEmpty());
        QCOMPARE(m_endpoint->requestCount(), 2);
    }

    void servesPipelinedRequestsOnOneConnection()
    {
        RawClient client(m_endpoint->port());
        client.send(chatRequest(chatBody(QStringLiteral("one")), false) +
                    chatRequest(chatBody(QStringLiteral("two"))));
        QVERIFY(client.waitClosed());
        QCOMPARE(client.received.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(client.received.indexOf("ok: one") < client.received.indexOf("ok: two"));
        QCOMPARE(m_endpoint->statistics().requestsPerConnection.value(1), 2);
    }

    void countsConcurrentRequests_data()
    {
        QTest::addColumn<int>("clients");
        QTest::newRow("10 slow requests") << 10;
        QTest::newRow("64 slow requests") << 64;
    }

    void countsConcurrentRequests()
    {
        QFETCH(int, clients);
        m_endpoint->setDefaultLatency(300);
        std::vector<std::unique_ptr<RawClient>> raw;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < clients; ++i) {
            raw.push_back(std::make_unique<RawClient>(m_endpoint->port()));
            raw.back()->send(chatRequest(chatBody(QStringLiteral("slow %1").arg(i))));
        }
        for (const auto &client : raw)
            QVERIFY(client->waitClosed());
        // Timers, not sleeps: all answers arrive after about one latency, not one after the other.
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        for (const auto &client : raw)
            QCOMPARE(parseResponse(client->received).status, 200);
        QCOMPARE(m_endpoint->maxInFlight(), clients);
        QCOMPARE(m_endpoint->inFlight(), 0);
        QCOMPARE(m_endpoint->statistics().maxOpenConnections, clients);
        m_endpoint->resetMaxInFlight();
        QCOMPARE(m_endpoint->maxInFlight(), 0);
    }

    void listsModelsUnderAnyBasePath()
    {
        m_endpoint->setModels({QStringLiteral("llama-3-8b"), QStringLiteral("qwen2")});
        QNetworkReply *reply = get(QStringLiteral("/v1/models"));
        QVERIFY(finished(reply));
        QCOMPARE(statusOf(reply), 200);
        const QJsonObject list = jsonOf(reply->readAll());
        QCOMPARE(list.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        const QJsonArray data = list.value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(0)[QStringLiteral("id")].toString(), QStringLiteral("llama-3-8b"));
        QCOMPARE(data.at(0)[QStringLiteral("object")].toString(), QStringLiteral("model"));
        QCOMPARE(data.at(1)[QStringLiteral("id")].toString(), QStringLiteral("qwen2"));

        QNetworkReply *bare = get(QStringLiteral("/models"));
        QVERIFY(finished(bare));
        QCOMPARE(statusOf(bare), 200);
        QNetworkReply *ollama =
            post(chatBody(QStringLiteral("hi")), QStringLiteral("/api/openai/chat/completions"));
        QVERIFY(finished(ollama));
        QCOMPARE(statusOf(ollama), 200);
    }

    void rejectsUnknownPathsAndBadBodies()
    {
        QNetworkReply *unknown = get(QStringLiteral("/v1/embeddings"));
        QVERIFY(finished(unknown));
        QCOMPARE(statusOf(unknown), 404);
        QCOMPARE(jsonOf(unknown->readAll())[QStringLiteral("error")][QStringLiteral("message")].toString(),
                 QStringLiteral("Unknown request URL: GET /v1/embeddings"));

        const HttpResponse notJson =
            parseResponse(exchange(httpRequest("POST", "/v1/chat/completions", "not json")));
        QCOMPARE(notJson.status, 400);
        QVERIFY(jsonOf(notJson.body)[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
            QStringLiteral("could not parse the JSON body")));
        QCOMPARE(m_endpoint->lastRequest().jsonValid, false);
        QCOMPARE(m_endpoint->lastRequest().body, QByteArray("not json"));
    }

    void loadsAScript()
    {
        const QByteArray json =
            "{"
            "\"latencyMs\": 5, \"streamChunks\": 2, \"seed\": 3, \"models\": [\"scripted\"],"
            "\"rules\": ["
            "{\"match\": {\"nth\": 1}, \"action\": \"error\", \"status\": 503, \"dialect\": \"vllm\", "
            "\"message\": \"warming up\"},"
            "{\"match\": {\"userMessage\": \"^rank\"}, \"times\": 1, \"action\": \"error\", \"status\": 429, "
            "\"retryAfter\": 4},"
            "{\"match\": {\"route\": \"models\"}, \"action\": \"html\", \"status\": 502},"
            "{\"action\": \"reply\", \"json\": {\"items\": [1, 2]}, \"headers\": {\"x-scripted\": \"yes\"}}"
            "]}";
        auto script = EndpointScript::parse(json);
        QVERIFY2(script.ok(), qPrintable(script.error().message));
        QCOMPARE(script->rules.size(), 4);
        QCOMPARE(*script->latencyMs, 5);
        m_endpoint->applyScript(script.value());
        QCOMPARE(m_endpoint->defaultLatency(), 5);

        QNetworkReply *first = post(chatBody(QStringLiteral("rank these")));
        QVERIFY(finished(first));
        QCOMPARE(statusOf(first), 503);
        QCOMPARE(jsonOf(first->readAll()).value(QStringLiteral("message")).toString(),
                 QStringLiteral("warming up"));
        QNetworkReply *second = post(chatBody(QStringLiteral("rank these")));
        QVERIFY(finished(second));
        QCOMPARE(statusOf(second), 429);
        QCOMPARE(second->rawHeader("Retry-After"), QByteArray("4"));
        QNetworkReply *third = post(chatBody(QStringLiteral("rank these")));
        QVERIFY(finished(third));
        QCOMPARE(third->rawHeader("x-scripted"), QByteArray("yes"));
        QCOMPARE(jsonOf(third->readAll())[QStringLiteral("choices")][0][QStringLiteral("message")]
                                         [QStringLiteral("content")]
                                             .toString(),
                 QStringLiteral("{\"items\":[1,2]}"));
        QNetworkReply *models = get(QStringLiteral("/v1/models"));
        QVERIFY(finished(models));
        QCOMPARE(statusOf(models), 502);
    }

    void rejectsBadScriptsWithTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("action") << QByteArray("[{\"action\": \"eror\"}]")
                                << QStringLiteral(
                                       "rule 1: rule field \"action\": expected reply, error, quota, "
                                       "reset, hang, malformed, html, raw or redirect, not \"eror\"");
        QTest::newRow("redirect without location")
            << QByteArray("[{\"action\": \"redirect\"}]")
            << QStringLiteral("rule 1: rule field \"location\": a redirect needs a location");
        QTest::newRow("redirect status")
            << QByteArray("[{\"action\": \"redirect\", \"status\": 200, \"location\": \"/x\"}]")
            << QStringLiteral(
                   "rule 1: rule field \"status\": a redirect is 301, 302, 303, 307 or 308, not 200");
        QTest::newRow("location without redirect")
            << QByteArray("[{\"action\": \"reply\", \"location\": \"/x\"}]")
            << QStringLiteral("rule 1: rule field \"location\": only a redirect has a location");
        QTest::newRow("typo") << QByteArray("{\"rules\": [{\"action\": \"reply\"}, {\"stauts\": 500}]}")
                              << QStringLiteral("rule 2: rule: unknown field \"stauts\"");
        QTest::newRow("regex") << QByteArray("[{\"match\": {\"userMessage\": \"(unclosed\"}}]")
                               << QStringLiteral(
                                      "rule 1: rule field \"userMessage\": invalid regular expression: "
                                      "missing closing parenthesis");
        QTest::newRow("type") << QByteArray("[{\"status\": \"500\"}]")
                              << QStringLiteral("rule 1: rule field \"status\": expected an integer");
        QTest::newRow("setting") << QByteArray("{\"latencyMs\": -5}")
                                 << QStringLiteral("\"latencyMs\": expected a non-negative integer");
        QTest::newRow("json") << QByteArray("[{\"action\": ")
                              << QStringLiteral("not valid JSON at offset 12: unterminated object");
    }

    void rejectsBadScriptsWithTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto script = EndpointScript::parse(json);
        QVERIFY(!script.ok());
        QCOMPARE(script.error().message, message);
    }

    void runsInItsOwnThread()
    {
        TestEndpointThread thread;
        QVERIFY2(thread.start(), qPrintable(thread.errorString()));
        QVERIFY(thread.port() > 0);
        QCOMPARE(thread.baseUrl(), QStringLiteral("http://127.0.0.1:%1/v1").arg(thread.port()));
        thread.endpoint()->addRule(Rule::reply(QStringLiteral("threaded")).afterDelay(50));

        // A blocking client on this thread works only because the server answers from its own thread.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, thread.port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(chatRequest(chatBody(QStringLiteral("hi"))));
        QByteArray received;
        while (socket.waitForReadyRead(2000))
            received += socket.readAll();
        const HttpResponse response = parseResponse(received);
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response.body)[QStringLiteral("choices")][0][QStringLiteral("message")]
                                      [QStringLiteral("content")]
                                          .toString(),
                 QStringLiteral("threaded"));
        QCOMPARE(thread.endpoint()->requestCount(), 1);
        QCOMPARE(thread.endpoint()->requests().at(0).lastUserMessage(), QStringLiteral("hi"));

        // Signals from the worker arrive here as queued calls, with the recorded request copied across.
        QStringList messages;
        connect(thread.endpoint(), &TestEndpoint::requestReceived, this,
                [&messages](const RecordedRequest &request) { messages.append(request.lastUserMessage()); });
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(thread.baseUrl() + QStringLiteral("/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, QJsonDocument(chatBody(QStringLiteral("x"))).toJson());
        QVERIFY(finished(reply));
        QCOMPARE(statusOf(reply), 200);
        QTRY_COMPARE(messages, QStringList{QStringLiteral("x")});
        delete reply;
        thread.stop();
        QVERIFY(thread.endpoint() == nullptr);
    }

    void runsAsAStandaloneExecutable()
    {
        QTemporaryDir dir;
        const QString scriptPath = dir.filePath(QStringLiteral("script.json"));
        QFile script(scriptPath);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("{\"rules\": [{\"match\": {\"userMessage\": \"scripted\"}, \"action\": \"reply\", "
                     "\"content\": \"from file\"}]}");
        script.close();

        QProcess process;
        process.start(QStringLiteral(TAILOR_TESTENDPOINT_PATH),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"),
                       QStringLiteral("20"), QStringLiteral("--fail-429-percent"), QStringLiteral("100"),
                       QStringLiteral("--retry-after"), QStringLiteral("3"), QStringLiteral("--seed"),
                       QStringLiteral("5"), QStringLiteral("--script"), scriptPath});
        QVERIFY(process.waitForStarted());
        QVERIFY(process.waitForReadyRead(5000));
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+/v1)$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        QNetworkRequest request(QUrl(match.captured(1) + QStringLiteral("/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply =
            m_nam->post(request, QJsonDocument(chatBody(QStringLiteral("scripted"))).toJson());
        QVERIFY(finished(reply));
        QCOMPARE(statusOf(reply), 429);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("3"));

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString stats = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(stats.contains(QStringLiteral("requests: 1\n")), qPrintable(stats));
        QVERIFY2(stats.contains(QStringLiteral("max in flight: 1\n")), qPrintable(stats));
    }

    void executableServesScriptedReplies()
    {
        QTemporaryDir dir;
        const QString scriptPath = dir.filePath(QStringLiteral("script.json"));
        QFile script(scriptPath);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("[{\"match\": {\"userMessage\": \"scripted\"}, \"action\": \"reply\", \"content\": "
                     "\"from file\"}]");
        script.close();

        QProcess process;
        process.start(QStringLiteral(TAILOR_TESTENDPOINT_PATH), {QStringLiteral("--script"), scriptPath});
        QVERIFY(process.waitForReadyRead(5000));
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")), qPrintable(line));
        const QString baseUrl = line.mid(QStringLiteral("listening on ").size());
        QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply =
            m_nam->post(request, QJsonDocument(chatBody(QStringLiteral("scripted"))).toJson());
        QVERIFY(finished(reply));
        QCOMPARE(jsonOf(reply->readAll())[QStringLiteral("choices")][0][QStringLiteral("message")]
                                         [QStringLiteral("content")]
                                             .toString(),
                 QStringLiteral("from file"));
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
    }

    void executableRejectsABadScript()
    {
        QProcess process;
        process.start(QStringLiteral(TAILOR_TESTENDPOINT_PATH),
                      {QStringLiteral("--script"), QStringLiteral("/nonexistent/s.json")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .startsWith(QStringLiteral("tailor-testendpoint: /nonexistent/s.json: cannot read: ")));
    }
};

QTEST_GUILESS_MAIN(TestTestEndpoint)
#include "tst_testendpoint.moc"
