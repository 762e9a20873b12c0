#include "importrun.h"

#include "identity/operatorservice.h"
#include "profiles/bulkstatement.h"
#include "profiles/import/batchpipe.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "text/controlcharacters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <thread>

namespace tailor {

namespace {

// A hash of what a row says about its item or user, to tell a repeated row from a conflicting one.
size_t valueHash(const ItemRow &row)
{
    QStringList categories = row.categories;
    categories.sort();
    return qHashMulti(0, row.title, categories, QJsonDocument(row.attributes).toJson(QJsonDocument::Compact));
}

size_t valueHash(const UserRow &row)
{
    size_t hash = qHashMulti(0, row.hasConsent, int(row.consent));
    for (const UserAttribute &attribute : row.attributes)
        hash = qHashMulti(hash, attribute.key, attribute.value, attribute.pii);
    return hash;
}

QString location(const QString &file, qint64 line, const FieldError &error)
{
    if (error.column > 0)
        return QCoreApplication::translate("tailor::ProfileImporter", "%1, line %2, column %3 (%4)")
            .arg(file)
            .arg(line)
            .arg(error.column)
            .arg(error.columnName);
    return QCoreApplication::translate("tailor::ProfileImporter", "%1, line %2").arg(file).arg(line);
}

// The message for a line the reader could not split into fields.
QString lineProblem(const QString &fileName, const TextLine &line, const QString &problem)
{
    return QCoreApplication::translate("tailor::ProfileImporter", "%1, line %2: %3")
        .arg(fileName)
        .arg(line.number)
        .arg(problem);
}

// The message for a row whose fields the parser rejected.
QString fieldProblem(const QString &fileName, const TextLine &line, const FieldError &error)
{
    QString message = location(fileName, line.number, error) + QStringLiteral(": ") + error.message;
    if (!line.terminated && error.column == 0)
        message += QCoreApplication::translate(
            "tailor::ProfileImporter",
            " — the last line looks truncated (the file does not end with a newline)");
    return message;
}

// Interaction rows parsed ahead of the writes, their texts copied out of the reader's buffer (which the next
// line reuses). A row that could not be parsed carries its message and raw line instead.
struct ParsedInteractions
{
    struct Row
    {
        qint64 line;
        qint64 at;
        double value;
        qint32 user, userSize, item, itemSize, kind, kindSize; // into `text`; kindSize 0: the default kind
        qint32 problem;                                        // index into `problems`, -1 when parsed
    };
    std::vector<Row> rows;
    QByteArray text;
    std::vector<std::pair<QString, QByteArray>> problems; // message, raw line
    qint64 bytesRead = 0;
};

constexpr size_t ParsedBatchRows = 4096;

// Runs on the parser thread: reads and parses the whole file into batches, in order, until the end of the
// file or until the consumer closes the pipe. A read error ends the file early; the consumer finds it in
// the reader once this has returned.
void parseInteractions(ImportFile &file, const QString &fileName, BatchPipe<ParsedInteractions> &pipe)
{
    TextLine line;
    QString problem;
    InteractionRow row;
    FieldError fieldError;
    const auto append = [](QByteArray &text, QByteArrayView view, qint32 &offset, qint32 &size) {
        offset = qint32(text.size());
        size = qint32(view.size());
        text.append(view);
    };
    for (;;) {
        std::unique_ptr<ParsedInteractions> batch = pipe.acquire();
        if (!batch)
            return;
        batch->rows.clear();
        batch->text.clear();
        batch->problems.clear();
        bool end = false;
        while (batch->rows.size() < ParsedBatchRows) {
            const ImportFile::Next next = file.next(line, problem);
            if (next == ImportFile::Next::End) {
                end = true;
                break;
            }
            ParsedInteractions::Row parsed{line.number, 0, 0, 0, 0, 0, 0, 0, 0, -1};
            QString message;
            if (next == ImportFile::Next::Bad)
                message = lineProblem(fileName, line, problem);
            else if (!file.parser().interaction(row, fieldError))
                message = fieldProblem(fileName, line, fieldError);
            if (!message.isEmpty()) {
                parsed.problem = qint32(batch->problems.size());
                batch->problems.emplace_back(message, line.raw.toByteArray());
            } else {
                parsed.at = row.at;
                parsed.value = row.value;
                append(batch->text, row.user, parsed.user, parsed.userSize);
                append(batch->text, row.item, parsed.item, parsed.itemSize);
                append(batch->text, row.kind, parsed.kind, parsed.kindSize);
            }
            batch->rows.push_back(parsed);
        }
        batch->bytesRead = file.reader().bytesRead();
        if (!batch->rows.empty() && !pipe.push(std::move(batch)))
            return;
        if (end) {
            pipe.finish();
            return;
        }
    }
}

} // namespace

// The commit must not run the checkpoint itself (ProfileImporter starts it on another thread). Statement
// journals in memory: inserting a user changes more pages (table, unique key, eight indexes) than SQLite
// keeps in memory before it spills a statement journal to a temporary file, which it then did once per
// created user.
ImportRun::BulkSettings::BulkSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
    (void)BulkStatement::exec(m_db, QStringLiteral("PRAGMA cache_size = -262144; PRAGMA wal_autocheckpoint = "
                                                   "0; PRAGMA temp_store = MEMORY"));
}

ImportRun::BulkSettings::~BulkSettings()
{
    (void)BulkStatement::exec(m_db, QStringLiteral("PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = "
                                                   "1000; PRAGMA temp_store = DEFAULT"));
}

ImportRun::ImportRun(Database &database, OperatorService &operators, const ImportRequest &request,
                     const ImportProgressCallback &progress, const std::atomic_bool *cancel)
    : m_database(database)
    , m_operators(operators)
    , m_request(request)
    , m_progress(progress)
    , m_cancel(cancel)
    , m_fileName(QFileInfo(request.path).fileName())
    , m_rejectsPath(request.rejectsPath.isEmpty() ? request.path + QStringLiteral(".rejects.tsv")
                                                  : request.rejectsPath)
    , m_readingPhase(QCoreApplication::translate("tailor::ProfileImporter", "reading"))
{}

ImportRun::~ImportRun() = default;

Result<ImportReport> ImportRun::run(const std::function<void()> &committed)
{
    m_timer.start();
    if (auto begun = begin(); !begun)
        return begun.error();
    if (m_request.target == ImportTarget::Interactions) {
        if (auto prepared = prepareInteractions(); !prepared)
            return prepared.error();
    }
    reportProgress(m_readingPhase);
    if (auto read = m_request.target == ImportTarget::Interactions ? readInteractions() : readItemsOrUsers();
        !read)
        return read.error();
    if (auto checked = checkFileRead(); !checked)
        return checked.error();
    if (auto derived = deriveProfiles(); !derived)
        return derived.error();
    if (auto finished = finish(committed); !finished)
        return finished.error();
    return m_report;
}

Result<void> ImportRun::begin()
{
    auto opened = ImportFile::open(m_request, false);
    if (!opened)
        return opened.error();
    m_file.emplace(std::move(opened).value());

    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    m_db = connection.value();
    m_sqlite = BulkStatement::sqliteHandle(m_db) != nullptr;
    if (m_sqlite)
        m_bulkSettings.emplace(m_db);

    m_transaction.emplace(m_db);
    if (auto begun = m_transaction->begin(); !begun)
        return begun;
    // Other writers wait for this transaction: tell them who holds the workspace and since when.
    if (m_sqlite)
        m_busyNote = BusyNote::write(m_db.databaseName(), m_operators.actingOperator(), m_fileName);
    m_writer.emplace(m_db, m_operators.actingOperator());
    if (auto prepared = m_writer->prepare(); !prepared)
        return prepared;

    m_report.file = m_request.path;
    m_report.target = m_request.target;
    m_report.format = m_file->format();
    // Users this import creates have no history but what it reads: while the file keeps each user's rows
    // together (MovieLens files do), their profiles are derived from the rows in memory as soon as the next
    // user starts. Everyone else, and a created user whose rows come back later in the file, is derived from
    // the database at the end.
    m_deriver.emplace(m_db);
    return {};
}

Result<void> ImportRun::prepareInteractions()
{
    if (auto prepared = m_deriver->prepare(); !prepared)
        return prepared;
    if (auto loaded = m_writer->preloadIds(); !loaded)
        return loaded;
    bool created = false;
    auto kind = m_writer->kind(m_request.mapping.defaultKind.toUtf8(), &created);
    if (!kind)
        return kind.error();
    m_defaultKind = kind.value();
    if (created)
        m_deriver->noteKind(m_defaultKind, m_request.mapping.defaultKind.toUtf8());
    return {};
}

Result<void> ImportRun::readInteractions()
{
    // Reading and parsing run on a second thread, ahead of the writes on this one (the file's rows are many
    // and simple: parsing costs about as much as storing them).
    BatchPipe<ParsedInteractions> pipe(4);
    m_bytesDone = 0;
    std::thread parser([&] { parseInteractions(*m_file, m_fileName, pipe); });
    const auto stopParser = [&] {
        pipe.close();
        if (parser.joinable())
            parser.join();
        m_bytesDone = -1;
    };
    const auto stopOnReturn = qScopeGuard(stopParser);
    InteractionRow interaction;
    while (std::unique_ptr<ParsedInteractions> batch = pipe.pop()) {
        const char *text = batch->text.constData();
        for (const ParsedInteractions::Row &row : batch->rows) {
            ++m_report.rowsRead;
            if (row.problem >= 0) {
                const auto &[message, raw] = batch->problems[size_t(row.problem)];
                if (auto handled = rejectOrFail(row.line, message, raw); !handled)
                    return handled;
            } else {
                interaction.user = QByteArrayView(text + row.user, row.userSize);
                interaction.item = QByteArrayView(text + row.item, row.itemSize);
                interaction.kind =
                    row.kindSize > 0 ? QByteArrayView(text + row.kind, row.kindSize) : QByteArrayView();
                interaction.at = row.at;
                interaction.value = row.value;
                if (auto stored = storeInteraction(interaction, row.line); !stored)
                    return stored;
            }
            if (!countRow())
                return cancelError();
        }
        m_bytesDone = batch->bytesRead;
        pipe.recycle(std::move(batch));
    }
    stopParser();
    return flushInteractions();
}

Result<void> ImportRun::readItemsOrUsers()
{
    TextLine line;
    QString problem;
    ItemRow item;
    UserRow user;
    FieldError fieldError;
    const bool items = m_request.target == ImportTarget::Items;
    // Each id the file has given so far: its first line and a hash of its values. A later row with the same
    // values is a duplicate; with other values a conflict, and the first row stays.
    QHash<QByteArray, std::pair<qint64, size_t>> seen;
    for (;;) {
        const ImportFile::Next next = m_file->next(line, problem);
        if (next == ImportFile::Next::End)
            break;
        ++m_report.rowsRead;
        QString message;
        bool ok = false;
        if (next == ImportFile::Next::Bad)
            message = lineProblem(m_fileName, line, problem);
        else if (items)
            ok = m_file->parser().item(item, fieldError);
        else
            ok = m_file->parser().user(user, fieldError);
        if (next == ImportFile::Next::Row && !ok)
            message = fieldProblem(m_fileName, line, fieldError);
        std::pair<qint64, size_t> earlier{0, 0};
        size_t hash = 0;
        if (message.isEmpty()) {
            const QByteArray id = (items ? item.id : user.id).toByteArray();
            hash = items ? valueHash(item) : valueHash(user);
            if (const auto it = seen.constFind(id); it != seen.cend())
                earlier = it.value();
            else
                seen.insert(id, {line.number, hash});
        }
        if (!message.isEmpty()) {
            if (auto handled = rejectOrFail(line.number, message, line.raw); !handled)
                return handled;
        } else if (earlier.first > 0) {
            ++m_report.duplicates;
            if (earlier.second != hash) {
                const QString message =
                    (items ? QCoreApplication::translate("tailor::ProfileImporter",
                                                         "%1, line %2: item %3 already came on line %4 "
                                                         "with other values; the first row is kept")
                           : QCoreApplication::translate("tailor::ProfileImporter",
                                                         "%1, line %2: user %3 already came on line %4 "
                                                         "with other values; the first row is kept"))
                        .arg(m_fileName)
                        .arg(line.number)
                        .arg(escapeControlCharacters(items ? item.id : user.id))
                        .arg(earlier.first);
                if (auto noted = conflict(line.number, message, line.raw); !noted)
                    return noted;
            }
        } else if (auto stored = storeItemOrUser(item, user); !stored) {
            return stored;
        }
        if (!countRow())
            return cancelError();
    }
    return {};
}

Result<void> ImportRun::storeItemOrUser(const ItemRow &item, const UserRow &user)
{
    Result<ProfileWriter::Change> change = ProfileWriter::Change::Unchanged;
    if (m_request.target == ImportTarget::Items) {
        bool categoriesChanged = false;
        qint64 itemId = 0;
        change = m_writer->upsertItem(item, categoriesChanged, itemId);
        if (change && categoriesChanged)
            m_changedItems.push_back(itemId);
    } else {
        change = m_writer->upsertUser(user, m_request.defaultConsent);
    }
    if (!change)
        return change.error();
    if (change.value() == ProfileWriter::Change::Inserted)
        ++m_report.inserted;
    else if (change.value() == ProfileWriter::Change::Updated)
        ++m_report.updated;
    else
        ++m_report.duplicates;
    return {};
}

Result<void> ImportRun::checkFileRead()
{
    if (!m_file->reader().readError().isEmpty()) {
        Error failure = m_file->reader().readFailure();
        if (failure.kind == Error::Kind::BadInput)
            failure.message +=
                QCoreApplication::translate("tailor::ProfileImporter", ". Nothing was imported from %1.")
                    .arg(m_fileName);
        return failure;
    }
    if (cancelled())
        return cancelError();
    return {};
}

Result<void> ImportRun::deriveProfiles()
{
    if (auto finished = finishCurrentUser(); !finished)
        return finished;
    if (auto flushed = m_deriver->flush(); !flushed)
        return flushed;
    reportProgress(m_readingPhase);
    if (auto marked = markUsersOfChangedItems(); !marked)
        return marked;
    if (!m_affectedUsers.empty()) {
        const QString phase = QCoreApplication::translate("tailor::ProfileImporter", "deriving profiles");
        ImportProgress step{m_file->reader().bytesRead(), m_file->reader().size(), m_report.rowsRead, phase};
        auto derived = m_deriver->derive(std::move(m_affectedUsers), m_cancel, [&](qint64, qint64) {
            if (m_progress)
                m_progress(step);
        });
        if (!derived) {
            if (cancelled())
                return cancelError();
            return derived.error();
        }
        m_report.usersDerived += derived.value();
    }
    if (cancelled())
        return cancelError();
    return {};
}

// Items whose categories changed change the interests of everyone who interacted with them.
Result<void> ImportRun::markUsersOfChangedItems()
{
    if (m_changedItems.empty())
        return {};
    std::sort(m_changedItems.begin(), m_changedItems.end());
    if (m_sqlite) {
        BulkStatement scan(m_db, QStringLiteral("SELECT user_id, item_id FROM profile_interactions"));
        if (auto prepared = scan.prepare(); !prepared)
            return prepared;
        return scan.eachRow([&] {
            if (std::binary_search(m_changedItems.begin(), m_changedItems.end(), scan.int64(1)))
                markAffected(scan.int64(0));
        });
    }
    for (size_t start = 0; start < m_changedItems.size(); start += 1000) {
        QStringList ids;
        for (size_t i = start; i < std::min(m_changedItems.size(), start + 1000); ++i)
            ids << QString::number(m_changedItems[i]);
        BulkStatement users(m_db, QStringLiteral("SELECT DISTINCT user_id FROM profile_interactions WHERE "
                                                 "item_id IN (%1)")
                                      .arg(ids.join(QLatin1Char(','))));
        if (auto prepared = users.prepare(); !prepared)
            return prepared;
        if (auto done = users.eachRow([&] { markAffected(users.int64(0)); }); !done)
            return done;
    }
    return {};
}

Result<void> ImportRun::finish(const std::function<void()> &committed)
{
    const TextEncoding encoding = m_file->reader().encoding();
    m_report.encoding = encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding;
    if (m_rejects) {
        if (!m_rejects->commit())
            return Error::failed(QCoreApplication::translate("tailor::ProfileImporter",
                                                             "Cannot write the rejects file %1: %2.")
                                     .arg(m_rejectsPath, m_rejects->errorString()));
        m_report.rejectsPath = m_rejectsPath;
    }
    if (auto flushed = m_writer->flushSearch(); !flushed)
        return flushed;
    m_report.elapsedMs = m_timer.elapsed();
    QJsonObject payload = m_report.toJson();
    payload.remove(QStringLiteral("elapsed_ms"));
    payload.remove(QStringLiteral("first_conflict"));
    payload.insert(QStringLiteral("file"), m_fileName);
    auto entry = AuditLog::append(m_db, m_operators.actingOperator(), QStringLiteral("profiles.import"),
                                  QStringLiteral("file:") + m_fileName, payload);
    if (!entry)
        return entry.error();
    reportProgress(QCoreApplication::translate("tailor::ProfileImporter", "committing"));
    if (auto done = m_transaction->commit(); !done)
        return done;
    if (m_sqlite && committed)
        committed();
    // Fresh statistics for the query planner; the analysis limit keeps it to milliseconds on big tables.
    if (m_sqlite)
        (void)BulkStatement::exec(m_db, QStringLiteral("PRAGMA analysis_limit = 400; PRAGMA optimize"));
    m_report.elapsedMs = m_timer.elapsed();
    return {};
}

// Resolves an interaction's ids (creating unknown users, items and kinds) and queues it for storing.
Result<void> ImportRun::storeInteraction(const InteractionRow &interaction, qint64 line)
{
    bool created = false;
    auto userId = m_writer->user(interaction.user, &created);
    if (!userId)
        return userId.error();
    if (created)
        stateOf(userId.value()) = Created;
    auto itemId = m_writer->item(interaction.item, &created);
    if (!itemId)
        return itemId.error();
    if (created)
        m_deriver->noteItem(itemId.value(), interaction.item);
    qint64 kind = m_defaultKind;
    if (!interaction.kind.isEmpty()) {
        auto found = m_writer->kind(interaction.kind, &created);
        if (!found)
            return found.error();
        kind = found.value();
        if (created)
            m_deriver->noteKind(kind, QByteArray(interaction.kind.data(), interaction.kind.size()).toLower());
    }
    m_writer->queueInteraction(userId.value(), interaction.at, itemId.value(), kind, interaction.value, line);
    return m_writer->queueFull() ? flushInteractions() : Result<void>();
}

// Stores the queued interactions and takes note of the new ones: the history of a user this import created
// for their derivation, any other user as affected.
Result<void> ImportRun::flushInteractions()
{
    if (auto flushed = m_writer->flushInteractions(); !flushed)
        return flushed;
    // In the order they were stored: each user's run sorted by time, so a user's history usually needs no
    // sorting for derivation; runs (users) keep their file order, which is all the user states depend on.
    const std::vector<ProfileWriter::QueuedInteraction> &queued = m_writer->queuedInteractions();
    std::vector<quint32> conflicts;
    for (const quint32 index : m_writer->storedOrder()) {
        const ProfileWriter::QueuedInteraction &row = queued[index];
        if (!row.added) {
            ++m_report.duplicates;
            if (row.conflict)
                conflicts.push_back(index);
            continue;
        }
        ++m_report.inserted;
        if (row.user != m_currentUser) {
            if (auto finished = finishCurrentUser(); !finished)
                return finished;
            m_currentUser = row.user;
            m_currentRows.clear();
            if (stateOf(row.user) == Derived) {
                // Back again later in the file: derive from the database at the end instead.
                stateOf(row.user) = FromDatabase;
                --m_report.usersDerived;
            }
        }
        if (stateOf(row.user) == Created)
            m_currentRows.push_back({row.at, row.item, row.kind, row.value});
        else
            markAffected(row.user);
    }
    // Queue order is file order.
    std::sort(conflicts.begin(), conflicts.end());
    for (const quint32 index : conflicts) {
        const ProfileWriter::QueuedInteraction &row = queued[index];
        auto names = m_writer->names(row);
        if (!names)
            return names.error();
        const QString message =
            QCoreApplication::translate("tailor::ProfileImporter",
                                        "%1, line %2: the %3 of user %4 for item %5 at %6 is already %7, "
                                        "not %8; the first value is kept")
                .arg(m_fileName)
                .arg(row.line)
                .arg(escapeControlCharacters(names->kind), escapeControlCharacters(names->user),
                     escapeControlCharacters(names->item),
                     QDateTime::fromSecsSinceEpoch(row.at, Qt::UTC).toString(Qt::ISODate))
                .arg(row.storedValue)
                .arg(row.value);
        if (auto noted = conflict(row.line, message, {}); !noted)
            return noted;
    }
    m_writer->clearQueue();
    return {};
}

Result<void> ImportRun::rejectOrFail(qint64 lineNumber, const QString &message, QByteArrayView raw)
{
    if (!m_request.skipBadRows)
        return Error::badInput(message + QCoreApplication::translate("tailor::ProfileImporter",
                                                                     ". Nothing was imported from %1.")
                                             .arg(m_fileName));
    ++m_report.rejected;
    return writeReject(lineNumber, message, raw);
}

// A duplicate key with other values: the first row stays; the others are a warning, listed with the rejects
// when the operator skips bad rows.
Result<void> ImportRun::conflict(qint64 lineNumber, const QString &message, QByteArrayView raw)
{
    ++m_report.conflicts;
    if (m_report.firstConflict.isEmpty())
        m_report.firstConflict = message;
    if (!m_request.skipBadRows)
        return {};
    return writeReject(
        lineNumber, QCoreApplication::translate("tailor::ProfileImporter", "conflict: %1").arg(message), raw);
}

Result<void> ImportRun::writeReject(qint64 lineNumber, const QString &reason, QByteArrayView raw)
{
    if (!m_rejects) {
        m_rejects = std::make_unique<QSaveFile>(m_rejectsPath);
        if (!m_rejects->open(QIODevice::WriteOnly))
            return Error::failed(QCoreApplication::translate("tailor::ProfileImporter",
                                                             "Cannot write the rejects file %1: %2.")
                                     .arg(m_rejectsPath, m_rejects->errorString()));
        m_rejects->write("line\treason\traw\n");
    }
    // The reason quotes the file escaped already; any tab or newline left is the message's own.
    QString flat = reason;
    flat.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QByteArray rawLine = raw.toByteArray();
    rawLine.replace('\n', "\\n");
    m_rejects->write(QByteArray::number(lineNumber) + '\t' + flat.toUtf8() + '\t' + rawLine + '\n');
    return {};
}

char &ImportRun::stateOf(qint64 user)
{
    if (size_t(user) >= m_userStates.size())
        m_userStates.resize(size_t(user) + 1 + m_userStates.size() / 2, Existing);
    return m_userStates[size_t(user)];
}

void ImportRun::markAffected(qint64 user)
{
    if (user < 0)
        return;
    if (size_t(user) >= m_affected.size())
        m_affected.resize(size_t(user) + 1 + m_affected.size() / 2, false);
    if (!m_affected[size_t(user)]) {
        m_affected[size_t(user)] = true;
        m_affectedUsers.push_back(user);
    }
}

// The user whose rows came last, when this import created them: derived from the rows in memory.
Result<void> ImportRun::finishCurrentUser()
{
    if (m_currentUser < 0 || stateOf(m_currentUser) != Created)
        return {};
    if (auto derived = m_deriver->deriveUser(m_currentUser, m_currentRows); !derived)
        return derived;
    stateOf(m_currentUser) = Derived;
    ++m_report.usersDerived;
    return {};
}

bool ImportRun::cancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

Error ImportRun::cancelError() const
{
    return Error::failed(
        QCoreApplication::translate("tailor::ProfileImporter",
                                    "The import of %1 was cancelled; the workspace is unchanged.")
            .arg(m_fileName));
}

void ImportRun::reportProgress(const QString &phase)
{
    if (m_progress)
        m_progress({m_bytesDone >= 0 ? m_bytesDone : m_file->reader().bytesRead(), m_file->reader().size(),
                    m_report.rowsRead, phase});
}

bool ImportRun::countRow()
{
    if (++m_sinceBatch < m_request.batchSize)
        return true;
    m_sinceBatch = 0;
    if (cancelled())
        return false;
    reportProgress(m_readingPhase);
    return true;
}

} // namespace tailor
