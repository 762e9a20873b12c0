// ImportRun is one run of ProfileImporter::run(): the file, the transaction and everything the phases of
// an import share — the report being filled, the rejects file, the users whose profiles must be derived
// again, the state of each user this import created, the progress and cancel flag. Its phases are methods:
// begin (open the file and the transaction), read the rows (interactions on a parser thread ahead of the
// writes; items and users line by line, repeated ids told apart from conflicting ones), derive the
// profiles the rows changed, and finish (rejects file, audit entry, commit). Any failure returns at once and
// the destructor rolls the transaction back, so nothing of a failed or cancelled import is kept. A run is
// used once.
#pragma once

#include "profiles/import/importfile.h"
#include "profiles/import/profilewriter.h"
#include "profiles/importrequest.h"
#include "profiles/profilederiver.h"
#include "profiles/profileimporter.h"
#include "result.h"
#include "storage/busynote.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tailor {

class Database;
class OperatorService;

class ImportRun
{
public:
    ImportRun(Database &database, OperatorService &operators, const ImportRequest &request,
              const ImportProgressCallback &progress, const std::atomic_bool *cancel);
    ~ImportRun();

    ImportRun(const ImportRun &) = delete;
    ImportRun &operator=(const ImportRun &) = delete;

    // Runs the import. `committed` is called right after the commit on SQLite (ProfileImporter starts the
    // WAL checkpoint there). The caller checks the operator's permission first.
    Result<ImportReport> run(const std::function<void()> &committed);

private:
    // Where the profile of each user the import touches comes from, by internal id: a user the import
    // created is derived from the rows in memory when their run of rows ends, unless their rows come back
    // later in the file; then, like every existing user, from the database at the end.
    enum UserState : char
    {
        Existing = 0,
        Created,
        Derived,
        FromDatabase
    };

    // SQLite: the connection's settings for a long bulk write, set while the run lasts and restored after
    // its transaction has ended.
    class BulkSettings
    {
    public:
        explicit BulkSettings(QSqlDatabase db);
        ~BulkSettings();
        BulkSettings(const BulkSettings &) = delete;
        BulkSettings &operator=(const BulkSettings &) = delete;

    private:
        QSqlDatabase m_db;
    };

    // The phases, in order.
    Result<void> begin();
    Result<void> prepareInteractions();
    Result<void> readInteractions();
    Result<void> readItemsOrUsers();
    Result<void> checkFileRead();
    Result<void> deriveProfiles();
    Result<void> markUsersOfChangedItems();
    Result<void> finish(const std::function<void()> &committed);

    // Rows.
    Result<void> storeInteraction(const InteractionRow &interaction, qint64 line);
    Result<void> flushInteractions();
    Result<void> storeItemOrUser(const ItemRow &item, const UserRow &user);
    // Bad rows: the import fails, or (skipping bad rows) the row goes to the rejects file.
    Result<void> rejectOrFail(qint64 lineNumber, const QString &message, QByteArrayView raw);
    Result<void> conflict(qint64 lineNumber, const QString &message, QByteArrayView raw);
    Result<void> writeReject(qint64 lineNumber, const QString &reason, QByteArrayView raw);

    // Users.
    char &stateOf(qint64 user);
    void markAffected(qint64 user);
    Result<void> finishCurrentUser();

    // Progress and cancel.
    bool cancelled() const;
    Error cancelError() const;
    void reportProgress(const QString &phase);
    // Counts a row; false when the import was cancelled.
    bool countRow();

    Database &m_database;
    OperatorService &m_operators;
    const ImportRequest &m_request;
    const ImportProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
    const QString m_fileName;
    const QString m_rejectsPath;
    const QString m_readingPhase;
    QElapsedTimer m_timer;

    std::optional<ImportFile> m_file;
    QSqlDatabase m_db;
    bool m_sqlite = false;
    // Declared in the order they must end: the transaction before the busy note, both before the settings.
    std::optional<BulkSettings> m_bulkSettings;
    BusyNote m_busyNote;
    std::optional<Transaction> m_transaction;
    std::optional<ProfileWriter> m_writer;
    ImportReport m_report;
    std::unique_ptr<QSaveFile> m_rejects;

    std::vector<bool> m_affected;
    std::vector<qint64> m_affectedUsers;
    std::vector<qint64> m_changedItems;
    // While the parser thread runs, the bytes of the rows handed over so far (the reader is that thread's).
    qint64 m_bytesDone = -1;

    std::optional<ProfileDeriver> m_deriver;
    std::vector<char> m_userStates;
    qint64 m_currentUser = -1;
    std::vector<ProfileDeriver::Interaction> m_currentRows;
    qint64 m_defaultKind = -1;
    qint64 m_sinceBatch = 0;
};

} // namespace tailor
