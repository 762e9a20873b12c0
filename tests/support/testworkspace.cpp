#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace tailor::test {

namespace {

QString adminConnectionName()
{
    return QStringLiteral("tailor-test-pg-admin");
}

QSqlDatabase openPg(const QString &connectionName, const QString &serverUrl, const QString &database)
{
    const QUrl url(serverUrl);
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(database);
    db.open();
    return db;
}

} // namespace

int shippedPromptCount()
{
    return int(
        QDir(QStringLiteral(":/prompts")).entryList({QStringLiteral("*.prompty")}, QDir::Files).size());
}

qint64 initialAuditEntries()
{
    return 2 + shippedPromptCount();
}

QString postgresServerUrl(QString *error)
{
    const QString file = qEnvironmentVariable("TAILOR_TEST_PG_URL_FILE");
    if (file.isEmpty()) {
        *error =
            QStringLiteral("TAILOR_TEST_PG_URL_FILE is not set: run PostgreSQL tests through ctest, which "
                           "starts the cluster (fixture pg_cluster_start)");
        return {};
    }
    QFile urlFile(file);
    if (!urlFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the PostgreSQL URL file %1").arg(file);
        return {};
    }
    return QString::fromUtf8(urlFile.readAll()).trimmed();
}

bool TestWorkspace::postgresMode()
{
    return qEnvironmentVariable("TAILOR_TEST_DIALECT") == QLatin1String("postgresql");
}

QString TestWorkspace::dialect()
{
    return postgresMode() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

TestWorkspace::TestWorkspace()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    if (!postgresMode())
        return;
    m_serverUrl = postgresServerUrl(&m_error);
    if (!m_error.isEmpty())
        return;
    m_databaseName = QStringLiteral("tailor_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    QSqlDatabase admin = openPg(adminConnectionName(), m_serverUrl, QStringLiteral("postgres"));
    if (!admin.isOpen()) {
        m_error = QStringLiteral("cannot connect to the test cluster: ") + admin.lastError().text();
        return;
    }
    QSqlQuery query(admin);
    if (!query.exec(QStringLiteral("CREATE DATABASE ") + m_databaseName))
        m_error = QStringLiteral("cannot create the test database: ") + query.lastError().text();
}

TestWorkspace::~TestWorkspace()
{
    if (!m_rawConnectionName.isEmpty()) {
        QSqlDatabase::database(m_rawConnectionName, false).close();
        QSqlDatabase::removeDatabase(m_rawConnectionName);
    }
    if (!m_databaseName.isEmpty() && QSqlDatabase::contains(adminConnectionName())) {
        QSqlQuery query(QSqlDatabase::database(adminConnectionName()));
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
    }
}

DatabaseUrl TestWorkspace::url() const
{
    if (!postgresMode())
        return DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("workspace.tailor")));
    QUrl url(m_serverUrl);
    url.setPath(QLatin1Char('/') + m_databaseName);
    return DatabaseUrl::parse(url.toString()).value();
}

DatabaseUrl TestWorkspace::urlAs(const QString &role)
{
    if (!postgresMode())
        return url();
    QSqlQuery query(QSqlDatabase::database(adminConnectionName()));
    // Roles are cluster-wide and outlive the test database; create each once.
    query.exec(
        QStringLiteral("DO $$ BEGIN CREATE ROLE \"%1\" LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; "
                       "END $$")
            .arg(role));
    query.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO \"%2\"").arg(m_databaseName, role));
    // PostgreSQL 15 lets only the owner create in schema public. The first role asked for creates the
    // workspace (and owns its tables); the others get nothing more than a real team member would.
    if (m_creator.isEmpty()) {
        m_creator = role;
        QSqlQuery schema(rawConnection());
        schema.exec(QStringLiteral("GRANT ALL ON SCHEMA public TO \"%1\"").arg(role));
    }
    QUrl url(m_serverUrl);
    url.setUserName(role);
    url.setPath(QLatin1Char('/') + m_databaseName);
    return DatabaseUrl::parse(url.toString()).value();
}

Result<std::shared_ptr<Workspace>> TestWorkspace::initAs(const QString &name)
{
    return Workspace::init(urlAs(name), postgresMode() ? QString() : name);
}

Result<std::shared_ptr<Workspace>> TestWorkspace::openAs(const QString &name)
{
    Workspace::OpenOptions options;
    options.operatorOverride = postgresMode() ? QString() : name;
    return Workspace::open(urlAs(name), options);
}

QStringList TestWorkspace::cliArgumentsAs(const QString &name)
{
    QStringList arguments{QStringLiteral("--db"), urlAs(name).toString()};
    if (!postgresMode())
        arguments << QStringLiteral("--as") << name;
    return arguments;
}

QSqlDatabase TestWorkspace::rawConnection()
{
    if (m_rawConnectionName.isEmpty()) {
        m_rawConnectionName =
            QStringLiteral("tailor-test-raw-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
        if (postgresMode())
            return openPg(m_rawConnectionName, m_serverUrl, m_databaseName);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_rawConnectionName);
        db.setDatabaseName(url().filePath());
        db.open();
        return db;
    }
    return QSqlDatabase::database(m_rawConnectionName);
}

QString writeTestFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace tailor::test
