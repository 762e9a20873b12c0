#include "profileimporter.h"

#include "identity/operatorservice.h"
#include "profiles/bulkstatement.h"
#include "profiles/import/importfile.h"
#include "profiles/import/importrun.h"
#include "profiles/profilederiver.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

#include <thread>

namespace tailor {

namespace {

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
    auto opened = ImportFile::open(request, true);
    if (!opened)
        return opened.error();
    ImportFile &file = opened.value();
    ImportPreview preview;
    preview.format = file.format();
    preview.separator = file.parser().separatorText();
    preview.hasHeader = file.parser().hasHeader();
    preview.mapping = file.parser().mapping();
    preview.mappingError = file.mappingError();
    preview.fileSize = file.reader().size();
    TextLine line;
    QString problem;
    while (preview.fields.size() < rows) {
        const ImportFile::Next next = file.next(line, problem);
        if (next == ImportFile::Next::End)
            break;
        if (next == ImportFile::Next::Bad) {
            preview.fields << QStringList{QString::fromUtf8(line.text)};
            preview.parsed << QJsonObject();
            preview.errors << QCoreApplication::translate("tailor::ProfileImporter", "line %1: %2")
                                  .arg(line.number)
                                  .arg(problem);
            continue;
        }
        preview.fields << file.parser().fieldTexts();
        FieldError error;
        QJsonObject parsed;
        bool ok = file.mappingError().isEmpty();
        if (ok) {
            switch (request.target) {
            case ImportTarget::Interactions: {
                InteractionRow row;
                ok = file.parser().interaction(row, error);
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
                ok = file.parser().item(row, error);
                if (ok)
                    parsed = {{QStringLiteral("id"), QString::fromUtf8(row.id)},
                              {QStringLiteral("title"), row.title},
                              {QStringLiteral("categories"), QJsonArray::fromStringList(row.categories)},
                              {QStringLiteral("attributes"), row.attributes}};
                break;
            }
            case ImportTarget::Users: {
                UserRow row;
                ok = file.parser().user(row, error);
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
        preview.errors << (ok || !file.mappingError().isEmpty()
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
    preview.columns = file.parser().columns();
    const TextEncoding encoding = file.reader().encoding();
    preview.encoding = encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding;
    return preview;
}

Result<ImportReport> ProfileImporter::run(const ImportRequest &request,
                                          const ImportProgressCallback &progress,
                                          const std::atomic_bool *cancel)
{
    if (auto allowed = m_operators.require(Permission::ImportData); !allowed)
        return allowed.error();
    ImportRun run(m_database, m_operators, request, progress, cancel);
    return run.run([this] { startCheckpoint(); });
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
