#include "llm/endpointconfig.h"

#include <QTest>

using namespace tailor;

// EndpointConfig: the provider presets, validation (a key where its name belongs is refused) and the JSON
// form.
class TestEndpointConfig : public QObject
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
};

QTEST_GUILESS_MAIN(TestEndpointConfig)
#include "tst_endpointconfig.moc"
