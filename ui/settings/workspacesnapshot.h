// WorkspaceSnapshot is what the Settings page shows about the open workspace, read in one go on a worker
// thread: the overview, the newest audit entries and the operator roster, plus whether the operator may
// manage operators (as core answers it). Plain values only, so it can cross from the worker to the GUI.
#pragma once

#include "identity/operatorservice.h"
#include "result.h"
#include "storage/auditlog.h"
#include "workspace/workspace.h"

#include <QList>

namespace tailor {

struct WorkspaceSnapshot
{
    static constexpr int recentAuditEntries = 50;

    WorkspaceInfo info;
    QList<AuditEntry> recentAudit;
    QList<OperatorRecord> operators;
    bool canManageOperators = false;

    // Runs on the calling thread: a workspace task (runWorkspaceTask) on the workspace pool.
    static Result<WorkspaceSnapshot> load(Workspace &workspace);
};

} // namespace tailor
