#include "transaction.h"

#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

namespace tailor {

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
    , m_mode(mode)
{}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery query(m_db);
    QString sql;
    if (m_mode == Mode::Write)
        sql = sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    else
        sql = sqlite ? QStringLiteral("BEGIN")
                     : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!query.exec(sql)) {
        if (auto busy = busyWorkspaceFailure(query.lastError(), sqlite ? m_db.databaseName() : QString()))
            return *busy;
        return Error::failed(
            QCoreApplication::translate("tailor::Transaction", "Cannot start a transaction: %1")
                .arg(describeSqlError(query.lastError())));
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = describeSqlError(query.lastError());
        rollback();
        return Error::failed(
            QCoreApplication::translate("tailor::Transaction", "Cannot commit the transaction: %1")
                .arg(reason));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace tailor
