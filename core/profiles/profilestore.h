// ProfileStore answers the profile browser: a page of users filtered and sorted by any column with a quick
// total (exact up to a cap, then flagged as an estimate), one user's full profile (attributes, interests,
// monthly activity timeline, latest interactions with item titles), and exact counts for segments. Every
// query is an indexed lookup, so pages stay fast at millions of users. Attributes marked PII come back
// masked unless the caller asks to reveal them and the operator's role allows RevealPii; each reveal
// writes an audit entry ("profile.reveal") naming the users and fields shown.
#pragma once

#include "profiles/consent.h"
#include "profiles/interestformula.h"
#include "profiles/profilequery.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace tailor {

class Database;
class OperatorService;

struct ProfileAttribute
{
    QString key;
    QString value; // the mask when masked
    bool pii = false;
    bool masked = false;
};

struct ProfileInterest
{
    QString category;
    double strength = 0;
    qint64 interactions = 0;
    InterestBand band = InterestBand::Low;
};

struct ProfileRow
{
    qint64 id = 0; // internal
    QString userId;
    Consent consent = Consent::Unknown;
    qint64 interactions = 0;
    QDateTime firstActivity; // invalid without interactions
    QDateTime lastActivity;
    QString topCategory;
    QList<ProfileInterest> topInterests; // the three strongest likes (dislikes are not "top interests")
    QList<ProfileAttribute> attributes;

    QJsonObject toJson() const;
};

struct ProfilePage
{
    QList<ProfileRow> rows;
    qint64 total = 0;
    bool totalIsEstimate = false; // the total is "at least" (countCap was reached)

    QJsonObject toJson() const;
};

struct ProfileHistoryEntry
{
    QDateTime at;
    QString itemId;
    QString title;
    QStringList categories;
    QString kind;
    double value = 0;
};

struct ProfileTimelineBucket
{
    QDate month; // first day of the month (UTC)
    qint64 interactions = 0;
};

struct ProfileDetail
{
    ProfileRow row;
    QMap<QString, qint64> kindCounts;
    QStringList recentItems;
    QList<ProfileInterest> interests; // likes strongest first, then dislikes, the strongest last
    QList<ProfileTimelineBucket> timeline;
    QList<ProfileHistoryEntry> history; // newest first
    bool revealed = false;

    QJsonObject toJson() const;
};

struct ProfileStats
{
    qint64 users = 0;
    qint64 items = 0;
    QStringList categories;
    bool demo = false;       // the workspace holds synthetic demo data
    QDateTime firstActivity; // the earliest interaction of any user; invalid without interactions
    QDateTime lastActivity;  // the latest

    QJsonObject toJson() const;
};

class ProfileStore
{
public:
    ProfileStore(Database &database, OperatorService &operators);

    static QString piiMask();

    Result<ProfilePage> page(const ProfileQuery &query);
    // `userId` is the external id. historyLimit: how many of the latest interactions to include.
    Result<ProfileDetail> detail(const QString &userId, bool revealPii = false, int historyLimit = 100);
    // The user's PII attributes in clear; needs Permission::RevealPii; audited.
    Result<QList<ProfileAttribute>> reveal(const QString &userId);
    // Exact number of users matching.
    Result<qint64> count(const ProfileFilter &filter);
    // External ids of every user matching, in internal id order.
    Result<QStringList> matchingUserIds(const ProfileFilter &filter);
    Result<ProfileStats> stats();

private:
    // Runs the query for the attributes of `ids` (columns user_id, key, value, pii), personal data masked as
    // NULL on PostgreSQL unless `reveal`.
    Result<void> readAttributes(QSqlQuery &query, const QList<qint64> &ids, bool reveal);
    Result<void> auditReveal(const QStringList &users, const QStringList &fields);

    Database &m_database;
    OperatorService &m_operators;
};

} // namespace tailor
