#include "storage/migrator.h"
#include "storage/transaction.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void initCreatesSchemaWithCreatorAsAdmin()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto workspace = ws.initAs(QStringLiteral("alice"));
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
        QCOMPARE(workspace.value()->identity().name, QStringLiteral("alice"));
        QCOMPARE(workspace.value()->role(), Role::Admin);
        QVERIFY(!workspace.value()->appliedMigrations().isEmpty());
        QCOMPARE(workspace.value()->appliedMigrations().first().version, 1);

        auto info = workspace.value()->info();
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->schemaVersion, Migrator(workspace.value()->database()).latestVersion());
        QCOMPARE(info->createdBy, QStringLiteral("alice"));
        QCOMPARE(info->operatorCount, 1);
        QVERIFY(tailor::test::shippedPromptCount() >= 7);
        QCOMPARE(info->auditEntries, tailor::test::initialAuditEntries());
        QVERIFY(!info->workspaceId.isEmpty());

        QSqlDatabase raw = ws.rawConnection();
        QCOMPARE(scalar(raw, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
                 qint64(workspace.value()->appliedMigrations().size()));
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("SELECT action, operator FROM audit_log ORDER BY seq")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("workspace.create"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("alice"));
    }

    void reopeningAppliesNothing()
    {
        TestWorkspace ws;
        QVERIFY(ws.initAs(QStringLiteral("alice")).ok());
        auto reopened = ws.openAs(QStringLiteral("alice"));
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        QVERIFY(reopened.value()->appliedMigrations().isEmpty());
        QCOMPARE(reopened.value()->role(), Role::Admin);
    }

    void initTwiceIsRefused()
    {
        TestWorkspace ws;
        QVERIFY(ws.initAs(QStringLiteral("alice")).ok());
        auto again = ws.initAs(QStringLiteral("alice"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("already a Tailor workspace")),
                 qPrintable(again.error().message));
    }

    void refusesWorkspaceFromNewerTailor()
    {
        TestWorkspace ws;
        {
            auto workspace = ws.initAs(QStringLiteral("alice"));
            QVERIFY(workspace.ok());
        }
        QSqlQuery query(ws.rawConnection());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at, "
                                      "applied_by) VALUES (999, 'future', 'x', 'now', 'zed')")));
        const qint64 auditBefore =
            scalar(ws.rawConnection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        auto opened = ws.openAs(QStringLiteral("alice"));
        QVERIFY(!opened.ok());
        QVERIFY2(
            opened.error().message.contains(QStringLiteral("created by a newer Tailor (schema version 999")),
            qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QStringLiteral("was not changed")));
        QCOMPARE(scalar(ws.rawConnection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
        QCOMPARE(scalar(ws.rawConnection(), QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
                 qint64(999));
    }

    void refusesForeignDatabase()
    {
        TestWorkspace ws;
        QSqlQuery query(ws.rawConnection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'Ada')")));

        auto created = ws.initAs(QStringLiteral("alice"));
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.contains(QStringLiteral("not Tailor's")),
                 qPrintable(created.error().message));
        auto opened = ws.openAs(QStringLiteral("alice"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("is not a Tailor workspace")),
                 qPrintable(opened.error().message));
        QCOMPARE(scalar(ws.rawConnection(), QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(1));
    }

    void openingMissingWorkspaceSaysSo()
    {
        TestWorkspace ws;
        auto opened = ws.openAs(QStringLiteral("alice"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::NotFound);
        if (TestWorkspace::postgresMode())
            QVERIFY2(opened.error().message.contains(QStringLiteral("is empty")),
                     qPrintable(opened.error().message));
        else
            QVERIFY2(opened.error().message.contains(QStringLiteral("There is no workspace at")),
                     qPrintable(opened.error().message));
    }

    void eachThreadGetsItsOwnConnection()
    {
        TestWorkspace ws;
        auto workspace = ws.initAs(QStringLiteral("alice"));
        QVERIFY(workspace.ok());
        Database &database = workspace.value()->database();
        const QString mainName = database.connection().connectionName();
        QString workerName;
        qint64 workerCount = -1;
        QThread *worker = QThread::create([&] {
            QSqlDatabase db = database.connection();
            workerName = db.connectionName();
            workerCount = scalar(db, QStringLiteral("SELECT COUNT(*) FROM operators"));
            database.releaseThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(20000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(workerCount, qint64(1));
    }

    void transactionRollsBackUnlessCommitted()
    {
        TestWorkspace ws;
        auto workspace = ws.initAs(QStringLiteral("alice"));
        QVERIFY(workspace.ok());
        QSqlDatabase db = workspace.value()->database().connection();
        {
            Transaction transaction(db);
            QVERIFY(transaction.begin().ok());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES ('probe', 'x')")));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM workspace_meta WHERE key = 'probe'")),
                 qint64(0));
        {
            Transaction transaction(db);
            QVERIFY(transaction.begin().ok());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES ('probe', 'y')")));
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM workspace_meta WHERE key = 'probe'")),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
