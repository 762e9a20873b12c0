// TestWorkspace gives a test a fresh, empty database of the dialect it runs under (TAILOR_TEST_DIALECT):
// a file in a temporary folder for SQLite, a new database on the throwaway cluster for PostgreSQL (its URL
// comes from the file TAILOR_TEST_PG_URL_FILE names). Everything is removed when it goes out of scope.
// On PostgreSQL, urlAs() connects as another role, so tests can act as different operators.
#pragma once

#include "storage/databaseurl.h"
#include "workspace/workspace.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tailor::test {

class TestWorkspace
{
public:
    TestWorkspace();
    ~TestWorkspace();

    static bool postgresMode();
    // "sqlite" or "postgresql", for messages.
    static QString dialect();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The workspace URL (not yet initialized).
    DatabaseUrl url() const;
    // SQLite: same file (identity comes from --as). PostgreSQL: same database as role `role`, created with
    // LOGIN on first use. The first role asked for may create in schema public (it creates the workspace and
    // owns its tables); every other role may only connect.
    DatabaseUrl urlAs(const QString &role);
    // The name an operator gets when they connect with urlAs(role) or --as role.
    QString temporaryDir() const { return m_dir.path(); }

    // Creates the workspace as operator `name` (--as on SQLite, the role on PostgreSQL).
    Result<std::shared_ptr<Workspace>> initAs(const QString &name);
    Result<std::shared_ptr<Workspace>> openAs(const QString &name);
    // The arguments that make tailor-cli act as `name` on this workspace.
    QStringList cliArgumentsAs(const QString &name);

    // A raw admin connection for tampering and inspection (superuser on PostgreSQL).
    QSqlDatabase rawConnection();

private:
    QTemporaryDir m_dir;
    QString m_error;
    QString m_databaseName;
    QString m_serverUrl;
    QString m_rawConnectionName;
    QString m_creator;
};

// How many prompts Tailor ships (and imports into every new workspace).
int shippedPromptCount();
// Audit entries a new workspace starts with: its creation, one per shipped prompt, and the import.
qint64 initialAuditEntries();

// Writes `content` to `path` (replacing the file); returns `path`, or an empty string when it cannot.
QString writeTestFile(const QString &path, const QByteArray &content);

// The URL of the cluster's maintenance database, or an error message.
QString postgresServerUrl(QString *error);

} // namespace tailor::test
