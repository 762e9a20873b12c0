// Turns Qt Sql failures into Errors with the driver's own words, so a user sees what the database said.
#pragma once

#include "result.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace tailor {

QString describeSqlError(const QSqlError &error);

// The Error a failed statement becomes, `what` being a short description of the step ("reading the audit
// log"). PostgreSQL's refusals (SQLSTATE 42501, raised by Tailor's grants and functions) are
// PermissionDenied, its "not found" (P0002) NotFound, a bad argument or an unknown role (22023, 42704)
// BadInput, and "changed meanwhile" (40001) Conflict.
Error sqlFailure(const QSqlError &error, const QString &what);

// SQLite gave up waiting for the write lock of the workspace file `sqliteFile` ("database is locked"): when
// an import holds it (see BusyNote), a Conflict that says so — try again later; otherwise nullopt.
std::optional<Error> busyWorkspaceFailure(const QSqlError &error, const QString &sqliteFile);

// Prepares and executes `sql` with positional bound values; on failure returns busyWorkspaceFailure() or
// sqlFailure().
Result<void> execSql(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what);

} // namespace tailor
