// JsonObjectBuilder fills a QJsonObject with many keys in time linear in their number. QJsonObject::insert
// keeps its keys sorted by moving every key after the new one, so inserting n keys costs n² moves: a
// front matter map, sample or input set of 50,000 keys took seconds. The builder inserts directly while
// the object is small (the common case, with no overhead) and collects into a QVariantMap of QJsonValues,
// converted in one pass, once it grows.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace tailor {

class JsonObjectBuilder
{
public:
    JsonObjectBuilder() = default;
    explicit JsonObjectBuilder(const QJsonObject &start)
        : m_object(start)
    {}

    bool contains(const QString &key) const
    {
        return m_mapped ? m_map.contains(key) : m_object.contains(key);
    }

    // A key given twice keeps the last value, as QJsonObject::insert does.
    void insert(const QString &key, const QJsonValue &value)
    {
        if (!m_mapped && ++m_inserts > directInserts) {
            for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
                m_map.insert(it.key(), QVariant::fromValue(it.value()));
            m_object = QJsonObject();
            m_mapped = true;
        }
        if (m_mapped)
            m_map.insert(key, QVariant::fromValue(value));
        else
            m_object.insert(key, value);
    }

    QJsonObject take() const { return m_mapped ? QJsonObject::fromVariantMap(m_map) : m_object; }

private:
    static constexpr int directInserts = 32;

    QJsonObject m_object;
    QVariantMap m_map;
    bool m_mapped = false;
    int m_inserts = 0;
};

} // namespace tailor
