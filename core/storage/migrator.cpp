#include "migrator.h"

#include "database.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tailor {

namespace {

// SQLite's C API runs a whole script (triggers included) in one call; Qt Sql runs one statement at a time.
Result<void> execSqliteScript(QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::failed(QCoreApplication::translate(
            "tailor::Migrator", "The SQLite driver did not expose its connection handle."));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    char *message = nullptr;
    const QByteArray script = sql.toUtf8();
    if (sqlite3_exec(connection, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(connection));
        sqlite3_free(message);
        return Error::failed(text);
    }
    return {};
}

} // namespace

Migrator::Migrator(Database &database)
    : m_database(database)
{}

void Migrator::setStep(int version, Step step)
{
    m_steps[version] = std::move(step);
}

QList<Migration> Migrator::available() const
{
    const QString dir = m_database.isSqlite() ? QStringLiteral(":/migrations/sqlite")
                                              : QStringLiteral(":/migrations/postgresql");
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir + QLatin1Char('/') + fileName);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        const QByteArray bytes = file.readAll();
        migration.sql = QString::fromUtf8(bytes);
        migration.checksum =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        migrations.append(migration);
    }
    return migrations;
}

int Migrator::latestVersion() const
{
    const QList<Migration> migrations = available();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Result<SchemaState> Migrator::inspect()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    QSqlQuery query(db);
    const QString tablesSql =
        m_database.isSqlite()
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%'")
            : QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
    if (auto done = execSql(query, tablesSql, {},
                            QCoreApplication::translate("tailor::Migrator", "reading the list of tables"));
        !done) {
        if (m_database.isSqlite() && done.error().message.contains(QLatin1String("not a database")))
            return Error::badInput(
                QCoreApplication::translate("tailor::Migrator",
                                            "%1 is not a Tailor workspace: it is not an SQLite database.")
                    .arg(m_database.url().filePath()));
        return done.error();
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();

    SchemaState state;
    if (tables.isEmpty())
        return state;
    if (!tables.contains(QStringLiteral("schema_migrations"))) {
        state.kind = SchemaState::Kind::Foreign;
        return state;
    }
    state.kind = SchemaState::Kind::Tailor;
    if (auto done =
            execSql(query, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), {},
                    QCoreApplication::translate("tailor::Migrator", "reading the schema version"));
        !done)
        return done.error();
    if (query.next())
        state.version = query.value(0).toInt();
    return state;
}

Result<void> Migrator::checkNotNewer(const SchemaState &state) const
{
    const int latest = latestVersion();
    if (state.kind == SchemaState::Kind::Tailor && state.version > latest)
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::Migrator",
                "The workspace %1 was created by a newer Tailor (schema version %2; this Tailor "
                "knows up to %3). Upgrade Tailor to open it; the workspace was not changed.")
                .arg(m_database.url().toString())
                .arg(state.version)
                .arg(latest));
    return {};
}

Result<QList<Migration>> Migrator::migrate(const QString &appliedBy, int upTo)
{
    auto inspected = inspect();
    if (!inspected)
        return inspected.error();
    const SchemaState state = inspected.value();
    if (state.kind == SchemaState::Kind::Foreign)
        return Error::badInput(
            QCoreApplication::translate("tailor::Migrator",
                                        "%1 holds tables that are not Tailor's; Tailor will not change it.")
                .arg(m_database.url().toString()));
    if (auto notNewer = checkNotNewer(state); !notNewer)
        return notNewer.error();

    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();

    QList<Migration> pending;
    for (const Migration &migration : available()) {
        if (migration.version > state.version && migration.version <= upTo)
            pending.append(migration);
    }
    if (pending.isEmpty())
        return pending;
    if (m_database.isPostgreSql() && state.kind == SchemaState::Kind::Tailor) {
        // Only the tables' owner may change them; anyone else would fail halfway with "must be owner".
        QSqlQuery owner(db);
        if (auto done =
                execSql(owner,
                        QStringLiteral("SELECT tableowner, tableowner = current_user FROM pg_tables WHERE "
                                       "schemaname = current_schema() AND tablename = 'schema_migrations'"),
                        {}, QCoreApplication::translate("tailor::Migrator", "reading the workspace's owner"));
            !done)
            return done.error();
        if (owner.next() && !owner.value(1).toBool())
            return Error::permissionDenied(
                QCoreApplication::translate(
                    "tailor::Migrator",
                    "The workspace %1 needs schema migration %2 (it is at version %3), which only its owner, "
                    "%4, may apply: ask them to run `tailor-cli workspace migrate`. Nothing was changed.")
                    .arg(m_database.url().toString())
                    .arg(pending.constLast().version)
                    .arg(state.version)
                    .arg(owner.value(0).toString()));
    }

    QList<Migration> applied;
    for (const Migration &migration : std::as_const(pending)) {
        Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        QSqlQuery query(db);
        // Created with the first migration's transaction, so a failed first migration leaves nothing behind.
        if (state.kind == SchemaState::Kind::Empty && applied.isEmpty()) {
            if (auto done = execSql(
                    query,
                    QStringLiteral(
                        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT "
                        "NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL, applied_by TEXT NOT "
                        "NULL)"),
                    {}, QCoreApplication::translate("tailor::Migrator", "creating the schema version table"));
                !done)
                return done.error();
        }
        Result<void> ran;
        if (m_database.isSqlite()) {
            ran = execSqliteScript(db, migration.sql);
        } else if (!query.exec(migration.sql)) {
            ran = Error::failed(describeSqlError(query.lastError()));
        }
        if (const auto step = m_steps.find(migration.version); ran && step != m_steps.end())
            ran = step->second(db, state.kind == SchemaState::Kind::Tailor);
        if (!ran)
            return Error::failed(QCoreApplication::translate("tailor::Migrator", "Migration %1_%2 failed: %3")
                                     .arg(migration.version, 3, 10, QLatin1Char('0'))
                                     .arg(migration.name, ran.error().message));
        if (auto done =
                execSql(query,
                        QStringLiteral(
                            "INSERT INTO schema_migrations (version, name, checksum, applied_at, applied_by) "
                            "VALUES (?, ?, ?, ?, ?)"),
                        {migration.version, migration.name, migration.checksum,
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), appliedBy},
                        QCoreApplication::translate("tailor::Migrator", "recording migration %1")
                            .arg(migration.version));
            !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        applied.append(migration);
    }
    return applied;
}

} // namespace tailor
