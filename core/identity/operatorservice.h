// OperatorService keeps the workspace's operators and their roles. Anyone not listed is a viewer. Granting
// and revoking need the admin role, are audited, and never leave a workspace without an admin.
#pragma once

#include "identity/role.h"
#include "result.h"

#include <QList>
#include <QString>

namespace tailor {

class Database;

struct OperatorRecord
{
    QString name;
    Role role = Role::Viewer;
    QString grantedBy;
    QString grantedAt;
};

class OperatorService
{
public:
    OperatorService(Database &database, QString actingOperator);

    const QString &actingOperator() const { return m_acting; }

    Result<Role> roleOf(const QString &name);
    Result<QList<OperatorRecord>> list();
    Result<void> grant(const QString &name, Role role);
    Result<void> revoke(const QString &name);

    // Ok when the acting operator's role allows `permission`; otherwise the message a user sees.
    Result<void> require(Permission permission);

private:
    Result<int> adminCount();

    Database &m_database;
    QString m_acting;
};

} // namespace tailor
