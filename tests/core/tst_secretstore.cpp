#include "llm/endpointconfig.h"
#include "llm/secretstore.h"

#include <QTest>

using namespace tailor;

// SecretStore: the environment variable before the keychain, and messages that say what to do when neither
// holds the key.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
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

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
