#include "recordparser.h"

#include "text/controlcharacters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <deque>
#include <set>

namespace tailor {

namespace {

const QStringList &movieLens100kGenres()
{
    static const QStringList genres = {
        QStringLiteral("unknown"),   QStringLiteral("Action"),      QStringLiteral("Adventure"),
        QStringLiteral("Animation"), QStringLiteral("Children's"),  QStringLiteral("Comedy"),
        QStringLiteral("Crime"),     QStringLiteral("Documentary"), QStringLiteral("Drama"),
        QStringLiteral("Fantasy"),   QStringLiteral("Film-Noir"),   QStringLiteral("Horror"),
        QStringLiteral("Musical"),   QStringLiteral("Mystery"),     QStringLiteral("Romance"),
        QStringLiteral("Sci-Fi"),    QStringLiteral("Thriller"),    QStringLiteral("War"),
        QStringLiteral("Western")};
    return genres;
}

QByteArrayView trimmed(QByteArrayView view)
{
    while (!view.isEmpty() && (view.front() == ' ' || view.front() == '\t'))
        view = view.sliced(1);
    while (!view.isEmpty() && (view.back() == ' ' || view.back() == '\t'))
        view.chop(1);
    return view;
}

// A field's text as a message quotes it: shortened, control characters escaped.
QString shown(QStringView text)
{
    if (text.size() > 40)
        return escapeControlCharacters(text.left(40)) + QStringLiteral("…");
    return escapeControlCharacters(text);
}

QString shown(QByteArrayView view)
{
    return shown(QString::fromUtf8(view));
}

// The header's columns as a message lists them.
QString columnList(const QStringList &columns)
{
    return escapeControlCharacters(columns.join(QStringLiteral(", ")));
}

bool parseInteger(QByteArrayView view, qint64 &out)
{
    if (view.isEmpty())
        return false;
    const char *begin = view.data();
    if (*begin == '+')
        ++begin;
    const auto [end, error] = std::from_chars(begin, view.data() + view.size(), out);
    return error == std::errc() && end == view.data() + view.size();
}

bool parseNumber(QByteArrayView view, double &out)
{
    if (view.isEmpty())
        return false;
    const char *begin = view.data();
    if (*begin == '+')
        ++begin;
    const auto [end, error] = std::from_chars(begin, view.data() + view.size(), out);
    return error == std::errc() && end == view.data() + view.size() && std::isfinite(out);
}

QString separatorName(ImportFormat format, char separator)
{
    switch (format) {
    case ImportFormat::MovieLens1m:
        return QStringLiteral("'::'");
    case ImportFormat::JsonLines:
        return {};
    default:
        break;
    }
    if (separator == '\t')
        return QCoreApplication::translate("tailor::RecordParser", "tab");
    return QLatin1Char('\'') + QLatin1Char(separator) + QLatin1Char('\'');
}

// Which other separator a line that did not split seems to use, for the "wrong separator" hint.
QString guessSeparator(QByteArrayView line)
{
    if (line.contains("::"))
        return QStringLiteral("'::'");
    for (char candidate : {'\t', ',', ';', '|'}) {
        if (line.contains(candidate))
            return candidate == '\t' ? QCoreApplication::translate("tailor::RecordParser", "tab")
                                     : QLatin1Char('\'') + QLatin1Char(candidate) + QLatin1Char('\'');
    }
    return {};
}

} // namespace

struct RecordParser::Json
{
    simdjson::dom::parser parser;
    std::deque<std::string> values;
};

RecordParser::RecordParser(ImportFormat format, ImportTarget target, ColumnMapping mapping)
    : m_format(format)
    , m_target(target)
    , m_mapping(std::move(mapping))
{
    switch (m_format) {
    case ImportFormat::MovieLens100k:
        m_separator = m_target == ImportTarget::Interactions ? '\t' : '|';
        break;
    case ImportFormat::MovieLens1m:
        m_separator = ':';
        break;
    default:
        m_separator = ',';
        break;
    }
    if (m_format == ImportFormat::JsonLines)
        m_json = std::make_unique<Json>();
}

RecordParser::~RecordParser() = default;

bool RecordParser::hasHeader() const
{
    return m_format == ImportFormat::MovieLensCsv || m_format == ImportFormat::Csv;
}

QString RecordParser::separatorText() const
{
    if (m_format == ImportFormat::JsonLines)
        return {};
    if (m_format == ImportFormat::MovieLens1m)
        return QStringLiteral("::");
    return QString(QLatin1Char(m_separator));
}

Result<int> RecordParser::resolve(const QString &wanted, const QStringList &guesses, const QString &role,
                                  bool required, const QHash<int, QString> &taken) const
{
    if (!wanted.isEmpty()) {
        const qsizetype index = m_columns.indexOf(wanted);
        if (index >= 0)
            return int(index);
        if (m_format == ImportFormat::JsonLines)
            return -1 - int(m_columns.size()); // a key the first line lacks: added when it appears
        return Error::badInput(
            QCoreApplication::translate("tailor::RecordParser",
                                        "the header has no column '%1' for the %2 (columns: %3)")
                .arg(wanted, role, columnList(m_columns)));
    }
    for (const QString &guess : guesses) {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).compare(guess, Qt::CaseInsensitive) == 0 && !taken.contains(int(i)))
                return int(i);
        }
    }
    if (required)
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::RecordParser",
                "there is no column for the %1 (columns: %2); name it in the column mapping")
                .arg(role, columnList(m_columns)));
    return -1;
}

Result<void> RecordParser::readHeader(QByteArrayView line)
{
    const auto set = [](Column &column, int index, const QString &name) {
        column.index = index;
        column.name = name;
    };
    m_columns.clear();
    if (m_format == ImportFormat::MovieLens100k || m_format == ImportFormat::MovieLens1m) {
        switch (m_target) {
        case ImportTarget::Interactions:
            set(m_user, 0, QCoreApplication::translate("tailor::RecordParser", "user id"));
            set(m_item, 1, QCoreApplication::translate("tailor::RecordParser", "item id"));
            set(m_value, 2, QCoreApplication::translate("tailor::RecordParser", "rating"));
            set(m_time, 3, QCoreApplication::translate("tailor::RecordParser", "timestamp"));
            m_expectedFields = 4;
            m_columns = {QCoreApplication::translate("tailor::RecordParser", "user id"),
                         QCoreApplication::translate("tailor::RecordParser", "item id"),
                         QCoreApplication::translate("tailor::RecordParser", "rating"),
                         QCoreApplication::translate("tailor::RecordParser", "timestamp")};
            break;
        case ImportTarget::Items:
            set(m_id, 0, QCoreApplication::translate("tailor::RecordParser", "item id"));
            set(m_title, 1, QCoreApplication::translate("tailor::RecordParser", "title"));
            if (m_format == ImportFormat::MovieLens100k) {
                m_expectedFields = 5 + int(movieLens100kGenres().size());
                m_columns = {QCoreApplication::translate("tailor::RecordParser", "item id"),
                             QCoreApplication::translate("tailor::RecordParser", "title"),
                             QCoreApplication::translate("tailor::RecordParser", "release date"),
                             QCoreApplication::translate("tailor::RecordParser", "video release date"),
                             QCoreApplication::translate("tailor::RecordParser", "IMDb URL")};
                m_columns += movieLens100kGenres();
            } else {
                set(m_categories, 2, QCoreApplication::translate("tailor::RecordParser", "genres"));
                m_expectedFields = 3;
                m_columns = {QCoreApplication::translate("tailor::RecordParser", "item id"),
                             QCoreApplication::translate("tailor::RecordParser", "title"),
                             QCoreApplication::translate("tailor::RecordParser", "genres")};
            }
            break;
        case ImportTarget::Users:
            set(m_id, 0, QCoreApplication::translate("tailor::RecordParser", "user id"));
            m_expectedFields = 5;
            m_columns = m_format == ImportFormat::MovieLens100k
                            ? QStringList{QCoreApplication::translate("tailor::RecordParser", "user id"),
                                          QStringLiteral("age"), QStringLiteral("gender"),
                                          QStringLiteral("occupation"), QStringLiteral("zip")}
                            : QStringList{QCoreApplication::translate("tailor::RecordParser", "user id"),
                                          QStringLiteral("gender"), QStringLiteral("age"),
                                          QStringLiteral("occupation"), QStringLiteral("zip")};
            m_attributeColumns = {1, 2, 3, 4};
            if (m_mapping.piiFields.isEmpty())
                m_mapping.piiFields = {QStringLiteral("zip")};
            break;
        }
        m_minimumFields = m_expectedFields;
        return {};
    }

    if (m_format == ImportFormat::JsonLines) {
        simdjson::dom::element element;
        simdjson::dom::object object;
        if (m_json->parser.parse(line.data(), size_t(line.size())).get(element) == simdjson::SUCCESS &&
            element.get(object) == simdjson::SUCCESS) {
            for (const auto field : object)
                m_columns << QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
        }
    } else {
        split(line);
        for (const QByteArrayView field : m_fields)
            m_columns << QString::fromUtf8(trimmed(field));
        if (m_carriageField >= 0)
            return Error::badInput(QCoreApplication::translate("tailor::RecordParser",
                                                               "column %1 (%2) of the header contains a "
                                                               "carriage return (\\r) that does not end the "
                                                               "line; remove it or quote the name")
                                       .arg(m_carriageField + 1)
                                       .arg(shown(m_columns.at(m_carriageField))));
    }

    QHash<int, QString> roles; // column index → the field it was given to
    // A guessed column is written back into the mapping, so a preview shows what the import will use.
    const auto take = [&](Column &column, QString &wanted, const QStringList &guesses, const QString &role,
                          bool required) -> Result<void> {
        auto index = resolve(wanted, guesses, role, required, roles);
        if (!index)
            return index.error();
        if (index.value() >= 0 && roles.contains(index.value()))
            return Error::badInput(
                QCoreApplication::translate("tailor::RecordParser",
                                            "the column '%1' is mapped to both the %2 and the "
                                            "%3; each field needs a column of its own")
                    .arg(shown(m_columns.at(index.value())), roles.value(index.value()), role));
        column.index = index.value();
        column.name = escapeControlCharacters(index.value() >= 0 ? m_columns.at(index.value())
                                                                 : (wanted.isEmpty() ? role : wanted));
        if (index.value() < -1) {
            column.index = int(m_columns.size());
            m_columns << wanted;
        }
        if (column.index >= 0)
            roles.insert(column.index, role);
        if (wanted.isEmpty() && index.value() >= 0)
            wanted = m_columns.at(index.value());
        return {};
    };
    const bool movieLensCsv = m_format == ImportFormat::MovieLensCsv;
    Result<void> taken;
    switch (m_target) {
    case ImportTarget::Interactions:
        if (movieLensCsv) {
            m_mapping.user = QStringLiteral("userId");
            m_mapping.item = QStringLiteral("movieId");
            m_mapping.value = QStringLiteral("rating");
            m_mapping.timestamp = QStringLiteral("timestamp");
        }
        if (!(taken = take(m_user, m_mapping.user,
                           {QStringLiteral("user_id"), QStringLiteral("userId"), QStringLiteral("user"),
                            QStringLiteral("uid")},
                           QCoreApplication::translate("tailor::RecordParser", "user id"), true)))
            return taken;
        if (!(taken = take(m_item, m_mapping.item,
                           {QStringLiteral("item_id"), QStringLiteral("itemId"), QStringLiteral("movieId"),
                            QStringLiteral("movie_id"), QStringLiteral("item"), QStringLiteral("product_id")},
                           QCoreApplication::translate("tailor::RecordParser", "item id"), true)))
            return taken;
        if (!(taken = take(m_time, m_mapping.timestamp,
                           {QStringLiteral("timestamp"), QStringLiteral("time"), QStringLiteral("ts"),
                            QStringLiteral("at"), QStringLiteral("date")},
                           QCoreApplication::translate("tailor::RecordParser", "timestamp"), true)))
            return taken;
        if (!(taken = take(m_kind, m_mapping.kind,
                           {QStringLiteral("kind"), QStringLiteral("event"), QStringLiteral("event_type"),
                            QStringLiteral("type")},
                           QCoreApplication::translate("tailor::RecordParser", "event kind"), false)))
            return taken;
        if (!(taken = take(m_value, m_mapping.value,
                           {QStringLiteral("value"), QStringLiteral("rating"), QStringLiteral("score")},
                           QCoreApplication::translate("tailor::RecordParser", "value"), false)))
            return taken;
        break;
    case ImportTarget::Items:
        if (movieLensCsv) {
            m_mapping.id = QStringLiteral("movieId");
            m_mapping.title = QStringLiteral("title");
            m_mapping.categories = QStringLiteral("genres");
        }
        if (!(taken = take(m_id, m_mapping.id,
                           {QStringLiteral("id"), QStringLiteral("item_id"), QStringLiteral("itemId"),
                            QStringLiteral("movieId"), QStringLiteral("item")},
                           QCoreApplication::translate("tailor::RecordParser", "item id"), true)))
            return taken;
        if (!(taken = take(m_title, m_mapping.title, {QStringLiteral("title"), QStringLiteral("name")},
                           QCoreApplication::translate("tailor::RecordParser", "title"), false)))
            return taken;
        if (!(taken = take(m_categories, m_mapping.categories,
                           {QStringLiteral("categories"), QStringLiteral("genres"),
                            QStringLiteral("category"), QStringLiteral("tags")},
                           QCoreApplication::translate("tailor::RecordParser", "categories"), false)))
            return taken;
        break;
    case ImportTarget::Users:
        if (!(taken = take(m_id, m_mapping.id,
                           {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("userId"),
                            QStringLiteral("user")},
                           QCoreApplication::translate("tailor::RecordParser", "user id"), true)))
            return taken;
        if (!(taken = take(m_consent, m_mapping.consent, {QStringLiteral("consent")},
                           QCoreApplication::translate("tailor::RecordParser", "consent"), false)))
            return taken;
        break;
    }
    m_attributeColumns.clear();
    if (m_target != ImportTarget::Interactions) {
        if (m_mapping.attributes.isEmpty()) {
            for (int i = 0; i < int(m_columns.size()); ++i) {
                if (!roles.contains(i))
                    m_attributeColumns << i;
            }
        } else {
            for (const QString &name : std::as_const(m_mapping.attributes)) {
                auto index = resolve(
                    name, {}, QCoreApplication::translate("tailor::RecordParser", "attribute"), true, {});
                if (!index)
                    return index.error();
                m_attributeColumns << index.value();
            }
        }
    }
    for (const QString &pii : std::as_const(m_mapping.piiFields)) {
        if (m_format != ImportFormat::JsonLines && !m_columns.contains(pii))
            return Error::badInput(QCoreApplication::translate(
                                       "tailor::RecordParser",
                                       "the header has no column '%1' to mark as personal data (columns: %2)")
                                       .arg(pii, columnList(m_columns)));
    }
    m_minimumFields = 0;
    for (const Column *column :
         {&m_user, &m_item, &m_time, &m_kind, &m_value, &m_id, &m_title, &m_categories, &m_consent}) {
        m_minimumFields = std::max(m_minimumFields, column->index + 1);
    }
    m_expectedFields = m_format == ImportFormat::JsonLines ? 0 : int(m_columns.size());
    return {};
}

RecordParser::Split RecordParser::split(QByteArrayView line)
{
    m_fields.clear();
    m_splitError.clear();
    m_carriageField = -1;
    if (m_format == ImportFormat::JsonLines) {
        m_json->values.clear();
        simdjson::dom::element element;
        const auto error = m_json->parser.parse(line.data(), size_t(line.size())).get(element);
        if (error != simdjson::SUCCESS) {
            m_splitError = QCoreApplication::translate("tailor::RecordParser", "not a JSON object: %1")
                               .arg(QString::fromUtf8(simdjson::error_message(error)));
            return Split::Bad;
        }
        simdjson::dom::object object;
        if (element.get(object) != simdjson::SUCCESS) {
            m_splitError = QCoreApplication::translate("tailor::RecordParser", "not a JSON object");
            return Split::Bad;
        }
        m_fields.assign(size_t(m_columns.size()), QByteArrayView());
        for (const auto field : object) {
            const QString key = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
            qsizetype index = m_columns.indexOf(key);
            if (index < 0) {
                index = m_columns.size();
                m_columns << key;
                m_fields.emplace_back();
                if (m_target != ImportTarget::Interactions && m_mapping.attributes.isEmpty())
                    m_attributeColumns << int(index);
            }
            std::string text;
            const simdjson::dom::element value = field.value;
            switch (value.type()) {
            case simdjson::dom::element_type::STRING:
                text = std::string(value.get_string().value_unsafe());
                break;
            case simdjson::dom::element_type::NULL_VALUE:
                break;
            case simdjson::dom::element_type::BOOL:
                text = value.get_bool().value_unsafe() ? "true" : "false";
                break;
            case simdjson::dom::element_type::ARRAY: {
                const std::string separator = m_mapping.categorySeparator.toStdString();
                bool first = true;
                simdjson::dom::array array;
                if (value.get(array) != simdjson::SUCCESS)
                    break;
                for (const simdjson::dom::element entry : array) {
                    if (!first)
                        text += separator;
                    first = false;
                    if (entry.is_string())
                        text += std::string(entry.get_string().value_unsafe());
                    else
                        text += simdjson::minify(entry);
                }
                break;
            }
            default:
                text = simdjson::minify(value);
                break;
            }
            m_json->values.push_back(std::move(text));
            const std::string &stored = m_json->values.back();
            m_fields[size_t(index)] = QByteArrayView(stored.data(), qsizetype(stored.size()));
        }
        return Split::Ok;
    }

    // A carriage return that does not end the line (the reader drops the one of CRLF) is the end of a
    // record from a file with mixed line ends, or junk: either way not text of the field it is in.
    const bool carriage = line.contains('\r');
    const auto noteCarriage = [this] {
        if (m_carriageField < 0)
            m_carriageField = int(m_fields.size()) - 1;
    };
    if (m_format == ImportFormat::MovieLens1m) {
        qsizetype start = 0;
        for (;;) {
            const qsizetype at = line.indexOf("::", start);
            m_fields.push_back(at < 0 ? line.sliced(start) : line.sliced(start, at - start));
            if (carriage && m_fields.back().contains('\r'))
                noteCarriage();
            if (at < 0)
                break;
            start = at + 2;
        }
        return Split::Ok;
    }

    const char separator = m_separator;
    const char *data = line.data();
    const qsizetype size = line.size();
    const bool quoting = m_format == ImportFormat::MovieLensCsv || m_format == ImportFormat::Csv;
    if (!quoting || !line.contains('"')) {
        qsizetype start = 0;
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] == separator) {
                m_fields.emplace_back(data + start, i - start);
                start = i + 1;
            }
        }
        m_fields.emplace_back(data + start, size - start);
        if (carriage) {
            for (size_t field = 0; field < m_fields.size() && m_carriageField < 0; ++field) {
                if (m_fields[field].contains('\r'))
                    m_carriageField = int(field);
            }
        }
        return Split::Ok;
    }
    // RFC 4180: a quoted field may hold separators, newlines, carriage returns and doubled quotes. Unescaped
    // text goes to m_scratch, reserved up front so the views into it stay valid.
    m_scratch.clear();
    m_scratch.reserve(size_t(size) + 1);
    qsizetype i = 0;
    for (;;) {
        if (i < size && data[i] == '"') {
            const size_t begin = m_scratch.size();
            ++i;
            bool closed = false;
            while (i < size) {
                if (data[i] == '"') {
                    if (i + 1 < size && data[i + 1] == '"') {
                        m_scratch.push_back('"');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                m_scratch.push_back(data[i++]);
            }
            if (!closed)
                return Split::OpenQuote;
            bool tailCarriage = false;
            while (i < size && data[i] != separator) {
                tailCarriage = tailCarriage || data[i] == '\r';
                m_scratch.push_back(data[i++]);
            }
            m_fields.emplace_back(m_scratch.data() + begin, qsizetype(m_scratch.size() - begin));
            if (tailCarriage)
                noteCarriage();
        } else {
            const qsizetype start = i;
            while (i < size && data[i] != separator)
                ++i;
            m_fields.emplace_back(data + start, i - start);
            if (carriage && m_fields.back().contains('\r'))
                noteCarriage();
        }
        if (i >= size)
            break;
        ++i; // the separator
        if (i == size) {
            m_fields.emplace_back();
            break;
        }
    }
    return Split::Ok;
}

QStringList RecordParser::fieldTexts() const
{
    QStringList texts;
    for (const QByteArrayView field : m_fields)
        texts << QString::fromUtf8(field);
    return texts;
}

QByteArrayView RecordParser::fieldAt(int index) const
{
    if (index < 0 || size_t(index) >= m_fields.size())
        return {};
    return m_fields[size_t(index)];
}

QString RecordParser::fieldText(int index) const
{
    return QString::fromUtf8(trimmed(fieldAt(index)));
}

QString RecordParser::expectedLayout() const
{
    QStringList names;
    for (int i = 0; i < std::min<int>(int(m_columns.size()), 6); ++i)
        names << m_columns.at(i);
    if (m_columns.size() > 6)
        names << QStringLiteral("…");
    return columnList(names);
}

bool RecordParser::checkFieldCount(FieldError &error) const
{
    if (m_format == ImportFormat::JsonLines)
        return true;
    // First: a carriage return inside the line also makes the fields of two records one row.
    if (m_carriageField >= 0) {
        error.column = m_carriageField + 1;
        error.columnName = m_carriageField < m_columns.size()
                               ? escapeControlCharacters(m_columns.at(m_carriageField))
                               : QString::number(m_carriageField + 1);
        error.message = QCoreApplication::translate("tailor::RecordParser",
                                                    "the field contains a carriage return (\\r) that does "
                                                    "not end the line; remove it or quote the field");
        return false;
    }
    const int found = int(m_fields.size());
    const bool tooFew = found < std::max(m_minimumFields, m_expectedFields);
    const bool tooMany = m_expectedFields > 0 && found > m_expectedFields;
    if (!tooFew && !tooMany)
        return true;
    error.column = 0;
    if (tooMany && hasHeader()) {
        error.message = QCoreApplication::translate("tailor::RecordParser",
                                                    "the row has %1 fields, the header has %2 (%3); quote a "
                                                    "field that holds the separator %4")
                            .arg(found)
                            .arg(m_expectedFields)
                            .arg(columnList(m_columns), separatorName(m_format, m_separator));
        return false;
    }
    if (found == 1) {
        const QString other = guessSeparator(m_fields.front());
        if (!other.isEmpty()) {
            error.message =
                QCoreApplication::translate(
                    "tailor::RecordParser",
                    "expected %1 fields separated by %2, found none; the line looks separated by %3 "
                    "— is the format right?")
                    .arg(m_expectedFields)
                    .arg(separatorName(m_format, m_separator), other);
            return false;
        }
    }
    error.message = QCoreApplication::translate("tailor::RecordParser",
                                                "expected %1 fields separated by %2 (%3), found %4")
                        .arg(std::max(m_minimumFields, m_expectedFields))
                        .arg(separatorName(m_format, m_separator), expectedLayout())
                        .arg(found);
    return false;
}

bool RecordParser::parseId(const Column &column, bool numeric, QByteArrayView &out, FieldError &error) const
{
    const QByteArrayView value = trimmed(fieldAt(column.index));
    const auto fail = [&](const QString &message) {
        error.column = column.index + 1;
        error.columnName = column.name;
        error.message = message;
        return false;
    };
    if (value.isEmpty())
        return fail(QCoreApplication::translate("tailor::RecordParser", "the %1 is empty").arg(column.name));
    if (numeric) {
        qint64 number = 0;
        if (!parseInteger(value, number) || number < 0)
            return fail(QCoreApplication::translate("tailor::RecordParser", "'%1' is not a whole number")
                            .arg(shown(value)));
    } else if (value.size() > 256) {
        return fail(QCoreApplication::translate("tailor::RecordParser", "the id is longer than 256 bytes"));
    }
    out = value;
    return true;
}

bool RecordParser::parseTimestamp(const Column &column, qint64 &out, FieldError &error) const
{
    const QByteArrayView value = trimmed(fieldAt(column.index));
    const auto setColumn = [&] {
        error.column = column.index + 1;
        error.columnName = column.name;
    };
    const bool fixed = m_format == ImportFormat::MovieLens100k || m_format == ImportFormat::MovieLens1m ||
                       m_format == ImportFormat::MovieLensCsv;
    const TimestampUnit unit = fixed ? TimestampUnit::Seconds : m_mapping.timestampUnit;
    qint64 number = 0;
    const bool isNumber = parseInteger(value, number);
    if (unit == TimestampUnit::Iso8601 || (unit == TimestampUnit::Auto && !isNumber)) {
        QDateTime time = QDateTime::fromString(QString::fromUtf8(value), Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::fromString(QString::fromUtf8(value), Qt::ISODate);
        if (!time.isValid()) {
            setColumn();
            error.message =
                value.isEmpty()
                    ? QCoreApplication::translate("tailor::RecordParser", "the timestamp is empty")
                    : QCoreApplication::translate("tailor::RecordParser",
                                                  "'%1' is not a timestamp (epoch seconds, milliseconds or "
                                                  "ISO 8601)")
                          .arg(shown(value));
            return false;
        }
        if (time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        out = time.toSecsSinceEpoch();
    } else {
        if (!isNumber) {
            setColumn();
            error.message =
                value.isEmpty()
                    ? QCoreApplication::translate("tailor::RecordParser", "the timestamp is empty")
                    : QCoreApplication::translate("tailor::RecordParser",
                                                  "'%1' is not a whole number of seconds")
                          .arg(shown(value));
            return false;
        }
        const bool millis =
            unit == TimestampUnit::Milliseconds ||
            (unit == TimestampUnit::Auto && (number >= 100000000000LL || number <= -100000000000LL));
        out = millis ? number / 1000 : number;
    }
    if (out < minimumTimestamp || out >= maximumTimestamp) {
        setColumn();
        error.message = QCoreApplication::translate("tailor::RecordParser",
                                                    "timestamp %1 is out of range (1970-01-01 to 2100-01-01)")
                            .arg(shown(value));
        return false;
    }
    return true;
}

bool RecordParser::interaction(InteractionRow &row, FieldError &error) const
{
    if (!checkFieldCount(error))
        return false;
    const bool numeric = m_format != ImportFormat::Csv && m_format != ImportFormat::JsonLines;
    if (!parseId(m_user, numeric, row.user, error) || !parseId(m_item, numeric, row.item, error))
        return false;
    if (!parseTimestamp(m_time, row.at, error))
        return false;
    if (m_kind.index >= 0) {
        row.kind = trimmed(fieldAt(m_kind.index));
        if (row.kind.isEmpty()) {
            error.column = m_kind.index + 1;
            error.columnName = m_kind.name;
            error.message = QCoreApplication::translate("tailor::RecordParser", "the event kind is empty");
            return false;
        }
    } else {
        row.kind = {};
    }
    row.value = 1.0;
    if (m_value.index >= 0) {
        const QByteArrayView value = trimmed(fieldAt(m_value.index));
        if (value.isEmpty() && !numeric) {
            row.value = 1.0;
        } else if (!parseNumber(value, row.value)) {
            error.column = m_value.index + 1;
            error.columnName = m_value.name;
            error.message =
                value.isEmpty()
                    ? QCoreApplication::translate("tailor::RecordParser", "the %1 is empty").arg(m_value.name)
                    : QCoreApplication::translate("tailor::RecordParser", "'%1' is not a number")
                          .arg(shown(value));
            return false;
        } else if (numeric && (row.value < 0.5 || row.value > 5.0)) {
            error.column = m_value.index + 1;
            error.columnName = m_value.name;
            error.message =
                QCoreApplication::translate("tailor::RecordParser", "rating %1 is out of range (0.5 to 5)")
                    .arg(shown(value));
            return false;
        }
    }
    return true;
}

bool RecordParser::item(ItemRow &row, FieldError &error) const
{
    if (!checkFieldCount(error))
        return false;
    const bool numeric = m_format != ImportFormat::Csv && m_format != ImportFormat::JsonLines;
    if (!parseId(m_id, numeric, row.id, error))
        return false;
    row.title = m_title.index >= 0 ? fieldText(m_title.index) : QString();
    row.categories.clear();
    row.attributes = {};
    if (m_format == ImportFormat::MovieLens100k) {
        const QStringList &genres = movieLens100kGenres();
        for (int g = 0; g < int(genres.size()); ++g) {
            const QByteArrayView flag = trimmed(fieldAt(5 + g));
            if (flag == "1") {
                row.categories << genres.at(g);
            } else if (flag != "0") {
                error.column = 6 + g;
                error.columnName = genres.at(g);
                error.message = QCoreApplication::translate("tailor::RecordParser",
                                                            "the genre flag must be 0 or 1, not '%1'")
                                    .arg(shown(flag));
                return false;
            }
        }
        if (!fieldText(2).isEmpty())
            row.attributes.insert(QStringLiteral("release_date"), fieldText(2));
        if (!fieldText(4).isEmpty())
            row.attributes.insert(QStringLiteral("imdb_url"), fieldText(4));
        return true;
    }
    if (m_categories.index >= 0) {
        const QStringList parts = fieldText(m_categories.index).split(m_mapping.categorySeparator);
        for (const QString &part : parts) {
            const QString category = part.trimmed();
            if (!category.isEmpty() && category != QLatin1String("(no genres listed)") &&
                !row.categories.contains(category))
                row.categories << category;
        }
    }
    for (int index : m_attributeColumns) {
        const QString value = fieldText(index);
        if (!value.isEmpty())
            row.attributes.insert(m_columns.at(index), value);
    }
    return true;
}

bool RecordParser::user(UserRow &row, FieldError &error) const
{
    if (!checkFieldCount(error))
        return false;
    const bool numeric = m_format != ImportFormat::Csv && m_format != ImportFormat::JsonLines;
    if (!parseId(m_id, numeric, row.id, error))
        return false;
    row.attributes.clear();
    row.hasConsent = false;
    row.consent = Consent::Unknown;
    if (m_consent.index >= 0) {
        const QString value = fieldText(m_consent.index).toLower();
        row.hasConsent = true;
        if (value.isEmpty() || value == QLatin1String("unknown")) {
            row.consent = Consent::Unknown;
        } else if (value == QLatin1String("1") || value == QLatin1String("yes") ||
                   value == QLatin1String("y") || value == QLatin1String("true") ||
                   value == QLatin1String("granted")) {
            row.consent = Consent::Granted;
        } else if (value == QLatin1String("0") || value == QLatin1String("no") ||
                   value == QLatin1String("n") || value == QLatin1String("false") ||
                   value == QLatin1String("refused")) {
            row.consent = Consent::Refused;
        } else {
            error.column = m_consent.index + 1;
            error.columnName = m_consent.name;
            error.message = QCoreApplication::translate(
                                "tailor::RecordParser",
                                "'%1' is not a consent value (yes/no, true/false, 1/0, granted/refused)")
                                .arg(shown(fieldText(m_consent.index)));
            return false;
        }
    }
    for (int index : m_attributeColumns) {
        const QString value = fieldText(index);
        if (value.isEmpty())
            continue;
        const QString &key = m_columns.at(index);
        row.attributes.append({key, value, m_mapping.piiFields.contains(key)});
    }
    return true;
}

} // namespace tailor
