#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tailor;
using tailor::test::TestWorkspace;

// What the PostgreSQL server enforces by itself, whatever client connects with an operator's credentials.
class TestPostgresRoles : public QObject
{
    Q_OBJECT

private slots:
    void databaseStopsSelfPromotionThatBypassesTailor()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY(alice.ok());
        ws.urlAs(QStringLiteral("bob"));
        QVERIFY(alice.value()->operators().grant(QStringLiteral("bob"), Role::Viewer).ok());
        auto asBob = ws.openAs(QStringLiteral("bob"));
        QVERIFY(asBob.ok());
        QSqlDatabase bobDb = asBob.value()->database().connection();
        QSqlQuery query(bobDb);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO operators VALUES ('bob', 'admin', 'bob', 'now')")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE operators SET role = 'viewer' WHERE name = 'alice'")));
        QVERIFY(!query.exec(QStringLiteral("SELECT tailor_set_operator_role('bob', 'admin')")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("permission denied for function")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(ws.openAs(QStringLiteral("bob")).value()->role(), Role::Viewer);
    }

    void asOverrideIsRefusedOnPostgres()
    {
        TestWorkspace ws;
        QVERIFY(ws.initAs(QStringLiteral("alice")).ok());
        Workspace::OpenOptions options;
        options.operatorOverride = QStringLiteral("mallory");
        auto opened = Workspace::open(ws.urlAs(QStringLiteral("alice")), options);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("only apply to SQLite workspaces")),
                 qPrintable(opened.error().message));
    }

    void databaseStopsProtectedLabelMovesThatBypassTailor()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY(alice.ok());
        ws.urlAs(QStringLiteral("bob"));
        QVERIFY(alice.value()->operators().grant(QStringLiteral("bob"), Role::Editor).ok());
        auto asBob = ws.openAs(QStringLiteral("bob"));
        QVERIFY(asBob.ok());
        QSqlQuery query(asBob.value()->database().connection());
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO prompt_labels (prompt_id, label, version, moved_by, moved_at) "
                           "SELECT id, 'production', 1, 'bob', 'now' FROM prompts LIMIT 1")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!query.exec(
            QStringLiteral("SELECT tailor_label_move('candidate-ranking', 'production', 1, '')")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("may not move protected labels")),
                 qPrintable(query.lastError().text()));
        // Custom labels are the editors' to move, also by SQL, through the function that records the move.
        QVERIFY2(query.exec(
                     QStringLiteral("SELECT tailor_label_move('candidate-ranking', 'canary', 1, 'by hand')")),
                 qPrintable(query.lastError().text()));
        // Versions stay immutable for everyone.
        QVERIFY(!query.exec(QStringLiteral("UPDATE prompt_versions SET content = 'x'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM prompt_versions")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresRoles)
#include "tst_postgresroles.moc"
