// Roles and what each may do. Services ask roleAllows() before they change anything, so the rule lives in
// one place in core and the GUI and CLI only show its answer.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tailor {

enum class Role
{
    Viewer,
    Editor,
    Analyst,
    Approver,
    Admin
};

enum class Permission
{
    ViewWorkspace,
    EditPrompts,
    RunExperiments,
    CallEndpoints, // send requests to LLM endpoints (they cost money and every call is logged)
    ImportData,
    ReviewProfiles,
    RevealPii,
    ApproveReleases,
    MoveProtectedLabels,
    ManageOperators,
    ManageEndpoints,
};

QList<Role> allRoles();
// Stable identifier stored in the database and accepted on the command line: "viewer", "admin", ...
QString roleId(Role role);
std::optional<Role> parseRole(const QString &id);
// Translated name for people.
QString roleDisplayName(Role role);
// Translated phrase completing "may not ...": "manage operators".
QString permissionDescription(Permission permission);
bool roleAllows(Role role, Permission permission);

} // namespace tailor
