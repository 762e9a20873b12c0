// MustacheValue is the data a Mustache template renders against: null, bool, number, string, list or
// object, as a small implicitly shared tree. It is built once (from JSON, from a QVariant, or by hand)
// and then read by many renders, so it is laid out for reading: scalars carry the exact text that
// interpolation inserts, and object members are kept sorted by a hash of their key, which the template
// computes once at parse time, so a lookup never hashes and rarely compares strings.
#pragma once

#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

class QJsonObject;
class QJsonValue;
class QVariant;

namespace tailor {

class MustacheValue
{
public:
    enum class Type : quint8
    {
        Null,
        Bool,
        Integer,
        Double,
        String,
        List,
        Object,
    };

    MustacheValue() = default;
    MustacheValue(bool value);
    MustacheValue(int value);
    MustacheValue(qint64 value);
    MustacheValue(double value);
    MustacheValue(const QString &value);
    MustacheValue(QString &&value);
    // A string literal would otherwise silently become a bool.
    MustacheValue(const char *) = delete;

    static MustacheValue list();
    static MustacheValue object();
    // JSON numbers that hold a whole number (within ±2^53) become Integer, others Double.
    static MustacheValue fromJson(const QJsonValue &json);
    static MustacheValue fromJson(const QJsonObject &json);
    // Maps, hashes, lists, string lists, JSON types, numbers, bools and strings map to their
    // counterparts; an invalid, null-pointer or typed null variant (a database NULL) is Null; anything else
    // becomes its toString().
    static MustacheValue fromVariant(const QVariant &variant);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isList() const { return m_type == Type::List; }
    bool isObject() const { return m_type == Type::Object; }
    // The Mustache spec's falsey values: null, false and the empty list. Everything else, including
    // 0 and the empty string, is truthy.
    bool isFalsey() const;

    // What interpolation inserts: the string itself, a number in its shortest exact form (85, 1.21),
    // "true"/"false"; empty for null, lists and objects.
    const QString &text() const { return m_text; }
    bool toBool() const { return m_type == Type::Bool && m_bool; }
    qint64 toInteger() const;
    double toDouble() const;

    // Number of list items or object members; 0 for scalars.
    qsizetype size() const;
    const MustacheValue &at(qsizetype index) const;
    // Appends to a list; any other value becomes an empty list first.
    void append(MustacheValue item);
    // Sets an object member; any other value becomes an empty object first.
    void insert(const QString &key, MustacheValue value);
    // Null when this is not an object or has no such key.
    const MustacheValue *member(QStringView key) const;
    // The same, with the key's keyHash() precomputed.
    const MustacheValue *member(QStringView key, quint32 hash) const;
    QStringList keys() const;

    static quint32 keyHash(QStringView key);

private:
    struct Member;
    struct Compound;

    explicit MustacheValue(Type type);
    Compound &compound();
    void sortMembers();

    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    double m_double = 0;
    QString m_text;
    QSharedDataPointer<Compound> m_compound;
};

struct MustacheValue::Member
{
    QString key;
    quint32 hash = 0;
    MustacheValue value;
};

// Lists use items; objects use members, sorted by (hash, key).
struct MustacheValue::Compound : QSharedData
{
    std::vector<MustacheValue> items;
    std::vector<Member> members;
};

inline qsizetype MustacheValue::size() const
{
    if (!m_compound)
        return 0;
    return m_type == Type::List ? qsizetype(m_compound->items.size()) : qsizetype(m_compound->members.size());
}

inline const MustacheValue &MustacheValue::at(qsizetype index) const
{
    return m_compound->items[size_t(index)];
}

inline bool MustacheValue::isFalsey() const
{
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return !m_bool;
    case Type::List:
        return size() == 0;
    default:
        return false;
    }
}

inline quint32 MustacheValue::keyHash(QStringView key)
{
    // FNV-1a over UTF-16 code units: keys are short, and this is cheaper than a seeded hash.
    quint32 hash = 2166136261u;
    for (QChar c : key) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

inline const MustacheValue *MustacheValue::member(QStringView key, quint32 hash) const
{
    if (m_type != Type::Object || !m_compound)
        return nullptr;
    const std::vector<Member> &members = m_compound->members;
    size_t lo = 0;
    size_t hi = members.size();
    // Small objects (the common case) scan linearly; larger ones bisect on the hash.
    while (hi - lo > 8) {
        const size_t mid = lo + (hi - lo) / 2;
        if (members[mid].hash < hash)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < members.size(); ++i) {
        const Member &m = members[i];
        if (m.hash == hash) {
            if (m.key == key)
                return &m.value;
        } else if (m.hash > hash) {
            break;
        }
    }
    return nullptr;
}

inline const MustacheValue *MustacheValue::member(QStringView key) const
{
    return member(key, keyHash(key));
}

} // namespace tailor
