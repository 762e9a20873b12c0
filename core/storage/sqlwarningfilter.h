// Qt's PostgreSQL driver frees a prepared statement when its query object goes away; when that happens inside
// a transaction that already failed, the server refuses and the driver prints "Unable to free statement" on
// stderr. The failure itself reaches the user as an error and the statement ends with the session, so the
// warning is noise: tailor and tailor-cli install this filter at start, which drops exactly that message and
// hands everything else to the handler that was installed before.
#pragma once

namespace tailor {

void installSqlWarningFilter();

} // namespace tailor
