#include "profileimporter.h"

#include "identity/operatorservice.h"
#include "profiles/bulkstatement.h"
#include "profiles/import/batchpipe.h"
#include "profiles/import/linereader.h"
#include "profiles/import/profilewriter.h"
#include "profiles/import/recordparser.h"
#include "profiles/profilederiver.h"
#include "storage/auditlog.h"
#include "storage/busynote.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "text/controlcharacters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>
#include <thread>

namespace tailor {

namespace {

char detectSeparator(QByteArrayView header)
{
    char best = ',';
    qsizetype bestCount = 0;
    for (const char candidate : {',', ';', '\t', '|'}) {
        const qsizetype count = header.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

bool allDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

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

// Everything an import needs to read its file: the reader, the parser set up for the format, and the first
// line when the format has no header (it is a data row).
struct OpenedFile
{
    std::unique_ptr<LineReader> reader;
    std::unique_ptr<RecordParser> parser;
    ImportFormat format = ImportFormat::Auto;
    bool pendingFirstLine = false;
    TextLine firstLine;
    QByteArray firstLineCopy;
    QByteArray firstRawCopy;
    QString mappingError;
};

Result<OpenedFile> openFile(const ImportRequest &request, bool tolerateMappingError)
{
    OpenedFile opened;
    const QString fileName = QFileInfo(request.path).fileName();
    opened.reader = std::make_unique<LineReader>(request.path, request.encoding);
    if (auto done = opened.reader->open(); !done)
        return done.error();
    TextLine first;
    if (!opened.reader->next(first)) {
        if (!opened.reader->readError().isEmpty())
            return opened.reader->readFailure();
        return Error::badInput(
            QCoreApplication::translate("tailor::ProfileImporter", "%1 is empty.").arg(fileName));
    }
    if (!first.encodingError.isEmpty())
        return Error::badInput(QCoreApplication::translate("tailor::ProfileImporter", "%1, line 1: %2.")
                                   .arg(fileName, first.encodingError));
    opened.format = request.format == ImportFormat::Auto
                        ? ProfileImporter::detectFormat(request.path, first.text, request.target)
                        : request.format;
    opened.parser = std::make_unique<RecordParser>(opened.format, request.target, request.mapping);
    if (opened.format == ImportFormat::Csv)
        opened.parser->setSeparator(detectSeparator(first.text));
    auto header = opened.parser->readHeader(first.text);
    if (!header) {
        const QString message = QCoreApplication::translate("tailor::ProfileImporter", "%1, line 1: %2.")
                                    .arg(fileName, header.error().message);
        if (!tolerateMappingError)
            return Error::badInput(message);
        opened.mappingError = message;
    }
    if (!opened.parser->hasHeader()) {
        opened.pendingFirstLine = true;
        opened.firstLineCopy = first.text.toByteArray();
        opened.firstRawCopy = first.raw.toByteArray();
        opened.firstLine = first;
        opened.firstLine.text = opened.firstLineCopy;
        opened.firstLine.raw = opened.firstRawCopy;
    }
    return opened;
}

// Next data line (the held-back first line first); joins lines while a quoted CSV field is open.
enum class NextLine
{
    Row,
    Bad,
    End
};

NextLine nextRow(OpenedFile &file, TextLine &line, QString &problem)
{
    problem.clear();
    for (;;) {
        if (file.pendingFirstLine) {
            file.pendingFirstLine = false;
            line = file.firstLine;
        } else if (!file.reader->next(line)) {
            return NextLine::End;
        }
        if (line.text.trimmed().isEmpty() && line.encodingError.isEmpty())
            continue;
        if (!line.encodingError.isEmpty()) {
            problem = line.encodingError;
            return NextLine::Bad;
        }
        RecordParser::Split split = file.parser->split(line.text);
        while (split == RecordParser::Split::OpenQuote) {
            if (!file.reader->continueLine(line)) {
                problem = QCoreApplication::translate(
                    "tailor::ProfileImporter", "a quoted field is not closed before the end of the file");
                return NextLine::Bad;
            }
            if (!line.encodingError.isEmpty()) {
                problem = line.encodingError;
                return NextLine::Bad;
            }
            split = file.parser->split(line.text);
        }
        if (split == RecordParser::Split::Bad) {
            problem = file.parser->splitError();
            return NextLine::Bad;
        }
        return NextLine::Row;
    }
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
void parseInteractions(OpenedFile &file, const QString &fileName, BatchPipe<ParsedInteractions> &pipe)
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
            const NextLine next = nextRow(file, line, problem);
            if (next == NextLine::End) {
                end = true;
                break;
            }
            ParsedInteractions::Row parsed{line.number, 0, 0, 0, 0, 0, 0, 0, 0, -1};
            QString message;
            if (next == NextLine::Bad)
                message = lineProblem(fileName, line, problem);
            else if (!file.parser->interaction(row, fieldError))
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
        batch->bytesRead = file.reader->bytesRead();
        if (!batch->rows.empty() && !pipe.push(std::move(batch)))
            return;
        if (end) {
            pipe.finish();
            return;
        }
    }
}

} // namespace

ProfileImporter::ProfileImporter(Database &database, OperatorService &operators)
    : m_database(database)
    , m_operators(operators)
{}

ProfileImporter::~ProfileImporter()
{
    waitForCheckpoint();
}

void ProfileImporter::waitForCheckpoint()
{
    const std::lock_guard lock(m_checkpointMutex);
    if (m_checkpoint.joinable())
        m_checkpoint.join();
}

void ProfileImporter::startCheckpoint()
{
    const std::lock_guard lock(m_checkpointMutex);
    if (m_checkpoint.joinable())
        m_checkpoint.join();
    m_checkpoint = std::thread([this] {
        // A failure leaves the frames in the log, where they are safe; the next commit of any connection
        // (automatic checkpoint) or the last connection's close copies them.
        if (auto connection = m_database.tryConnection())
            (void)BulkStatement::exec(connection.value(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        m_database.releaseThreadConnection();
    });
}

ImportFormat ProfileImporter::detectFormat(const QString &path, QByteArrayView firstLine, ImportTarget target)
{
    const QString name = QFileInfo(path).fileName().toLower();
    const QByteArrayView line = firstLine.trimmed();
    if (line.startsWith('{') || name.endsWith(QLatin1String(".jsonl")) ||
        name.endsWith(QLatin1String(".ndjson")))
        return ImportFormat::JsonLines;
    if (line.contains("::"))
        return ImportFormat::MovieLens1m;
    if (name == QLatin1String("u.data") || name == QLatin1String("u.item") ||
        name == QLatin1String("u.user") || name.startsWith(QLatin1String("u1.")) ||
        name.startsWith(QLatin1String("ua.")) || name.startsWith(QLatin1String("ub.")))
        return ImportFormat::MovieLens100k;
    if (target == ImportTarget::Interactions && line.count('\t') == 3) {
        const QList<QByteArray> fields = line.toByteArray().split('\t');
        if (allDigits(fields.at(0)) && allDigits(fields.at(1)))
            return ImportFormat::MovieLens100k;
    }
    if (target != ImportTarget::Interactions && line.contains('|') && !line.contains(',')) {
        const QByteArray first = line.toByteArray().split('|').at(0);
        if (allDigits(first))
            return ImportFormat::MovieLens100k;
    }
    if (line.startsWith("userId,movieId,rating,timestamp") || line.startsWith("movieId,title,genres"))
        return ImportFormat::MovieLensCsv;
    return ImportFormat::Csv;
}

Result<ImportPreview> ProfileImporter::preview(const ImportRequest &request, int rows)
{
    auto opened = openFile(request, true);
    if (!opened)
        return opened.error();
    OpenedFile &file = opened.value();
    ImportPreview preview;
    preview.format = file.format;
    preview.separator = file.parser->separatorText();
    preview.hasHeader = file.parser->hasHeader();
    preview.mapping = file.parser->mapping();
    preview.mappingError = file.mappingError;
    preview.fileSize = file.reader->size();
    TextLine line;
    QString problem;
    while (preview.fields.size() < rows) {
        const NextLine next = nextRow(file, line, problem);
        if (next == NextLine::End)
            break;
        if (next == NextLine::Bad) {
            preview.fields << QStringList{QString::fromUtf8(line.text)};
            preview.parsed << QJsonObject();
            preview.errors << QCoreApplication::translate("tailor::ProfileImporter", "line %1: %2")
                                  .arg(line.number)
                                  .arg(problem);
            continue;
        }
        preview.fields << file.parser->fieldTexts();
        FieldError error;
        QJsonObject parsed;
        bool ok = file.mappingError.isEmpty();
        if (ok) {
            switch (request.target) {
            case ImportTarget::Interactions: {
                InteractionRow row;
                ok = file.parser->interaction(row, error);
                if (ok)
                    parsed = {{QStringLiteral("user"), QString::fromUtf8(row.user)},
                              {QStringLiteral("item"), QString::fromUtf8(row.item)},
                              {QStringLiteral("kind"), row.kind.isEmpty()
                                                           ? request.mapping.defaultKind
                                                           : QString::fromUtf8(row.kind).toLower()},
                              {QStringLiteral("timestamp"),
                               QDateTime::fromSecsSinceEpoch(row.at, Qt::UTC).toString(Qt::ISODate)},
                              {QStringLiteral("value"), row.value}};
                break;
            }
            case ImportTarget::Items: {
                ItemRow row;
                ok = file.parser->item(row, error);
                if (ok)
                    parsed = {{QStringLiteral("id"), QString::fromUtf8(row.id)},
                              {QStringLiteral("title"), row.title},
                              {QStringLiteral("categories"), QJsonArray::fromStringList(row.categories)},
                              {QStringLiteral("attributes"), row.attributes}};
                break;
            }
            case ImportTarget::Users: {
                UserRow row;
                ok = file.parser->user(row, error);
                if (ok) {
                    QJsonObject attributes;
                    QJsonArray pii;
                    for (const UserAttribute &attribute : std::as_const(row.attributes)) {
                        attributes.insert(attribute.key, attribute.value);
                        if (attribute.pii)
                            pii.append(attribute.key);
                    }
                    parsed = {{QStringLiteral("id"), QString::fromUtf8(row.id)},
                              {QStringLiteral("consent"),
                               int(row.hasConsent ? row.consent : request.defaultConsent)},
                              {QStringLiteral("attributes"), attributes},
                              {QStringLiteral("pii"), pii}};
                }
                break;
            }
            }
        }
        preview.parsed << parsed;
        preview.errors << (ok || !file.mappingError.isEmpty()
                               ? QString()
                               : (error.column > 0
                                      ? QCoreApplication::translate("tailor::ProfileImporter",
                                                                    "line %1, column %2 (%3): %4")
                                            .arg(line.number)
                                            .arg(error.column)
                                            .arg(error.columnName, error.message)
                                      : QCoreApplication::translate("tailor::ProfileImporter", "line %1: %2")
                                            .arg(line.number)
                                            .arg(error.message)));
    }
    preview.columns = file.parser->columns();
    const TextEncoding encoding = file.reader->encoding();
    preview.encoding = encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding;
    return preview;
}

Result<ImportReport> ProfileImporter::run(const ImportRequest &request,
                                          const ImportProgressCallback &progress,
                                          const std::atomic_bool *cancel)
{
    if (auto allowed = m_operators.require(Permission::ImportData); !allowed)
        return allowed.error();
    QElapsedTimer timer;
    timer.start();
    const QString fileName = QFileInfo(request.path).fileName();
    auto opened = openFile(request, false);
    if (!opened)
        return opened.error();
    OpenedFile &file = opened.value();

    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    const bool sqlite = BulkStatement::sqliteHandle(db) != nullptr;
    // The commit must not run the checkpoint itself (startCheckpoint() does it on another thread).
    // Statement journals in memory: inserting a user changes more pages (table, unique key, eight indexes)
    // than SQLite keeps in memory before it spills a statement journal to a temporary file, which it then
    // did once per created user.
    if (sqlite)
        (void)BulkStatement::exec(db,
                                  QStringLiteral("PRAGMA cache_size = -262144; PRAGMA wal_autocheckpoint = "
                                                 "0; PRAGMA temp_store = MEMORY"));
    const auto restoreCache = qScopeGuard([&] {
        if (sqlite)
            (void)BulkStatement::exec(db,
                                      QStringLiteral("PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = "
                                                     "1000; PRAGMA temp_store = DEFAULT"));
    });

    // Removed after the transaction has ended (declared before it).
    BusyNote busyNote;
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // Other writers wait for this transaction: tell them who holds the workspace and since when.
    if (sqlite)
        busyNote = BusyNote::write(db.databaseName(), m_operators.actingOperator(), fileName);
    ProfileWriter writer(db, m_operators.actingOperator());
    if (auto prepared = writer.prepare(); !prepared)
        return prepared.error();

    ImportReport report;
    report.file = request.path;
    report.target = request.target;
    report.format = file.format;

    std::unique_ptr<QSaveFile> rejects;
    const QString rejectsPath =
        request.rejectsPath.isEmpty() ? request.path + QStringLiteral(".rejects.tsv") : request.rejectsPath;
    const auto writeReject = [&](qint64 lineNumber, const QString &reason,
                                 QByteArrayView raw) -> Result<void> {
        if (!rejects) {
            rejects = std::make_unique<QSaveFile>(rejectsPath);
            if (!rejects->open(QIODevice::WriteOnly))
                return Error::failed(QCoreApplication::translate("tailor::ProfileImporter",
                                                                 "Cannot write the rejects file %1: %2.")
                                         .arg(rejectsPath, rejects->errorString()));
            rejects->write("line\treason\traw\n");
        }
        // The reason quotes the file escaped already; any tab or newline left is the message's own.
        QString flat = reason;
        flat.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        QByteArray rawLine = raw.toByteArray();
        rawLine.replace('\n', "\\n");
        rejects->write(QByteArray::number(lineNumber) + '\t' + flat.toUtf8() + '\t' + rawLine + '\n');
        return {};
    };
    const auto reject = [&](qint64 lineNumber, const QString &reason, QByteArrayView raw) -> Result<void> {
        ++report.rejected;
        return writeReject(lineNumber, reason, raw);
    };
    // A duplicate key with other values: the first row stays; the others are a warning, listed with the
    // rejects when the operator skips bad rows.
    const auto conflict = [&](qint64 lineNumber, const QString &message, QByteArrayView raw) -> Result<void> {
        ++report.conflicts;
        if (report.firstConflict.isEmpty())
            report.firstConflict = message;
        if (!request.skipBadRows)
            return {};
        return writeReject(
            lineNumber, QCoreApplication::translate("tailor::ProfileImporter", "conflict: %1").arg(message),
            raw);
    };

    std::vector<bool> affected;
    std::vector<qint64> affectedUsers;
    std::vector<qint64> changedItems;
    const auto markAffected = [&](qint64 user) {
        if (user < 0)
            return;
        if (size_t(user) >= affected.size())
            affected.resize(size_t(user) + 1 + affected.size() / 2, false);
        if (!affected[size_t(user)]) {
            affected[size_t(user)] = true;
            affectedUsers.push_back(user);
        }
    };
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const auto cancelError = [&] {
        return Error::failed(
            QCoreApplication::translate("tailor::ProfileImporter",
                                        "The import of %1 was cancelled; the workspace is unchanged.")
                .arg(fileName));
    };
    // While the parser thread runs, the bytes of the rows handed over so far (the reader is that thread's).
    qint64 bytesDone = -1;
    const auto reportProgress = [&](const QString &phase) {
        if (progress)
            progress({bytesDone >= 0 ? bytesDone : file.reader->bytesRead(), file.reader->size(),
                      report.rowsRead, phase});
    };

    // Users this import creates have no history but what it reads: while the file keeps each user's rows
    // together (MovieLens files do), their profiles are derived from the rows in memory as soon as the next
    // user starts. Everyone else, and a created user whose rows come back later in the file, is derived from
    // the database at the end.
    ProfileDeriver deriver(db);
    enum UserState : char
    {
        Existing = 0,
        Created,
        Derived,
        FromDatabase
    };
    std::vector<char> userStates;
    const auto stateOf = [&userStates](qint64 user) -> char & {
        if (size_t(user) >= userStates.size())
            userStates.resize(size_t(user) + 1 + userStates.size() / 2, Existing);
        return userStates[size_t(user)];
    };
    qint64 currentUser = -1;
    std::vector<ProfileDeriver::Interaction> currentRows;
    const auto finishCurrentUser = [&]() -> Result<void> {
        if (currentUser < 0 || stateOf(currentUser) != Created)
            return {};
        if (auto derived = deriver.deriveUser(currentUser, currentRows); !derived)
            return derived;
        stateOf(currentUser) = Derived;
        ++report.usersDerived;
        return {};
    };

    qint64 defaultKind = -1;
    if (request.target == ImportTarget::Interactions) {
        if (auto prepared = deriver.prepare(); !prepared)
            return prepared.error();
        if (auto loaded = writer.preloadIds(); !loaded)
            return loaded.error();
        bool created = false;
        auto kind = writer.kind(request.mapping.defaultKind.toUtf8(), &created);
        if (!kind)
            return kind.error();
        defaultKind = kind.value();
        if (created)
            deriver.noteKind(defaultKind, request.mapping.defaultKind.toUtf8());
    }
    const QString readingPhase = QCoreApplication::translate("tailor::ProfileImporter", "reading");
    reportProgress(readingPhase);

    const auto rejectOrFail = [&](qint64 lineNumber, const QString &message,
                                  QByteArrayView raw) -> Result<void> {
        if (!request.skipBadRows)
            return Error::badInput(message + QCoreApplication::translate("tailor::ProfileImporter",
                                                                         ". Nothing was imported from %1.")
                                                 .arg(fileName));
        return reject(lineNumber, message, raw);
    };
    qint64 sinceBatch = 0;
    // False when the import was cancelled.
    const auto countRow = [&]() -> bool {
        if (++sinceBatch < request.batchSize)
            return true;
        sinceBatch = 0;
        if (cancelled())
            return false;
        reportProgress(readingPhase);
        return true;
    };
    // Stores the queued interactions and takes note of the new ones: the history of a user this import
    // created for their derivation, any other user as affected.
    const auto flushInteractions = [&]() -> Result<void> {
        if (auto flushed = writer.flushInteractions(); !flushed)
            return flushed;
        // In the order they were stored: each user's run sorted by time, so a user's history usually needs no
        // sorting for derivation; runs (users) keep their file order, which is all the user states depend on.
        const std::vector<ProfileWriter::QueuedInteraction> &queued = writer.queuedInteractions();
        std::vector<quint32> conflicts;
        for (const quint32 index : writer.storedOrder()) {
            const ProfileWriter::QueuedInteraction &row = queued[index];
            if (!row.added) {
                ++report.duplicates;
                if (row.conflict)
                    conflicts.push_back(index);
                continue;
            }
            ++report.inserted;
            if (row.user != currentUser) {
                if (auto finished = finishCurrentUser(); !finished)
                    return finished;
                currentUser = row.user;
                currentRows.clear();
                if (stateOf(row.user) == Derived) {
                    // Back again later in the file: derive from the database at the end instead.
                    stateOf(row.user) = FromDatabase;
                    --report.usersDerived;
                }
            }
            if (stateOf(row.user) == Created)
                currentRows.push_back({row.at, row.item, row.kind, row.value});
            else
                markAffected(row.user);
        }
        // Queue order is file order.
        std::sort(conflicts.begin(), conflicts.end());
        for (const quint32 index : conflicts) {
            const ProfileWriter::QueuedInteraction &row = queued[index];
            auto names = writer.names(row);
            if (!names)
                return names.error();
            const QString message =
                QCoreApplication::translate("tailor::ProfileImporter",
                                            "%1, line %2: the %3 of user %4 for item %5 at %6 is already %7, "
                                            "not %8; the first value is kept")
                    .arg(fileName)
                    .arg(row.line)
                    .arg(escapeControlCharacters(names->kind), escapeControlCharacters(names->user),
                         escapeControlCharacters(names->item),
                         QDateTime::fromSecsSinceEpoch(row.at, Qt::UTC).toString(Qt::ISODate))
                    .arg(row.storedValue)
                    .arg(row.value);
            if (auto noted = conflict(row.line, message, {}); !noted)
                return noted;
        }
        writer.clearQueue();
        return {};
    };
    // Resolves an interaction's ids (creating unknown users, items and kinds) and queues it for storing.
    const auto storeInteraction = [&](const InteractionRow &interaction, qint64 line) -> Result<void> {
        bool created = false;
        auto userId = writer.user(interaction.user, &created);
        if (!userId)
            return userId.error();
        if (created)
            stateOf(userId.value()) = Created;
        auto itemId = writer.item(interaction.item, &created);
        if (!itemId)
            return itemId.error();
        if (created)
            deriver.noteItem(itemId.value(), interaction.item);
        qint64 kind = defaultKind;
        if (!interaction.kind.isEmpty()) {
            auto found = writer.kind(interaction.kind, &created);
            if (!found)
                return found.error();
            kind = found.value();
            if (created)
                deriver.noteKind(kind,
                                 QByteArray(interaction.kind.data(), interaction.kind.size()).toLower());
        }
        writer.queueInteraction(userId.value(), interaction.at, itemId.value(), kind, interaction.value,
                                line);
        return writer.queueFull() ? flushInteractions() : Result<void>();
    };

    if (request.target == ImportTarget::Interactions) {
        // Reading and parsing run on a second thread, ahead of the writes on this one (the file's rows are
        // many and simple: parsing costs about as much as storing them).
        BatchPipe<ParsedInteractions> pipe(4);
        bytesDone = 0;
        std::thread parser([&] { parseInteractions(file, fileName, pipe); });
        const auto stopParser = [&] {
            pipe.close();
            if (parser.joinable())
                parser.join();
            bytesDone = -1;
        };
        const auto stopOnReturn = qScopeGuard(stopParser);
        InteractionRow interaction;
        while (std::unique_ptr<ParsedInteractions> batch = pipe.pop()) {
            const char *text = batch->text.constData();
            for (const ParsedInteractions::Row &row : batch->rows) {
                ++report.rowsRead;
                if (row.problem >= 0) {
                    const auto &[message, raw] = batch->problems[size_t(row.problem)];
                    if (auto handled = rejectOrFail(row.line, message, raw); !handled)
                        return handled.error();
                } else {
                    interaction.user = QByteArrayView(text + row.user, row.userSize);
                    interaction.item = QByteArrayView(text + row.item, row.itemSize);
                    interaction.kind =
                        row.kindSize > 0 ? QByteArrayView(text + row.kind, row.kindSize) : QByteArrayView();
                    interaction.at = row.at;
                    interaction.value = row.value;
                    if (auto stored = storeInteraction(interaction, row.line); !stored)
                        return stored.error();
                }
                if (!countRow())
                    return cancelError();
            }
            bytesDone = batch->bytesRead;
            pipe.recycle(std::move(batch));
        }
        stopParser();
        if (auto flushed = flushInteractions(); !flushed)
            return flushed.error();
    } else {
        TextLine line;
        QString problem;
        ItemRow item;
        UserRow user;
        FieldError fieldError;
        // Each id the file has given so far: its first line and a hash of its values. A later row with the
        // same values is a duplicate; with other values a conflict, and the first row stays.
        QHash<QByteArray, std::pair<qint64, size_t>> seen;
        for (;;) {
            const NextLine next = nextRow(file, line, problem);
            if (next == NextLine::End)
                break;
            ++report.rowsRead;
            QString message;
            bool ok = false;
            if (next == NextLine::Bad)
                message = lineProblem(fileName, line, problem);
            else if (request.target == ImportTarget::Items)
                ok = file.parser->item(item, fieldError);
            else
                ok = file.parser->user(user, fieldError);
            if (next == NextLine::Row && !ok)
                message = fieldProblem(fileName, line, fieldError);
            const bool items = request.target == ImportTarget::Items;
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
                    return handled.error();
            } else if (earlier.first > 0) {
                ++report.duplicates;
                if (earlier.second != hash) {
                    const QString message =
                        (items ? QCoreApplication::translate("tailor::ProfileImporter",
                                                             "%1, line %2: item %3 already came on line %4 "
                                                             "with other values; the first row is kept")
                               : QCoreApplication::translate("tailor::ProfileImporter",
                                                             "%1, line %2: user %3 already came on line %4 "
                                                             "with other values; the first row is kept"))
                            .arg(fileName)
                            .arg(line.number)
                            .arg(escapeControlCharacters(items ? item.id : user.id))
                            .arg(earlier.first);
                    if (auto noted = conflict(line.number, message, line.raw); !noted)
                        return noted.error();
                }
            } else if (request.target == ImportTarget::Items) {
                bool categoriesChanged = false;
                qint64 itemId = 0;
                auto change = writer.upsertItem(item, categoriesChanged, itemId);
                if (!change)
                    return change.error();
                if (change.value() == ProfileWriter::Change::Inserted)
                    ++report.inserted;
                else if (change.value() == ProfileWriter::Change::Updated)
                    ++report.updated;
                else
                    ++report.duplicates;
                if (categoriesChanged)
                    changedItems.push_back(itemId);
            } else {
                auto change = writer.upsertUser(user, request.defaultConsent);
                if (!change)
                    return change.error();
                if (change.value() == ProfileWriter::Change::Inserted)
                    ++report.inserted;
                else if (change.value() == ProfileWriter::Change::Updated)
                    ++report.updated;
                else
                    ++report.duplicates;
            }
            if (!countRow())
                return cancelError();
        }
    }
    if (!file.reader->readError().isEmpty()) {
        Error failure = file.reader->readFailure();
        if (failure.kind == Error::Kind::BadInput)
            failure.message +=
                QCoreApplication::translate("tailor::ProfileImporter", ". Nothing was imported from %1.")
                    .arg(fileName);
        return failure;
    }
    if (cancelled())
        return cancelError();
    if (auto finished = finishCurrentUser(); !finished)
        return finished.error();
    if (auto flushed = deriver.flush(); !flushed)
        return flushed.error();
    reportProgress(readingPhase);

    // Items whose categories changed change the interests of everyone who interacted with them.
    if (!changedItems.empty()) {
        std::sort(changedItems.begin(), changedItems.end());
        if (sqlite) {
            BulkStatement scan(db, QStringLiteral("SELECT user_id, item_id FROM profile_interactions"));
            if (auto prepared = scan.prepare(); !prepared)
                return prepared.error();
            if (auto done = scan.eachRow([&] {
                    if (std::binary_search(changedItems.begin(), changedItems.end(), scan.int64(1)))
                        markAffected(scan.int64(0));
                });
                !done)
                return done.error();
        } else {
            for (size_t start = 0; start < changedItems.size(); start += 1000) {
                QStringList ids;
                for (size_t i = start; i < std::min(changedItems.size(), start + 1000); ++i)
                    ids << QString::number(changedItems[i]);
                BulkStatement users(
                    db, QStringLiteral("SELECT DISTINCT user_id FROM profile_interactions WHERE item_id "
                                       "IN (%1)")
                            .arg(ids.join(QLatin1Char(','))));
                if (auto prepared = users.prepare(); !prepared)
                    return prepared.error();
                if (auto done = users.eachRow([&] { markAffected(users.int64(0)); }); !done)
                    return done.error();
            }
        }
    }
    if (!affectedUsers.empty()) {
        const QString phase = QCoreApplication::translate("tailor::ProfileImporter", "deriving profiles");
        ImportProgress step{file.reader->bytesRead(), file.reader->size(), report.rowsRead, phase};
        auto derived = deriver.derive(std::move(affectedUsers), cancel, [&](qint64, qint64) {
            if (progress)
                progress(step);
        });
        if (!derived) {
            if (cancelled())
                return cancelError();
            return derived.error();
        }
        report.usersDerived += derived.value();
    }
    if (cancelled())
        return cancelError();

    report.encoding =
        file.reader->encoding() == TextEncoding::Auto ? TextEncoding::Utf8 : file.reader->encoding();
    if (rejects) {
        if (!rejects->commit())
            return Error::failed(QCoreApplication::translate("tailor::ProfileImporter",
                                                             "Cannot write the rejects file %1: %2.")
                                     .arg(rejectsPath, rejects->errorString()));
        report.rejectsPath = rejectsPath;
    }
    if (auto flushed = writer.flushSearch(); !flushed)
        return flushed.error();
    report.elapsedMs = timer.elapsed();
    QJsonObject payload = report.toJson();
    payload.remove(QStringLiteral("elapsed_ms"));
    payload.remove(QStringLiteral("first_conflict"));
    payload.insert(QStringLiteral("file"), fileName);
    auto entry = AuditLog::append(db, m_operators.actingOperator(), QStringLiteral("profiles.import"),
                                  QStringLiteral("file:") + fileName, payload);
    if (!entry)
        return entry.error();
    reportProgress(QCoreApplication::translate("tailor::ProfileImporter", "committing"));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (sqlite)
        startCheckpoint();
    // Fresh statistics for the query planner; the analysis limit keeps it to milliseconds on big tables.
    if (sqlite)
        (void)BulkStatement::exec(db, QStringLiteral("PRAGMA analysis_limit = 400; PRAGMA optimize"));
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<qint64> ProfileImporter::recomputeAll(const std::atomic_bool *cancel)
{
    if (auto allowed = m_operators.require(Permission::ImportData); !allowed)
        return allowed.error();
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto derived = ProfileDeriver(connection.value()).deriveAll(cancel);
    if (!derived)
        return derived.error();
    auto entry = AuditLog::append(connection.value(), m_operators.actingOperator(),
                                  QStringLiteral("profiles.recompute"), QStringLiteral("profiles"),
                                  {{QStringLiteral("users"), derived.value()}});
    if (!entry)
        return entry.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return derived.value();
}

} // namespace tailor
