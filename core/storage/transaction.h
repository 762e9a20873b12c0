// Transaction is a scoped database transaction: begin(), then commit(); leaving the scope without
// commit() rolls back. On SQLite it takes the write lock up front (BEGIN IMMEDIATE) so two writers wait
// on the busy timeout instead of failing with a deadlock when a reader upgrades to a writer.
#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace tailor {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace tailor
