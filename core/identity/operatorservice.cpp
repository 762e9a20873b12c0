#include "operatorservice.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace tailor {

namespace {

// On PostgreSQL the database checks the caller's admin role itself (tailor_set_operator_role), gives the
// operator the grants of the role and writes the audit entry; on SQLite the file's owner could change
// anything anyway, so the service's own check is the guard.
Result<void> writeRole(QSqlDatabase db, const QString &name, const QString &role, const QString &grantedBy)
{
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QPSQL"))
        return execSql(query, QStringLiteral("SELECT tailor_set_operator_role(?, ?)"), {name, role},
                       QCoreApplication::translate("tailor::OperatorService", "granting a role"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return execSql(
        query,
        QStringLiteral("INSERT INTO operators (name, role, granted_by, granted_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET role = excluded.role, granted_by = "
                       "excluded.granted_by, granted_at = excluded.granted_at"),
        {name, role, grantedBy, now},
        QCoreApplication::translate("tailor::OperatorService", "granting a role"));
}

Result<void> removeRole(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QPSQL"))
        return execSql(query, QStringLiteral("SELECT tailor_remove_operator(?)"), {name},
                       QCoreApplication::translate("tailor::OperatorService", "revoking a role"));
    return execSql(query, QStringLiteral("DELETE FROM operators WHERE name = ?"), {name},
                   QCoreApplication::translate("tailor::OperatorService", "revoking a role"));
}

} // namespace

OperatorService::OperatorService(Database &database, QString actingOperator)
    : m_database(database)
    , m_acting(std::move(actingOperator))
{}

Result<Role> OperatorService::roleOf(const QString &name)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done =
            execSql(query, QStringLiteral("SELECT role FROM operators WHERE name = ?"), {name},
                    QCoreApplication::translate("tailor::OperatorService", "reading the operator's role"));
        !done)
        return done.error();
    if (!query.next())
        return Role::Viewer;
    return parseRole(query.value(0).toString()).value_or(Role::Viewer);
}

Result<QList<OperatorRecord>> OperatorService::list()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done = execSql(
            query, QStringLiteral("SELECT name, role, granted_by, granted_at FROM operators ORDER BY name"),
            {}, QCoreApplication::translate("tailor::OperatorService", "listing operators"));
        !done)
        return done.error();
    QList<OperatorRecord> records;
    while (query.next()) {
        records.append({query.value(0).toString(),
                        parseRole(query.value(1).toString()).value_or(Role::Viewer),
                        query.value(2).toString(), query.value(3).toString()});
    }
    return records;
}

Result<void> OperatorService::require(Permission permission)
{
    auto role = roleOf(m_acting);
    if (!role)
        return role.error();
    if (roleAllows(role.value(), permission))
        return {};
    return Error::permissionDenied(
        QCoreApplication::translate(
            "tailor::OperatorService",
            "Operator '%1' has the role %2 and may not %3 in this workspace; ask an admin.")
            .arg(m_acting, roleDisplayName(role.value()), permissionDescription(permission)));
}

Result<int> OperatorService::adminCount()
{
    QSqlQuery query(m_database.connection());
    if (auto done = execSql(query, QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = 'admin'"), {},
                            QCoreApplication::translate("tailor::OperatorService", "counting admins"));
        !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> OperatorService::grant(const QString &name, Role role)
{
    const QString who = name.trimmed();
    if (who.isEmpty() || who.size() > 64 || who.contains(QLatin1Char(' ')))
        return Error::badInput(
            QCoreApplication::translate("tailor::OperatorService", "'%1' is not a valid operator name.")
                .arg(name));
    if (auto allowed = require(Permission::ManageOperators); !allowed)
        return allowed;
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto previous = roleOf(who);
    if (!previous)
        return previous.error();
    if (previous.value() == Role::Admin && role != Role::Admin) {
        auto admins = adminCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return Error::conflict(
                QCoreApplication::translate(
                    "tailor::OperatorService",
                    "'%1' is the last admin of this workspace; make someone else admin first.")
                    .arg(who));
    }
    if (auto done = writeRole(connection.value(), who, roleId(role), m_acting); !done)
        return done;
    if (m_database.isPostgreSql())
        return transaction.commit(); // tailor_set_operator_role() granted and audited it
    auto entry = AuditLog::append(
        connection.value(), m_acting, QStringLiteral("operator.grant"), QStringLiteral("operator:") + who,
        {{QStringLiteral("role"), roleId(role)}, {QStringLiteral("previous"), roleId(previous.value())}});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<void> OperatorService::revoke(const QString &name)
{
    if (auto allowed = require(Permission::ManageOperators); !allowed)
        return allowed;
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(connection.value());
    if (auto done =
            execSql(query, QStringLiteral("SELECT role FROM operators WHERE name = ?"), {name},
                    QCoreApplication::translate("tailor::OperatorService", "reading the operator's role"));
        !done)
        return done;
    if (!query.next())
        return Error::notFound(
            QCoreApplication::translate("tailor::OperatorService", "'%1' has no role in this workspace.")
                .arg(name));
    const QString previous = query.value(0).toString();
    if (previous == roleId(Role::Admin)) {
        auto admins = adminCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return Error::conflict(
                QCoreApplication::translate(
                    "tailor::OperatorService",
                    "'%1' is the last admin of this workspace; make someone else admin first.")
                    .arg(name));
    }
    if (auto done = removeRole(connection.value(), name); !done)
        return done;
    if (m_database.isPostgreSql())
        return transaction.commit(); // tailor_remove_operator() revoked the grants and audited it
    auto entry =
        AuditLog::append(connection.value(), m_acting, QStringLiteral("operator.revoke"),
                         QStringLiteral("operator:") + name, {{QStringLiteral("previous"), previous}});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

} // namespace tailor
