// ProfileImporter imports interaction logs, item catalogs and user files into the workspace and keeps the
// derived profiles current. An import streams the file (constant memory whatever its size) in one
// transaction: the first bad row stops it with a message naming the file, line and column, and nothing of
// the file is kept — unless the request asks to skip bad rows, in which case the good rows land and every
// rejected one goes to a rejects file (line, reason, raw line). Rows already stored are duplicates and
// add nothing, so re-importing a file is harmless; a duplicate with other values (an interaction stored
// with another value, an item or user repeated in the file differently) keeps the first and is counted as a
// conflict, listed in the rejects file when bad rows are skipped. On SQLite a BusyNote beside the workspace
// tells other writers, who wait for the import's transaction, who holds it. After the rows, the profiles of
// exactly the users the import touched are derived again (ProfileDeriver), and the import is audited
// ("profiles.import"), all in the same transaction. Cancelling (the flag is checked once per batch) rolls
// everything back. The phases of one run are ImportRun's (import/importrun.h).
//
// Threading: run() uses the calling thread's connection; the GUI calls it on a worker thread, which calls
// Database::releaseThreadConnection() when it ends. Progress is reported on that worker thread.
//
// Checkpoint (SQLite): when run() returns, the import is committed, visible to every connection and as
// durable as any other commit under synchronous=NORMAL (it is in the write-ahead log). Copying the log into
// the database file (the WAL checkpoint the commit would otherwise run itself) is left to a background
// thread with its own connection, started when run() commits; it never blocks readers or writers
// (PRAGMA wal_checkpoint(PASSIVE)). waitForCheckpoint() waits for it; the destructor does too.
#pragma once

#include "profiles/importrequest.h"
#include "result.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace tailor {

class Database;
class OperatorService;

using ImportProgressCallback = std::function<void(const ImportProgress &)>;

class ProfileImporter
{
public:
    ProfileImporter(Database &database, OperatorService &operators);
    ~ProfileImporter();

    ProfileImporter(const ProfileImporter &) = delete;
    ProfileImporter &operator=(const ProfileImporter &) = delete;

    // The format, separator and encoding the import would use and its first `rows` data rows parsed with
    // the request's mapping. Reads only the file's beginning; touches no database.
    static Result<ImportPreview> preview(const ImportRequest &request, int rows = 20);
    // The format of `path` judged by its name and first line.
    static ImportFormat detectFormat(const QString &path, QByteArrayView firstLine, ImportTarget target);

    // Needs Permission::ImportData.
    Result<ImportReport> run(const ImportRequest &request, const ImportProgressCallback &progress = {},
                             const std::atomic_bool *cancel = nullptr);
    // Derives every profile again (after a formula change or a repair). Needs Permission::ImportData.
    Result<qint64> recomputeAll(const std::atomic_bool *cancel = nullptr);

    // Waits until the checkpoint the last import started (if any) has finished: the import is then in the
    // database file itself. Returns at once on PostgreSQL or when no checkpoint is pending.
    void waitForCheckpoint();

private:
    void startCheckpoint();

    Database &m_database;
    OperatorService &m_operators;
    std::mutex m_checkpointMutex;
    std::thread m_checkpoint;
};

} // namespace tailor
