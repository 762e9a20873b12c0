#include "role.h"

#include <QCoreApplication>

namespace tailor {

QList<Role> allRoles()
{
    return {Role::Viewer, Role::Editor, Role::Analyst, Role::Approver, Role::Admin};
}

QString roleId(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Approver:
        return QStringLiteral("approver");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> parseRole(const QString &id)
{
    for (Role role : allRoles()) {
        if (roleId(role) == id.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QCoreApplication::translate("tailor::Role", "viewer");
    case Role::Editor:
        return QCoreApplication::translate("tailor::Role", "editor");
    case Role::Analyst:
        return QCoreApplication::translate("tailor::Role", "analyst");
    case Role::Approver:
        return QCoreApplication::translate("tailor::Role", "approver");
    case Role::Admin:
        return QCoreApplication::translate("tailor::Role", "admin");
    }
    return {};
}

QString permissionDescription(Permission permission)
{
    switch (permission) {
    case Permission::ViewWorkspace:
        return QCoreApplication::translate("tailor::Role", "view this workspace");
    case Permission::EditPrompts:
        return QCoreApplication::translate("tailor::Role", "edit prompts");
    case Permission::RunExperiments:
        return QCoreApplication::translate("tailor::Role", "run experiments");
    case Permission::CallEndpoints:
        return QCoreApplication::translate("tailor::Role", "call LLM endpoints");
    case Permission::ImportData:
        return QCoreApplication::translate("tailor::Role", "import data");
    case Permission::ReviewProfiles:
        return QCoreApplication::translate("tailor::Role", "review profiles");
    case Permission::RevealPii:
        return QCoreApplication::translate("tailor::Role", "reveal personal data");
    case Permission::ApproveReleases:
        return QCoreApplication::translate("tailor::Role", "approve releases");
    case Permission::MoveProtectedLabels:
        return QCoreApplication::translate("tailor::Role", "move protected labels");
    case Permission::ManageOperators:
        return QCoreApplication::translate("tailor::Role", "manage operators");
    case Permission::ManageEndpoints:
        return QCoreApplication::translate("tailor::Role", "manage LLM endpoints");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    if (permission == Permission::ViewWorkspace || role == Role::Admin)
        return true;
    switch (role) {
    case Role::Editor:
        return permission == Permission::EditPrompts || permission == Permission::RunExperiments ||
               permission == Permission::CallEndpoints;
    case Role::Analyst:
        return permission == Permission::ImportData || permission == Permission::ReviewProfiles ||
               permission == Permission::RevealPii || permission == Permission::RunExperiments ||
               permission == Permission::CallEndpoints;
    case Role::Approver:
        return permission == Permission::ApproveReleases;
    case Role::Viewer:
    case Role::Admin:
        break;
    }
    return false;
}

} // namespace tailor
