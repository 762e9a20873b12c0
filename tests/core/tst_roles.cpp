#include "identity/role.h"

#include <QTest>

using namespace tailor;

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsRoleIds()
    {
        for (Role role : allRoles())
            QCOMPARE(parseRole(roleId(role)), std::optional<Role>(role));
        QCOMPARE(parseRole(QStringLiteral(" Admin ")), std::optional<Role>(Role::Admin));
        QVERIFY(!parseRole(QStringLiteral("root")).has_value());
    }

    void everyRoleMayView()
    {
        for (Role role : allRoles())
            QVERIFY(roleAllows(role, Permission::ViewWorkspace));
    }

    void onlyAdminManagesOperatorsAndMovesProtectedLabels()
    {
        for (Role role : allRoles()) {
            QCOMPARE(roleAllows(role, Permission::ManageOperators), role == Role::Admin);
            QCOMPARE(roleAllows(role, Permission::MoveProtectedLabels), role == Role::Admin);
        }
    }

    void rolesGrantTheirJobs()
    {
        QVERIFY(roleAllows(Role::Editor, Permission::EditPrompts));
        QVERIFY(!roleAllows(Role::Editor, Permission::ApproveReleases));
        QVERIFY(!roleAllows(Role::Editor, Permission::RevealPii));
        QVERIFY(roleAllows(Role::Analyst, Permission::ReviewProfiles));
        QVERIFY(roleAllows(Role::Analyst, Permission::ImportData));
        QVERIFY(!roleAllows(Role::Analyst, Permission::EditPrompts));
        QVERIFY(roleAllows(Role::Approver, Permission::ApproveReleases));
        QVERIFY(!roleAllows(Role::Approver, Permission::EditPrompts));
        QVERIFY(!roleAllows(Role::Viewer, Permission::EditPrompts));
        QVERIFY(!roleAllows(Role::Viewer, Permission::RunExperiments));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
