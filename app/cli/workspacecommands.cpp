#include "commands.h"

#include "identity/role.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace tailor::cli {

namespace {

QString migrationName(const Migration &migration)
{
    return QStringLiteral("%1_%2").arg(migration.version, 3, 10, QLatin1Char('0')).arg(migration.name);
}

QJsonArray migrationsJson(const QList<Migration> &migrations)
{
    QJsonArray array;
    for (const Migration &migration : migrations)
        array.append(migrationName(migration));
    return array;
}

void printInfo(CliContext &context, const WorkspaceInfo &info)
{
    QTextStream &out = context.out;
    const auto row = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -18).arg(value);
    };
    row(QCoreApplication::translate("tailor-cli", "Workspace"), info.url);
    row(QCoreApplication::translate("tailor-cli", "Dialect"),
        info.dialect + QLatin1Char(' ') + info.serverVersion);
    QString schema = QString::number(info.schemaVersion);
    if (info.schemaVersion < info.latestSchemaVersion)
        schema +=
            QCoreApplication::translate("tailor-cli", " (%1 pending; run 'tailor-cli workspace migrate')")
                .arg(info.latestSchemaVersion - info.schemaVersion);
    row(QCoreApplication::translate("tailor-cli", "Schema version"), schema);
    row(QCoreApplication::translate("tailor-cli", "Workspace id"), info.workspaceId);
    row(QCoreApplication::translate("tailor-cli", "Created"),
        QCoreApplication::translate("tailor-cli", "%1 by %2").arg(info.createdAt, info.createdBy));
    row(QCoreApplication::translate("tailor-cli", "Operator"),
        QCoreApplication::translate("tailor-cli", "%1 (%2, from %3)")
            .arg(info.operatorName, roleDisplayName(info.role), info.operatorSource));
    row(QCoreApplication::translate("tailor-cli", "Operators"), QString::number(info.operatorCount));
    row(QCoreApplication::translate("tailor-cli", "Audit entries"), QString::number(info.auditEntries));
    if (info.fileSize >= 0)
        row(QCoreApplication::translate("tailor-cli", "File size"),
            QLocale::c().formattedDataSize(info.fileSize));
}

int runInit(CliContext &context, const QCommandLineParser &)
{
    auto located = context.locate();
    if (!located)
        return context.fail(located.error());
    auto workspace = Workspace::init(located.value().url, context.asOption);
    if (!workspace)
        return context.fail(workspace.error());
    auto info = workspace.value()->info();
    if (!info)
        return context.fail(info.error());
    if (context.json) {
        context.printJson(info.value().toJson());
    } else {
        context.out << QCoreApplication::translate(
                           "tailor-cli", "Created workspace %1 (schema version %2); %3 is its admin.")
                           .arg(info.value().url)
                           .arg(info.value().schemaVersion)
                           .arg(info.value().operatorName)
                    << Qt::endl;
    }
    return ExitOk;
}

int runInfo(CliContext &context, const QCommandLineParser &)
{
    auto workspace = context.open(false);
    if (!workspace)
        return context.fail(workspace.error());
    auto info = workspace.value()->info();
    if (!info)
        return context.fail(info.error());
    if (context.json)
        context.printJson(info.value().toJson());
    else
        printInfo(context, info.value());
    return ExitOk;
}

int runMigrate(CliContext &context, const QCommandLineParser &parser)
{
    const bool checkOnly = parser.isSet(QStringLiteral("check"));
    auto workspace = context.open(false);
    if (!workspace)
        return context.fail(workspace.error());
    auto before = workspace.value()->schemaState();
    if (!before)
        return context.fail(before.error());
    const int latest = Migrator(workspace.value()->database()).latestVersion();
    if (checkOnly) {
        const int pending = latest - before.value().version;
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("schema_version"), before.value().version},
                                          {QStringLiteral("latest_schema_version"), latest},
                                          {QStringLiteral("pending"), pending}});
        else if (pending > 0)
            context.out << QCoreApplication::translate(
                               "tailor-cli",
                               "%1 migration(s) pending: schema version %2, this Tailor knows %3.")
                               .arg(pending)
                               .arg(before.value().version)
                               .arg(latest)
                        << Qt::endl;
        else
            context.out
                << QCoreApplication::translate("tailor-cli", "Schema is up to date (version %1).").arg(latest)
                << Qt::endl;
        return pending > 0 ? ExitCheckFailed : ExitOk;
    }
    auto applied = workspace.value()->migrate();
    if (!applied)
        return context.fail(applied.error());
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("from"), before.value().version},
                                      {QStringLiteral("to"), latest},
                                      {QStringLiteral("applied"), migrationsJson(applied.value())}});
    } else if (applied.value().isEmpty()) {
        context.out
            << QCoreApplication::translate("tailor-cli", "Schema is up to date (version %1).").arg(latest)
            << Qt::endl;
    } else {
        for (const Migration &migration : applied.value())
            context.out
                << QCoreApplication::translate("tailor-cli", "Applied %1").arg(migrationName(migration))
                << Qt::endl;
        context.out << QCoreApplication::translate("tailor-cli", "Schema version %1 → %2.")
                           .arg(before.value().version)
                           .arg(latest)
                    << Qt::endl;
    }
    return ExitOk;
}

int runOperators(CliContext &context, const QCommandLineParser &)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto operators = workspace.value()->operators().list();
    if (!operators)
        return context.fail(operators.error());
    if (context.json) {
        QJsonArray array;
        for (const OperatorRecord &record : operators.value())
            array.append(QJsonObject{{QStringLiteral("name"), record.name},
                                     {QStringLiteral("role"), roleId(record.role)},
                                     {QStringLiteral("granted_by"), record.grantedBy},
                                     {QStringLiteral("granted_at"), record.grantedAt}});
        context.printJson(array);
        return ExitOk;
    }
    context.out << QStringLiteral("%1 %2 %3 %4\n")
                       .arg(QCoreApplication::translate("tailor-cli", "NAME"), -20)
                       .arg(QCoreApplication::translate("tailor-cli", "ROLE"), -10)
                       .arg(QCoreApplication::translate("tailor-cli", "GRANTED BY"), -20)
                       .arg(QCoreApplication::translate("tailor-cli", "GRANTED AT"));
    for (const OperatorRecord &record : operators.value())
        context.out << QStringLiteral("%1 %2 %3 %4\n")
                           .arg(record.name, -20)
                           .arg(roleId(record.role), -10)
                           .arg(record.grantedBy, -20)
                           .arg(record.grantedAt);
    context.out << QCoreApplication::translate("tailor-cli", "Operators not listed are viewers.") << Qt::endl;
    return ExitOk;
}

int runGrant(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments().mid(2);
    const auto role = parseRole(arguments.at(1));
    if (!role) {
        QStringList ids;
        for (Role known : allRoles())
            ids << roleId(known);
        return context.usageError(QCoreApplication::translate("tailor-cli", "unknown role '%1' (roles: %2)")
                                      .arg(arguments.at(1), ids.join(QStringLiteral(", "))));
    }
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    if (auto granted = workspace.value()->operators().grant(arguments.at(0), *role); !granted)
        return context.fail(granted.error());
    if (context.json)
        context.printJson(
            QJsonObject{{QStringLiteral("name"), arguments.at(0)}, {QStringLiteral("role"), roleId(*role)}});
    else
        context.out << QCoreApplication::translate("tailor-cli", "%1 is now %2.")
                           .arg(arguments.at(0), roleDisplayName(*role))
                    << Qt::endl;
    return ExitOk;
}

int runRevoke(CliContext &context, const QCommandLineParser &parser)
{
    const QString name = parser.positionalArguments().at(2);
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    if (auto revoked = workspace.value()->operators().revoke(name); !revoked)
        return context.fail(revoked.error());
    if (context.json)
        context.printJson(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), roleId(Role::Viewer)}});
    else
        context.out << QCoreApplication::translate("tailor-cli",
                                                   "%1 no longer has a role; they are a viewer.")
                           .arg(name)
                    << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CommandSpec> workspaceCommands()
{
    const QString area = QStringLiteral("workspace");
    return {
        {area,
         QStringLiteral("init"),
         QCoreApplication::translate("tailor-cli", "create a new workspace; you become its admin"),
         QCoreApplication::translate(
             "tailor-cli",
             "Creates a workspace at --db (a new SQLite file, or an empty PostgreSQL database) and makes the "
             "operator its admin. Refuses a database that already holds a workspace or other tables."),
         {},
         {},
         runInit},
        {area,
         QStringLiteral("info"),
         QCoreApplication::translate("tailor-cli", "show the workspace, schema, operator and role"),
         QCoreApplication::translate(
             "tailor-cli",
             "Shows the workspace URL, dialect, schema version, creator, your identity and role, and audit "
             "size. "
             "Does not change the workspace."),
         {},
         {},
         runInfo},
        {area,
         QStringLiteral("migrate"),
         QCoreApplication::translate("tailor-cli", "apply pending schema migrations"),
         QCoreApplication::translate(
             "tailor-cli",
             "Brings the workspace schema to the version this Tailor knows. Workspaces are also migrated "
             "when "
             "opened; this verb reports what it did. With --check, changes nothing and exits 1 when "
             "migrations "
             "are pending."),
         {QCommandLineOption(
             QStringLiteral("check"),
             QCoreApplication::translate("tailor-cli", "Only report; exit 1 when migrations are pending."))},
         {},
         runMigrate},
        {area,
         QStringLiteral("operators"),
         QCoreApplication::translate("tailor-cli", "list operators and their roles"),
         QCoreApplication::translate(
             "tailor-cli",
             "Lists the operators who hold a role in this workspace. Everyone else is a viewer."),
         {},
         {},
         runOperators},
        {area,
         QStringLiteral("grant"),
         QCoreApplication::translate("tailor-cli", "give an operator a role (admin only)"),
         QCoreApplication::translate(
             "tailor-cli",
             "Gives NAME the role ROLE (viewer, editor, analyst, approver, admin). Needs the admin role; "
             "audited."),
         {},
         {{QStringLiteral("name"),
           QCoreApplication::translate("tailor-cli",
                                       "operator name (OS login, or database role on PostgreSQL)")},
          {QStringLiteral("role"),
           QCoreApplication::translate("tailor-cli", "viewer, editor, analyst, approver or admin")}},
         runGrant},
        {area,
         QStringLiteral("revoke"),
         QCoreApplication::translate("tailor-cli", "remove an operator's role (admin only)"),
         QCoreApplication::translate(
             "tailor-cli",
             "Removes NAME's role, leaving them a viewer. Needs the admin role; the last admin cannot be "
             "removed. "
             "Audited."),
         {},
         {{QStringLiteral("name"), QCoreApplication::translate("tailor-cli", "operator name")}},
         runRevoke},
    };
}

} // namespace tailor::cli
