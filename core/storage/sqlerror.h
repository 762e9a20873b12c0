// Turns Qt Sql failures into Errors with the driver's own words, so a user sees what the database said.
#pragma once

#include "result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tailor {

QString describeSqlError(const QSqlError &error);

// Prepares and executes `sql` with positional bound values; on failure returns the database's message
// prefixed by `what` (a short description of the step, e.g. "reading the audit log").
Result<void> execSql(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what);

} // namespace tailor
