// RowsVirtualTable is a read-only, eponymous SQLite virtual table over rows the calling thread holds in
// memory, so that one INSERT ... SELECT stores a whole batch: binding parameters row by row through the C
// API (each call takes the connection's mutex) and running a statement per row cost SQLite more than the
// B-tree inserts themselves. Register `module()` on a connection under a name; the table then exists on that
// connection without CREATE VIRTUAL TABLE.
//
// Source describes the rows: `static constexpr const char *schema` (a CREATE TABLE statement),
// `static size_t count()` and `static void column(size_t row, sqlite3_context *context, int column)`. It
// usually reads a thread_local batch, since each thread has its own connection.
#pragma once

#include <sqlite3.h>

#include <cstring>

namespace tailor {

template<typename Source> class RowsVirtualTable
{
public:
    static const sqlite3_module *module() { return &s_module; }

private:
    struct Cursor
    {
        sqlite3_vtab_cursor base;
        size_t row;
    };

    static size_t &rowOf(sqlite3_vtab_cursor *cursor) { return reinterpret_cast<Cursor *>(cursor)->row; }

    static int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
    {
        if (const int declared = sqlite3_declare_vtab(db, Source::schema); declared != SQLITE_OK)
            return declared;
        *table = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
        if (!*table)
            return SQLITE_NOMEM;
        std::memset(*table, 0, sizeof(sqlite3_vtab));
        return SQLITE_OK;
    }

    static int disconnect(sqlite3_vtab *table)
    {
        sqlite3_free(table);
        return SQLITE_OK;
    }

    static int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
    {
        info->estimatedCost = 1000000;
        info->estimatedRows = 1000000;
        return SQLITE_OK;
    }

    static int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
    {
        auto *opened = static_cast<Cursor *>(sqlite3_malloc(sizeof(Cursor)));
        if (!opened)
            return SQLITE_NOMEM;
        std::memset(opened, 0, sizeof(Cursor));
        *cursor = &opened->base;
        return SQLITE_OK;
    }

    static int close(sqlite3_vtab_cursor *cursor)
    {
        sqlite3_free(cursor);
        return SQLITE_OK;
    }

    static int filter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
    {
        rowOf(cursor) = 0;
        return SQLITE_OK;
    }

    static int next(sqlite3_vtab_cursor *cursor)
    {
        ++rowOf(cursor);
        return SQLITE_OK;
    }

    static int eof(sqlite3_vtab_cursor *cursor) { return rowOf(cursor) >= Source::count(); }

    static int column(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int index)
    {
        Source::column(rowOf(cursor), context, index);
        return SQLITE_OK;
    }

    static int rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *id)
    {
        *id = sqlite3_int64(rowOf(cursor));
        return SQLITE_OK;
    }

    static inline const sqlite3_module s_module = {
        .iVersion = 0,
        .xCreate = nullptr, // eponymous only: the table exists on every connection that registered it
        .xConnect = connect,
        .xBestIndex = bestIndex,
        .xDisconnect = disconnect,
        .xDestroy = nullptr,
        .xOpen = open,
        .xClose = close,
        .xFilter = filter,
        .xNext = next,
        .xEof = eof,
        .xColumn = column,
        .xRowid = rowid,
        .xUpdate = nullptr,
        .xBegin = nullptr,
        .xSync = nullptr,
        .xCommit = nullptr,
        .xRollback = nullptr,
        .xFindFunction = nullptr,
        .xRename = nullptr,
        .xSavepoint = nullptr,
        .xRelease = nullptr,
        .xRollbackTo = nullptr,
        .xShadowName = nullptr,
    };
};

} // namespace tailor
