// SegmentStore keeps saved filters: a segment is a named ProfileFilter with its size. Listing recounts
// each segment against the current profiles. Sampling is reproducible: each member is ranked by a 64-bit
// hash of (seed, external user id) — FNV-1a of the id mixed with the seed by SplitMix64 — and the lowest
// `size` are taken, so the same seed on the same data always yields the same users in the same order, on
// SQLite and PostgreSQL alike, and growing a segment keeps earlier picks unless a newcomer outranks them.
// Creating and deleting segments needs Permission::ReviewProfiles and is audited.
#pragma once

#include "profiles/profilefilter.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tailor {

class Database;
class OperatorService;
class ProfileStore;

struct Segment
{
    QString name;
    QString description;
    ProfileFilter filter;
    QString createdBy;
    QString createdAt;
    qint64 size = 0; // users matching now (list/get) or at creation
    QString sizeAt;  // when `size` was counted

    QJsonObject toJson() const;
};

class SegmentStore
{
public:
    SegmentStore(Database &database, OperatorService &operators, ProfileStore &profiles);

    static Result<void> validateName(const QString &name);
    // The rank SegmentStore::sample orders members by.
    static quint64 sampleRank(quint64 seed, const QString &userId);

    Result<Segment> create(const QString &name, const ProfileFilter &filter, const QString &description = {});
    Result<QList<Segment>> list();
    Result<Segment> get(const QString &name);
    Result<void> remove(const QString &name);
    // Up to `size` external user ids of the segment, reproducibly chosen by `seed`.
    Result<QStringList> sample(const QString &name, int size, quint64 seed);
    static QStringList sampleFrom(const QStringList &members, int size, quint64 seed);

private:
    Database &m_database;
    OperatorService &m_operators;
    ProfileStore &m_profiles;
};

} // namespace tailor
