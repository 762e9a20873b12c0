#include "operatoridentity.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

namespace tailor {

namespace {

Result<QString> validName(const QString &name, const QString &origin)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("tailor::OperatorIdentity", "The operator name from %1 is empty.")
                .arg(origin));
    if (trimmed.size() > 64)
        return Error::badInput(
            QCoreApplication::translate("tailor::OperatorIdentity",
                                        "The operator name from %1 is longer than 64 characters.")
                .arg(origin));
    for (QChar c : trimmed) {
        if (c.isSpace() || !c.isPrint())
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::OperatorIdentity",
                    "The operator name '%1' from %2 contains spaces or control characters.")
                    .arg(trimmed, origin));
    }
    return trimmed;
}

} // namespace

QString OperatorIdentity::sourceDescription() const
{
    switch (source) {
    case Source::OsLogin:
        return QCoreApplication::translate("tailor::OperatorIdentity", "OS login");
    case Source::Override:
        return QCoreApplication::translate("tailor::OperatorIdentity", "--as / TAILOR_OPERATOR");
    case Source::DatabaseRole:
        return QCoreApplication::translate("tailor::OperatorIdentity", "database role");
    }
    return {};
}

QString OperatorIdentity::osLogin()
{
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
}

Result<OperatorIdentity> OperatorIdentity::resolve(Database &database, const QString &override)
{
    const QString fromEnvironment = qEnvironmentVariable("TAILOR_OPERATOR");
    if (database.isPostgreSql()) {
        if (!override.isEmpty() || !fromEnvironment.isEmpty())
            return Error::badInput(QCoreApplication::translate(
                "tailor::OperatorIdentity",
                "--as and TAILOR_OPERATOR only apply to SQLite workspaces; on PostgreSQL "
                "you act as the database role you connect with."));
        auto connection = database.tryConnection();
        if (!connection)
            return connection.error();
        QSqlQuery query(connection.value());
        if (auto done =
                execSql(query, QStringLiteral("SELECT session_user"), {},
                        QCoreApplication::translate("tailor::OperatorIdentity", "reading the database role"));
            !done)
            return done.error();
        if (!query.next())
            return Error::failed(QCoreApplication::translate("tailor::OperatorIdentity",
                                                             "PostgreSQL did not report the session user."));
        return OperatorIdentity{query.value(0).toString(), Source::DatabaseRole};
    }

    if (!override.isEmpty()) {
        auto name = validName(override, QStringLiteral("--as"));
        if (!name)
            return name.error();
        return OperatorIdentity{name.value(), Source::Override};
    }
    if (!fromEnvironment.isEmpty()) {
        auto name = validName(fromEnvironment, QStringLiteral("TAILOR_OPERATOR"));
        if (!name)
            return name.error();
        return OperatorIdentity{name.value(), Source::Override};
    }
    auto name = validName(osLogin(), QCoreApplication::translate("tailor::OperatorIdentity", "the OS login"));
    if (!name)
        return name.error();
    return OperatorIdentity{name.value(), Source::OsLogin};
}

} // namespace tailor
