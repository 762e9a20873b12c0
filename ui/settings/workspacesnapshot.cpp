#include "workspacesnapshot.h"

namespace tailor {

Result<WorkspaceSnapshot> WorkspaceSnapshot::load(Workspace &workspace)
{
    WorkspaceSnapshot snapshot;
    auto info = workspace.info();
    if (!info)
        return info.error();
    snapshot.info = info.value();

    AuditFilter filter;
    filter.limit = WorkspaceSnapshot::recentAuditEntries;
    filter.newestFirst = true;
    auto audit = workspace.audit().list(filter);
    if (!audit)
        return audit.error();
    snapshot.recentAudit = audit.value();

    auto operators = workspace.operators().list();
    if (!operators)
        return operators.error();
    snapshot.operators = operators.value();

    const auto allowed = workspace.require(Permission::ManageOperators);
    if (!allowed && allowed.error().kind != Error::Kind::PermissionDenied)
        return allowed.error();
    snapshot.canManageOperators = allowed.ok();
    return snapshot;
}

} // namespace tailor
