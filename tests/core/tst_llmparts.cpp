#include "llm/adaptiveconcurrency.h"
#include "llm/chatrequest.h"
#include "llm/completionparser.h"
#include "llm/endpointconfig.h"
#include "llm/failureclassifier.h"
#include "llm/retrypolicy.h"
#include "llm/secretstore.h"
#include "llm/tokenbucket.h"

#include <QTest>
#include <QTimeZone>

using namespace tailor;

// The LLM client's parts that need neither network nor database: endpoint presets and validation, cache keys,
// response parsing, failure classification, retry timing, rate buckets, adaptive concurrency, secrets.
class TestLlmParts : public QObject
{
    Q_OBJECT

private slots:
    void presetsPointAtEachProvidersDefaultAddress()
    {
        QCOMPARE(EndpointConfig::preset(EndpointProvider::OpenAi).chatCompletionsUrl(),
                 QUrl(QStringLiteral("https://api.openai.com/v1/chat/completions")));
        QCOMPARE(EndpointConfig::preset(EndpointProvider::Ollama).baseUrl,
                 QStringLiteral("http://localhost:11434/v1"));
        QCOMPARE(EndpointConfig::preset(EndpointProvider::LlamaCpp).baseUrl,
                 QStringLiteral("http://localhost:8080/v1"));
        QCOMPARE(EndpointConfig::preset(EndpointProvider::Vllm).baseUrl,
                 QStringLiteral("http://localhost:8000/v1"));
        QCOMPARE(EndpointConfig::preset(EndpointProvider::LmStudio).baseUrl,
                 QStringLiteral("http://localhost:1234/v1"));
        QCOMPARE(EndpointConfig::preset(EndpointProvider::OpenAi).secretEnv,
                 QStringLiteral("OPENAI_API_KEY"));
        EndpointConfig azure = EndpointConfig::preset(EndpointProvider::AzureOpenAi, QStringLiteral("azure"));
        azure.baseUrl = QStringLiteral("https://contoso.openai.azure.com/openai/");
        azure.model = QStringLiteral("gpt 4o");
        QCOMPARE(azure.chatCompletionsUrl().toEncoded(),
                 QByteArray("https://contoso.openai.azure.com/openai/deployments/gpt%204o/chat/completions"
                            "?api-version=2024-06-01"));
        QVERIFY(azure.usesApiKeyHeader());
        for (EndpointProvider provider : allEndpointProviders()) {
            QCOMPARE(parseEndpointProvider(endpointProviderId(provider)), provider);
            if (provider != EndpointProvider::AzureOpenAi)
                QVERIFY2(EndpointConfig::preset(provider).validate().ok(),
                         qPrintable(EndpointConfig::preset(provider).validate().error().message));
        }
    }

    void refusesAnApiKeyWhereItsNameBelongs()
    {
        EndpointConfig config = EndpointConfig::preset(EndpointProvider::OpenAi);
        config.secretEnv = QStringLiteral("sk-proj-abcdefghijklmnop1234567890");
        QVERIFY(!config.validate().ok());
        QVERIFY(config.validate().error().message.contains(QLatin1String("looks like an API key")));
        config.secretEnv = QStringLiteral("OPENAI_API_KEY");
        config.secretKey = QStringLiteral("0123456789abcdef0123456789abcdef");
        QVERIFY(!config.validate().ok());
        config.secretKey = QStringLiteral("openai-production");
        QVERIFY(config.validate().ok());
        config.baseUrl = QStringLiteral("https://user:secret@api.openai.com/v1");
        QVERIFY(config.validate().error().message.contains(QLatin1String("user name or password")));
        config.baseUrl = QStringLiteral("ftp://example.org");
        QCOMPARE(config.validate().error().kind, Error::Kind::BadInput);
    }

    void roundTripsThroughJsonWithoutSecrets()
    {
        EndpointConfig config = EndpointConfig::preset(EndpointProvider::Vllm, QStringLiteral("gpu-box"));
        config.parameters.temperature = 0.3;
        config.parameters.stop = {QStringLiteral("\n\n")};
        config.parameters.responseFormat =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}};
        config.requestsPerMinute = 600;
        config.secretEnv = QStringLiteral("VLLM_KEY");
        auto back = EndpointConfig::fromJson(config.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), config);
    }

    void cacheKeyDependsOnWhatDecidesTheAnswerOnly()
    {
        ChatRequest a;
        a.endpoint = EndpointConfig::preset(EndpointProvider::OpenAi);
        a.messages = {ChatMessage{QStringLiteral("user"), QStringLiteral("hi")}};
        a.overrides.temperature = 0.5;
        ChatRequest b = a;
        b.endpoint.baseUrl += QLatin1Char('/');
        b.endpoint.concurrency = 99;
        b.cache = CachePolicy::Refresh;
        b.metadata.profileId = QStringLiteral("u1");
        b.stream = true;
        QCOMPARE(a.cacheKey(), b.cacheKey());
        QCOMPARE(a.cacheKey().size(), 64);
        ChatRequest c = a;
        c.overrides.temperature = 0.6;
        QVERIFY(c.cacheKey() != a.cacheKey());
        ChatRequest d = a;
        d.endpoint.model = QStringLiteral("gpt-4o");
        QVERIFY(d.cacheKey() != a.cacheKey());
        ChatRequest e = a;
        e.messages.first().content = QStringLiteral("hi!");
        QVERIFY(e.cacheKey() != a.cacheKey());
    }

    void parsesACompletionAndItsUsage()
    {
        CompletionParser parser;
        parser.parseBody(R"({"model":"m1","choices":[{"message":{"role":"assistant","content":"Hi"},
            "finish_reason":"length"}],"usage":{"prompt_tokens":12,"completion_tokens":3}})");
        QCOMPARE(parser.state(), CompletionParser::State::Complete);
        QCOMPARE(parser.content(), QStringLiteral("Hi"));
        QCOMPARE(parser.finishReason(), QStringLiteral("length"));
        QCOMPARE(parser.model(), QStringLiteral("m1"));
        QCOMPARE(parser.promptTokens(), 12);
        QCOMPARE(parser.completionTokens(), 3);
    }

    void parsesAStreamFedInPieces()
    {
        const QByteArray stream =
            "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n"
            ": keep-alive comment\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\r\n\r\n"
            "data: {\"choices\":null}\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"stop\"}]}\n\n"
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}\n\n"
            "data: [DONE]\n\n";
        CompletionParser parser;
        QString deltas;
        for (qsizetype i = 0; i < stream.size(); i += 7) {
            const qsizetype added = parser.feedStream(
                QByteArrayView(stream).sliced(i, std::min<qsizetype>(7, stream.size() - i)));
            deltas += parser.content().right(added);
        }
        parser.endStream();
        QCOMPARE(parser.state(), CompletionParser::State::Complete);
        QCOMPARE(parser.content(), QStringLiteral("Hello"));
        QCOMPARE(deltas, QStringLiteral("Hello"));
        QVERIFY(parser.sawDone());
        QCOMPARE(parser.promptTokens(), 5);
        QCOMPARE(parser.completionTokens(), 2);
    }

    void leavesAStreamWithoutFinishIncomplete()
    {
        CompletionParser parser;
        parser.feedStream("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n");
        parser.endStream();
        QCOMPARE(parser.state(), CompletionParser::State::Incomplete);
    }

    void recognisesEachErrorShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("code");
        QTest::newRow("openai")
            << QByteArray(
                   R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})")
            << QStringLiteral("You exceeded your current quota") << QStringLiteral("insufficient_quota") << 0;
        QTest::newRow("llama.cpp")
            << QByteArray(R"({"error":{"code":503,"message":"Loading model","type":"unavailable_error"}})")
            << QStringLiteral("Loading model") << QStringLiteral("unavailable_error") << 503;
        QTest::newRow("vllm")
            << QByteArray(
                   R"({"object":"error","message":"max_tokens too large","type":"BadRequestError","param":null,"code":400})")
            << QStringLiteral("max_tokens too large") << QStringLiteral("BadRequestError") << 400;
        QTest::newRow("fastapi") << QByteArray(R"({"detail":"Not Found"})") << QStringLiteral("Not Found")
                                 << QString() << 0;
        QTest::newRow("html")
            << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>")
            << QStringLiteral("502 Bad Gateway") << QString() << 0;
        QTest::newRow("text") << QByteArray("upstream connect error")
                              << QStringLiteral("upstream connect error") << QString() << 0;
    }

    void recognisesEachErrorShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, type);
        QFETCH(int, code);
        const ServerError error = ServerError::fromBody(body);
        QCOMPARE(error.message, message);
        QCOMPARE(error.type, type);
        QCOMPARE(error.code, code);
    }

    void classifiesErrorsInsideSuccessfulAnswers()
    {
        CompletionParser parser;
        parser.feedStream("data: {\"error\":{\"code\":500,\"message\":\"kv cache full\"}}\n\n");
        parser.endStream();
        QCOMPARE(parser.state(), CompletionParser::State::ServerFailed);
        const EndpointConfig endpoint = EndpointConfig::preset(EndpointProvider::LlamaCpp);
        const AttemptFailure failure = FailureClassifier::fromServerError(parser.serverError(), endpoint);
        QCOMPARE(failure.kind, ChatFailure::ServerError);
        QCOMPARE(failure.message,
                 QStringLiteral("500 Internal Server Error from http://localhost:8080/v1: the server "
                                "failed (the server said: kv cache full)"));
    }

    void replacesInvalidUtf8()
    {
        CompletionParser parser;
        parser.parseBody(QByteArray("{\"choices\":[{\"message\":{\"content\":\"caf\xc3 ok\"}}]}"));
        QCOMPARE(parser.state(), CompletionParser::State::Complete);
        QVERIFY(parser.invalidUtf8());
        QCOMPARE(parser.content(), QStringLiteral("caf\uFFFD ok"));
    }

    void reportsAnswersThatAreNoCompletion()
    {
        CompletionParser notJson;
        notJson.parseBody("Hello world");
        QCOMPARE(notJson.state(), CompletionParser::State::Malformed);
        QCOMPARE(notJson.problem(), QStringLiteral("something that is not JSON: \"Hello world\""));
        CompletionParser noChoices;
        noChoices.parseBody(R"({"object":"list","data":[]})");
        QCOMPARE(noChoices.problem(), QStringLiteral("JSON without choices: not a chat completion"));
    }

    void classifiesStatuses()
    {
        const EndpointConfig endpoint = EndpointConfig::preset(EndpointProvider::OpenAi);
        QCOMPARE(FailureClassifier::fromHttpStatus(401, {}, endpoint).message,
                 QStringLiteral(
                     "401 Unauthorized from https://api.openai.com/v1: check the API key in the environment "
                     "variable OPENAI_API_KEY or in the keychain entry 'openai'"));
        for (int status : {429, 500, 502, 503, 504})
            QVERIFY2(isRetryable(FailureClassifier::fromHttpStatus(status, {}, endpoint).kind),
                     qPrintable(QString::number(status)));
        for (int status : {400, 401, 403, 404, 422})
            QVERIFY(!isRetryable(FailureClassifier::fromHttpStatus(status, {}, endpoint).kind));
        ServerError quota;
        quota.type = QStringLiteral("insufficient_quota");
        QCOMPARE(FailureClassifier::fromHttpStatus(429, quota, endpoint).kind, ChatFailure::QuotaExhausted);
        QCOMPARE(FailureClassifier::fromNetworkError(QNetworkReply::SslHandshakeFailedError,
                                                     QStringLiteral("bad cert"), endpoint)
                     .kind,
                 ChatFailure::Tls);
        QCOMPARE(FailureClassifier::fromNetworkError(QNetworkReply::HostNotFoundError, {}, endpoint).kind,
                 ChatFailure::HostNotFound);
        QCOMPARE(FailureClassifier::fromNetworkError(QNetworkReply::RemoteHostClosedError, {}, endpoint).kind,
                 ChatFailure::ConnectionReset);
    }

    void namesARefusedRedirectWithoutItsQueryOrCredentials()
    {
        const EndpointConfig endpoint = EndpointConfig::preset(EndpointProvider::OpenAi);
        const AttemptFailure downgrade = FailureClassifier::refusedRedirect(
            QUrl(QStringLiteral("http://api.openai.com/v1/chat/completions")), endpoint);
        QCOMPARE(downgrade.kind, ChatFailure::RedirectRefused);
        QVERIFY(!isRetryable(downgrade.kind));
        QCOMPARE(downgrade.message,
                 QStringLiteral(
                     "https://api.openai.com/v1 redirected to http://api.openai.com/v1/chat/completions, "
                     "from https to plain http: Tailor does not send the API key or the prompt "
                     "unencrypted. Set the base URL to an https address that answers without a "
                     "redirect."));
        const AttemptFailure elsewhere = FailureClassifier::refusedRedirect(
            QUrl(QStringLiteral("https://user:pw@cdn.example:8443/v1/x?token=t0k3n#frag")), endpoint);
        QCOMPARE(elsewhere.kind, ChatFailure::RedirectRefused);
        QCOMPARE(elsewhere.message,
                 QStringLiteral(
                     "https://api.openai.com/v1 redirected to https://cdn.example:8443/v1/x: Tailor sends "
                     "the API key and the prompt only to the base URL's own scheme, host and port, never "
                     "to another. If that address is the real endpoint, set the base URL to it."));
        QCOMPARE(chatFailureId(ChatFailure::RedirectRefused), QStringLiteral("redirect_refused"));
    }

    void parsesRetryAfter()
    {
        const QDateTime now = QDateTime(QDate(2025, 1, 2), QTime(10, 0, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("2", {}, now), std::optional<qint64>(2000));
        QCOMPARE(RetryPolicy::parseRetryAfter("0.5", {}, now), std::optional<qint64>(500));
        QCOMPARE(RetryPolicy::parseRetryAfter("2", "150", now), std::optional<qint64>(150));
        QCOMPARE(RetryPolicy::parseRetryAfter("Thu, 02 Jan 2025 10:00:07 GMT", {}, now),
                 std::optional<qint64>(7000));
        QCOMPARE(RetryPolicy::parseRetryAfter("Thu, 02 Jan 2025 09:00:00 GMT", {}, now),
                 std::optional<qint64>(0));
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", {}, now), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter({}, {}, now), std::nullopt);
    }

    void backsOffExponentiallyWithFullJitter()
    {
        const RetryPolicy policy(500, 8000);
        QCOMPARE(policy.backoffMs(1, 0.0), qint64(0));
        QCOMPARE(policy.backoffMs(1, 0.999999), qint64(499));
        QCOMPARE(policy.backoffMs(3, 0.5), qint64(1000));
        QCOMPARE(policy.backoffMs(10, 0.5), qint64(4000)); // capped at 8 s
        QVERIFY(policy.delayMs(1, 1000, 0.0) == 1000);     // never sooner than asked
        QVERIFY(policy.delayMs(1, 1000, 1.0) <= 1100);
    }

    void keepsToAPerMinuteBudget()
    {
        TokenBucket bucket(60);
        QCOMPARE(bucket.waitMs(1, 0), qint64(0));
        bucket.take(60, 0);
        QCOMPARE(bucket.waitMs(1, 0), qint64(1000));
        QCOMPARE(bucket.waitMs(1, 500), qint64(500));
        QCOMPARE(bucket.waitMs(1, 1000), qint64(0));
        bucket.adjust(30, 1000); // a call used more than it was charged
        QVERIFY(bucket.waitMs(1, 1000) > 0);
        TokenBucket unlimited(0);
        unlimited.take(1e9, 0);
        QCOMPARE(unlimited.waitMs(1e9, 0), qint64(0));
    }

    void halvesOncePerBurstAndRecoversOnePerSuccess()
    {
        AdaptiveConcurrency concurrency(32);
        const quint64 sent = concurrency.generation();
        QVERIFY(concurrency.onRateLimited(sent, 5000));
        QCOMPARE(concurrency.limit(), 16);
        QVERIFY(!concurrency.onRateLimited(sent, 5001));                     // the same burst
        QVERIFY(!concurrency.onRateLimited(concurrency.generation(), 5500)); // within a second
        QVERIFY(concurrency.onRateLimited(concurrency.generation(), 6100));
        QCOMPARE(concurrency.limit(), 8);
        for (int i = 0; i < 30; ++i)
            concurrency.onSuccess();
        QCOMPARE(concurrency.limit(), 32);
        AdaptiveConcurrency one(1);
        QVERIFY(one.onRateLimited(0, 2000));
        QCOMPARE(one.limit(), 1);
    }

    void prefersTheEnvironmentVariableToTheKeychain()
    {
        EndpointConfig config = EndpointConfig::preset(EndpointProvider::OpenAi);
        config.secretEnv = QStringLiteral("TAILOR_TEST_PARTS_KEY");
        config.secretKey = QStringLiteral("tailor-test-parts");
        qputenv("TAILOR_TEST_PARTS_KEY", "sk-from-environment");
        const SecretStore secrets;
        auto resolved = secrets.resolve(config);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value(), QStringLiteral("sk-from-environment"));
        qunsetenv("TAILOR_TEST_PARTS_KEY");
        config.secretKey.clear();
        auto missing = secrets.resolve(config);
        QCOMPARE(missing.error().message,
                 QStringLiteral("The environment variable TAILOR_TEST_PARTS_KEY that the "
                                "endpoint 'openai' names is not set; set it to the API key."));
        config.secretEnv.clear();
        QCOMPARE(secrets.resolve(config).value(), QString()); // a local server needs no key
    }

    void namesTheEnvironmentVariableWhenTheKeychainIsMissing()
    {
        // The test machine runs no Secret Service or KWallet: the keychain job fails, and the message says
        // what to do instead. (With a keychain, the entry is simply not there — same advice.)
        EndpointConfig config = EndpointConfig::preset(EndpointProvider::OpenAi);
        config.secretEnv = QStringLiteral("TAILOR_TEST_UNSET_KEY");
        config.secretKey = QStringLiteral("tailor-test-no-such-entry");
        qunsetenv("TAILOR_TEST_UNSET_KEY");
        const SecretStore secrets;
        auto resolved = secrets.resolve(config);
        QVERIFY(!resolved.ok());
        qInfo("%s", qPrintable(resolved.error().message));
        QVERIFY2(resolved.error().message.endsWith(
                     QLatin1String("Set the environment variable TAILOR_TEST_UNSET_KEY "
                                   "to the API key instead.")),
                 qPrintable(resolved.error().message));
        QVERIFY(resolved.error().message.contains(QLatin1String("'tailor-test-no-such-entry'")));
        auto written =
            secrets.write(QStringLiteral("tailor-test-entry"), QStringLiteral("sk-never-shown-1234"));
        if (!written.ok())
            QVERIFY(!written.error().message.contains(QLatin1String("sk-never-shown-1234")));
        else
            QVERIFY(secrets.remove(QStringLiteral("tailor-test-entry")).ok());
    }
};

QTEST_GUILESS_MAIN(TestLlmParts)
#include "tst_llmparts.moc"
