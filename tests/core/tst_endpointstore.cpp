#include "llm/endpointstore.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tailor;
using tailor::test::TestWorkspace;

class TestEndpointStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_alice; // admin
    std::shared_ptr<Workspace> m_bob;   // editor

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto alice = m_ws->initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        m_alice = alice.value();
        m_ws->urlAs(QStringLiteral("bob")); // the database role exists before an admin names it
        QVERIFY(m_alice->operators().grant(QStringLiteral("bob"), Role::Editor).ok());
        auto bob = m_ws->openAs(QStringLiteral("bob"));
        QVERIFY2(bob.ok(), qPrintable(bob.error().message));
        m_bob = bob.value();
    }

    void cleanup()
    {
        m_bob.reset();
        m_alice.reset();
        m_ws.reset();
    }

    void listsTheBuiltInDryRunEndpoint()
    {
        auto endpoints = m_bob->endpoints().list();
        QVERIFY2(endpoints.ok(), qPrintable(endpoints.error().message));
        QCOMPARE(endpoints->size(), 1);
        QCOMPARE(endpoints->first().config.provider, EndpointProvider::DryRun);
        QVERIFY(m_bob->endpoints().get(QStringLiteral("dry-run"))->isDryRun());
    }

    void savesReadsAndRemovesEndpointsWithAudit()
    {
        EndpointConfig config =
            EndpointConfig::preset(EndpointProvider::OpenAi, QStringLiteral("openai-prod"));
        config.parameters.temperature = 0.1;
        config.parameters.maxTokens = 400;
        config.parameters.responseFormat =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}};
        config.requestsPerMinute = 500;
        config.tokensPerMinute = 200000;
        config.streaming = true;
        auto saved = m_alice->endpoints().save(config);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        auto read = m_bob->endpoints().get(QStringLiteral("openai-prod"));
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value(), config);

        config.model = QStringLiteral("gpt-4o");
        QVERIFY(m_alice->endpoints().save(config).ok());
        QCOMPARE(m_alice->endpoints().get(QStringLiteral("openai-prod"))->model, QStringLiteral("gpt-4o"));
        auto all = m_alice->endpoints().list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).config.name, QStringLiteral("dry-run"));
        QCOMPARE(all->at(1).updatedBy, QStringLiteral("alice"));

        QVERIFY(m_alice->endpoints().remove(QStringLiteral("openai-prod")).ok());
        QCOMPARE(m_alice->endpoints().get(QStringLiteral("openai-prod")).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_alice->endpoints().remove(QStringLiteral("openai-prod")).error().message,
                 QStringLiteral("There is no LLM endpoint named 'openai-prod'."));

        AuditFilter filter;
        filter.action = QStringLiteral("endpoint.");
        filter.newestFirst = false;
        auto entries = m_alice->audit().list(filter);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).action, QStringLiteral("endpoint.save"));
        QCOMPARE(entries->at(0).entity, QStringLiteral("endpoint:openai-prod"));
        QVERIFY(entries->at(0).payloadObject().value(QLatin1String("created")).toBool());
        QCOMPARE(entries->at(0).payloadObject().value(QLatin1String("secret_env")).toString(),
                 QStringLiteral("OPENAI_API_KEY"));
        QVERIFY(!entries->at(1).payloadObject().value(QLatin1String("created")).toBool());
        QCOMPARE(entries->at(2).action, QStringLiteral("endpoint.remove"));
        QVERIFY(m_alice->audit().verify()->intact);
    }

    void onlyAdminsChangeEndpoints()
    {
        const EndpointConfig config =
            EndpointConfig::preset(EndpointProvider::Ollama, QStringLiteral("local"));
        auto denied = m_bob->endpoints().save(config);
        QCOMPARE(denied.error().kind, Error::Kind::PermissionDenied);
        QCOMPARE(denied.error().message,
                 QStringLiteral("Operator 'bob' has the role editor and may not manage LLM endpoints "
                                "in this workspace; ask an admin."));
        QVERIFY(m_alice->endpoints().save(config).ok());
        QCOMPARE(m_bob->endpoints().remove(QStringLiteral("local")).error().kind,
                 Error::Kind::PermissionDenied);
        if (TestWorkspace::postgresMode()) {
            // The database itself refuses a client that bypasses Tailor with bob's credentials.
            QSqlQuery query(m_bob->database().connection());
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM llm_endpoints WHERE name = 'local'")));
            QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
            QVERIFY2(
                query.lastError().text().contains(QLatin1String("permission denied for table llm_endpoints")),
                qPrintable(query.lastError().text()));
        }
        QVERIFY(m_alice->endpoints().get(QStringLiteral("local")).ok());
    }

    void refusesInvalidEndpointsAndKeys()
    {
        EndpointConfig config = EndpointConfig::preset(EndpointProvider::OpenAi, QStringLiteral("bad name!"));
        QCOMPARE(m_alice->endpoints().save(config).error().kind, Error::Kind::BadInput);
        config.name = QStringLiteral("leaky");
        config.secretEnv = QStringLiteral("sk-proj-0123456789abcdefghij");
        auto refused = m_alice->endpoints().save(config);
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY(!refused.error().message.contains(config.secretEnv));
        QCOMPARE(m_alice->endpoints().get(QStringLiteral("leaky")).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEndpointStore)
#include "tst_endpointstore.moc"
