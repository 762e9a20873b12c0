#include "segmentstore.h"

#include "identity/operatorservice.h"
#include "profiles/profilestore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace tailor {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 fnv1a64(const QByteArray &bytes)
{
    quint64 hash = 0xCBF29CE484222325ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

Result<Segment> readSegment(QSqlQuery &query)
{
    Segment segment;
    segment.name = query.value(0).toString();
    segment.description = query.value(1).toString();
    auto filter =
        ProfileFilter::fromJson(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
    if (!filter)
        return filter.error();
    segment.filter = filter.value();
    segment.createdBy = query.value(3).toString();
    segment.createdAt = query.value(4).toString();
    segment.size = query.value(5).toLongLong();
    segment.sizeAt = query.value(6).toString();
    return segment;
}

const QString selectSegment = QStringLiteral(
    "SELECT name, description, filter, created_by, created_at, size, size_at FROM profile_segments");

} // namespace

QJsonObject Segment::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("filter"), filter.toJson()},
            {QStringLiteral("summary"), filter.describe()},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("size"), size},
            {QStringLiteral("size_at"), sizeAt}};
}

SegmentStore::SegmentStore(Database &database, OperatorService &operators, ProfileStore &profiles)
    : m_database(database)
    , m_operators(operators)
    , m_profiles(profiles)
{}

Result<void> SegmentStore::validateName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$"));
    if (!pattern.match(name).hasMatch())
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::SegmentStore",
                "'%1' is not a valid segment name: use letters, digits, spaces, '-', '_' and '.', "
                "starting with a letter or digit (at most 64 characters).")
                .arg(name));
    return {};
}

quint64 SegmentStore::sampleRank(quint64 seed, const QString &userId)
{
    return splitMix64(seed ^ fnv1a64(userId.toUtf8()));
}

QStringList SegmentStore::sampleFrom(const QStringList &members, int size, quint64 seed)
{
    std::vector<std::pair<quint64, qsizetype>> ranked;
    ranked.reserve(size_t(members.size()));
    for (qsizetype i = 0; i < members.size(); ++i)
        ranked.emplace_back(sampleRank(seed, members.at(i)), i);
    const size_t take = std::min(ranked.size(), size_t(std::max(0, size)));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(take), ranked.end(),
                      [&members](const auto &a, const auto &b) {
                          return a.first != b.first ? a.first < b.first
                                                    : members.at(a.second) < members.at(b.second);
                      });
    QStringList sample;
    for (size_t i = 0; i < take; ++i)
        sample << members.at(ranked[i].second);
    return sample;
}

Result<Segment> SegmentStore::create(const QString &name, const ProfileFilter &filter,
                                     const QString &description)
{
    if (auto valid = validateName(name); !valid)
        return valid.error();
    if (auto allowed = m_operators.require(Permission::ReviewProfiles); !allowed)
        return allowed.error();
    auto size = m_profiles.count(filter);
    if (!size)
        return size.error();
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery query(connection.value());
    if (auto done = execSql(query, QStringLiteral("SELECT 1 FROM profile_segments WHERE name = ?"), {name},
                            QCoreApplication::translate("tailor::SegmentStore", "reading segments"));
        !done)
        return done.error();
    if (query.next())
        return Error::conflict(
            QCoreApplication::translate("tailor::SegmentStore", "There is already a segment named '%1'.")
                .arg(name));
    Segment segment{name, description, filter, m_operators.actingOperator(), now(), size.value(), {}};
    segment.sizeAt = segment.createdAt;
    const QString filterJson =
        QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    if (m_database.isPostgreSql()) {
        // The server records the author and the time, and writes the audit entry.
        if (auto done = execSql(
                query, QStringLiteral("SELECT tailor_segment_create(?, ?, ?, ?)"),
                {name, description.isNull() ? QStringLiteral("") : description, filterJson, segment.size},
                QCoreApplication::translate("tailor::SegmentStore", "saving the segment"));
            !done)
            return done.error();
        if (query.next())
            segment.createdAt = segment.sizeAt = query.value(0).toString();
        query.finish();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return segment;
    }
    if (auto done =
            execSql(query,
                    QStringLiteral("INSERT INTO profile_segments (name, description, filter, created_by, "
                                   "created_at, size, size_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {name, description.isNull() ? QStringLiteral("") : description, filterJson,
                     segment.createdBy, segment.createdAt, segment.size, segment.sizeAt},
                    QCoreApplication::translate("tailor::SegmentStore", "saving the segment"));
        !done)
        return done.error();
    auto entry = AuditLog::append(
        connection.value(), m_operators.actingOperator(), QStringLiteral("segment.create"),
        QStringLiteral("segment:") + name,
        {{QStringLiteral("filter"), filter.toJson()}, {QStringLiteral("size"), segment.size}});
    if (!entry)
        return entry.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return segment;
}

Result<QList<Segment>> SegmentStore::list()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done = execSql(query, selectSegment + QStringLiteral(" ORDER BY name"), {},
                            QCoreApplication::translate("tailor::SegmentStore", "reading segments"));
        !done)
        return done.error();
    QList<Segment> segments;
    while (query.next()) {
        auto segment = readSegment(query);
        if (!segment)
            return segment.error();
        segments << segment.value();
    }
    for (Segment &segment : segments) {
        auto size = m_profiles.count(segment.filter);
        if (!size)
            return size.error();
        segment.size = size.value();
        segment.sizeAt = now();
    }
    return segments;
}

Result<Segment> SegmentStore::get(const QString &name)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done = execSql(query, selectSegment + QStringLiteral(" WHERE name = ?"), {name},
                            QCoreApplication::translate("tailor::SegmentStore", "reading segments"));
        !done)
        return done.error();
    if (!query.next())
        return Error::notFound(
            QCoreApplication::translate("tailor::SegmentStore", "There is no segment named '%1'.").arg(name));
    auto segment = readSegment(query);
    if (!segment)
        return segment.error();
    auto size = m_profiles.count(segment->filter);
    if (!size)
        return size.error();
    segment->size = size.value();
    segment->sizeAt = now();
    return segment;
}

Result<void> SegmentStore::remove(const QString &name)
{
    if (auto allowed = m_operators.require(Permission::ReviewProfiles); !allowed)
        return allowed;
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(connection.value());
    if (m_database.isPostgreSql()) {
        if (auto done = execSql(query, QStringLiteral("SELECT tailor_segment_delete(?)"), {name},
                                QCoreApplication::translate("tailor::SegmentStore", "deleting the segment"));
            !done)
            return done;
        const bool found = query.next() && query.value(0).toBool();
        query.finish();
        if (!found)
            return Error::notFound(
                QCoreApplication::translate("tailor::SegmentStore", "There is no segment named '%1'.")
                    .arg(name));
        return transaction.commit();
    }
    if (auto done = execSql(query, QStringLiteral("DELETE FROM profile_segments WHERE name = ?"), {name},
                            QCoreApplication::translate("tailor::SegmentStore", "deleting the segment"));
        !done)
        return done;
    if (query.numRowsAffected() < 1)
        return Error::notFound(
            QCoreApplication::translate("tailor::SegmentStore", "There is no segment named '%1'.").arg(name));
    auto entry = AuditLog::append(connection.value(), m_operators.actingOperator(),
                                  QStringLiteral("segment.delete"), QStringLiteral("segment:") + name, {});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<QStringList> SegmentStore::sample(const QString &name, int size, quint64 seed)
{
    if (size < 1)
        return Error::badInput(
            QCoreApplication::translate("tailor::SegmentStore", "A sample needs at least one user."));
    auto segment = get(name);
    if (!segment)
        return segment.error();
    auto members = m_profiles.matchingUserIds(segment->filter);
    if (!members)
        return members.error();
    return sampleFrom(members.value(), size, seed);
}

} // namespace tailor
