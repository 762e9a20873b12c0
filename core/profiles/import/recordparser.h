// RecordParser turns one line of an import file into a typed record: it splits the line by the format's
// separator (tab, pipe, "::", CSV with RFC 4180 quoting, or a JSON object), finds the mapped columns and
// converts ids, values and timestamps, or says which column is wrong and why — a carriage return outside
// quotes and more fields than the header included, since either means two records or a value were split
// wrongly; messages quote the file with control characters escaped. It never touches the
// database; ProfileImporter drives it line by line. Views it returns point into the line or into the
// parser's own scratch space and are valid until the next split().
#pragma once

#include "profiles/consent.h"
#include "profiles/importrequest.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace tailor {

struct FieldError
{
    int column = 0; // 1-based; 0 when the whole line is wrong
    QString columnName;
    QString message;
};

struct InteractionRow
{
    QByteArrayView user;
    QByteArrayView item;
    QByteArrayView kind;
    qint64 at = 0; // epoch seconds
    double value = 0;
};

struct ItemRow
{
    QByteArrayView id;
    QString title;
    QStringList categories;
    QJsonObject attributes;
};

struct UserAttribute
{
    QString key;
    QString value;
    bool pii = false;
};

struct UserRow
{
    QByteArrayView id;
    Consent consent = Consent::Unknown;
    bool hasConsent = false; // the file has a consent column
    QList<UserAttribute> attributes;
};

class RecordParser
{
public:
    enum class Split
    {
        Ok,
        OpenQuote, // a quoted CSV field continues on the next line
        Bad        // see splitError()
    };

    RecordParser(ImportFormat format, ImportTarget target, ColumnMapping mapping);
    ~RecordParser();

    ImportFormat format() const { return m_format; }
    bool hasHeader() const;
    // The separator as text ("\t", "|", "::", ",", ";"; empty for JSON Lines).
    QString separatorText() const;
    // Generic CSV: which separator the header uses.
    void setSeparator(char separator) { m_separator = separator; }
    // Reads the header line (CSV formats) and resolves the mapping against it; an error names the missing
    // column. For formats without a header, resolves the fixed layout.
    Result<void> readHeader(QByteArrayView line);
    const QStringList &columns() const { return m_columns; }
    const ColumnMapping &mapping() const { return m_mapping; }

    Split split(QByteArrayView line);
    QString splitError() const { return m_splitError; }
    QStringList fieldTexts() const;

    // Call after split() returned Ok.
    bool interaction(InteractionRow &row, FieldError &error) const;
    bool item(ItemRow &row, FieldError &error) const;
    bool user(UserRow &row, FieldError &error) const;

    // The oldest and newest timestamps an import accepts (1970-01-01 and 2100-01-01).
    static constexpr qint64 minimumTimestamp = 0;
    static constexpr qint64 maximumTimestamp = 4102444800;

private:
    struct Column
    {
        int index = -1;
        QString name;
    };

    bool checkFieldCount(FieldError &error) const;
    bool parseId(const Column &column, bool numeric, QByteArrayView &out, FieldError &error) const;
    bool parseTimestamp(const Column &column, qint64 &out, FieldError &error) const;
    QByteArrayView fieldAt(int index) const;
    QString fieldText(int index) const;
    // The column for a field: the one named in the mapping, else the first guess that no other field has
    // taken (`taken`: column index → field).
    Result<int> resolve(const QString &wanted, const QStringList &guesses, const QString &role, bool required,
                        const QHash<int, QString> &taken) const;
    QString expectedLayout() const;

    ImportFormat m_format;
    ImportTarget m_target;
    ColumnMapping m_mapping;
    char m_separator = ',';
    QStringList m_columns;
    int m_expectedFields = 0; // fixed layouts: the exact count (0 = at least the mapped columns)
    int m_minimumFields = 0;
    Column m_user, m_item, m_time, m_kind, m_value, m_id, m_title, m_categories, m_consent;
    QList<int> m_attributeColumns;
    std::vector<QByteArrayView> m_fields;
    int m_carriageField = -1; // the first field holding a carriage return outside quotes
    std::string m_scratch;
    QString m_splitError;
    struct Json;
    std::unique_ptr<Json> m_json;
};

} // namespace tailor
