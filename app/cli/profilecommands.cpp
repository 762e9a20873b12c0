#include "commands.h"

#include "profiles/demoworkspace.h"
#include "profiles/importrequest.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"
#include "profiles/segmentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tailor::cli {

namespace {

QStringList arguments(const QCommandLineParser &parser)
{
    return parser.positionalArguments().mid(2);
}

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    if (valueName)
        return QCommandLineOption(QString::fromLatin1(name),
                                  QCoreApplication::translate("tailor-cli", description),
                                  QCoreApplication::translate("tailor-cli", valueName));
    return QCommandLineOption(QString::fromLatin1(name),
                              QCoreApplication::translate("tailor-cli", description));
}

QString number(qint64 value)
{
    return QLocale::c().toString(value);
}

// --- import
// -------------------------------------------------------------------------------------------------

QList<QCommandLineOption> importOptions()
{
    return {
        option("format", "File format: auto (default), ml-100k, ml-1m (also 10M), ml-csv, csv or jsonl.",
               "format"),
        option("encoding",
               QT_TRANSLATE_NOOP("tailor-cli", "Text encoding: auto (default), utf-8 or latin-1."),
               QT_TRANSLATE_NOOP("tailor-cli", "encoding")),
        option("map",
               "Column mapping for csv/jsonl: ROLE=COLUMN pairs separated by commas; roles user, item, time, "
               "kind, "
               "value (interactions), id, title, categories (items), id, consent (users).",
               "pairs"),
        option("time-unit", QT_TRANSLATE_NOOP("tailor-cli", "Timestamps: auto (default), s, ms or iso."),
               QT_TRANSLATE_NOOP("tailor-cli", "unit")),
        option("kind",
               QT_TRANSLATE_NOOP("tailor-cli", "Event kind of rows without a kind column (default: rating)."),
               QT_TRANSLATE_NOOP("tailor-cli", "kind")),
        option("categories-separator",
               QT_TRANSLATE_NOOP("tailor-cli", "Separator inside the categories column (default: |)."),
               QT_TRANSLATE_NOOP("tailor-cli", "text")),
        option("attributes", "Attribute columns to keep, comma-separated (default: every unmapped column).",
               "columns"),
        option("pii", "Attribute columns holding personal data, comma-separated (masked unless revealed).",
               "columns"),
        option("consent-default",
               "Consent of new users when the file has none: unknown (default), granted, refused.",
               "consent"),
        option("skip-bad-rows",
               "Import the good rows; write each bad one to the rejects file instead of failing."),
        option("rejects",
               QT_TRANSLATE_NOOP("tailor-cli",
                                 "Where --skip-bad-rows writes rejected rows (default: FILE.rejects.tsv)."),
               QT_TRANSLATE_NOOP("tailor-cli", "file")),
        option(
            "preview",
            QT_TRANSLATE_NOOP("tailor-cli", "Only show how the first N rows would be read; import nothing."),
            QT_TRANSLATE_NOOP("tailor-cli", "n"))};
}

Result<ImportRequest> importRequest(const QCommandLineParser &parser, ImportTarget target)
{
    ImportRequest request;
    request.path = arguments(parser).value(0);
    request.target = target;
    if (parser.isSet(QStringLiteral("format"))) {
        auto format = parseImportFormat(parser.value(QStringLiteral("format")));
        if (!format)
            return format.error();
        request.format = format.value();
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        auto encoding = parseTextEncoding(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return encoding.error();
        request.encoding = encoding.value();
    }
    if (parser.isSet(QStringLiteral("map"))) {
        auto mapping = ColumnMapping::parse(parser.value(QStringLiteral("map")), request.mapping);
        if (!mapping)
            return mapping.error();
        request.mapping = mapping.value();
    }
    if (parser.isSet(QStringLiteral("time-unit"))) {
        auto unit = parseTimestampUnit(parser.value(QStringLiteral("time-unit")));
        if (!unit)
            return unit.error();
        request.mapping.timestampUnit = unit.value();
    }
    if (parser.isSet(QStringLiteral("kind")))
        request.mapping.defaultKind = parser.value(QStringLiteral("kind")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("categories-separator")))
        request.mapping.categorySeparator = parser.value(QStringLiteral("categories-separator"));
    if (parser.isSet(QStringLiteral("attributes")))
        request.mapping.attributes =
            parser.value(QStringLiteral("attributes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("pii")))
        request.mapping.piiFields =
            parser.value(QStringLiteral("pii")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("consent-default"))) {
        const QString consent = parser.value(QStringLiteral("consent-default")).trimmed().toLower();
        const std::optional<Consent> parsed = parseConsentId(consent);
        if (!parsed)
            return Error::badInput(QCoreApplication::translate(
                                       "tailor-cli", "Unknown consent '%1': use unknown, granted or refused.")
                                       .arg(consent));
        request.defaultConsent = *parsed;
    }
    request.skipBadRows = parser.isSet(QStringLiteral("skip-bad-rows"));
    request.rejectsPath = parser.value(QStringLiteral("rejects"));
    return request;
}

int runPreview(CliContext &context, const ImportRequest &request, const QString &rowsText)
{
    bool ok = false;
    const int rows = rowsText.toInt(&ok);
    if (!ok || rows < 1)
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "--preview needs a positive number of rows, not '%1'")
                .arg(rowsText));
    auto preview = ProfileImporter::preview(request, rows);
    if (!preview)
        return context.fail(preview.error());
    if (context.json) {
        context.printJson(preview->toJson());
        return preview->mappingError.isEmpty() ? ExitOk : ExitBadUsage;
    }
    QString separator = preview->separator == QLatin1String("\t")
                            ? QCoreApplication::translate("tailor-cli", "tab")
                            : preview->separator;
    context.out << QCoreApplication::translate("tailor-cli",
                                               "Format: %1, encoding: %2, separator: %3, header: %4\n")
                       .arg(importFormatId(preview->format), textEncodingId(preview->encoding),
                            separator.isEmpty()
                                ? QCoreApplication::translate("tailor-cli", "none (JSON Lines)")
                                : separator,
                            preview->hasHeader ? QCoreApplication::translate("tailor-cli", "yes")
                                               : QCoreApplication::translate("tailor-cli", "no"));
    context.out << QCoreApplication::translate("tailor-cli", "Columns: %1\n")
                       .arg(preview->columns.join(QStringLiteral(", ")));
    if (!preview->mappingError.isEmpty())
        context.out
            << QCoreApplication::translate("tailor-cli", "Mapping problem: %1\n").arg(preview->mappingError);
    for (qsizetype i = 0; i < preview->fields.size(); ++i) {
        if (!preview->errors.at(i).isEmpty())
            context.out << QStringLiteral("  ✗ ") << preview->errors.at(i) << QLatin1Char('\n');
        else if (!preview->parsed.at(i).isEmpty())
            context.out << QStringLiteral("  ✓ ")
                        << QString::fromUtf8(
                               QJsonDocument(preview->parsed.at(i)).toJson(QJsonDocument::Compact))
                        << QLatin1Char('\n');
        else
            context.out << QStringLiteral("    ") << preview->fields.at(i).join(QStringLiteral(" | "))
                        << QLatin1Char('\n');
    }
    return preview->mappingError.isEmpty() ? ExitOk : ExitBadUsage;
}

int runImport(CliContext &context, const QCommandLineParser &parser, ImportTarget target)
{
    auto request = importRequest(parser, target);
    if (!request)
        return context.fail(request.error());
    if (parser.isSet(QStringLiteral("preview")))
        return runPreview(context, request.value(), parser.value(QStringLiteral("preview")));
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto report = workspace.value()->profileImporter().run(request.value());
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        context.printJson(report->toJson());
        return ExitOk;
    }
    context.out << QCoreApplication::translate(
                       "tailor-cli", "Imported %1 (%2, %3): %4 rows, %5 new, %6 updated, %7 duplicates")
                       .arg(report->file, importFormatId(report->format), textEncodingId(report->encoding),
                            number(report->rowsRead), number(report->inserted), number(report->updated),
                            number(report->duplicates));
    if (report->rejected > 0)
        context.out << QCoreApplication::translate("tailor-cli", ", %1 rejected (see %2)")
                           .arg(number(report->rejected), report->rejectsPath);
    context.out << QCoreApplication::translate("tailor-cli", "; %1 profiles derived in %2 ms.\n")
                       .arg(number(report->usersDerived))
                       .arg(report->elapsedMs);
    if (report->conflicts > 0) {
        context.out << QCoreApplication::translate("tailor-cli",
                                                   "Warning: conflicting duplicates (other values than the "
                                                   "row already imported, which was kept): %1. The first: "
                                                   "%2.\n")
                           .arg(number(report->conflicts), report->firstConflict);
        if (report->rejectsPath.isEmpty())
            context.out << QCoreApplication::translate(
                "tailor-cli", "Import with --skip-bad-rows to have each of them listed in a rejects file.\n");
    }
    return ExitOk;
}

// --- profiles and segments
// ----------------------------------------------------------------------------------

QList<QCommandLineOption> filterOptions()
{
    return {
        option("interest",
               "Users interested in CATEGORY, optionally with a strength range: CATEGORY, CATEGORY:0.5, "
               "CATEGORY:0.2-0.6, CATEGORY:high|medium|low; CATEGORY:dislike for users who dislike it. "
               "Repeat for several (all must hold).",
               "category[:range]"),
        option("active-since",
               QT_TRANSLATE_NOOP("tailor-cli", "Users with activity on or after this date (ISO 8601)."),
               QT_TRANSLATE_NOOP("tailor-cli", "date")),
        option("active-until",
               QT_TRANSLATE_NOOP("tailor-cli", "Users with activity before this date (ISO 8601)."),
               QT_TRANSLATE_NOOP("tailor-cli", "date")),
        option("consent",
               QT_TRANSLATE_NOOP("tailor-cli", "Users whose consent is granted, refused or unknown."),
               QT_TRANSLATE_NOOP("tailor-cli", "consent")),
        option(
            "attr",
            QT_TRANSLATE_NOOP("tailor-cli", "Users whose (non-PII) attribute KEY equals VALUE. Repeatable."),
            QT_TRANSLATE_NOOP("tailor-cli", "key=value")),
        option("search",
               QT_TRANSLATE_NOOP("tailor-cli", "Users whose id or a non-PII attribute value contains TEXT."),
               QT_TRANSLATE_NOOP("tailor-cli", "text")),
        option("min-interactions", QT_TRANSLATE_NOOP("tailor-cli", "Users with at least N interactions."),
               QT_TRANSLATE_NOOP("tailor-cli", "n"))};
}

Result<QDateTime> parseDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (!time.isValid())
        return Error::badInput(
            QCoreApplication::translate("tailor-cli", "'%1' is not an ISO 8601 date (e.g. 2024-03-01).")
                .arg(text));
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

Result<ProfileFilter> filterFrom(const QCommandLineParser &parser)
{
    ProfileFilter filter;
    for (const QString &text : parser.values(QStringLiteral("interest"))) {
        auto interest = ProfileFilter::parseInterest(text);
        if (!interest)
            return interest.error();
        filter.interests << interest.value();
    }
    if (parser.isSet(QStringLiteral("active-since"))) {
        auto date = parseDate(parser.value(QStringLiteral("active-since")));
        if (!date)
            return date.error();
        filter.activeFrom = date.value();
    }
    if (parser.isSet(QStringLiteral("active-until"))) {
        auto date = parseDate(parser.value(QStringLiteral("active-until")));
        if (!date)
            return date.error();
        filter.activeUntil = date.value();
    }
    if (parser.isSet(QStringLiteral("consent"))) {
        auto consent = parseConsentFilter(parser.value(QStringLiteral("consent")));
        if (!consent)
            return consent.error();
        filter.consent = consent.value();
    }
    for (const QString &text : parser.values(QStringLiteral("attr"))) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error::badInput(
                QCoreApplication::translate("tailor-cli", "'%1' is not an attribute filter: write KEY=VALUE.")
                    .arg(text));
        filter.attributes << AttributeFilter{text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
    }
    filter.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("min-interactions"))) {
        bool ok = false;
        filter.minInteractions = parser.value(QStringLiteral("min-interactions")).toLongLong(&ok);
        if (!ok || filter.minInteractions < 0)
            return Error::badInput(
                QCoreApplication::translate("tailor-cli", "--min-interactions needs a whole number."));
    }
    return filter;
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-");
}

QString interestsText(const QList<ProfileInterest> &interests)
{
    QStringList parts;
    for (const ProfileInterest &interest : interests)
        parts << QStringLiteral("%1 %2").arg(interest.category).arg(interest.strength, 0, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

QString attributesText(const QList<ProfileAttribute> &attributes)
{
    QStringList parts;
    for (const ProfileAttribute &attribute : attributes)
        parts << attribute.key + QLatin1Char('=') + attribute.value;
    return parts.join(QLatin1Char(' '));
}

int runProfilesList(CliContext &context, const QCommandLineParser &parser)
{
    auto filter = filterFrom(parser);
    if (!filter)
        return context.fail(filter.error());
    ProfileQuery query;
    query.filter = filter.value();
    if (parser.isSet(QStringLiteral("sort"))) {
        auto column = parseProfileColumn(parser.value(QStringLiteral("sort")));
        if (!column)
            return context.fail(column.error());
        query.sortBy = column.value();
    }
    query.order = parser.isSet(QStringLiteral("desc")) ? Qt::DescendingOrder : Qt::AscendingOrder;
    bool ok = true;
    if (parser.isSet(QStringLiteral("limit")))
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit < 0)
        return context.usageError(QCoreApplication::translate("tailor-cli", "--limit needs a whole number"));
    if (parser.isSet(QStringLiteral("offset")))
        query.offset = parser.value(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || query.offset < 0)
        return context.usageError(QCoreApplication::translate("tailor-cli", "--offset needs a whole number"));
    query.revealPii = parser.isSet(QStringLiteral("reveal"));
    if (parser.isSet(QStringLiteral("exact-count")))
        query.countCap = 0;
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    if (parser.isSet(QStringLiteral("segment"))) {
        if (!query.filter.isEmpty())
            return context.usageError(
                QCoreApplication::translate("tailor-cli", "--segment cannot be combined with other filters"));
        auto segment = workspace.value()->segments().get(parser.value(QStringLiteral("segment")));
        if (!segment)
            return context.fail(segment.error());
        query.filter = segment->filter;
    }
    auto page = workspace.value()->profiles().page(query);
    if (!page)
        return context.fail(page.error());
    if (context.json) {
        context.printJson(page->toJson());
        return ExitOk;
    }
    context.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(QCoreApplication::translate("tailor-cli", "USER"), -12)
                       .arg(QCoreApplication::translate("tailor-cli", "CONSENT"), -9)
                       .arg(QCoreApplication::translate("tailor-cli", "INTERACTIONS"), 12)
                       .arg(QCoreApplication::translate("tailor-cli", "FIRST"), -10)
                       .arg(QCoreApplication::translate("tailor-cli", "LAST"), -10)
                       .arg(QCoreApplication::translate("tailor-cli", "TOP INTERESTS"), -40)
                       .arg(QCoreApplication::translate("tailor-cli", "ATTRIBUTES"));
    for (const ProfileRow &row : page->rows)
        context.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                           .arg(row.userId, -12)
                           .arg(consentName(row.consent), -9)
                           .arg(row.interactions, 12)
                           .arg(dateText(row.firstActivity), -10)
                           .arg(dateText(row.lastActivity), -10)
                           .arg(interestsText(row.topInterests), -40)
                           .arg(attributesText(row.attributes));
    context.out << (page->totalIsEstimate
                        ? QCoreApplication::translate("tailor-cli", "Showing %1 of more than %2 users.\n")
                        : QCoreApplication::translate("tailor-cli", "Showing %1 of %2 users.\n"))
                       .arg(page->rows.size())
                       .arg(number(page->total));
    return ExitOk;
}

int runProfilesShow(CliContext &context, const QCommandLineParser &parser)
{
    bool ok = true;
    const int history =
        parser.isSet(QStringLiteral("history")) ? parser.value(QStringLiteral("history")).toInt(&ok) : 20;
    if (!ok || history < 0)
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "--history needs a whole number"));
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto detail = workspace.value()->profiles().detail(arguments(parser).value(0),
                                                       parser.isSet(QStringLiteral("reveal")), history);
    if (!detail)
        return context.fail(detail.error());
    if (context.json) {
        context.printJson(detail->toJson());
        return ExitOk;
    }
    QTextStream &out = context.out;
    const ProfileRow &row = detail->row;
    out << QCoreApplication::translate("tailor-cli", "User %1\n").arg(row.userId);
    out << QCoreApplication::translate("tailor-cli", "  consent:      %1\n").arg(consentName(row.consent));
    QStringList kinds;
    for (auto it = detail->kindCounts.cbegin(); it != detail->kindCounts.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out << QCoreApplication::translate("tailor-cli", "  interactions: %1 (%2)\n")
               .arg(number(row.interactions))
               .arg(kinds.join(QStringLiteral(", ")));
    out << QCoreApplication::translate("tailor-cli", "  active:       %1 to %2\n")
               .arg(dateText(row.firstActivity), dateText(row.lastActivity));
    out << QCoreApplication::translate("tailor-cli", "  attributes:   %1\n")
               .arg(attributesText(row.attributes));
    // Likes strongest first, then dislikes strongest first; each bar is as long as the strength's magnitude.
    const auto printInterest = [&out](const ProfileInterest &interest) {
        out << QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(interest.category, -14)
                   .arg(interest.strength, 5, 'f', 2)
                   .arg(InterestFormula::bandName(interest.band), -7)
                   .arg(QString(int(std::lround(std::abs(interest.strength) * 30)), QChar(0x2588)));
    };
    out << QCoreApplication::translate("tailor-cli", "Interests:\n");
    for (const ProfileInterest &interest : detail->interests) {
        if (interest.strength > 0)
            printInterest(interest);
    }
    QList<ProfileInterest> dislikes;
    for (const ProfileInterest &interest : detail->interests) {
        if (interest.strength < 0)
            dislikes << interest;
    }
    std::stable_sort(
        dislikes.begin(), dislikes.end(),
        [](const ProfileInterest &a, const ProfileInterest &b) { return a.strength < b.strength; });
    if (!dislikes.isEmpty())
        out << QCoreApplication::translate("tailor-cli", "Dislikes:\n");
    for (const ProfileInterest &interest : std::as_const(dislikes))
        printInterest(interest);
    out << QCoreApplication::translate("tailor-cli", "Activity by month:\n");
    for (const ProfileTimelineBucket &bucket : detail->timeline)
        out << QStringLiteral("  %1 %2\n")
                   .arg(bucket.month.toString(QStringLiteral("yyyy-MM")))
                   .arg(bucket.interactions, 6);
    out << QCoreApplication::translate("tailor-cli", "Latest interactions:\n");
    for (const ProfileHistoryEntry &entry : detail->history)
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(entry.at.toString(QStringLiteral("yyyy-MM-dd hh:mm")))
                   .arg(entry.kind, -8)
                   .arg(entry.value, 4)
                   .arg(entry.title.isEmpty() ? entry.itemId : entry.title)
                   .arg(entry.categories.isEmpty()
                            ? QString()
                            : QLatin1Char('[') + entry.categories.join(QStringLiteral(", ")) +
                                  QLatin1Char(']'));
    return ExitOk;
}

int runProfilesRecompute(CliContext &context, const QCommandLineParser &)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto derived = workspace.value()->profileImporter().recomputeAll();
    if (!derived)
        return context.fail(derived.error());
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("users_derived"), derived.value()}});
    else
        context.out << QCoreApplication::translate("tailor-cli", "Derived %1 profiles.\n")
                           .arg(number(derived.value()));
    return ExitOk;
}

int runSegmentCreate(CliContext &context, const QCommandLineParser &parser)
{
    auto filter = filterFrom(parser);
    if (!filter)
        return context.fail(filter.error());
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto segment = workspace.value()->segments().create(arguments(parser).value(0), filter.value(),
                                                        parser.value(QStringLiteral("description")));
    if (!segment)
        return context.fail(segment.error());
    if (context.json)
        context.printJson(segment->toJson());
    else
        context.out << QCoreApplication::translate("tailor-cli", "Created segment '%1' (%2): %3 users.\n")
                           .arg(segment->name, segment->filter.describe(), number(segment->size));
    return ExitOk;
}

int runSegmentList(CliContext &context, const QCommandLineParser &)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto segments = workspace.value()->segments().list();
    if (!segments)
        return context.fail(segments.error());
    if (context.json) {
        QJsonArray array;
        for (const Segment &segment : segments.value())
            array.append(segment.toJson());
        context.printJson(array);
        return ExitOk;
    }
    context.out << QStringLiteral("%1 %2 %3\n")
                       .arg(QCoreApplication::translate("tailor-cli", "NAME"), -24)
                       .arg(QCoreApplication::translate("tailor-cli", "USERS"), 10)
                       .arg(QCoreApplication::translate("tailor-cli", "FILTER"));
    for (const Segment &segment : segments.value())
        context.out << QStringLiteral("%1 %2 %3\n")
                           .arg(segment.name, -24)
                           .arg(number(segment.size), 10)
                           .arg(segment.filter.describe());
    return ExitOk;
}

int runSegmentSample(CliContext &context, const QCommandLineParser &parser)
{
    bool ok = false;
    const int size = parser.value(QStringLiteral("size")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("size")) || !ok || size < 1)
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "'segment sample' needs --size N with N ≥ 1"));
    quint64 seed = 0;
    if (parser.isSet(QStringLiteral("seed"))) {
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return context.usageError(
                QCoreApplication::translate("tailor-cli", "--seed needs a non-negative whole number"));
    }
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto sample = workspace.value()->segments().sample(arguments(parser).value(0), size, seed);
    if (!sample)
        return context.fail(sample.error());
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("segment"), arguments(parser).value(0)},
                                      {QStringLiteral("seed"), QString::number(seed)},
                                      {QStringLiteral("users"), QJsonArray::fromStringList(sample.value())}});
        return ExitOk;
    }
    for (const QString &user : sample.value())
        context.out << user << QLatin1Char('\n');
    return ExitOk;
}

int runSegmentDelete(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    if (auto removed = workspace.value()->segments().remove(arguments(parser).value(0)); !removed)
        return context.fail(removed.error());
    if (!context.json)
        context.out << QCoreApplication::translate("tailor-cli", "Deleted segment '%1'.\n")
                           .arg(arguments(parser).value(0));
    else
        context.printJson(QJsonObject{{QStringLiteral("deleted"), arguments(parser).value(0)}});
    return ExitOk;
}

int runDemoCreate(CliContext &context, const QCommandLineParser &parser)
{
    const QString target = arguments(parser).value(0);
    DatabaseUrl url;
    if (target.contains(QStringLiteral("://"))) {
        auto parsed = DatabaseUrl::parse(target);
        if (!parsed)
            return context.fail(parsed.error());
        url = parsed.value();
    } else {
        url = DatabaseUrl::sqliteFile(QFileInfo(target).absoluteFilePath());
    }
    DemoOptions options;
    const auto readInt = [&parser](const char *name, int &value) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return true;
        bool ok = false;
        value = parser.value(QString::fromLatin1(name)).toInt(&ok);
        return ok && value > 0;
    };
    if (!readInt("users", options.users) || !readInt("items", options.items) ||
        !readInt("ratings", options.ratings))
        return context.usageError(QCoreApplication::translate(
            "tailor-cli", "--users, --items and --ratings need positive whole numbers"));
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return context.usageError(
                QCoreApplication::translate("tailor-cli", "--seed needs a non-negative whole number"));
    }
    auto workspace = DemoWorkspace::create(url, context.asOption, options, [&context](const QString &step) {
        if (!context.json)
            context.err << step << QStringLiteral("…") << Qt::endl;
    });
    if (!workspace)
        return context.fail(workspace.error());
    auto stats = workspace.value()->profiles().stats();
    if (!stats)
        return context.fail(stats.error());
    if (context.json) {
        QJsonObject object = stats->toJson();
        object.insert(QStringLiteral("url"), url.toString());
        context.printJson(object);
    } else {
        context.out << QCoreApplication::translate(
                           "tailor-cli",
                           "Created the demo workspace %1: %2 users, %3 items, synthetic data.\n")
                           .arg(url.toString(), number(stats->users), number(stats->items));
    }
    return ExitOk;
}

} // namespace

QList<CommandSpec> importCommands()
{
    const QString area = QStringLiteral("import");
    const QList<std::pair<QString, QString>> file{
        {QStringLiteral("file"), QCoreApplication::translate("tailor-cli", "The file to import.")}};
    return {
        {area, QStringLiteral("interactions"),
         QCoreApplication::translate("tailor-cli",
                                     "import an interaction log (ratings, views, clicks, purchases)"),
         QCoreApplication::translate(
             "tailor-cli",
             "Imports interactions: MovieLens u.data, ratings.dat or ratings.csv, or a generic CSV / JSON "
             "Lines file "
             "with user, item, timestamp and optionally kind and value columns. One transaction: a bad "
             "row stops the "
             "import and nothing is kept, unless --skip-bad-rows. Rows already imported are skipped as "
             "duplicates; one with another value is counted as a conflict (listed in the rejects file "
             "with --skip-bad-rows). "
             "The profiles of the users concerned are derived again."),
         importOptions(), file,
         [](CliContext &context, const QCommandLineParser &parser) {
             return runImport(context, parser, ImportTarget::Interactions);
         }},
        {area, QStringLiteral("items"),
         QCoreApplication::translate("tailor-cli", "import an item catalog (titles, categories, attributes)"),
         QCoreApplication::translate(
             "tailor-cli",
             "Imports items: MovieLens u.item (Latin-1, 19 genre flags), movies.dat or movies.csv, or a "
             "generic CSV / "
             "JSON Lines catalog with id, title, categories and attribute columns. Items are updated in "
             "place."),
         importOptions(), file,
         [](CliContext &context, const QCommandLineParser &parser) {
             return runImport(context, parser, ImportTarget::Items);
         }},
        {area, QStringLiteral("users"),
         QCoreApplication::translate("tailor-cli", "import user attributes, consent and PII markers"),
         QCoreApplication::translate(
             "tailor-cli",
             "Imports users: MovieLens u.user or users.dat (zip marked as PII), or a generic CSV / JSON "
             "Lines file with "
             "an id, an optional consent column and attribute columns; --pii names the columns holding "
             "personal data."),
         importOptions(), file, [](CliContext &context, const QCommandLineParser &parser) {
             return runImport(context, parser, ImportTarget::Users);
         }}};
}

QList<CommandSpec> profileCommands()
{
    const QString area = QStringLiteral("profiles");
    QList<QCommandLineOption> listOptions = filterOptions();
    listOptions << option("segment", QT_TRANSLATE_NOOP("tailor-cli", "Users of this saved segment."),
                          QT_TRANSLATE_NOOP("tailor-cli", "name"))
                << option("sort", "Sort by user (default), interactions, first, last, top or consent.",
                          "column")
                << option("desc", QT_TRANSLATE_NOOP("tailor-cli", "Sort descending."))
                << option("offset", QT_TRANSLATE_NOOP("tailor-cli", "Skip N users."),
                          QT_TRANSLATE_NOOP("tailor-cli", "n"))
                << option("limit", QT_TRANSLATE_NOOP("tailor-cli", "Show at most N users (default 50)."),
                          QT_TRANSLATE_NOOP("tailor-cli", "n"))
                << option("exact-count",
                          QT_TRANSLATE_NOOP("tailor-cli", "Count every match instead of stopping at 10,000."))
                << option("reveal",
                          "Show PII attributes in clear (needs a role that may reveal PII; audited).");
    return {
        {area,
         QStringLiteral("list"),
         QCoreApplication::translate("tailor-cli", "list profiles, filtered and sorted"),
         QCoreApplication::translate(
             "tailor-cli",
             "Lists user profiles: a page of users with their consent, activity, strongest interests and "
             "attributes "
             "(PII masked unless --reveal)."),
         listOptions,
         {},
         runProfilesList},
        {area,
         QStringLiteral("show"),
         QCoreApplication::translate("tailor-cli", "show one user's profile"),
         QCoreApplication::translate(
             "tailor-cli",
             "Shows a user's profile: attributes, interaction counts by kind, interests with strength and "
             "band (dislikes apart, with negative strengths), monthly activity and the latest interactions "
             "with item titles."),
         {option("reveal", QT_TRANSLATE_NOOP(
                               "tailor-cli",
                               "Show PII attributes in clear (needs a role that may reveal PII; audited).")),
          option("history",
                 QT_TRANSLATE_NOOP("tailor-cli", "How many of the latest interactions to show (default 20)."),
                 QT_TRANSLATE_NOOP("tailor-cli", "n"))},
         {{QStringLiteral("user"), QCoreApplication::translate("tailor-cli", "The user's id as imported.")}},
         runProfilesShow},
        {area,
         QStringLiteral("recompute"),
         QCoreApplication::translate("tailor-cli", "derive every profile again"),
         QCoreApplication::translate(
             "tailor-cli",
             "Derives every user's profile again from the stored interactions (imports do this for the "
             "users they "
             "touch)."),
         {},
         {},
         runProfilesRecompute}};
}

QList<CommandSpec> segmentCommands()
{
    const QString area = QStringLiteral("segment");
    const std::pair<QString, QString> name{QStringLiteral("name"),
                                           QCoreApplication::translate("tailor-cli", "The segment's name.")};
    QList<QCommandLineOption> createOptions = filterOptions();
    createOptions << option("description", QT_TRANSLATE_NOOP("tailor-cli", "What the segment is for."),
                            QT_TRANSLATE_NOOP("tailor-cli", "text"));
    return {
        {area,
         QStringLiteral("create"),
         QCoreApplication::translate("tailor-cli", "save a filter as a segment"),
         QCoreApplication::translate(
             "tailor-cli", "Saves the filter given by the options as a named segment and prints its size."),
         createOptions,
         {name},
         runSegmentCreate},
        {area,
         QStringLiteral("list"),
         QCoreApplication::translate("tailor-cli", "list segments with their current sizes"),
         QCoreApplication::translate(
             "tailor-cli", "Lists the saved segments, each recounted against the current profiles."),
         {},
         {},
         runSegmentList},
        {area,
         QStringLiteral("sample"),
         QCoreApplication::translate("tailor-cli", "draw a reproducible sample of a segment's users"),
         QCoreApplication::translate("tailor-cli", "Prints up to N user ids of the segment chosen by the "
                                                   "seed: the same seed on the same data gives "
                                                   "the "
                                                   "same users in the same order."),
         {option("size", QT_TRANSLATE_NOOP("tailor-cli", "How many users."),
                 QT_TRANSLATE_NOOP("tailor-cli", "n")),
          option("seed", QT_TRANSLATE_NOOP("tailor-cli", "The sample's seed (default 0)."),
                 QT_TRANSLATE_NOOP("tailor-cli", "seed"))},
         {name},
         runSegmentSample},
        {area,
         QStringLiteral("delete"),
         QCoreApplication::translate("tailor-cli", "delete a segment"),
         QCoreApplication::translate("tailor-cli", "Deletes a saved segment (audited)."),
         {},
         {name},
         runSegmentDelete}};
}

QList<CommandSpec> demoCommands()
{
    return {
        {QStringLiteral("demo"),
         QStringLiteral("create"),
         QCoreApplication::translate("tailor-cli", "create the synthetic demo workspace"),
         QCoreApplication::translate(
             "tailor-cli",
             "Creates a workspace at PATH (a file, or a postgresql:// URL of an empty database) filled with "
             "deterministic "
             "synthetic data in MovieLens form — users with latent genre preferences, items in 18 genres, "
             "ratings over "
             "one year, about 5% of users without consent, e-mail addresses and zip codes marked as PII — "
             "imported "
             "through the regular importers, plus the shipped prompts. The workspace is marked as demo "
             "data."),
         {option("users", QT_TRANSLATE_NOOP("tailor-cli", "Number of users (default 5000)."),
                 QT_TRANSLATE_NOOP("tailor-cli", "n")),
          option("items", QT_TRANSLATE_NOOP("tailor-cli", "Number of items (default 1600)."),
                 QT_TRANSLATE_NOOP("tailor-cli", "n")),
          option("ratings",
                 QT_TRANSLATE_NOOP("tailor-cli", "Approximate number of ratings (default 300000)."),
                 QT_TRANSLATE_NOOP("tailor-cli", "n")),
          option("seed", QT_TRANSLATE_NOOP("tailor-cli", "Seed of the generator (default 20240101)."),
                 QT_TRANSLATE_NOOP("tailor-cli", "seed"))},
         {{QStringLiteral("path"),
           QCoreApplication::translate("tailor-cli", "Where to create the workspace.")}},
         runDemoCreate}};
}

} // namespace tailor::cli
