#include "sqlerror.h"

#include "busynote.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace tailor {

namespace {

// The file of the SQLite connection behind `driver`; empty for any other database.
QString sqliteFile(const QSqlDriver *driver)
{
    if (!driver)
        return {};
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

} // namespace

QString describeSqlError(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    // libpq's "ERROR:  message\nCONTEXT:  PL/pgSQL function ...\n(SQLSTATE)": the message, with the
    // server's DETAIL and HINT, is what a user can act on.
    if (text.startsWith(QLatin1String("ERROR:"))) {
        const QString code = error.nativeErrorCode();
        if (!code.isEmpty() && text.endsWith(QLatin1Char('(') + code + QLatin1Char(')')))
            text.chop(code.size() + 2);
        QStringList kept;
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (i == 0)
                kept << line.mid(int(qstrlen("ERROR:"))).trimmed();
            else if (line.startsWith(QLatin1String("DETAIL:")) || line.startsWith(QLatin1String("HINT:")))
                kept << line;
        }
        text = kept.join(QLatin1Char(' '));
    }
    return text;
}

Result<void> execSql(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what)
{
    const bool prepared = values.isEmpty() ? true : query.prepare(sql);
    if (prepared) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (values.isEmpty() ? query.exec(sql) : query.exec())
            return {};
    }
    if (auto busy = busyWorkspaceFailure(query.lastError(), sqliteFile(query.driver())))
        return *busy;
    return sqlFailure(query.lastError(), what);
}

std::optional<Error> busyWorkspaceFailure(const QSqlError &error, const QString &sqliteFile)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (sqliteFile.isEmpty() || !numeric || (code & 0xFF) != SQLITE_BUSY)
        return std::nullopt;
    const std::optional<BusyNoteInfo> note = BusyNote::read(sqliteFile);
    if (!note)
        return std::nullopt;
    return Error::conflict(BusyNote::busyMessage(*note));
}

Error sqlFailure(const QSqlError &error, const QString &what)
{
    // PostgreSQL's refusals come from Tailor's own functions and grants: say who refused, and classify them
    // so the CLI exits 1 for a refused action.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("42501"))
        return Error::permissionDenied(
            QCoreApplication::translate("tailor::Sql", "The PostgreSQL server refused %1: %2")
                .arg(what, describeSqlError(error)));
    const QString text = QCoreApplication::translate("tailor::Sql", "Database error while %1: %2")
                             .arg(what, describeSqlError(error));
    if (code == QLatin1String("P0002"))
        return Error::notFound(text);
    if (code == QLatin1String("22023") || code == QLatin1String("42704"))
        return Error::badInput(text);
    if (code == QLatin1String("40001"))
        return Error::conflict(text);
    return Error::failed(text);
}

} // namespace tailor
