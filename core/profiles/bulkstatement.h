// BulkStatement is a prepared statement run many times in a row: on SQLite it uses the C API on the
// connection's own sqlite3 handle (Qt Sql's per-call QVariant traffic dominates at millions of rows), on
// PostgreSQL a prepared QSqlQuery. Parameters are positional ('?'), counted from 0. It runs inside whatever
// transaction the connection has open.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tailor {

class BulkStatement
{
public:
    BulkStatement(QSqlDatabase db, QString sql);
    ~BulkStatement();

    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    Result<void> prepare();

    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindText(int index, QByteArrayView utf8);
    void bindNull(int index);

    // Runs the statement (first call after binding) or moves to the next row; true while a row is there.
    Result<bool> step();
    // Steps through every (remaining) row of the prepared and bound statement, calling onRow() for each.
    template<typename OnRow> Result<void> eachRow(OnRow onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            onRow();
        }
    }
    // Rows changed by the last execution.
    qint64 changes() const;
    // Ready for new bindings.
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QByteArray text(int column) const;

    // The sqlite3 handle behind a Qt SQLite connection, or nullptr.
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);
    // Runs one statement without results through the fastest path of the dialect.
    static Result<void> exec(QSqlDatabase db, const QString &sql);

private:
    QString errorText() const;

    QSqlDatabase m_db;
    QString m_sql;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    QVariantList m_values;
    bool m_executed = false;
    qint64 m_changes = 0;
};

} // namespace tailor
