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
        QVERIFY(ws.initAs(QStringLiteral("alice")).ok());
        auto asBob = ws.openAs(QStringLiteral("bob"));
        QVERIFY(asBob.ok());
        QSqlDatabase bobDb = asBob.value()->database().connection();
        QSqlQuery query(bobDb);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO operators VALUES ('bob', 'admin', 'bob', 'now')")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE operators SET role = 'viewer' WHERE name = 'alice'")));
        QVERIFY(!query.exec(QStringLiteral("SELECT tailor_set_operator_role('bob', 'admin')")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("not an admin")),
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
};

QTEST_GUILESS_MAIN(TestPostgresRoles)
#include "tst_postgresroles.moc"
