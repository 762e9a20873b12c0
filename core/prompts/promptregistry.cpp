#include "promptregistry.h"

#include "identity/operatorservice.h"
#include "prompts/compiledprompt.h"
#include "prompts/promptyfile.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace tailor {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Optional texts are stored as '' rather than NULL.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// A PostgreSQL array literal of texts, each quoted, for binding as `?::text[]`.
QString textArray(const QStringList &values)
{
    QStringList quoted;
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted << QLatin1Char('"') + value + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

struct PromptRow
{
    qint64 id = 0;
    QString name;
    QString folder;
    int latestVersion = 0;
};

// Reads the prompt row. Concurrent savers serialize on SQLite's write lock (BEGIN IMMEDIATE); on PostgreSQL,
// where operators may not lock rows they may not update, the server's functions lock the prompt and check
// the base version again themselves.
Result<PromptRow> findPrompt(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    const QString sql = QStringLiteral("SELECT id, name, folder, latest_version FROM prompts WHERE name = ?");
    if (auto done = execSql(query, sql, {name},
                            QCoreApplication::translate("tailor::PromptRegistry", "reading the prompt"));
        !done)
        return done.error();
    if (!query.next())
        return Error::notFound(
            QCoreApplication::translate("tailor::PromptRegistry", "There is no prompt named '%1'.")
                .arg(name));
    return PromptRow{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toInt()};
}

} // namespace

QJsonObject PromptVersion::toJson(bool withContent) const
{
    QJsonObject object{{QStringLiteral("prompt"), promptName},
                       {QStringLiteral("folder"), folder},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("labels"), QJsonArray::fromStringList(labels)}};
    if (revertedFrom > 0)
        object.insert(QStringLiteral("reverted_from"), revertedFrom);
    if (!partialPins.isEmpty()) {
        QJsonObject pins;
        for (auto it = partialPins.cbegin(); it != partialPins.cend(); ++it)
            pins.insert(it.key(), it.value());
        object.insert(QStringLiteral("partials"), pins);
    }
    if (withContent)
        object.insert(QStringLiteral("content"), content);
    return object;
}

PromptRegistry::PromptRegistry(Database &database, OperatorService &operators)
    : m_database(database)
    , m_operators(operators)
{}

bool PromptRegistry::isProtectedLabel(const QString &label)
{
    return label == QLatin1String("production") || label == QLatin1String("staging");
}

Result<void> PromptRegistry::validateName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    if (!pattern.match(name).hasMatch())
        return Error::badInput(QCoreApplication::translate(
                                   "tailor::PromptRegistry",
                                   "'%1' is not a valid prompt name: use letters, digits, '-', '_' and '.', "
                                   "starting with a letter or digit (at most 128 characters).")
                                   .arg(name));
    return {};
}

Result<void> PromptRegistry::validateFolder(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$"));
    const QStringList parts = folder.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (!segment.match(part).hasMatch())
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::PromptRegistry",
                    "'%1' is not a valid folder: use names of letters, digits, spaces, '-', "
                    "'_' and '.' separated by '/'.")
                    .arg(folder));
    }
    if (parts.size() > 8)
        return Error::badInput(
            QCoreApplication::translate("tailor::PromptRegistry",
                                        "The folder '%1' is nested more than 8 levels deep.")
                .arg(folder));
    return {};
}

Result<void> PromptRegistry::validateLabel(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,31}$"));
    if (label == QLatin1String("latest"))
        return Error::badInput(QCoreApplication::translate(
            "tailor::PromptRegistry",
            "'latest' is implicit: it always names the newest version and cannot be moved."));
    if (!pattern.match(label).hasMatch())
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::PromptRegistry",
                "'%1' is not a valid label: use lower-case letters, digits, '-' and '_' (at "
                "most 32 characters).")
                .arg(label));
    return {};
}

Result<void> PromptRegistry::require(Permission permission)
{
    return m_operators.require(permission);
}

Result<QList<PromptSummary>> PromptRegistry::list(const QString &search)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT p.id, p.name, p.folder, p.latest_version, p.updated_by, p.updated_at, "
                       "l.label, l.version FROM prompts p LEFT JOIN prompt_labels l ON l.prompt_id = p.id");
    QVariantList values;
    if (!search.trimmed().isEmpty()) {
        sql += QStringLiteral(" WHERE lower(p.name) LIKE ? OR lower(p.folder) LIKE ?");
        const QString pattern = QLatin1Char('%') + search.trimmed().toLower() + QLatin1Char('%');
        values << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY p.folder, p.name, l.label");
    if (auto done = execSql(query, sql, values,
                            QCoreApplication::translate("tailor::PromptRegistry", "listing prompts"));
        !done)
        return done.error();
    QList<PromptSummary> prompts;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (prompts.isEmpty() || prompts.constLast().id != id) {
            prompts.append({id,
                            query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toInt(),
                            query.value(4).toString(),
                            query.value(5).toString(),
                            {}});
        }
        if (!query.value(6).isNull())
            prompts.last().labels << query.value(6).toString() + QLatin1Char('@') + query.value(7).toString();
    }
    return prompts;
}

Result<QStringList> PromptRegistry::folders()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done =
            execSql(query,
                    QStringLiteral("SELECT path FROM prompt_folders UNION SELECT folder FROM prompts WHERE "
                                   "folder <> '' ORDER BY 1"),
                    {}, QCoreApplication::translate("tailor::PromptRegistry", "listing folders"));
        !done)
        return done.error();
    QStringList result;
    while (query.next()) {
        // Parents of nested folders are folders too.
        const QStringList parts = query.value(0).toString().split(QLatin1Char('/'));
        for (qsizetype i = 1; i <= parts.size(); ++i) {
            const QString path = parts.mid(0, i).join(QLatin1Char('/'));
            if (!result.contains(path))
                result << path;
        }
    }
    result.sort();
    return result;
}

Result<void> PromptRegistry::createFolder(const QString &path)
{
    if (path.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("tailor::PromptRegistry", "A folder needs a name."));
    if (auto valid = validateFolder(path); !valid)
        return valid;
    if (auto allowed = require(Permission::EditPrompts); !allowed)
        return allowed;
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(connection.value());
    if (auto done = execSql(query, QStringLiteral("SELECT 1 FROM prompt_folders WHERE path = ?"), {path},
                            QCoreApplication::translate("tailor::PromptRegistry", "reading folders"));
        !done)
        return done;
    if (query.next())
        return Error::conflict(
            QCoreApplication::translate("tailor::PromptRegistry", "The folder '%1' already exists.")
                .arg(path));
    if (isPostgres(connection.value())) {
        if (auto done = execSql(query, QStringLiteral("SELECT tailor_folder_create(?)"), {path},
                                QCoreApplication::translate("tailor::PromptRegistry", "creating the folder"));
            !done)
            return done;
        return transaction.commit();
    }
    if (auto done = execSql(
            query,
            QStringLiteral("INSERT INTO prompt_folders (path, created_by, created_at) VALUES (?, ?, ?)"),
            {path, m_operators.actingOperator(), now()},
            QCoreApplication::translate("tailor::PromptRegistry", "creating the folder"));
        !done)
        return done;
    auto entry = AuditLog::append(connection.value(), m_operators.actingOperator(),
                                  QStringLiteral("folder.create"), QStringLiteral("folder:") + path, {});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<void> PromptRegistry::moveToFolder(const QString &name, const QString &folder)
{
    if (auto valid = validateFolder(folder); !valid)
        return valid;
    if (auto allowed = require(Permission::EditPrompts); !allowed)
        return allowed;
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto prompt = findPrompt(connection.value(), name);
    if (!prompt)
        return prompt.error();
    QSqlQuery query(connection.value());
    if (isPostgres(connection.value())) {
        if (auto done =
                execSql(query, QStringLiteral("SELECT tailor_prompt_move(?, ?)"), {name, orEmpty(folder)},
                        QCoreApplication::translate("tailor::PromptRegistry", "moving the prompt"));
            !done)
            return done;
        return transaction.commit();
    }
    if (auto done = execSql(
            query,
            QStringLiteral("UPDATE prompts SET folder = ?, updated_by = ?, updated_at = ? WHERE id = ?"),
            {orEmpty(folder), m_operators.actingOperator(), now(), prompt->id},
            QCoreApplication::translate("tailor::PromptRegistry", "moving the prompt"));
        !done)
        return done;
    auto entry = AuditLog::append(connection.value(), m_operators.actingOperator(),
                                  QStringLiteral("prompt.move"), QStringLiteral("prompt:") + name,
                                  {{QStringLiteral("from"), prompt->folder}, {QStringLiteral("to"), folder}});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

namespace {

struct PartialPin
{
    QString name; // as written in the template: "persona" or "persona@3"
    qint64 promptId = 0;
    QString promptName;
    int version = 0;
};

Result<PromptVersion> readVersion(QSqlDatabase db, const PromptRow &prompt, int version, bool withContent)
{
    QSqlQuery query(db);
    if (auto done = execSql(
            query,
            QStringLiteral("SELECT version, sha256, author, created_at, message, reverted_from, content "
                           "FROM prompt_versions WHERE prompt_id = ? AND version = ?"),
            {prompt.id, version},
            QCoreApplication::translate("tailor::PromptRegistry", "reading the prompt version"));
        !done)
        return done.error();
    if (!query.next())
        return Error::notFound(
            QCoreApplication::translate("tailor::PromptRegistry", "Prompt '%1' has no version %2.")
                .arg(prompt.name)
                .arg(version));
    PromptVersion result;
    result.promptId = prompt.id;
    result.promptName = prompt.name;
    result.folder = prompt.folder;
    result.version = query.value(0).toInt();
    result.sha256 = query.value(1).toString();
    result.author = query.value(2).toString();
    result.createdAt = query.value(3).toString();
    result.message = query.value(4).toString();
    result.revertedFrom = query.value(5).toInt();
    if (withContent)
        result.content = query.value(6).toString();
    if (auto done = execSql(
            query,
            QStringLiteral("SELECT label FROM prompt_labels WHERE prompt_id = ? AND version = ? ORDER BY "
                           "label"),
            {prompt.id, version}, QCoreApplication::translate("tailor::PromptRegistry", "reading labels"));
        !done)
        return done.error();
    while (query.next())
        result.labels << query.value(0).toString();
    if (auto done = execSql(
            query,
            QStringLiteral("SELECT pin.partial_name, p.name, pin.pinned_version FROM prompt_partial_pins "
                           "pin JOIN prompts p ON p.id = pin.pinned_prompt_id WHERE pin.prompt_id = ? "
                           "AND pin.version = ?"),
            {prompt.id, version}, QCoreApplication::translate("tailor::PromptRegistry", "reading partials"));
        !done)
        return done.error();
    while (query.next())
        result.partialPins.insert(query.value(0).toString(),
                                  query.value(1).toString() + QLatin1Char('@') + query.value(2).toString());
    return result;
}

// Splits "name@ref"; ref is empty for a bare name.
std::pair<QString, QString> splitReference(const QString &reference)
{
    const qsizetype at = reference.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {reference.trimmed(), QString()};
    return {reference.left(at).trimmed(), reference.mid(at + 1).trimmed()};
}

Result<int> resolveVersionNumber(QSqlDatabase db, const PromptRow &prompt, const QString &ref)
{
    if (ref.isEmpty() || ref == QLatin1String("latest"))
        return prompt.latestVersion;
    bool isNumber = false;
    const int number = ref.toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || number > prompt.latestVersion)
            return Error::notFound(
                QCoreApplication::translate("tailor::PromptRegistry",
                                            "Prompt '%1' has no version %2 (latest is %3).")
                    .arg(prompt.name)
                    .arg(number)
                    .arg(prompt.latestVersion));
        return number;
    }
    QSqlQuery query(db);
    if (auto done = execSql(
            query, QStringLiteral("SELECT version FROM prompt_labels WHERE prompt_id = ? AND label = ?"),
            {prompt.id, ref}, QCoreApplication::translate("tailor::PromptRegistry", "reading the label"));
        !done)
        return done.error();
    if (!query.next())
        return Error::notFound(
            QCoreApplication::translate("tailor::PromptRegistry", "Prompt '%1' has no label '%2'.")
                .arg(prompt.name, ref));
    return query.value(0).toInt();
}

// Pins each partial the template uses to the version its reference names now, and refuses cycles.
Result<QList<PartialPin>> pinPartials(QSqlDatabase db, const QString &selfName,
                                      const QStringList &partialNames)
{
    QList<PartialPin> pins;
    for (const QString &partial : partialNames) {
        const auto [name, ref] = splitReference(partial);
        if (name == selfName)
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::PromptRegistry",
                    "The prompt '%1' includes itself as a partial ({{> %2}}); recursive partials "
                    "are not allowed.")
                    .arg(selfName, partial));
        auto target = findPrompt(db, name);
        if (!target)
            return Error::badInput(
                QCoreApplication::translate("tailor::PromptRegistry",
                                            "The partial {{> %1}} names no prompt in this workspace.")
                    .arg(partial));
        auto version = resolveVersionNumber(db, target.value(), ref);
        if (!version)
            return version.error();
        pins.append({partial, target->id, target->name, version.value()});
    }
    // Walk the pinned versions' own pins: reaching this prompt again is a cycle.
    QList<std::pair<qint64, int>> frontier;
    for (const PartialPin &pin : std::as_const(pins))
        frontier.append({pin.promptId, pin.version});
    QSqlQuery query(db);
    QStringList path;
    int steps = 0;
    while (!frontier.isEmpty()) {
        if (++steps > 1000)
            return Error::badInput(
                QCoreApplication::translate("tailor::PromptRegistry", "The partials of '%1' nest too deeply.")
                    .arg(selfName));
        const auto [promptId, version] = frontier.takeFirst();
        if (auto done = execSql(
                query,
                QStringLiteral("SELECT p.name, pin.pinned_prompt_id, pin.pinned_version FROM "
                               "prompt_partial_pins pin JOIN prompts p ON p.id = pin.pinned_prompt_id "
                               "WHERE pin.prompt_id = ? AND pin.version = ?"),
                {promptId, version},
                QCoreApplication::translate("tailor::PromptRegistry", "reading partials"));
            !done)
            return done.error();
        while (query.next()) {
            if (query.value(0).toString() == selfName)
                return Error::badInput(
                    QCoreApplication::translate(
                        "tailor::PromptRegistry",
                        "Recursive partials: '%1' includes a prompt that includes '%1' again.")
                        .arg(selfName));
            frontier.append({query.value(1).toLongLong(), query.value(2).toInt()});
        }
    }
    return pins;
}

struct WriteRequest
{
    QString canonical;
    QString message;
    int revertedFrom = 0;
    QString action;
};

Result<PromptRow> insertPrompt(QSqlDatabase db, const QString &name, const QString &folder,
                               const QString &author);

// PostgreSQL: tailor_prompt_save() checks the role, computes the SHA-256 of the content, writes the version,
// its pins and the audit entry with session_user as the author, and creates the prompt when it is new.
Result<SaveOutcome> writeVersionOnServer(QSqlDatabase db, PromptRow &prompt, const WriteRequest &request,
                                         const QList<PartialPin> &pins)
{
    QStringList names;
    QStringList promptIds;
    QStringList versions;
    for (const PartialPin &pin : pins) {
        names << pin.name;
        promptIds << QString::number(pin.promptId);
        versions << QString::number(pin.version);
    }
    const auto numbers = [](const QStringList &values) -> QString {
        return QLatin1Char('{') + values.join(QLatin1Char(',')) + QLatin1Char('}');
    };
    QSqlQuery query(db);
    if (auto done = execSql(
            query,
            QStringLiteral(
                "SELECT prompt_id, version, created FROM tailor_prompt_save(?, ?, ?, ?, ?, ?, ?, ?, "
                "?::text[], ?::bigint[], ?::integer[])"),
            {prompt.name, orEmpty(prompt.folder), prompt.id == 0, prompt.latestVersion, request.canonical,
             orEmpty(request.message),
             request.revertedFrom > 0 ? QVariant(request.revertedFrom) : QVariant(QMetaType::fromType<int>()),
             request.action, textArray(names), numbers(promptIds), numbers(versions)},
            QCoreApplication::translate("tailor::PromptRegistry", "saving the prompt version"));
        !done)
        return done.error();
    if (!query.next())
        return Error::failed(QCoreApplication::translate("tailor::PromptRegistry",
                                                         "The server did not return the saved version."));
    prompt.id = query.value(0).toLongLong();
    prompt.latestVersion = query.value(1).toInt();
    const bool created = query.value(2).toBool();
    query.finish();
    auto written = readVersion(db, prompt, prompt.latestVersion, true);
    if (!written)
        return written.error();
    return SaveOutcome{written.value(), created};
}

// Inserts version latest+1 (or returns the latest when the content is identical) inside the caller's
// transaction. A prompt with id 0 is new: its row is created once its partials resolve, so a failed save
// leaves nothing to undo.
Result<SaveOutcome> writeVersion(QSqlDatabase db, const QString &author, PromptRow &prompt,
                                 const WriteRequest &request)
{
    auto compiled = CompiledPrompt::compile(request.canonical);
    if (!compiled)
        return compiled.error();
    const QString sha = PromptyFile::sha256(request.canonical);
    if (prompt.latestVersion > 0) {
        auto latest = readVersion(db, prompt, prompt.latestVersion, false);
        if (!latest)
            return latest.error();
        if (latest->sha256 == sha)
            return SaveOutcome{latest.value(), false};
    }
    auto pins = pinPartials(db, prompt.name, compiled->partialNames());
    if (!pins)
        return pins.error();
    if (isPostgres(db))
        return writeVersionOnServer(db, prompt, request, pins.value());
    if (prompt.id == 0) {
        auto inserted = insertPrompt(db, prompt.name, prompt.folder, author);
        if (!inserted)
            return inserted.error();
        prompt.id = inserted->id;
    }

    const int version = prompt.latestVersion + 1;
    const QString time = now();
    QSqlQuery query(db);
    if (auto done = execSql(
            query,
            QStringLiteral("INSERT INTO prompt_versions (prompt_id, version, sha256, content, author, "
                           "created_at, message, reverted_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {prompt.id, version, sha, request.canonical, author, time, orEmpty(request.message),
             request.revertedFrom > 0 ? QVariant(request.revertedFrom)
                                      : QVariant(QMetaType::fromType<int>())},
            QCoreApplication::translate("tailor::PromptRegistry", "saving the prompt version"));
        !done)
        return done.error();
    for (const PartialPin &pin : pins.value()) {
        if (auto done =
                execSql(query,
                        QStringLiteral("INSERT INTO prompt_partial_pins (prompt_id, version, partial_name, "
                                       "pinned_prompt_id, pinned_version) VALUES (?, ?, ?, ?, ?)"),
                        {prompt.id, version, pin.name, pin.promptId, pin.version},
                        QCoreApplication::translate("tailor::PromptRegistry", "pinning partials"));
            !done)
            return done.error();
    }
    if (auto done = execSql(
            query,
            QStringLiteral("UPDATE prompts SET latest_version = ?, updated_by = ?, updated_at = ? WHERE "
                           "id = ?"),
            {version, author, time, prompt.id},
            QCoreApplication::translate("tailor::PromptRegistry", "saving the prompt version"));
        !done)
        return done.error();
    prompt.latestVersion = version;
    QJsonObject payload{{QStringLiteral("version"), version}, {QStringLiteral("sha256"), sha}};
    if (!request.message.isEmpty())
        payload.insert(QStringLiteral("message"), request.message);
    if (request.revertedFrom > 0)
        payload.insert(QStringLiteral("reverted_from"), request.revertedFrom);
    auto entry =
        AuditLog::append(db, author, request.action, QStringLiteral("prompt:") + prompt.name, payload);
    if (!entry)
        return entry.error();
    auto written = readVersion(db, prompt, version, true);
    if (!written)
        return written.error();
    return SaveOutcome{written.value(), true};
}

// Inserts the prompt's row (no version yet) within the caller's transaction.
Result<PromptRow> insertPrompt(QSqlDatabase db, const QString &name, const QString &folder,
                               const QString &author)
{
    QSqlQuery query(db);
    const QString time = now();
    if (auto done = execSql(
            query,
            QStringLiteral("INSERT INTO prompts (name, folder, latest_version, created_by, created_at, "
                           "updated_by, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?) RETURNING id"),
            {name, orEmpty(folder), author, time, author, time},
            QCoreApplication::translate("tailor::PromptRegistry", "creating the prompt"));
        !done)
        return done.error();
    if (!query.next())
        return Error::failed(QCoreApplication::translate("tailor::PromptRegistry",
                                                         "The database did not return the new prompt's id."));
    // SQLite cannot commit while a statement is still stepping.
    PromptRow row{query.value(0).toLongLong(), name, folder, 0};
    query.finish();
    return row;
}

} // namespace

Result<PromptVersion> PromptRegistry::create(const QString &name, const QString &folder,
                                             const QString &content, const QString &message)
{
    if (auto valid = validateName(name); !valid)
        return valid.error();
    if (auto valid = validateFolder(folder); !valid)
        return valid.error();
    if (auto allowed = require(Permission::EditPrompts); !allowed)
        return allowed.error();
    auto canonical = PromptyFile::canonicalText(content.toUtf8());
    if (!canonical)
        return canonical.error();
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery query(db);
    if (auto done = execSql(query, QStringLiteral("SELECT 1 FROM prompts WHERE name = ?"), {name},
                            QCoreApplication::translate("tailor::PromptRegistry", "reading prompts"));
        !done)
        return done.error();
    if (query.next())
        return Error::conflict(
            QCoreApplication::translate("tailor::PromptRegistry", "A prompt named '%1' already exists.")
                .arg(name));
    const QString author = m_operators.actingOperator();
    PromptRow prompt{0, name, folder, 0};
    auto saved =
        writeVersion(db, author, prompt, {canonical.value(), message, 0, QStringLiteral("prompt.create")});
    if (!saved)
        return saved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved->version;
}

Result<SaveOutcome> PromptRegistry::save(const QString &name, int baseVersion, const QString &content,
                                         const QString &message)
{
    if (auto allowed = require(Permission::EditPrompts); !allowed)
        return allowed.error();
    auto canonical = PromptyFile::canonicalText(content.toUtf8());
    if (!canonical)
        return canonical.error();
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto prompt = findPrompt(db, name);
    if (!prompt)
        return prompt.error();
    if (prompt->latestVersion != baseVersion) {
        auto latest = readVersion(db, prompt.value(), prompt->latestVersion, false);
        const QString by = latest ? latest->author : QString();
        return Error::conflict(
            QCoreApplication::translate(
                "tailor::PromptRegistry",
                "Prompt '%1' changed while you edited it: you started from version %2, but "
                "version %3 by %4 is newer. Your text was not saved; compare it with version %3 "
                "and save again.")
                .arg(name)
                .arg(baseVersion)
                .arg(prompt->latestVersion)
                .arg(by));
    }
    auto saved = writeVersion(db, m_operators.actingOperator(), prompt.value(),
                              {canonical.value(), message, 0, QStringLiteral("prompt.save")});
    if (!saved)
        return saved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Result<SaveOutcome> PromptRegistry::revert(const QString &name, int version, int baseVersion,
                                           const QString &message)
{
    if (auto allowed = require(Permission::EditPrompts); !allowed)
        return allowed.error();
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto prompt = findPrompt(db, name);
    if (!prompt)
        return prompt.error();
    if (prompt->latestVersion != baseVersion)
        return Error::conflict(
            QCoreApplication::translate(
                "tailor::PromptRegistry",
                "Prompt '%1' changed: version %2 is newer than version %3 you were looking at.")
                .arg(name)
                .arg(prompt->latestVersion)
                .arg(baseVersion));
    auto old = readVersion(db, prompt.value(), version, true);
    if (!old)
        return old.error();
    const QString text =
        message.isEmpty()
            ? QCoreApplication::translate("tailor::PromptRegistry", "Revert to version %1").arg(version)
            : message;
    auto saved = writeVersion(db, m_operators.actingOperator(), prompt.value(),
                              {old->content, text, version, QStringLiteral("prompt.revert")});
    if (!saved)
        return saved.error();
    if (!saved->created)
        return Error::conflict(QCoreApplication::translate(
                                   "tailor::PromptRegistry",
                                   "Version %1 of '%2' already has the same content as the latest version.")
                                   .arg(version)
                                   .arg(name));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Result<PromptVersion> PromptRegistry::resolve(const QString &reference)
{
    const auto [name, ref] = splitReference(reference);
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    auto prompt = findPrompt(connection.value(), name);
    if (!prompt)
        return prompt.error();
    auto number = resolveVersionNumber(connection.value(), prompt.value(), ref);
    if (!number)
        return number.error();
    return readVersion(connection.value(), prompt.value(), number.value(), true);
}

Result<PromptVersion> PromptRegistry::version(const QString &name, int version)
{
    return resolve(name + QLatin1Char('@') + QString::number(version));
}

Result<QList<PromptVersion>> PromptRegistry::versions(const QString &name)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    auto prompt = findPrompt(connection.value(), name);
    if (!prompt)
        return prompt.error();
    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    if (auto done = execSql(
            query,
            QStringLiteral("SELECT v.version, v.sha256, v.author, v.created_at, v.message, v.reverted_from, "
                           "l.label FROM prompt_versions v LEFT JOIN prompt_labels l ON l.prompt_id = "
                           "v.prompt_id AND l.version = v.version WHERE v.prompt_id = ? ORDER BY "
                           "v.version DESC, l.label"),
            {prompt->id}, QCoreApplication::translate("tailor::PromptRegistry", "listing versions"));
        !done)
        return done.error();
    QList<PromptVersion> result;
    while (query.next()) {
        const int number = query.value(0).toInt();
        if (result.isEmpty() || result.constLast().version != number) {
            PromptVersion version;
            version.promptId = prompt->id;
            version.promptName = prompt->name;
            version.folder = prompt->folder;
            version.version = number;
            version.sha256 = query.value(1).toString();
            version.author = query.value(2).toString();
            version.createdAt = query.value(3).toString();
            version.message = query.value(4).toString();
            version.revertedFrom = query.value(5).toInt();
            result.append(version);
        }
        if (!query.value(6).isNull())
            result.last().labels << query.value(6).toString();
    }
    return result;
}

Result<QMap<QString, int>> PromptRegistry::labels(const QString &name)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    auto prompt = findPrompt(connection.value(), name);
    if (!prompt)
        return prompt.error();
    QSqlQuery query(connection.value());
    if (auto done =
            execSql(query, QStringLiteral("SELECT label, version FROM prompt_labels WHERE prompt_id = ?"),
                    {prompt->id}, QCoreApplication::translate("tailor::PromptRegistry", "reading labels"));
        !done)
        return done.error();
    QMap<QString, int> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toInt());
    return result;
}

Result<void> PromptRegistry::moveLabel(const QString &name, const QString &label, int version,
                                       const QString &note)
{
    if (auto valid = validateLabel(label); !valid)
        return valid;
    if (auto allowed =
            require(isProtectedLabel(label) ? Permission::MoveProtectedLabels : Permission::EditPrompts);
        !allowed) {
        if (isProtectedLabel(label))
            return Error::permissionDenied(
                QCoreApplication::translate(
                    "tailor::PromptRegistry",
                    "'%1' is a protected label: it moves only through an approved release "
                    "or by an admin. %2")
                    .arg(label, allowed.error().message));
        return allowed;
    }
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto prompt = findPrompt(db, name);
    if (!prompt)
        return prompt.error();
    if (version < 1 || version > prompt->latestVersion)
        return Error::notFound(QCoreApplication::translate("tailor::PromptRegistry",
                                                           "Prompt '%1' has no version %2 (latest is %3).")
                                   .arg(name)
                                   .arg(version)
                                   .arg(prompt->latestVersion));
    QSqlQuery query(db);
    if (auto done = execSql(
            query, QStringLiteral("SELECT version FROM prompt_labels WHERE prompt_id = ? AND label = ?"),
            {prompt->id, label}, QCoreApplication::translate("tailor::PromptRegistry", "reading the label"));
        !done)
        return done;
    const int from = query.next() ? query.value(0).toInt() : 0;
    if (from == version)
        return Error::conflict(QCoreApplication::translate("tailor::PromptRegistry",
                                                           "Label '%1' already points at version %2 of '%3'.")
                                   .arg(label)
                                   .arg(version)
                                   .arg(name));
    if (isPostgres(db)) {
        if (auto done = execSql(query, QStringLiteral("SELECT tailor_label_move(?, ?, ?, ?)"),
                                {name, label, version, orEmpty(note)},
                                QCoreApplication::translate("tailor::PromptRegistry", "moving the label"));
            !done)
            return done;
        return transaction.commit();
    }
    const QString time = now();
    const QString who = m_operators.actingOperator();
    const QString upsert =
        from == 0 ? QStringLiteral("INSERT INTO prompt_labels (version, moved_by, moved_at, prompt_id, "
                                   "label) VALUES (?, ?, ?, ?, ?)")
                  : QStringLiteral("UPDATE prompt_labels SET version = ?, moved_by = ?, moved_at = ? "
                                   "WHERE prompt_id = ? AND label = ?");
    if (auto done = execSql(query, upsert, {version, who, time, prompt->id, label},
                            QCoreApplication::translate("tailor::PromptRegistry", "moving the label"));
        !done)
        return done;
    if (auto done = execSql(
            query,
            QStringLiteral("INSERT INTO prompt_label_history (prompt_id, label, from_version, to_version, "
                           "moved_by, moved_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {prompt->id, label, from > 0 ? QVariant(from) : QVariant(QMetaType::fromType<int>()), version,
             who, time, orEmpty(note)},
            QCoreApplication::translate("tailor::PromptRegistry", "recording the label move"));
        !done)
        return done;
    QJsonObject payload{{QStringLiteral("label"), label}, {QStringLiteral("to"), version}};
    if (from > 0)
        payload.insert(QStringLiteral("from"), from);
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note);
    auto entry =
        AuditLog::append(db, who, QStringLiteral("label.move"), QStringLiteral("prompt:") + name, payload);
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<void> PromptRegistry::removeLabel(const QString &name, const QString &label, const QString &note)
{
    if (auto allowed =
            require(isProtectedLabel(label) ? Permission::MoveProtectedLabels : Permission::EditPrompts);
        !allowed)
        return allowed;
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto prompt = findPrompt(db, name);
    if (!prompt)
        return prompt.error();
    QSqlQuery query(db);
    if (auto done = execSql(
            query, QStringLiteral("SELECT version FROM prompt_labels WHERE prompt_id = ? AND label = ?"),
            {prompt->id, label}, QCoreApplication::translate("tailor::PromptRegistry", "reading the label"));
        !done)
        return done;
    if (!query.next())
        return Error::notFound(
            QCoreApplication::translate("tailor::PromptRegistry", "Prompt '%1' has no label '%2'.")
                .arg(name, label));
    const int from = query.value(0).toInt();
    if (isPostgres(db)) {
        if (auto done = execSql(query, QStringLiteral("SELECT tailor_label_remove(?, ?, ?)"),
                                {name, label, orEmpty(note)},
                                QCoreApplication::translate("tailor::PromptRegistry", "removing the label"));
            !done)
            return done;
        return transaction.commit();
    }
    const QString who = m_operators.actingOperator();
    if (auto done = execSql(
            query, QStringLiteral("DELETE FROM prompt_labels WHERE prompt_id = ? AND label = ?"),
            {prompt->id, label}, QCoreApplication::translate("tailor::PromptRegistry", "removing the label"));
        !done)
        return done;
    if (auto done = execSql(
            query,
            QStringLiteral("INSERT INTO prompt_label_history (prompt_id, label, from_version, to_version, "
                           "moved_by, moved_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {prompt->id, label, from, QVariant(QMetaType::fromType<int>()), who, now(), orEmpty(note)},
            QCoreApplication::translate("tailor::PromptRegistry", "recording the label removal"));
        !done)
        return done;
    auto entry = AuditLog::append(db, who, QStringLiteral("label.remove"), QStringLiteral("prompt:") + name,
                                  {{QStringLiteral("label"), label}, {QStringLiteral("from"), from}});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<QList<LabelMove>> PromptRegistry::labelHistory(const QString &name, const QString &label)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    auto prompt = findPrompt(connection.value(), name);
    if (!prompt)
        return prompt.error();
    QSqlQuery query(connection.value());
    QString sql = QStringLiteral("SELECT label, from_version, to_version, moved_by, moved_at, note FROM "
                                 "prompt_label_history WHERE prompt_id = ?");
    QVariantList values{prompt->id};
    if (!label.isEmpty()) {
        sql += QStringLiteral(" AND label = ?");
        values << label;
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    if (auto done = execSql(query, sql, values,
                            QCoreApplication::translate("tailor::PromptRegistry", "reading label history"));
        !done)
        return done.error();
    QList<LabelMove> moves;
    while (query.next())
        moves.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(),
                      query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return moves;
}

Result<QList<ChatMessage>> PromptRegistry::render(const PromptVersion &version, const QJsonObject &inputs)
{
    auto compiled = CompiledPrompt::compile(version.content);
    if (!compiled)
        return compiled.error();
    // Partials render at their pinned versions; a partial's text is its messages' text joined by blank lines.
    // Nested partials use the pins of the version that includes them; the first pin of a name wins.
    QHash<QString, MustacheTemplate> partials;
    QList<QMap<QString, QString>> frontier{version.partialPins};
    int loaded = 0;
    while (!frontier.isEmpty()) {
        const QMap<QString, QString> pins = frontier.takeFirst();
        for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
            if (partials.contains(it.key()))
                continue;
            if (++loaded > MustacheTemplate::MaxPartialDepth)
                return Error::badInput(QCoreApplication::translate("tailor::PromptRegistry",
                                                                   "'%1' includes more than %2 partials.")
                                           .arg(version.promptName)
                                           .arg(MustacheTemplate::MaxPartialDepth));
            auto pinned = resolve(it.value());
            if (!pinned)
                return pinned.error();
            auto file = PromptyFile::parse(pinned->content);
            if (!file)
                return file.error();
            QStringList texts;
            for (const PromptyFile::Message &message : file->messages())
                texts << message.text;
            auto parsed = MustacheTemplate::parse(texts.join(QStringLiteral("\n\n")));
            if (!parsed)
                return Error::badInput(QCoreApplication::translate("tailor::PromptRegistry", "Partial %1: %2")
                                           .arg(it.value(), parsed.error().message));
            partials.insert(it.key(), parsed.value());
            frontier.append(pinned->partialPins);
        }
    }
    return compiled->render(inputs, [&partials](const QString &name) -> const MustacheTemplate * {
        const auto it = partials.constFind(name);
        return it == partials.cend() ? nullptr : &it.value();
    });
}

Result<QList<ImportOutcome>> PromptRegistry::importFiles(const QStringList &paths, const QString &message)
{
    if (auto allowed = require(Permission::EditPrompts); !allowed)
        return allowed.error();
    struct Parsed
    {
        QString file;
        QString name;
        QString folder;
        QString canonical;
    };
    QList<Parsed> parsed;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.size() > PromptyFile::maximumSize)
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::PromptRegistry",
                    "%1: the file is larger than %2 KiB; a prompt that big is not a prompt.")
                    .arg(path)
                    .arg(PromptyFile::maximumSize / 1024));
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(
                QCoreApplication::translate("tailor::PromptRegistry", "Cannot read %1: %2.")
                    .arg(path, file.errorString()));
        auto canonical = PromptyFile::canonicalText(file.readAll());
        if (!canonical)
            return Error::badInput(path + QStringLiteral(": ") + canonical.error().message);
        auto compiled = CompiledPrompt::compile(canonical.value());
        if (!compiled)
            return Error::badInput(path + QStringLiteral(": ") + compiled.error().message);
        const QString name = QFileInfo(path).completeBaseName();
        if (auto valid = validateName(name); !valid)
            return Error::badInput(path + QStringLiteral(": ") + valid.error().message);
        const QString folder = compiled->file().folder();
        if (auto valid = validateFolder(folder); !valid)
            return Error::badInput(path + QStringLiteral(": ") + valid.error().message);
        parsed.append({path, name, folder, canonical.value()});
    }

    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const QString who = m_operators.actingOperator();
    QList<ImportOutcome> outcomes;
    // Files that include others as partials must come after them; retry the ones whose partials are missing.
    QList<Parsed> pending = parsed;
    while (!pending.isEmpty()) {
        QList<Parsed> deferred;
        Error lastError;
        for (const Parsed &file : std::as_const(pending)) {
            auto existing = findPrompt(db, file.name);
            PromptRow prompt = existing ? existing.value() : PromptRow{0, file.name, file.folder, 0};
            auto saved =
                writeVersion(db, who, prompt,
                             {file.canonical, message, 0,
                              existing ? QStringLiteral("prompt.save") : QStringLiteral("prompt.create")});
            if (!saved) {
                if (saved.error().message.contains(QStringLiteral("names no prompt"))) {
                    deferred.append(file);
                    lastError = Error::badInput(file.file + QStringLiteral(": ") + saved.error().message);
                    continue;
                }
                return Error::badInput(file.file + QStringLiteral(": ") + saved.error().message);
            }
            outcomes.append({file.file, file.name, saved->version.version, saved->created});
        }
        if (deferred.size() == pending.size())
            return lastError;
        pending = deferred;
    }
    QJsonArray imported;
    for (const ImportOutcome &outcome : std::as_const(outcomes))
        imported.append(QJsonObject{{QStringLiteral("prompt"), outcome.prompt},
                                    {QStringLiteral("version"), outcome.version},
                                    {QStringLiteral("created"), outcome.created}});
    auto entry = AuditLog::append(db, who, QStringLiteral("prompt.import"), QStringLiteral("prompts"),
                                  {{QStringLiteral("prompts"), imported}});
    if (!entry)
        return entry.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcomes;
}

Result<QList<ImportOutcome>> PromptRegistry::importShipped()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/prompts"));
    for (const QString &name : dir.entryList({QStringLiteral("*.prompty")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    if (files.isEmpty())
        return QList<ImportOutcome>();
    return importFiles(files, QCoreApplication::translate("tailor::PromptRegistry", "Shipped with Tailor %1")
                                  .arg(QStringLiteral(TAILOR_VERSION)));
}

Result<QStringList> PromptRegistry::exportTo(const QString &directory, const QStringList &names,
                                             const QString &label)
{
    QStringList selected = names;
    if (selected.isEmpty()) {
        auto all = list();
        if (!all)
            return all.error();
        for (const PromptSummary &prompt : all.value())
            selected << prompt.name;
    }
    QList<PromptVersion> versionsToWrite;
    for (const QString &name : std::as_const(selected)) {
        auto resolved = resolve(label.isEmpty() ? name : name + QLatin1Char('@') + label);
        if (!resolved)
            return resolved.error();
        versionsToWrite.append(resolved.value());
    }
    QStringList written;
    QJsonArray exported;
    for (const PromptVersion &version : std::as_const(versionsToWrite)) {
        const QString folder =
            version.folder.isEmpty() ? directory : directory + QLatin1Char('/') + version.folder;
        if (!QDir().mkpath(folder))
            return Error::failed(
                QCoreApplication::translate("tailor::PromptRegistry", "Cannot create the folder %1.")
                    .arg(folder));
        const QString path = folder + QLatin1Char('/') + version.promptName + QStringLiteral(".prompty");
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::failed(QCoreApplication::translate("tailor::PromptRegistry", "Cannot write %1: %2.")
                                     .arg(path, file.errorString()));
        file.write(version.content.toUtf8());
        if (!file.commit())
            return Error::failed(QCoreApplication::translate("tailor::PromptRegistry", "Cannot write %1: %2.")
                                     .arg(path, file.errorString()));
        written << path;
        exported.append(QJsonObject{{QStringLiteral("prompt"), version.promptName},
                                    {QStringLiteral("version"), version.version},
                                    {QStringLiteral("sha256"), version.sha256}});
    }
    auto entry =
        AuditLog(m_database)
            .record(m_operators.actingOperator(), QStringLiteral("prompt.export"), QStringLiteral("prompts"),
                    {{QStringLiteral("directory"), QDir(directory).absolutePath()},
                     {QStringLiteral("label"), label.isEmpty() ? QStringLiteral("latest") : label},
                     {QStringLiteral("prompts"), exported}});
    if (!entry)
        return entry.error();
    return written;
}

} // namespace tailor
