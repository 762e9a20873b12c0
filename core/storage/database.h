// Database owns the connections to one workspace: one QSqlDatabase per thread, opened on first use in
// that thread with the dialect's settings (SQLite: WAL, foreign keys, busy timeout; PostgreSQL: connect
// timeout, UTC). Before the first connection it checks what a user would get wrong — a missing file, a
// file that is not SQLite, a read-only file or folder — and says so instead of letting SQLite fail later.
#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>

#include <memory>

namespace tailor {

class Database
{
public:
    enum class Mode
    {
        OpenExisting,
        CreateIfMissing
    };

    static Result<std::shared_ptr<Database>> open(const DatabaseUrl &url, Mode mode);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    bool isSqlite() const { return m_url.isSqlite(); }
    bool isPostgreSql() const { return m_url.isPostgreSql(); }

    // The calling thread's connection, opened on first use; an invalid QSqlDatabase if that fails
    // (connectionError() says why).
    QSqlDatabase connection();
    Result<QSqlDatabase> tryConnection();
    // Closes the calling thread's connection; worker threads call this before they end.
    void releaseThreadConnection();
    // How many threads hold an open connection now: tests check that workers give theirs back.
    int connectionCount();

    // The SQL dialect's name for messages: "SQLite" or "PostgreSQL".
    QString dialectName() const;

private:
    explicit Database(const DatabaseUrl &url);
    Result<QSqlDatabase> openConnection(const QString &name);

    DatabaseUrl m_url;
    QString m_prefix;
    QMutex m_mutex;
    QHash<Qt::HANDLE, QString> m_connections;
};

} // namespace tailor
