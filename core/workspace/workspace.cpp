#include "workspace.h"

#include "profiles/profilederiver.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace tailor {

QJsonObject WorkspaceInfo::toJson() const
{
    QJsonObject object{{QStringLiteral("url"), url},
                       {QStringLiteral("name"), displayName},
                       {QStringLiteral("dialect"), dialect},
                       {QStringLiteral("server_version"), serverVersion},
                       {QStringLiteral("workspace_id"), workspaceId},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("created_by"), createdBy},
                       {QStringLiteral("schema_version"), schemaVersion},
                       {QStringLiteral("latest_schema_version"), latestSchemaVersion},
                       {QStringLiteral("operator"), operatorName},
                       {QStringLiteral("operator_source"), operatorSource},
                       {QStringLiteral("role"), roleId(role)},
                       {QStringLiteral("operators"), operatorCount},
                       {QStringLiteral("audit_entries"), auditEntries}};
    if (fileSize >= 0)
        object.insert(QStringLiteral("file_size"), fileSize);
    return object;
}

Workspace::Workspace(std::shared_ptr<Database> database, OperatorIdentity identity)
    : m_database(std::move(database))
    , m_identity(std::move(identity))
    , m_audit(*m_database)
    , m_operators(*m_database, m_identity.name)
    , m_prompts(*m_database, m_operators)
    , m_endpoints(*m_database, m_operators)
    , m_profileImporter(*m_database, m_operators)
    , m_profiles(*m_database, m_operators)
    , m_segments(*m_database, m_operators, m_profiles)
{}

Workspace::~Workspace()
{
    // The last reference may go away on a worker thread; the client is a QObject of the thread that
    // started it and stops its own thread, so it is deleted there (it keeps the database alive itself).
    if (m_llm && m_llm->thread() != QThread::currentThread())
        m_llm.release()->deleteLater();
}

void Workspace::releaseThreadResources()
{
    m_database->releaseThreadConnection();
}

LlmClient &Workspace::llm()
{
    if (!m_llm) {
        LlmClientOptions options;
        options.operatorName = m_identity.name;
        // The role as last read (at open and by every require()): calls are frequent, role changes rare,
        // and on PostgreSQL the server refuses the log of a call the role does not allow anyway.
        options.authorize = [this]() -> Result<void> {
            const Role role = m_role.load(std::memory_order_relaxed);
            if (roleAllows(role, Permission::CallEndpoints))
                return {};
            return Error::permissionDenied(
                QCoreApplication::translate(
                    "tailor::Workspace",
                    "Operator '%1' has the role %2 and may not %3 in this workspace; ask an admin.")
                    .arg(m_identity.name, roleDisplayName(role),
                         permissionDescription(Permission::CallEndpoints)));
        };
        m_llm = std::make_unique<LlmClient>(m_database, options);
    }
    return *m_llm;
}

Result<std::shared_ptr<Workspace>> Workspace::open(const DatabaseUrl &url, const OpenOptions &options)
{
    auto database = Database::open(url, Database::Mode::OpenExisting);
    if (!database)
        return database.error();
    auto identity = OperatorIdentity::resolve(*database.value(), options.operatorOverride);
    if (!identity)
        return identity.error();

    Migrator migrator(*database.value());
    auto state = migrator.inspect();
    if (!state) {
        if (database.value()->isPostgreSql() && state.error().kind == Error::Kind::PermissionDenied)
            return Error::permissionDenied(
                QCoreApplication::translate(
                    "tailor::Workspace",
                    "The database role %1 is not an operator of the workspace %2, so the server lets it read "
                    "nothing there. An admin of the workspace adds it with `tailor-cli workspace grant %1 "
                    "viewer` (or another role).")
                    .arg(identity.value().name, url.toString()));
        return state.error();
    }
    switch (state.value().kind) {
    case SchemaState::Kind::Empty:
        return Error::notFound(
            QCoreApplication::translate(
                "tailor::Workspace",
                "%1 is empty: it is not a Tailor workspace yet. Create one with File → New "
                "workspace or `tailor-cli workspace init`.")
                .arg(url.toString()));
    case SchemaState::Kind::Foreign:
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::Workspace",
                "%1 is not a Tailor workspace: it holds other tables. Tailor did not change it.")
                .arg(url.toString()));
    case SchemaState::Kind::Tailor:
        break;
    }
    if (auto notNewer = migrator.checkNotNewer(state.value()); !notNewer)
        return notNewer.error();

    std::shared_ptr<Workspace> workspace(new Workspace(database.value(), identity.value()));
    if (options.migrate) {
        auto applied = workspace->migrate();
        if (!applied)
            return applied.error();
        workspace->m_applied = applied.value();
    }
    if (auto refreshed = workspace->refreshRole(); !refreshed)
        return refreshed.error();
    return workspace;
}

Result<std::shared_ptr<Workspace>> Workspace::init(const DatabaseUrl &url, const QString &operatorOverride)
{
    auto database = Database::open(url, Database::Mode::CreateIfMissing);
    if (!database)
        return database.error();
    auto identity = OperatorIdentity::resolve(*database.value(), operatorOverride);
    if (!identity)
        return identity.error();
    Migrator migrator(*database.value());
    auto state = migrator.inspect();
    if (!state)
        return state.error();
    if (state.value().kind == SchemaState::Kind::Tailor)
        return Error::conflict(
            QCoreApplication::translate(
                "tailor::Workspace",
                "%1 is already a Tailor workspace (schema version %2); nothing was changed.")
                .arg(url.toString())
                .arg(state.value().version));
    if (state.value().kind == SchemaState::Kind::Foreign)
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::Workspace",
                "%1 already holds tables that are not Tailor's; Tailor will not create a workspace in it.")
                .arg(url.toString()));

    std::shared_ptr<Workspace> workspace(new Workspace(database.value(), identity.value()));
    auto applied = workspace->migrate();
    if (!applied)
        return applied.error();
    workspace->m_applied = applied.value();
    if (auto initialized = workspace->initialize(); !initialized)
        return initialized.error();
    if (auto refreshed = workspace->refreshRole(); !refreshed)
        return refreshed.error();
    if (auto shipped = workspace->prompts().importShipped(); !shipped)
        return Error::failed(QCoreApplication::translate(
                                 "tailor::Workspace",
                                 "The workspace was created, but importing the shipped prompts failed: %1")
                                 .arg(shipped.error().message));
    return workspace;
}

Result<void> Workspace::initialize()
{
    auto connection = m_database->tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(connection.value());
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("workspace_id"), id},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("created_by"), m_identity.name},
        {QStringLiteral("created_with"), QStringLiteral(TAILOR_VERSION)}};
    for (const auto &[key, value] : meta) {
        if (auto done = execSql(
                query, QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?)"), {key, value},
                QCoreApplication::translate("tailor::Workspace", "writing workspace metadata"));
            !done)
            return done;
    }
    if (auto done = execSql(
            query,
            QStringLiteral("INSERT INTO operators (name, role, granted_by, granted_at) VALUES (?, ?, ?, ?)"),
            {m_identity.name, roleId(Role::Admin), m_identity.name, now},
            QCoreApplication::translate("tailor::Workspace", "making the creator admin"));
        !done)
        return done;
    auto entry = AuditLog::append(
        connection.value(), m_identity.name, QStringLiteral("workspace.create"),
        QStringLiteral("workspace:") + id,
        {{QStringLiteral("url"), url().toString()},
         {QStringLiteral("schema_version"), m_applied.isEmpty() ? 0 : m_applied.constLast().version},
         {QStringLiteral("tailor_version"), QStringLiteral(TAILOR_VERSION)}});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<QList<Migration>> Workspace::migrate()
{
    Migrator migrator(*m_database);
    // 008 made interests signed (ratings relative to the user's baseline): every stored profile was derived
    // by the old formula, so all of them are recomputed with the schema change, and audited once.
    migrator.setStep(8, [this](QSqlDatabase db, bool upgrade) -> Result<void> {
        if (!upgrade)
            return {};
        auto derived = ProfileDeriver(db).deriveAll();
        if (!derived)
            return derived.error();
        auto entry = AuditLog::append(
            db, m_identity.name, QStringLiteral("profiles.recompute"), QStringLiteral("profiles"),
            {{QStringLiteral("users"), derived.value()},
             {QStringLiteral("migration"), QStringLiteral("008_signed_interests")}});
        if (!entry)
            return entry.error();
        return {};
    });
    const auto before = migrator.inspect();
    auto applied = migrator.migrate(m_identity.name);
    if (!applied || applied.value().isEmpty())
        return applied;
    // A fresh workspace records its creation instead; later upgrades are audited as they happen.
    if (before && before.value().kind == SchemaState::Kind::Tailor) {
        QJsonArray versions;
        for (const Migration &migration : applied.value())
            versions.append(
                QStringLiteral("%1_%2").arg(migration.version, 3, 10, QLatin1Char('0')).arg(migration.name));
        auto entry =
            m_audit.record(m_identity.name, QStringLiteral("workspace.migrate"), QStringLiteral("workspace"),
                           {{QStringLiteral("from"), before.value().version},
                            {QStringLiteral("to"), applied.value().constLast().version},
                            {QStringLiteral("applied"), versions}});
        if (!entry)
            return entry.error();
    }
    return applied;
}

Result<SchemaState> Workspace::schemaState()
{
    return Migrator(*m_database).inspect();
}

Result<void> Workspace::refreshRole()
{
    auto role = m_operators.roleOf(m_identity.name);
    if (!role)
        return role.error();
    m_role = role.value();
    return {};
}

Result<void> Workspace::require(Permission permission)
{
    if (auto refreshed = refreshRole(); !refreshed)
        return refreshed;
    return m_operators.require(permission);
}

Result<WorkspaceInfo> Workspace::info()
{
    if (auto refreshed = refreshRole(); !refreshed)
        return refreshed.error();
    auto connection = m_database->tryConnection();
    if (!connection)
        return connection.error();
    WorkspaceInfo info;
    info.url = url().toString();
    info.displayName = url().displayName();
    info.dialect = m_database->dialectName();
    info.operatorName = m_identity.name;
    info.operatorSource = m_identity.sourceDescription();
    info.role = m_role;
    Migrator migrator(*m_database);
    info.latestSchemaVersion = migrator.latestVersion();
    auto state = migrator.inspect();
    if (!state)
        return state.error();
    info.schemaVersion = state.value().version;

    QSqlQuery query(connection.value());
    const QString versionSql = m_database->isSqlite() ? QStringLiteral("SELECT sqlite_version()")
                                                      : QStringLiteral("SHOW server_version");
    if (auto done = execSql(query, versionSql, {},
                            QCoreApplication::translate("tailor::Workspace", "reading the server version"));
        !done)
        return done.error();
    if (query.next())
        info.serverVersion = query.value(0).toString();
    if (auto done = execSql(query, QStringLiteral("SELECT key, value FROM workspace_meta"), {},
                            QCoreApplication::translate("tailor::Workspace", "reading workspace metadata"));
        !done)
        return done.error();
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("workspace_id"))
            info.workspaceId = query.value(1).toString();
        else if (key == QLatin1String("created_at"))
            info.createdAt = query.value(1).toString();
        else if (key == QLatin1String("created_by"))
            info.createdBy = query.value(1).toString();
    }
    if (auto done = execSql(query, QStringLiteral("SELECT COUNT(*) FROM operators"), {},
                            QCoreApplication::translate("tailor::Workspace", "counting operators"));
        !done)
        return done.error();
    info.operatorCount = query.next() ? query.value(0).toInt() : 0;
    auto entries = m_audit.count();
    if (!entries)
        return entries.error();
    info.auditEntries = entries.value();
    if (m_database->isSqlite())
        info.fileSize = QFileInfo(url().filePath()).size();
    return info;
}

} // namespace tailor
