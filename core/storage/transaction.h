// Transaction is a scoped database transaction: begin(), then commit(); leaving the scope without
// commit() rolls back. On SQLite it takes the write lock up front (BEGIN IMMEDIATE) so two writers wait
// on the busy timeout instead of failing with a deadlock when a reader upgrades to a writer. A ReadSnapshot
// transaction only reads, from one consistent snapshot (a deferred BEGIN on SQLite, REPEATABLE READ READ ONLY
// on PostgreSQL), so a check that reads several tables does not see a writer's commit half-way.
#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace tailor {

class Transaction
{
public:
    enum class Mode
    {
        Write,
        ReadSnapshot
    };

    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Write);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    Mode m_mode = Mode::Write;
    bool m_active = false;
};

} // namespace tailor
