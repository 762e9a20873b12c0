#include "identity/operatorservice.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QTest>

using namespace tailor;
using tailor::test::TestWorkspace;

class TestOperators : public QObject
{
    Q_OBJECT

private slots:
    void creatorIsAdminOthersAreViewers()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY(alice.ok());
        if (TestWorkspace::postgresMode()) {
            // The server lets a role that is not an operator read nothing; an admin makes it a viewer.
            auto refused = ws.openAs(QStringLiteral("bob"));
            QCOMPARE(refused.error().kind, Error::Kind::PermissionDenied);
            QVERIFY2(
                refused.error().message.contains(QStringLiteral("`tailor-cli workspace grant bob viewer`")),
                qPrintable(refused.error().message));
            QVERIFY(alice.value()->operators().grant(QStringLiteral("bob"), Role::Viewer).ok());
        }
        auto asBob = ws.openAs(QStringLiteral("bob"));
        QVERIFY2(asBob.ok(), qPrintable(asBob.error().message));
        QCOMPARE(asBob.value()->identity().name, QStringLiteral("bob"));
        QCOMPARE(asBob.value()->role(), Role::Viewer);
        auto info = asBob.value()->info();
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->createdBy, QStringLiteral("alice"));
    }

    void adminGrantsRoleAndItIsAudited()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY(alice.ok());
        ws.urlAs(QStringLiteral("bob"));
        auto granted = alice.value()->operators().grant(QStringLiteral("bob"), Role::Editor);
        QVERIFY2(granted.ok(), qPrintable(granted.error().message));
        auto asBob = ws.openAs(QStringLiteral("bob"));
        QVERIFY(asBob.ok());
        QCOMPARE(asBob.value()->role(), Role::Editor);
        QVERIFY(asBob.value()->require(Permission::EditPrompts).ok());

        AuditFilter filter;
        filter.action = QStringLiteral("operator.grant");
        auto entries = alice.value()->audit().list(filter);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().operatorName, QStringLiteral("alice"));
        QCOMPARE(entries->first().entity, QStringLiteral("operator:bob"));
        QCOMPARE(entries->first().payloadObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("editor"));
        QVERIFY(alice.value()->audit().verify()->intact);
    }

    void nonAdminCannotGrantWithMessage()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY(alice.ok());
        ws.urlAs(QStringLiteral("bob"));
        QVERIFY(alice.value()->operators().grant(QStringLiteral("bob"), Role::Approver).ok());
        auto asBob = ws.openAs(QStringLiteral("bob"));
        QVERIFY(asBob.ok());
        auto refused = asBob.value()->operators().grant(QStringLiteral("bob"), Role::Admin);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::PermissionDenied);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Operator 'bob' has the role approver and may not manage operators "
                                "in this workspace; ask an admin."));
        QCOMPARE(ws.openAs(QStringLiteral("bob")).value()->role(), Role::Approver);
    }

    void lastAdminCannotBeDemotedOrRevoked()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY(alice.ok());
        auto demoted = alice.value()->operators().grant(QStringLiteral("alice"), Role::Viewer);
        QVERIFY(!demoted.ok());
        QVERIFY2(demoted.error().message.contains(QStringLiteral("last admin")),
                 qPrintable(demoted.error().message));
        auto revoked = alice.value()->operators().revoke(QStringLiteral("alice"));
        QVERIFY(!revoked.ok());
        QVERIFY(revoked.error().message.contains(QStringLiteral("last admin")));

        ws.urlAs(QStringLiteral("carol"));
        QVERIFY(alice.value()->operators().grant(QStringLiteral("carol"), Role::Admin).ok());
        QVERIFY(alice.value()->operators().revoke(QStringLiteral("alice")).ok());
        QCOMPARE(ws.openAs(QStringLiteral("alice")).value()->role(), Role::Viewer);
    }

    void revokeUnknownOperatorSaysSo()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY(alice.ok());
        auto revoked = alice.value()->operators().revoke(QStringLiteral("nobody"));
        QVERIFY(!revoked.ok());
        QCOMPARE(revoked.error().kind, Error::Kind::NotFound);
        QCOMPARE(revoked.error().message, QStringLiteral("'nobody' has no role in this workspace."));
    }

    void rejectsInvalidOperatorName()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY(alice.ok());
        auto granted = alice.value()->operators().grant(QStringLiteral("two words"), Role::Editor);
        QVERIFY(!granted.ok());
        QCOMPARE(granted.error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
