// OperatorIdentity says who is at the keyboard. On SQLite it is the OS login, which --as NAME or
// TAILOR_OPERATOR may override: a convenience for shared machines and scripts, not a security boundary.
// On PostgreSQL it is the database role the server authenticated (session_user) and cannot be overridden.
#pragma once

#include "result.h"

#include <QString>

namespace tailor {

class Database;

struct OperatorIdentity
{
    enum class Source
    {
        OsLogin,
        Override,
        DatabaseRole
    };

    QString name;
    Source source = Source::OsLogin;

    // Translated: "OS login", "--as / TAILOR_OPERATOR", "database role".
    QString sourceDescription() const;

    // `override` is --as NAME when given; otherwise TAILOR_OPERATOR from the environment is used.
    static Result<OperatorIdentity> resolve(Database &database, const QString &override);
    static QString osLogin();
};

} // namespace tailor
