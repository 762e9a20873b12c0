#include "importrequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tailor {

Result<ColumnMapping> ColumnMapping::parse(const QString &text, ColumnMapping mapping)
{
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error::badInput(QCoreApplication::translate(
                                       "tailor::ImportRequest",
                                       "'%1' is not a column mapping: write ROLE=COLUMN, e.g. user=userId.")
                                       .arg(pair));
        const QString role = pair.left(equals).trimmed().toLower();
        const QString column = pair.mid(equals + 1).trimmed();
        if (role == QLatin1String("user"))
            mapping.user = column;
        else if (role == QLatin1String("item"))
            mapping.item = column;
        else if (role == QLatin1String("time") || role == QLatin1String("timestamp"))
            mapping.timestamp = column;
        else if (role == QLatin1String("kind"))
            mapping.kind = column;
        else if (role == QLatin1String("value"))
            mapping.value = column;
        else if (role == QLatin1String("id"))
            mapping.id = column;
        else if (role == QLatin1String("title"))
            mapping.title = column;
        else if (role == QLatin1String("categories"))
            mapping.categories = column;
        else if (role == QLatin1String("consent"))
            mapping.consent = column;
        else
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::ImportRequest",
                    "Unknown column role '%1': use user, item, time, kind, value, id, title, "
                    "categories or consent.")
                    .arg(role));
    }
    return mapping;
}

QString ColumnMapping::toMapText() const
{
    QStringList pairs;
    const auto put = [&pairs](QLatin1StringView role, const QString &column) {
        if (!column.isEmpty())
            pairs << role + QLatin1Char('=') + column;
    };
    put(QLatin1StringView("user"), user);
    put(QLatin1StringView("item"), item);
    put(QLatin1StringView("time"), timestamp);
    put(QLatin1StringView("kind"), kind);
    put(QLatin1StringView("value"), value);
    put(QLatin1StringView("id"), id);
    put(QLatin1StringView("title"), title);
    put(QLatin1StringView("categories"), categories);
    put(QLatin1StringView("consent"), consent);
    return pairs.join(QLatin1Char(','));
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("user", user);
    put("item", item);
    put("timestamp", timestamp);
    put("kind", kind);
    put("value", value);
    put("id", id);
    put("title", title);
    put("categories", categories);
    put("consent", consent);
    if (!piiFields.isEmpty())
        object.insert(QStringLiteral("pii"), QJsonArray::fromStringList(piiFields));
    if (!attributes.isEmpty())
        object.insert(QStringLiteral("attributes"), QJsonArray::fromStringList(attributes));
    return object;
}

QJsonObject ImportPreview::toJson() const
{
    QJsonArray rows;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject row{{QStringLiteral("fields"), QJsonArray::fromStringList(fields.at(i))}};
        if (i < errors.size() && !errors.at(i).isEmpty())
            row.insert(QStringLiteral("error"), errors.at(i));
        else if (i < parsed.size())
            row.insert(QStringLiteral("parsed"), parsed.at(i));
        rows.append(row);
    }
    return {{QStringLiteral("format"), importFormatId(format)},
            {QStringLiteral("encoding"), textEncodingId(encoding)},
            {QStringLiteral("separator"), separator},
            {QStringLiteral("header"), hasHeader},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("mapping"), mapping.toJson()},
            {QStringLiteral("file_size"), fileSize},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("mapping_error"), mappingError}};
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject object{{QStringLiteral("file"), file},
                       {QStringLiteral("target"), importTargetId(target)},
                       {QStringLiteral("format"), importFormatId(format)},
                       {QStringLiteral("encoding"), textEncodingId(encoding)},
                       {QStringLiteral("rows"), rowsRead},
                       {QStringLiteral("inserted"), inserted},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("users_derived"), usersDerived},
                       {QStringLiteral("elapsed_ms"), elapsedMs}};
    if (!rejectsPath.isEmpty())
        object.insert(QStringLiteral("rejects_file"), rejectsPath);
    if (!firstConflict.isEmpty())
        object.insert(QStringLiteral("first_conflict"), firstConflict);
    return object;
}

QStringList importCommandArguments(const ImportRequest &request)
{
    const ColumnMapping defaults;
    const ColumnMapping &mapping = request.mapping;
    QStringList arguments{QStringLiteral("import"), importTargetId(request.target), request.path};
    const auto add = [&arguments](const char *option, const QString &value) {
        arguments << QLatin1String("--") + QLatin1String(option) << value;
    };
    if (request.format != ImportFormat::Auto)
        add("format", importFormatId(request.format));
    if (request.encoding != TextEncoding::Auto)
        add("encoding", textEncodingId(request.encoding));
    if (const QString map = mapping.toMapText(); !map.isEmpty())
        add("map", map);
    if (mapping.timestampUnit != defaults.timestampUnit)
        add("time-unit", timestampUnitId(mapping.timestampUnit));
    if (mapping.defaultKind != defaults.defaultKind)
        add("kind", mapping.defaultKind);
    if (mapping.categorySeparator != defaults.categorySeparator)
        add("categories-separator", mapping.categorySeparator);
    if (!mapping.attributes.isEmpty())
        add("attributes", mapping.attributes.join(QLatin1Char(',')));
    if (!mapping.piiFields.isEmpty())
        add("pii", mapping.piiFields.join(QLatin1Char(',')));
    if (request.defaultConsent != Consent::Unknown)
        add("consent-default", consentId(request.defaultConsent));
    if (request.skipBadRows)
        arguments << QStringLiteral("--skip-bad-rows");
    if (!request.rejectsPath.isEmpty())
        add("rejects", request.rejectsPath);
    return arguments;
}

QString importTargetId(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Interactions:
        return QStringLiteral("interactions");
    case ImportTarget::Items:
        return QStringLiteral("items");
    case ImportTarget::Users:
        break;
    }
    return QStringLiteral("users");
}

QString importFormatId(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::MovieLens100k:
        return QStringLiteral("ml-100k");
    case ImportFormat::MovieLens1m:
        return QStringLiteral("ml-1m");
    case ImportFormat::MovieLensCsv:
        return QStringLiteral("ml-csv");
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    case ImportFormat::JsonLines:
        break;
    }
    return QStringLiteral("jsonl");
}

Result<ImportFormat> parseImportFormat(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (ImportFormat format : {ImportFormat::Auto, ImportFormat::MovieLens100k, ImportFormat::MovieLens1m,
                                ImportFormat::MovieLensCsv, ImportFormat::Csv, ImportFormat::JsonLines}) {
        if (importFormatId(format) == key)
            return format;
    }
    if (key == QLatin1String("ml-10m"))
        return ImportFormat::MovieLens1m;
    if (key == QLatin1String("ndjson") || key == QLatin1String("json"))
        return ImportFormat::JsonLines;
    return Error::badInput(QCoreApplication::translate(
                               "tailor::ImportRequest",
                               "Unknown format '%1': use auto, ml-100k, ml-1m, ml-10m, ml-csv, csv or jsonl.")
                               .arg(id));
}

QString textEncodingId(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Latin1:
        break;
    }
    return QStringLiteral("latin-1");
}

Result<TextEncoding> parseTextEncoding(const QString &id)
{
    const QString key = id.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("latin1") || key == QLatin1String("iso88591"))
        return TextEncoding::Latin1;
    return Error::badInput(QCoreApplication::translate("tailor::ImportRequest",
                                                       "Unknown encoding '%1': use auto, utf-8 or latin-1.")
                               .arg(id));
}

Result<TimestampUnit> parseTimestampUnit(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == QLatin1String("auto"))
        return TimestampUnit::Auto;
    if (key == QLatin1String("s") || key == QLatin1String("seconds"))
        return TimestampUnit::Seconds;
    if (key == QLatin1String("ms") || key == QLatin1String("millis") || key == QLatin1String("milliseconds"))
        return TimestampUnit::Milliseconds;
    if (key == QLatin1String("iso") || key == QLatin1String("iso8601"))
        return TimestampUnit::Iso8601;
    return Error::badInput(QCoreApplication::translate("tailor::ImportRequest",
                                                       "Unknown timestamp unit '%1': use auto, s, ms or iso.")
                               .arg(id));
}

QString timestampUnitId(TimestampUnit unit)
{
    switch (unit) {
    case TimestampUnit::Auto:
        return QStringLiteral("auto");
    case TimestampUnit::Seconds:
        return QStringLiteral("s");
    case TimestampUnit::Milliseconds:
        return QStringLiteral("ms");
    case TimestampUnit::Iso8601:
        break;
    }
    return QStringLiteral("iso");
}

} // namespace tailor
