#include "bulkstatement.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace tailor {

BulkStatement::BulkStatement(QSqlDatabase db, QString sql)
    : m_db(std::move(db))
    , m_sql(std::move(sql))
    , m_sqlite(sqliteHandle(m_db))
    , m_query(m_db)
{}

BulkStatement::~BulkStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

sqlite3 *BulkStatement::sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<void> BulkStatement::exec(QSqlDatabase db, const QString &sql)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        char *message = nullptr;
        if (sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
            sqlite3_free(message);
            return Error::failed(text);
        }
        return {};
    }
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error::failed(describeSqlError(query.lastError()));
    return {};
}

QString BulkStatement::errorText() const
{
    if (m_sqlite)
        return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    return describeSqlError(m_query.lastError());
}

Result<void> BulkStatement::prepare()
{
    if (m_sqlite) {
        const QByteArray sql = m_sql.toUtf8();
        if (sqlite3_prepare_v3(m_sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                               &m_statement, nullptr) != SQLITE_OK)
            return Error::failed(QCoreApplication::translate("tailor::BulkStatement", "Cannot prepare %1: %2")
                                     .arg(m_sql, errorText()));
        return {};
    }
    // Not forward-only: QPSQL streams forward-only results row by row, and running another statement on the
    // connection meanwhile (as bulk loops do) would discard the rest of them.
    if (!m_query.prepare(m_sql))
        return Error::failed(QCoreApplication::translate("tailor::BulkStatement", "Cannot prepare %1: %2")
                                 .arg(m_sql, errorText()));
    return {};
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index + 1, value);
        return;
    }
    if (m_values.size() <= index)
        m_values.resize(index + 1);
    m_values[index] = value;
}

void BulkStatement::bind(int index, double value)
{
    if (m_statement) {
        sqlite3_bind_double(m_statement, index + 1, value);
        return;
    }
    if (m_values.size() <= index)
        m_values.resize(index + 1);
    m_values[index] = value;
}

void BulkStatement::bindText(int index, QByteArrayView utf8)
{
    if (m_statement) {
        sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.data(), int(utf8.size()),
                          SQLITE_TRANSIENT);
        return;
    }
    if (m_values.size() <= index)
        m_values.resize(index + 1);
    m_values[index] = QString::fromUtf8(utf8);
}

void BulkStatement::bindNull(int index)
{
    if (m_statement) {
        sqlite3_bind_null(m_statement, index + 1);
        return;
    }
    if (m_values.size() <= index)
        m_values.resize(index + 1);
    m_values[index] = QVariant();
}

Result<bool> BulkStatement::step()
{
    if (m_statement) {
        const int code = sqlite3_step(m_statement);
        if (code == SQLITE_ROW)
            return true;
        if (code == SQLITE_DONE) {
            m_changes = sqlite3_changes(m_sqlite);
            return false;
        }
        const QString message = errorText();
        sqlite3_reset(m_statement);
        return Error::failed(message);
    }
    if (!m_executed) {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            m_query.bindValue(int(i), m_values.at(i));
        if (!m_query.exec())
            return Error::failed(errorText());
        m_executed = true;
        m_changes = m_query.isSelect() ? 0 : m_query.numRowsAffected();
    }
    return m_query.isSelect() && m_query.next();
}

qint64 BulkStatement::changes() const
{
    return m_changes;
}

void BulkStatement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        return;
    }
    m_executed = false;
    m_query.finish();
}

qint64 BulkStatement::int64(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query.value(column).toLongLong();
}

double BulkStatement::real(int column) const
{
    if (m_statement)
        return sqlite3_column_double(m_statement, column);
    return m_query.value(column).toDouble();
}

bool BulkStatement::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_query.value(column).isNull();
}

QByteArray BulkStatement::text(int column) const
{
    if (m_statement) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArray(data, sqlite3_column_bytes(m_statement, column));
    }
    return m_query.value(column).toString().toUtf8();
}

} // namespace tailor
