// ImportRequest says what to import and how: the file, whether it holds interactions, items or users, its
// format (a MovieLens release, generic CSV or JSON Lines; detected when left at Auto), its text encoding
// (detected when left at Auto), the column mapping for generic files, and what to do with bad rows. The
// GUI's import wizard fills one from its pages; the CLI from its flags. ImportPreview, ImportProgress and
// ImportReport are what an import shows before, during and after it runs.
#pragma once

#include "profiles/consent.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tailor {

enum class ImportTarget
{
    Interactions,
    Items,
    Users
};

enum class ImportFormat
{
    Auto,
    MovieLens100k, // u.data (tab), u.item / u.user (pipe), no header
    MovieLens1m,   // ratings.dat / movies.dat / users.dat, "::"-separated, no header (1M and 10M)
    MovieLensCsv,  // ratings.csv / movies.csv with a header (the CSV releases: 20M, 25M, 32M, latest)
    Csv,           // generic CSV with a header row and a column mapping
    JsonLines      // one JSON object per line, keys mapped like CSV columns
};

enum class TextEncoding
{
    Auto, // UTF-8 unless the first non-ASCII line is not valid UTF-8, then Latin-1
    Utf8,
    Latin1
};

enum class TimestampUnit
{
    Auto, // numbers ≥ 10^11 are milliseconds, smaller ones seconds; anything else ISO 8601
    Seconds,
    Milliseconds,
    Iso8601
};

// Which column (CSV header name, JSON key) holds what. Empty names are guessed from common spellings
// (user_id, userId, user; item_id, movieId, item; timestamp, time, ts; kind, event, type; value, rating).
struct ColumnMapping
{
    // Interactions.
    QString user;
    QString item;
    QString timestamp;
    QString kind;
    QString value;
    TimestampUnit timestampUnit = TimestampUnit::Auto;
    QString defaultKind = QStringLiteral("rating"); // when there is no kind column
    // Items.
    QString id; // item or user id (empty: "id", then "item_id" / "user_id" and friends)
    QString title;
    QString categories;
    QString categorySeparator = QStringLiteral("|");
    // Users.
    QString consent;       // yes/no, true/false, 1/0, granted/refused; empty cells mean unknown
    QStringList piiFields; // attribute columns holding personal data: masked unless revealed
    // Items and users: the attribute columns to keep (empty: every column not mapped above).
    QStringList attributes;

    // "user=userId,item=movieId,time=ts,kind=event,value=rating,title=name,categories=genres,id=uid,
    // consent=ok" as the CLI's --map takes it.
    static Result<ColumnMapping> parse(const QString &text, ColumnMapping base);
    // The --map text parse() reads back to the same roles (roles without a column are left out).
    QString toMapText() const;
    QJsonObject toJson() const;

    bool operator==(const ColumnMapping &other) const = default;
};

struct ImportRequest
{
    QString path;
    ImportTarget target = ImportTarget::Interactions;
    ImportFormat format = ImportFormat::Auto;
    TextEncoding encoding = TextEncoding::Auto;
    ColumnMapping mapping;
    // Import the good rows and write each rejected one to rejectsPath (default: FILE.rejects.tsv beside
    // the file) instead of importing nothing.
    bool skipBadRows = false;
    QString rejectsPath;
    // Users: the consent of users whose file has no consent column (MovieLens has none).
    Consent defaultConsent = Consent::Unknown;
    // Rows per batch: progress is reported and the cancel flag checked once per batch.
    int batchSize = 20000;
};

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 rows = 0;
    QString phase; // "reading", "deriving profiles", "committing"
};

// The first rows of a file as the import would read them, for the wizard's preview and mapping pages.
struct ImportPreview
{
    ImportFormat format = ImportFormat::Auto;
    TextEncoding encoding = TextEncoding::Auto;
    QString separator; // "\t", "|", "::", ",", ";" or "" for JSON Lines
    bool hasHeader = false;
    QStringList columns;       // header names, or "1", "2", ... when the format has no header
    ColumnMapping mapping;     // the mapping with guessed names filled in
    QList<QStringList> fields; // the raw fields of each previewed row
    QList<QJsonObject> parsed; // each row as the import would store it (empty when it is bad)
    QStringList errors;        // per row: "" or the message the import would give
    QString mappingError;      // the header lacks a mapped column: fix the mapping before importing
    qint64 fileSize = 0;

    QJsonObject toJson() const;
};

struct ImportReport
{
    QString file;
    ImportTarget target = ImportTarget::Interactions;
    ImportFormat format = ImportFormat::Auto;
    TextEncoding encoding = TextEncoding::Auto;
    qint64 rowsRead = 0;   // data rows (header excluded)
    qint64 inserted = 0;   // new interactions, items or users
    qint64 updated = 0;    // items or users whose stored data changed
    qint64 duplicates = 0; // rows already in the workspace (or earlier in the file): nothing added
    // Duplicates (counted above too) whose values differ: an interaction stored with another value, an item
    // or user given earlier in the file with other values. The first value stays; with skipBadRows each is
    // listed in the rejects file.
    qint64 conflicts = 0;
    QString firstConflict; // the message of the first one
    qint64 rejected = 0;   // bad rows skipped (only with skipBadRows)
    QString rejectsPath;   // where they were written, when any were
    qint64 usersDerived = 0;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

// The tailor-cli arguments that make the same request, from "import" on: the GUI shows them so an analyst
// can script what they just did. Options left at their defaults are left out.
QStringList importCommandArguments(const ImportRequest &request);

QString importTargetId(ImportTarget target); // "interactions", "items", "users"
QString importFormatId(ImportFormat format); // "auto", "ml-100k", "ml-1m", "ml-csv", "csv", "jsonl"
Result<ImportFormat> parseImportFormat(const QString &id);
QString textEncodingId(TextEncoding encoding); // "auto", "utf-8", "latin-1"
Result<TextEncoding> parseTextEncoding(const QString &id);
Result<TimestampUnit> parseTimestampUnit(const QString &id); // "auto", "s", "ms", "iso"
QString timestampUnitId(TimestampUnit unit);

} // namespace tailor
