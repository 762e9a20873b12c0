#include "storage/auditlog.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tailor;
using tailor::test::TestWorkspace;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    qint64 m_total = 0;

    // A new workspace (its creation and the shipped prompts' import are audited) plus four entries of ours;
    // m_total is the number of entries in all.
    std::shared_ptr<Workspace> makeWorkspace(TestWorkspace &ws)
    {
        auto workspace = ws.initAs(QStringLiteral("alice"));
        if (!workspace)
            return nullptr;
        for (int i = 1; i <= 4; ++i) {
            auto entry = workspace.value()->audit().record(
                QStringLiteral("alice"), QStringLiteral("test.record"), QStringLiteral("test:greeting"),
                {{QStringLiteral("version"), i}});
            if (!entry)
                return nullptr;
        }
        auto count = workspace.value()->audit().count();
        m_total = count ? count.value() : -1;
        return workspace.value();
    }

    // Tampering as an attacker would: with raw SQL, after removing the append-only guards.
    void dropGuards(QSqlDatabase db)
    {
        QSqlQuery query(db);
        if (TestWorkspace::postgresMode()) {
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_head DISABLE TRIGGER USER")));
        } else {
            for (const char *trigger : {"audit_log_no_update", "audit_log_no_delete",
                                        "audit_head_forward_only", "audit_head_no_delete"})
                QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger)));
        }
    }

    void exec(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

private slots:
    void appendsChainedEntries()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        AuditFilter all;
        all.limit = 0;
        all.newestFirst = false;
        auto entries = workspace->audit().list(all);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), m_total);
        QCOMPARE(entries->at(0).prevHash, QString(AuditLog::genesisHash));
        for (qsizetype i = 0; i < entries->size(); ++i) {
            QCOMPARE(entries->at(i).seq, qint64(i + 1));
            QCOMPARE(entries->at(i).hash, AuditLog::computeHash(entries->at(i)));
            if (i > 0)
                QCOMPARE(entries->at(i).prevHash, entries->at(i - 1).hash);
        }
        QCOMPARE(entries->constLast().payloadObject().value(QStringLiteral("version")).toInt(), 4);
    }

    void verifiesIntactLog()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        auto result = workspace->audit().verify();
        QVERIFY(result.ok());
        QVERIFY(result->intact);
        QCOMPARE(result->entries, m_total);
        QCOMPARE(result->firstBadSeq, qint64(0));
    }

    void databaseRefusesUpdateAndDelete()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        QSqlQuery query(ws.rawConnection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET operator = 'mallory' WHERE seq = 2")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_head SET seq = 4")));
        QVERIFY(workspace->audit().verify()->intact);
    }

    void detectsEditedEntry()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(),
             QStringLiteral("UPDATE audit_log SET payload = '{\"version\":42}' WHERE seq = 3"));
        auto result = workspace->audit().verify();
        QVERIFY(result.ok());
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(3));
        QVERIFY2(result->problem.contains(QStringLiteral("entry 3 was modified")),
                 qPrintable(result->problem));
    }

    void detectsEditedOperatorEvenWithRecomputedHash()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        // The forger recomputes entry 2's own hash; entry 3 still points at the old one.
        AuditFilter filter;
        filter.limit = 0;
        filter.newestFirst = false;
        AuditEntry forged = workspace->audit().list(filter)->at(1);
        forged.operatorName = QStringLiteral("mallory");
        const QString forgedHash = AuditLog::computeHash(forged);
        exec(ws.rawConnection(),
             QStringLiteral("UPDATE audit_log SET operator = 'mallory', hash = '%1' WHERE seq = 2")
                 .arg(forgedHash));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(3));
        QVERIFY2(result->problem.contains(QStringLiteral("previous-hash mismatch")),
                 qPrintable(result->problem));
    }

    void detectsDeletedEntry()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(2));
        QVERIFY2(result->problem.contains(QStringLiteral("entry 2 is missing")), qPrintable(result->problem));
    }

    void detectsDeletedTail()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(m_total));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, m_total);
        QVERIFY2(result->problem.contains(QStringLiteral("deleted from the end")),
                 qPrintable(result->problem));
    }

    void detectsReorderedEntries()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 3"));
        exec(ws.rawConnection(), QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
        exec(ws.rawConnection(), QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 100"));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(3));
        QVERIFY2(result->problem.contains(QStringLiteral("reordered")), qPrintable(result->problem));
    }

    void listFiltersByActionOperatorEntityAndTime()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        QVERIFY(workspace->audit()
                    .record(QStringLiteral("bob"), QStringLiteral("operator.grant"),
                            QStringLiteral("operator:carol"),
                            {{QStringLiteral("role"), QStringLiteral("editor")}})
                    .ok());
        AuditFilter filter;
        filter.action = QStringLiteral("test.");
        QCOMPARE(workspace->audit().list(filter)->size(), 4);
        filter = {};
        filter.operatorName = QStringLiteral("bob");
        auto byBob = workspace->audit().list(filter);
        QCOMPARE(byBob->size(), 1);
        QCOMPARE(byBob->first().entity, QStringLiteral("operator:carol"));
        filter = {};
        filter.entity = QStringLiteral("operator:");
        QCOMPARE(workspace->audit().list(filter)->size(), 1);
        filter = {};
        filter.limit = 2;
        auto newest = workspace->audit().list(filter);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->first().seq, m_total + 1);
        filter = {};
        filter.since = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(workspace->audit().list(filter)->size(), 0);
        filter = {};
        filter.until = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(workspace->audit().list(filter)->size(), m_total + 1);
    }

    void failedChangeLeavesNoEntry()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        auto rejected =
            workspace->audit().record(QStringLiteral("alice"), QString(), QStringLiteral("x"), {});
        QVERIFY(!rejected.ok());
        QCOMPARE(workspace->audit().count().value(), m_total);
        QVERIFY(workspace->audit().verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
