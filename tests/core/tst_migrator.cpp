#include "profiles/interestformula.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <cmath>

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

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

// A workspace as a Tailor of schema `version` left it: the migrations up to it, then what Workspace::init
// writes (metadata, the creator as admin, the creation's audit entry), with `alice` as creator.
Result<std::shared_ptr<Database>> workspaceAtVersion(TestWorkspace &ws, int version)
{
    auto database = Database::open(ws.urlAs(QStringLiteral("alice")), Database::Mode::CreateIfMissing);
    if (!database)
        return database.error();
    auto applied = Migrator(*database.value()).migrate(QStringLiteral("alice"), version);
    if (!applied)
        return applied.error();
    QSqlDatabase db = database.value()->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES ('workspace_id', ?), "
                                 "('created_at', ?), ('created_by', 'alice'), ('created_with', 'old')"));
    query.addBindValue(id);
    query.addBindValue(now);
    if (!query.exec())
        return Error::failed(query.lastError().text());
    query.prepare(QStringLiteral(
        "INSERT INTO operators (name, role, granted_by, granted_at) VALUES ('alice', 'admin', 'alice', ?)"));
    query.addBindValue(now);
    if (!query.exec())
        return Error::failed(query.lastError().text());
    if (auto entry = AuditLog::append(db, QStringLiteral("alice"), QStringLiteral("workspace.create"),
                                      QStringLiteral("workspace:") + id,
                                      {{QStringLiteral("schema_version"), version}});
        !entry)
        return entry.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return database;
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

    void upgradeRecomputesOldInterestsWithTheSignedFormula()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        {
            auto old = workspaceAtVersion(ws, 7);
            QVERIFY2(old.ok(), qPrintable(old.error().message));
            QSqlDatabase db = old.value()->connection();
            const qint64 t = 1700000000;
            // Two users as version 7 derived them (strength = raw / strongest raw, ratings weighted value /
            // 5). User 1 rated Adventure films 1, 2, 3 with 2, 2 and 2.5 and Drama film 4 with 4, all at t:
            // raw Adventure 6.5 / 5 = 1.3, Drama 4 / 5 = 0.8, so Adventure 1.0 (high) and Drama 0.8 / 1.3 =
            // 0.615. User 2 viewed Drama film 4: Drama 1.0.
            const QStringList rows = {
                QStringLiteral(
                    "INSERT INTO profile_categories (id, name) VALUES (1, 'Adventure'), (2, 'Drama')"),
                QStringLiteral("INSERT INTO profile_items (id, external_id, title) VALUES (1, '1', 'A1'), "
                               "(2, '2', 'A2'), (3, '3', 'A3'), (4, '4', 'D4')"),
                QStringLiteral(
                    "INSERT INTO profile_item_categories (item_id, category_id) VALUES (1, 1), (2, 1), "
                    "(3, 1), (4, 2)"),
                QStringLiteral(
                    "INSERT INTO profile_users (id, external_id, id_number, interaction_count, kind_counts, "
                    "first_at, last_at, top_category, top_strength, recent_items) VALUES "
                    "(1, '1', 1, 4, '{\"rating\":4}', %1, %1, 'Adventure', 1, '[\"4\",\"3\",\"2\",\"1\"]'), "
                    "(2, '2', 2, 1, '{\"view\":1}', %1, %1, 'Drama', 1, '[\"4\"]')")
                    .arg(t),
                QStringLiteral("INSERT INTO profile_interactions (user_id, at, item_id, kind, value) VALUES "
                               "(1, %1, 1, 1, 2), (1, %1, 2, 1, 2), (1, %1, 3, 1, 2.5), (1, %1, 4, 1, 4), "
                               "(2, %1, 4, 2, 0)")
                    .arg(t),
                QStringLiteral(
                    "INSERT INTO profile_interests (user_id, category_id, strength, interactions) VALUES "
                    "(1, 1, 1.0, 3), (1, 2, 0.6153846153846154, 1), (2, 2, 1.0, 1)")};
            for (const QString &sql : rows)
                QVERIFY(exec(db, sql));
            // Version 7 stores no negative strength.
            QSqlQuery refused(db);
            QVERIFY(!refused.exec(
                QStringLiteral("UPDATE profile_interests SET strength = -0.5 WHERE user_id = 1")));
        }
        const qint64 auditBefore =
            scalar(ws.rawConnection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        auto opened = ws.openAs(QStringLiteral("alice"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Workspace &workspace = *opened.value();
        QCOMPARE(workspace.appliedMigrations().size(), 1);
        QCOMPARE(workspace.appliedMigrations().at(0).version, 8);
        // User 1: baseline (10.5 + 5 × 3) / (4 + 5) = 25.5 / 9 = 2.8333; Adventure (6.5 − 3 × 2.8333) / 2 =
        // (6.5 − 8.5) / 2 = −1.0, Drama (4 − 2.8333) / 2 = 7/12 = 0.5833. Strongest magnitude 1: Drama 0.5833
        // (medium, now the top interest), Adventure −1 (dislike).
        auto first = workspace.profiles().detail(QStringLiteral("1"));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->interests.size(), 2);
        QCOMPARE(first->interests.at(0).category, QStringLiteral("Drama"));
        QVERIFY(std::abs(first->interests.at(0).strength - 7.0 / 12.0) < 1e-9);
        QCOMPARE(first->interests.at(0).band, InterestBand::Medium);
        QCOMPARE(first->interests.at(1).category, QStringLiteral("Adventure"));
        QVERIFY(std::abs(first->interests.at(1).strength + 1.0) < 1e-9);
        QCOMPARE(first->interests.at(1).band, InterestBand::Dislike);
        QCOMPARE(first->interests.at(1).interactions, 3);
        QCOMPARE(first->row.topCategory, QStringLiteral("Drama"));
        // User 2's view is an implicit event: unchanged.
        auto second = workspace.profiles().detail(QStringLiteral("2"));
        QVERIFY(second.ok());
        QCOMPARE(second->interests.size(), 1);
        QCOMPARE(second->interests.at(0).strength, 1.0);

        // One entry for the recomputation, written in the migration, then the migration's own.
        QSqlDatabase raw = ws.rawConnection();
        QCOMPARE(scalar(raw, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 2);
        AuditFilter filter;
        filter.action = QStringLiteral("profiles.recompute");
        auto recomputed = workspace.audit().list(filter);
        QVERIFY2(recomputed.ok(), qPrintable(recomputed.error().message));
        QCOMPARE(recomputed->size(), 1);
        QCOMPARE(recomputed->at(0).operatorName, QStringLiteral("alice"));
        QCOMPARE(recomputed->at(0).payloadObject().value(QStringLiteral("users")).toInteger(), 2);
        QCOMPARE(recomputed->at(0).payloadObject().value(QStringLiteral("migration")).toString(),
                 QStringLiteral("008_signed_interests"));
        filter.action = QStringLiteral("workspace.migrate");
        auto migrated = workspace.audit().list(filter);
        QVERIFY(migrated.ok());
        QCOMPARE(migrated->size(), 1);
        QCOMPARE(migrated->at(0).payloadObject().value(QStringLiteral("from")).toInt(), 7);
        auto verified = workspace.audit().verify();
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QVERIFY2(verified->intact, qPrintable(verified->problem));

        // The relaxed check still bounds strengths to −1..1.
        QSqlQuery query(workspace.database().connection());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE profile_interests SET strength = -0.5 WHERE user_id = 1 AND "
                                      "category_id = 1")));
        QVERIFY(
            !query.exec(QStringLiteral("UPDATE profile_interests SET strength = -1.5 WHERE user_id = 1")));
    }

    void aFailingMigrationStepRollsTheMigrationBack()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto old = workspaceAtVersion(ws, 7);
        QVERIFY2(old.ok(), qPrintable(old.error().message));
        Migrator migrator(*old.value());
        migrator.setStep(8, [](QSqlDatabase, bool upgrade) -> Result<void> {
            return Error::failed(upgrade ? QStringLiteral("the step failed on an upgrade")
                                         : QStringLiteral("the step failed on a new workspace"));
        });
        auto applied = migrator.migrate(QStringLiteral("alice"));
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().message,
                 QStringLiteral("Migration 008_signed_interests failed: the step failed on an upgrade"));
        QCOMPARE(scalar(ws.rawConnection(), QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
                 qint64(7));
        // The schema change rolled back with it: version 7's check is still there.
        QSqlDatabase db = old.value()->connection();
        QVERIFY(exec(db, QStringLiteral("INSERT INTO profile_interests (user_id, category_id, strength, "
                                        "interactions) VALUES (1, 1, 0.5, 1)")));
        QSqlQuery refused(db);
        QVERIFY(!refused.exec(QStringLiteral("UPDATE profile_interests SET strength = -0.5")));
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
