// Workspace is an open Tailor workspace: its database, the operator acting on it and their role, the
// audit log and the operator roster. Opening checks the schema (refusing foreign or newer databases
// untouched) and applies pending migrations; init() creates a new workspace with its creator as admin.
#pragma once

#include "identity/operatoridentity.h"
#include "identity/operatorservice.h"
#include "identity/role.h"
#include "llm/endpointstore.h"
#include "llm/llmclient.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"
#include "profiles/segmentstore.h"
#include "prompts/promptregistry.h"
#include "result.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QJsonObject>

#include <atomic>
#include <memory>

namespace tailor {

struct WorkspaceInfo
{
    QString url;
    QString displayName;
    QString dialect;
    QString serverVersion;
    QString workspaceId;
    QString createdAt;
    QString createdBy;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString operatorName;
    QString operatorSource;
    Role role = Role::Viewer;
    int operatorCount = 0;
    qint64 auditEntries = 0;
    qint64 fileSize = -1; // SQLite only

    QJsonObject toJson() const;
};

class Workspace
{
public:
    struct OpenOptions
    {
        bool migrate = true;      // apply pending migrations at open
        QString operatorOverride; // --as NAME (SQLite only)
    };

    static Result<std::shared_ptr<Workspace>> open(const DatabaseUrl &url, const OpenOptions &options);
    ~Workspace();
    // Creates a workspace at `url` (a new SQLite file, or an empty PostgreSQL database) with the prompts
    // Tailor ships. Refuses a database that already holds a workspace or anything else.
    static Result<std::shared_ptr<Workspace>> init(const DatabaseUrl &url, const QString &operatorOverride);

    Database &database() { return *m_database; }
    // Gives back what the calling thread holds of the workspace (its database connection). A pool thread
    // that worked on the workspace calls it when its task ends, so idle threads hold no connections.
    void releaseThreadResources();
    const DatabaseUrl &url() const { return m_database->url(); }
    const OperatorIdentity &identity() const { return m_identity; }
    Role role() const { return m_role.load(std::memory_order_relaxed); }
    AuditLog &audit() { return m_audit; }
    OperatorService &operators() { return m_operators; }
    PromptRegistry &prompts() { return m_prompts; }
    EndpointStore &endpoints() { return m_endpoints; }
    ProfileImporter &profileImporter() { return m_profileImporter; }
    ProfileStore &profiles() { return m_profiles; }
    SegmentStore &segments() { return m_segments; }
    // The workspace's LLM client, started on first use (its worker thread, cache and request log).
    LlmClient &llm();

    // Migrations applied when the workspace was opened or created.
    const QList<Migration> &appliedMigrations() const { return m_applied; }
    Result<QList<Migration>> migrate();
    Result<SchemaState> schemaState();

    Result<WorkspaceInfo> info();
    // Ok when the operator's current role allows it; the role is read afresh.
    Result<void> require(Permission permission);

private:
    Workspace(std::shared_ptr<Database> database, OperatorIdentity identity);
    Result<void> refreshRole();
    Result<void> initialize();

    std::shared_ptr<Database> m_database;
    OperatorIdentity m_identity;
    std::atomic<Role> m_role{Role::Viewer}; // read by the LLM client's callers on any thread
    AuditLog m_audit;
    OperatorService m_operators;
    PromptRegistry m_prompts;
    EndpointStore m_endpoints;
    ProfileImporter m_profileImporter;
    ProfileStore m_profiles;
    SegmentStore m_segments;
    std::unique_ptr<LlmClient> m_llm;
    QList<Migration> m_applied;
};

} // namespace tailor
