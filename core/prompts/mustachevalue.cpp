#include "prompts/mustachevalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace tailor {

namespace {

// Shortest text that reads back as the same double: 1.21 stays "1.21", not "1.2100000000000000".
QString formatDouble(double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

// Whole numbers up to 2^53 are exact in a double; JSON carries every number as one.
bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= 9007199254740992.0;
}

} // namespace

MustacheValue::MustacheValue(Type type)
    : m_type(type)
{
    if (type == Type::List || type == Type::Object)
        m_compound = new Compound;
}

MustacheValue::MustacheValue(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
    , m_text(value ? QStringLiteral("true") : QStringLiteral("false"))
{}

MustacheValue::MustacheValue(int value)
    : MustacheValue(qint64(value))
{}

MustacheValue::MustacheValue(qint64 value)
    : m_type(Type::Integer)
    , m_integer(value)
    , m_double(double(value))
    , m_text(QString::number(value))
{}

MustacheValue::MustacheValue(double value)
    : m_type(Type::Double)
    , m_integer(qint64(std::isfinite(value) ? value : 0))
    , m_double(value)
    , m_text(formatDouble(value))
{}

MustacheValue::MustacheValue(const QString &value)
    : m_type(Type::String)
    , m_text(value)
{}

MustacheValue::MustacheValue(QString &&value)
    : m_type(Type::String)
    , m_text(std::move(value))
{}

MustacheValue MustacheValue::list()
{
    return MustacheValue(Type::List);
}

MustacheValue MustacheValue::object()
{
    return MustacheValue(Type::Object);
}

MustacheValue MustacheValue::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return MustacheValue(json.toBool());
    case QJsonValue::Double: {
        const double number = json.toDouble();
        if (isWholeNumber(number))
            return MustacheValue(qint64(number));
        return MustacheValue(number);
    }
    case QJsonValue::String:
        return MustacheValue(json.toString());
    case QJsonValue::Array: {
        MustacheValue result = list();
        const QJsonArray array = json.toArray();
        result.m_compound->items.reserve(size_t(array.size()));
        for (const QJsonValue &item : array)
            result.m_compound->items.push_back(fromJson(item));
        return result;
    }
    case QJsonValue::Object:
        return fromJson(json.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return MustacheValue();
}

MustacheValue MustacheValue::fromJson(const QJsonObject &json)
{
    MustacheValue result = object();
    std::vector<Member> &members = result.m_compound->members;
    members.reserve(size_t(json.size()));
    for (auto it = json.begin(); it != json.end(); ++it)
        members.push_back(Member{it.key(), keyHash(it.key()), fromJson(it.value())});
    result.sortMembers();
    return result;
}

// Keys of JSON objects and variant maps are unique, so members can be gathered and sorted once: inserting
// each in place would move half the members every time, which is quadratic in a large object.
void MustacheValue::sortMembers()
{
    std::vector<Member> &members = compound().members;
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        if (a.hash != b.hash)
            return a.hash < b.hash;
        return QStringView(a.key) < QStringView(b.key);
    });
}

MustacheValue MustacheValue::fromVariant(const QVariant &variant)
{
    // A database NULL arrives as a typed null variant (an int column's NULL is not 0).
    if (variant.isNull())
        return MustacheValue();
    switch (variant.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return MustacheValue();
    case QMetaType::Bool:
        return MustacheValue(variant.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return MustacheValue(variant.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong value = variant.toULongLong();
        if (value <= qulonglong(std::numeric_limits<qint64>::max()))
            return MustacheValue(qint64(value));
        return MustacheValue(double(value));
    }
    case QMetaType::Float:
    case QMetaType::Double:
        return MustacheValue(variant.toDouble());
    case QMetaType::QString:
        return MustacheValue(variant.toString());
    case QMetaType::QStringList: {
        MustacheValue result = list();
        for (const QString &item : variant.toStringList())
            result.m_compound->items.push_back(MustacheValue(item));
        return result;
    }
    case QMetaType::QVariantList: {
        MustacheValue result = list();
        for (const QVariant &item : variant.toList())
            result.m_compound->items.push_back(fromVariant(item));
        return result;
    }
    case QMetaType::QVariantMap: {
        MustacheValue result = object();
        const QVariantMap map = variant.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            result.m_compound->members.push_back(
                Member{it.key(), keyHash(it.key()), fromVariant(it.value())});
        result.sortMembers();
        return result;
    }
    case QMetaType::QVariantHash: {
        MustacheValue result = object();
        const QVariantHash hash = variant.toHash();
        for (auto it = hash.begin(); it != hash.end(); ++it)
            result.m_compound->members.push_back(
                Member{it.key(), keyHash(it.key()), fromVariant(it.value())});
        result.sortMembers();
        return result;
    }
    case QMetaType::QJsonValue:
        return fromJson(variant.toJsonValue());
    case QMetaType::QJsonObject:
        return fromJson(variant.toJsonObject());
    case QMetaType::QJsonArray:
        return fromJson(QJsonValue(variant.toJsonArray()));
    case QMetaType::QJsonDocument: {
        const QJsonDocument document = variant.toJsonDocument();
        if (document.isObject())
            return fromJson(document.object());
        if (document.isArray())
            return fromJson(QJsonValue(document.array()));
        return MustacheValue();
    }
    default:
        return MustacheValue(variant.toString());
    }
}

qint64 MustacheValue::toInteger() const
{
    return m_type == Type::Integer || m_type == Type::Double ? m_integer : 0;
}

double MustacheValue::toDouble() const
{
    return m_type == Type::Integer || m_type == Type::Double ? m_double : 0.0;
}

MustacheValue::Compound &MustacheValue::compound()
{
    return *m_compound;
}

void MustacheValue::append(MustacheValue item)
{
    if (m_type != Type::List)
        *this = list();
    compound().items.push_back(std::move(item));
}

void MustacheValue::insert(const QString &key, MustacheValue value)
{
    if (m_type != Type::Object)
        *this = object();
    std::vector<Member> &members = compound().members;
    const quint32 hash = keyHash(key);
    auto it = std::lower_bound(members.begin(), members.end(), std::pair<quint32, QStringView>(hash, key),
                               [](const Member &m, const std::pair<quint32, QStringView> &probe) {
                                   if (m.hash != probe.first)
                                       return m.hash < probe.first;
                                   return QStringView(m.key) < probe.second;
                               });
    if (it != members.end() && it->hash == hash && it->key == key) {
        it->value = std::move(value);
        return;
    }
    members.insert(it, Member{key, hash, std::move(value)});
}

QStringList MustacheValue::keys() const
{
    QStringList result;
    if (m_type != Type::Object || !m_compound)
        return result;
    result.reserve(qsizetype(m_compound->members.size()));
    for (const Member &m : m_compound->members)
        result.append(m.key);
    result.sort();
    return result;
}

} // namespace tailor
