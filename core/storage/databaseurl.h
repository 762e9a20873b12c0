// DatabaseUrl names a workspace: an embedded SQLite file (sqlite:///path/to/file.tailor, or a bare path)
// or a PostgreSQL database shared by a team (postgresql://user@host:port/db). Parsing rejects anything
// else with a message that shows the accepted forms. A password in the URL is accepted but never
// printed: toString() and displayName() leave it out so URLs can be stored in settings and logs.
#pragma once

#include "result.h"

#include <QMap>
#include <QString>

namespace tailor {

class DatabaseUrl
{
public:
    enum class Kind
    {
        Sqlite,
        PostgreSql
    };

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    bool isPostgreSql() const { return m_kind == Kind::PostgreSql; }

    // SQLite: absolute, cleaned file path.
    QString filePath() const { return m_filePath; }

    // PostgreSQL parts; empty/0 when not given (libpq defaults and PG* environment variables apply).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString database() const { return m_database; }
    // libpq connection options taken from the query string (sslmode, connect_timeout, ...).
    QMap<QString, QString> options() const { return m_options; }

    // Canonical URL without the password.
    QString toString() const;
    // Short human-readable name: the file name, or user@host/db.
    QString displayName() const;

    bool operator==(const DatabaseUrl &other) const = default;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_database;
    QMap<QString, QString> m_options;
};

} // namespace tailor
