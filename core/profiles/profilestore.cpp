#include "profilestore.h"

#include "identity/operatorservice.h"
#include "profiles/bulkstatement.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace tailor {

namespace {

QDateTime fromEpoch(qint64 seconds, qint64 count)
{
    return count > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

QString consentId(int consent)
{
    return consent == 1   ? QStringLiteral("granted")
           : consent == 0 ? QStringLiteral("refused")
                          : QStringLiteral("unknown");
}

struct Where
{
    QString sql; // " WHERE ..." or ""
    QVariantList values;
    bool broad = false; // every condition matches many users: scan in sort order, estimate the total
};

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// One condition of a filter in two forms: `driving` lets the database start from the condition's own index
// (best when it matches few users), `rowWise` is checked on each user met while walking the sort order's
// index (best when it matches many: the first page is found after a few hundred users). `probe` counts the
// condition's matches up to ProbeCap through its index, which is how the store chooses.
struct Condition
{
    QString driving;
    QString rowWise;
    QVariantList values;
    QString probe; // empty: cannot be probed (treated as matching many)
};

constexpr qint64 ProbeCap = 10000;

Result<QList<Condition>> conditionsOf(QSqlDatabase db, const ProfileFilter &filter)
{
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QList<Condition> conditions;
    QSqlQuery query(db);
    const QString cap = QStringLiteral(" LIMIT %1)").arg(ProbeCap + 1);
    for (const InterestFilter &interest : filter.interests) {
        if (auto done = execSql(
                query, QStringLiteral("SELECT id FROM profile_categories WHERE lower(name) = lower(?)"),
                {interest.category},
                QCoreApplication::translate("tailor::ProfileStore", "looking up a category"));
            !done)
            return done.error();
        if (!query.next()) {
            QStringList names;
            if (query.exec(QStringLiteral("SELECT name FROM profile_categories ORDER BY name"))) {
                while (query.next())
                    names << query.value(0).toString();
            }
            return Error::notFound(
                QCoreApplication::translate("tailor::ProfileStore",
                                            "There is no category '%1' (categories: %2).")
                    .arg(interest.category,
                         names.isEmpty() ? QCoreApplication::translate("tailor::ProfileStore", "none yet")
                                         : names.join(QStringLiteral(", "))));
        }
        const qint64 category = query.value(0).toLongLong();
        const bool upper = interest.maxStrength < 1.0;
        const QString range = upper ? QStringLiteral("category_id = ? AND strength >= ? AND strength <= ?")
                                    : QStringLiteral("category_id = ? AND strength >= ?");
        QVariantList values{category, interest.minStrength};
        if (upper)
            values << interest.maxStrength;
        conditions << Condition{
            QStringLiteral("u.id IN (SELECT user_id FROM profile_interests WHERE ") + range +
                QLatin1Char(')'),
            QStringLiteral("EXISTS (SELECT 1 FROM profile_interests WHERE user_id = u.id AND ") + range +
                QLatin1Char(')'),
            values,
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM profile_interests WHERE ") + range + cap};
    }
    if (filter.activeFrom.isValid())
        conditions << Condition{
            QStringLiteral("u.last_at >= ? AND u.interaction_count > 0"),
            QStringLiteral("+u.last_at >= ? AND +u.interaction_count > 0"),
            {filter.activeFrom.toSecsSinceEpoch()},
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM profile_users WHERE last_at >= ?") + cap};
    if (filter.activeUntil.isValid())
        conditions << Condition{
            QStringLiteral("u.first_at < ? AND u.interaction_count > 0"),
            QStringLiteral("+u.first_at < ? AND +u.interaction_count > 0"),
            {filter.activeUntil.toSecsSinceEpoch()},
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM profile_users WHERE first_at < ?") + cap};
    if (filter.consent != ConsentFilter::Any) {
        const qint64 consent = filter.consent == ConsentFilter::Granted   ? 1
                               : filter.consent == ConsentFilter::Refused ? 0
                                                                          : -1;
        conditions << Condition{
            QStringLiteral("u.consent = ?"),
            QStringLiteral("+u.consent = ?"),
            {consent},
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM profile_users WHERE consent = ?") + cap};
    }
    for (const AttributeFilter &attribute : filter.attributes)
        conditions << Condition{
            QStringLiteral("u.id IN (SELECT user_id FROM profile_user_attributes WHERE key = ? AND "
                           "value = ? AND pii = 0)"),
            QStringLiteral("EXISTS (SELECT 1 FROM profile_user_attributes WHERE user_id = u.id AND "
                           "key = ? AND value = ? AND pii = 0)"),
            {attribute.key, attribute.value},
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM profile_user_attributes WHERE key = ? "
                           "AND value = ? AND pii = 0") +
                cap};
    const QString search = filter.search.trimmed().toLower();
    if (!search.isEmpty()) {
        const bool plain = !search.contains(QLatin1Char('%')) && !search.contains(QLatin1Char('_')) &&
                           !search.contains(QLatin1Char('\\'));
        const QString like = QStringLiteral("u.search_text LIKE ? ESCAPE '\\'");
        const QString pattern = QLatin1Char('%') + escapeLike(search) + QLatin1Char('%');
        if (sqlite && plain && search.size() >= 3) {
            // The trigram index answers substring LIKE queries of three characters or more.
            conditions << Condition{
                QStringLiteral("u.id IN (SELECT rowid FROM profile_users_search WHERE "
                               "profile_users_search.search_text LIKE ?)"),
                like,
                {pattern},
                QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM profile_users_search WHERE "
                               "profile_users_search.search_text LIKE ?") +
                    cap};
        } else {
            conditions << Condition{like, like, {pattern}, {}};
        }
    }
    if (filter.minInteractions > 0)
        conditions << Condition{QStringLiteral("u.interaction_count >= ?"),
                                QStringLiteral("+u.interaction_count >= ?"),
                                {filter.minInteractions},
                                QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM profile_users WHERE "
                                               "interaction_count >= ?") +
                                    cap};
    return conditions;
}

Where combine(const QList<Condition> &conditions, qsizetype driving, bool allDriving)
{
    Where where;
    QStringList parts;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        parts << (allDriving || i == driving ? conditions.at(i).driving : conditions.at(i).rowWise);
        where.values += conditions.at(i).values;
    }
    if (!parts.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

// Every condition in its driving form: for exact counts and listings, where the database plans freely.
Result<Where> buildWhere(QSqlDatabase db, const ProfileFilter &filter)
{
    auto conditions = conditionsOf(db, filter);
    if (!conditions)
        return conditions.error();
    return combine(conditions.value(), -1, true);
}

// For a page on SQLite: probe each condition; the most selective one drives when it matches few users,
// otherwise every condition is checked row by row while walking the sort order. (PostgreSQL's planner
// keeps per-value statistics and chooses well by itself.)
Result<Where> buildPageWhere(QSqlDatabase db, const ProfileFilter &filter)
{
    auto conditions = conditionsOf(db, filter);
    if (!conditions)
        return conditions.error();
    if (db.driverName() != QLatin1String("QSQLITE") || conditions->isEmpty())
        return combine(conditions.value(), -1, true);
    QSqlQuery query(db);
    qsizetype best = -1;
    qint64 bestCount = ProbeCap + 1;
    for (qsizetype i = 0; i < conditions->size(); ++i) {
        const Condition &condition = conditions->at(i);
        if (condition.probe.isEmpty())
            continue;
        if (auto done = execSql(query, condition.probe, condition.values,
                                QCoreApplication::translate("tailor::ProfileStore", "estimating a filter"));
            !done)
            return done.error();
        const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
        if (count < bestCount) {
            best = i;
            bestCount = count;
        }
    }
    Where where = combine(conditions.value(), best, false);
    where.broad = best < 0;
    return where;
}

QString orderBy(ProfileColumn column, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString columns;
    switch (column) {
    case ProfileColumn::UserId:
        columns = QStringLiteral("u.id_number %1, u.external_id %1");
        break;
    case ProfileColumn::Interactions:
        columns = QStringLiteral("u.interaction_count %1");
        break;
    case ProfileColumn::FirstActivity:
        columns = QStringLiteral("u.first_at %1");
        break;
    case ProfileColumn::LastActivity:
        columns = QStringLiteral("u.last_at %1");
        break;
    case ProfileColumn::TopCategory:
        columns = QStringLiteral("u.top_category %1, u.top_strength %1");
        break;
    case ProfileColumn::Consent:
        columns = QStringLiteral("u.consent %1");
        break;
    }
    return QStringLiteral(" ORDER BY ") + columns.arg(dir) + QStringLiteral(", u.id ") + dir;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QJsonObject interestJson(const ProfileInterest &interest)
{
    return {{QStringLiteral("category"), interest.category},
            {QStringLiteral("strength"), qRound(interest.strength * 1000) / 1000.0},
            {QStringLiteral("interactions"), interest.interactions},
            {QStringLiteral("band"), InterestFormula::bandId(interest.band)}};
}

// The page's total: exact when asked for or when no filter applies; otherwise exact up to the cap. When every
// condition is broad, counting up to the cap could mean walking every user (a conjunction of broad
// conditions can still match few), so the matches among the first SampleSize users are extrapolated.
Result<std::pair<qint64, bool>> countPage(QSqlDatabase db, const ProfileQuery &request, const Where &where)
{
    constexpr qint64 SampleSize = 100000;
    QSqlQuery query(db);
    const auto single = [&query](const QString &sql, const QVariantList &values) -> Result<qint64> {
        if (auto done = execSql(query, sql, values,
                                QCoreApplication::translate("tailor::ProfileStore", "counting profiles"));
            !done)
            return done.error();
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    if (request.filter.isEmpty() || request.countCap <= 0) {
        auto count = single(request.filter.isEmpty()
                                ? QStringLiteral("SELECT COUNT(*) FROM profile_users")
                                : QStringLiteral("SELECT COUNT(*) FROM profile_users u") + where.sql,
                            request.filter.isEmpty() ? QVariantList() : where.values);
        if (!count)
            return count.error();
        return std::pair{count.value(), false};
    }
    if (!where.broad) {
        auto count = single(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM profile_users u") +
                                where.sql + QStringLiteral(" LIMIT %1) t").arg(request.countCap + 1),
                            where.values);
        if (!count)
            return count.error();
        if (count.value() > request.countCap)
            return std::pair{request.countCap, true};
        return std::pair{count.value(), false};
    }
    auto bound = single(
        QStringLiteral("SELECT COALESCE((SELECT id FROM profile_users ORDER BY id LIMIT 1 OFFSET %1), -1)")
            .arg(SampleSize - 1),
        {});
    if (!bound)
        return bound.error();
    QVariantList values = where.values;
    // NOT INDEXED: walk the rowid range itself rather than a covering index filtered by id.
    QString sql =
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM profile_users u NOT INDEXED") + where.sql;
    if (bound.value() >= 0) {
        sql += QStringLiteral(" AND u.id <= ?");
        values << bound.value();
    }
    auto matches = single(sql + QStringLiteral(" LIMIT %1) t").arg(request.countCap + 1), values);
    if (!matches)
        return matches.error();
    if (matches.value() > request.countCap)
        return std::pair{request.countCap, true};
    if (bound.value() < 0)
        return std::pair{matches.value(), false};
    auto total = single(QStringLiteral("SELECT COUNT(*) FROM profile_users"), {});
    if (!total)
        return total.error();
    return std::pair{std::min(request.countCap, matches.value() * total.value() / SampleSize), true};
}

} // namespace

QString profileColumnId(ProfileColumn column)
{
    switch (column) {
    case ProfileColumn::UserId:
        return QStringLiteral("user");
    case ProfileColumn::Interactions:
        return QStringLiteral("interactions");
    case ProfileColumn::FirstActivity:
        return QStringLiteral("first");
    case ProfileColumn::LastActivity:
        return QStringLiteral("last");
    case ProfileColumn::TopCategory:
        return QStringLiteral("top");
    case ProfileColumn::Consent:
        break;
    }
    return QStringLiteral("consent");
}

Result<ProfileColumn> parseProfileColumn(const QString &id)
{
    for (ProfileColumn column :
         {ProfileColumn::UserId, ProfileColumn::Interactions, ProfileColumn::FirstActivity,
          ProfileColumn::LastActivity, ProfileColumn::TopCategory, ProfileColumn::Consent}) {
        if (profileColumnId(column) == id.trimmed().toLower())
            return column;
    }
    return Error::badInput(
        QCoreApplication::translate(
            "tailor::ProfileStore",
            "Unknown column '%1': sort by user, interactions, first, last, top or consent.")
            .arg(id));
}

QJsonObject ProfileRow::toJson() const
{
    QJsonObject attributesJson;
    QJsonArray pii;
    for (const ProfileAttribute &attribute : attributes) {
        attributesJson.insert(attribute.key, attribute.value);
        if (attribute.pii)
            pii.append(attribute.key);
    }
    QJsonArray top;
    for (const ProfileInterest &interest : topInterests)
        top.append(interestJson(interest));
    return {{QStringLiteral("user"), userId},
            {QStringLiteral("consent"), consentId(consent)},
            {QStringLiteral("interactions"), interactions},
            {QStringLiteral("first_activity"),
             firstActivity.isValid() ? firstActivity.toString(Qt::ISODate) : QString()},
            {QStringLiteral("last_activity"),
             lastActivity.isValid() ? lastActivity.toString(Qt::ISODate) : QString()},
            {QStringLiteral("top_category"), topCategory},
            {QStringLiteral("top_interests"), top},
            {QStringLiteral("attributes"), attributesJson},
            {QStringLiteral("pii"), pii}};
}

QJsonObject ProfilePage::toJson() const
{
    QJsonArray array;
    for (const ProfileRow &row : rows)
        array.append(row.toJson());
    return {{QStringLiteral("total"), total},
            {QStringLiteral("total_is_estimate"), totalIsEstimate},
            {QStringLiteral("rows"), array}};
}

QJsonObject ProfileDetail::toJson() const
{
    QJsonObject object = row.toJson();
    QJsonObject kinds;
    for (auto it = kindCounts.cbegin(); it != kindCounts.cend(); ++it)
        kinds.insert(it.key(), it.value());
    QJsonArray interestArray;
    for (const ProfileInterest &interest : interests)
        interestArray.append(interestJson(interest));
    QJsonArray timelineArray;
    for (const ProfileTimelineBucket &bucket : timeline)
        timelineArray.append(
            QJsonObject{{QStringLiteral("month"), bucket.month.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("interactions"), bucket.interactions}});
    QJsonArray historyArray;
    for (const ProfileHistoryEntry &entry : history)
        historyArray.append(
            QJsonObject{{QStringLiteral("at"), entry.at.toString(Qt::ISODate)},
                        {QStringLiteral("item"), entry.itemId},
                        {QStringLiteral("title"), entry.title},
                        {QStringLiteral("categories"), QJsonArray::fromStringList(entry.categories)},
                        {QStringLiteral("kind"), entry.kind},
                        {QStringLiteral("value"), entry.value}});
    object.remove(QStringLiteral("top_interests"));
    object.insert(QStringLiteral("kind_counts"), kinds);
    object.insert(QStringLiteral("recent_items"), QJsonArray::fromStringList(recentItems));
    object.insert(QStringLiteral("interests"), interestArray);
    object.insert(QStringLiteral("timeline"), timelineArray);
    object.insert(QStringLiteral("history"), historyArray);
    object.insert(QStringLiteral("revealed"), revealed);
    return object;
}

QJsonObject ProfileStats::toJson() const
{
    return {{QStringLiteral("users"), users},
            {QStringLiteral("items"), items},
            {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
            {QStringLiteral("demo"), demo}};
}

ProfileStore::ProfileStore(Database &database, OperatorService &operators)
    : m_database(database)
    , m_operators(operators)
{}

QString ProfileStore::piiMask()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022");
}

Result<void> ProfileStore::auditReveal(const QStringList &users, const QStringList &fields)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto entry = AuditLog::append(
        connection.value(), m_operators.actingOperator(), QStringLiteral("profile.reveal"),
        users.size() == 1 ? QStringLiteral("profile:") + users.constFirst() : QStringLiteral("profiles"),
        {{QStringLiteral("users"), QJsonArray::fromStringList(users)},
         {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}});
    if (!entry)
        return entry.error();
    return transaction.commit();
}

Result<ProfilePage> ProfileStore::page(const ProfileQuery &request)
{
    if (request.revealPii) {
        if (auto allowed = m_operators.require(Permission::RevealPii); !allowed)
            return allowed.error();
    }
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    auto where = buildPageWhere(db, request.filter);
    if (!where)
        return where.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT u.id, u.external_id, u.consent, u.interaction_count, u.first_at, u.last_at, "
                       "u.top_category FROM profile_users u") +
        where->sql + orderBy(request.sortBy, request.order) + QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList values = where->values;
    values << qMax(0, request.limit) << qMax<qint64>(0, request.offset);
    if (auto done = execSql(query, sql, values,
                            QCoreApplication::translate("tailor::ProfileStore", "reading profiles"));
        !done)
        return done.error();
    ProfilePage page;
    QHash<qint64, int> index;
    QList<qint64> ids;
    while (query.next()) {
        ProfileRow row;
        row.id = query.value(0).toLongLong();
        row.userId = query.value(1).toString();
        row.consent = query.value(2).toInt();
        row.interactions = query.value(3).toLongLong();
        row.firstActivity = fromEpoch(query.value(4).toLongLong(), row.interactions);
        row.lastActivity = fromEpoch(query.value(5).toLongLong(), row.interactions);
        row.topCategory = query.value(6).toString();
        index.insert(row.id, int(page.rows.size()));
        ids << row.id;
        page.rows << row;
    }
    QStringList revealedUsers;
    QStringList revealedFields;
    if (!ids.isEmpty()) {
        if (auto done = execSql(
                query,
                QStringLiteral("SELECT user_id, key, value, pii FROM profile_user_attributes WHERE user_id "
                               "IN (%1) ORDER BY user_id, key")
                    .arg(idList(ids)),
                {}, QCoreApplication::translate("tailor::ProfileStore", "reading attributes"));
            !done)
            return done.error();
        while (query.next()) {
            ProfileRow &row = page.rows[index.value(query.value(0).toLongLong())];
            ProfileAttribute attribute{query.value(1).toString(), query.value(2).toString(),
                                       query.value(3).toInt() != 0, false};
            if (attribute.pii && !request.revealPii) {
                attribute.value = piiMask();
                attribute.masked = true;
            } else if (attribute.pii) {
                if (!revealedUsers.contains(row.userId))
                    revealedUsers << row.userId;
                if (!revealedFields.contains(attribute.key))
                    revealedFields << attribute.key;
            }
            row.attributes << attribute;
        }
        if (auto done =
                execSql(query,
                        QStringLiteral(
                            "SELECT i.user_id, c.name, i.strength, i.interactions FROM profile_interests i "
                            "JOIN profile_categories c ON c.id = i.category_id WHERE i.user_id IN (%1) "
                            "ORDER BY i.user_id, i.strength DESC, c.name")
                            .arg(idList(ids)),
                        {}, QCoreApplication::translate("tailor::ProfileStore", "reading interests"));
            !done)
            return done.error();
        while (query.next()) {
            ProfileRow &row = page.rows[index.value(query.value(0).toLongLong())];
            if (row.topInterests.size() >= 3)
                continue;
            const double strength = query.value(2).toDouble();
            row.topInterests << ProfileInterest{query.value(1).toString(), strength,
                                                query.value(3).toLongLong(), InterestFormula::band(strength)};
        }
    }

    auto counted = countPage(db, request, where.value());
    if (!counted)
        return counted.error();
    page.total = counted->first;
    page.totalIsEstimate = counted->second;
    if (!revealedUsers.isEmpty()) {
        if (auto audited = auditReveal(revealedUsers, revealedFields); !audited)
            return audited.error();
    }
    return page;
}

Result<ProfileDetail> ProfileStore::detail(const QString &userId, bool revealPii, int historyLimit)
{
    if (revealPii) {
        if (auto allowed = m_operators.require(Permission::RevealPii); !allowed)
            return allowed.error();
    }
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto done =
            execSql(query,
                    QStringLiteral(
                        "SELECT id, external_id, consent, interaction_count, first_at, last_at, "
                        "top_category, kind_counts, recent_items FROM profile_users WHERE external_id = ?"),
                    {userId}, QCoreApplication::translate("tailor::ProfileStore", "reading the profile"));
        !done)
        return done.error();
    if (!query.next())
        return Error::notFound(
            QCoreApplication::translate("tailor::ProfileStore", "There is no user '%1' in this workspace.")
                .arg(userId));
    ProfileDetail detail;
    ProfileRow &row = detail.row;
    row.id = query.value(0).toLongLong();
    row.userId = query.value(1).toString();
    row.consent = query.value(2).toInt();
    row.interactions = query.value(3).toLongLong();
    row.firstActivity = fromEpoch(query.value(4).toLongLong(), row.interactions);
    row.lastActivity = fromEpoch(query.value(5).toLongLong(), row.interactions);
    row.topCategory = query.value(6).toString();
    const QJsonObject kinds = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        detail.kindCounts.insert(it.key(), it.value().toInteger());
    for (const QJsonValue &item : QJsonDocument::fromJson(query.value(8).toString().toUtf8()).array())
        detail.recentItems << item.toString();

    QStringList revealedFields;
    if (auto done =
            execSql(query,
                    QStringLiteral(
                        "SELECT key, value, pii FROM profile_user_attributes WHERE user_id = ? ORDER BY key"),
                    {row.id}, QCoreApplication::translate("tailor::ProfileStore", "reading attributes"));
        !done)
        return done.error();
    while (query.next()) {
        ProfileAttribute attribute{query.value(0).toString(), query.value(1).toString(),
                                   query.value(2).toInt() != 0, false};
        if (attribute.pii && !revealPii) {
            attribute.value = piiMask();
            attribute.masked = true;
        } else if (attribute.pii) {
            revealedFields << attribute.key;
        }
        row.attributes << attribute;
    }
    detail.revealed = revealPii && !revealedFields.isEmpty();

    if (auto done = execSql(
            query,
            QStringLiteral("SELECT c.name, i.strength, i.interactions FROM profile_interests i JOIN "
                           "profile_categories c ON c.id = i.category_id WHERE i.user_id = ? ORDER BY "
                           "i.strength DESC, c.name"),
            {row.id}, QCoreApplication::translate("tailor::ProfileStore", "reading interests"));
        !done)
        return done.error();
    while (query.next()) {
        const double strength = query.value(1).toDouble();
        detail.interests << ProfileInterest{query.value(0).toString(), strength, query.value(2).toLongLong(),
                                            InterestFormula::band(strength)};
    }
    row.topInterests = detail.interests.mid(0, 3);

    // Monthly activity over the whole history: one pass over the user's timestamps (clustered by user).
    BulkStatement times(db, QStringLiteral("SELECT at FROM profile_interactions WHERE user_id = ?"));
    if (auto prepared = times.prepare(); !prepared)
        return prepared.error();
    times.bind(0, row.id);
    QMap<QDate, qint64> months;
    for (;;) {
        auto next = times.step();
        if (!next)
            return next.error();
        if (!next.value())
            break;
        const QDate date = QDateTime::fromSecsSinceEpoch(times.int64(0), Qt::UTC).date();
        ++months[QDate(date.year(), date.month(), 1)];
    }
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        detail.timeline << ProfileTimelineBucket{it.key(), it.value()};

    if (auto done = execSql(
            query,
            QStringLiteral("SELECT i.at, it.external_id, it.title, k.name, i.value, i.item_id FROM "
                           "profile_interactions i JOIN profile_items it ON it.id = i.item_id JOIN "
                           "profile_event_kinds k ON k.id = i.kind WHERE i.user_id = ? ORDER BY i.at DESC, "
                           "i.item_id DESC, i.kind DESC LIMIT ?"),
            {row.id, qMax(0, historyLimit)},
            QCoreApplication::translate("tailor::ProfileStore", "reading the interaction history"));
        !done)
        return done.error();
    QList<qint64> itemIds;
    QList<qint64> historyItems;
    while (query.next()) {
        detail.history << ProfileHistoryEntry{
            QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
            query.value(1).toString(),
            query.value(2).toString(),
            {},
            query.value(3).toString(),
            query.value(4).toDouble()};
        const qint64 item = query.value(5).toLongLong();
        historyItems << item;
        if (!itemIds.contains(item))
            itemIds << item;
    }
    if (!itemIds.isEmpty()) {
        if (auto done = execSql(
                query,
                QStringLiteral("SELECT ic.item_id, c.name FROM profile_item_categories ic JOIN "
                               "profile_categories c ON c.id = ic.category_id WHERE ic.item_id IN (%1) "
                               "ORDER BY c.name")
                    .arg(idList(itemIds)),
                {}, QCoreApplication::translate("tailor::ProfileStore", "reading item categories"));
            !done)
            return done.error();
        QHash<qint64, QStringList> categories;
        while (query.next())
            categories[query.value(0).toLongLong()] << query.value(1).toString();
        for (qsizetype i = 0; i < detail.history.size(); ++i)
            detail.history[i].categories = categories.value(historyItems.at(i));
    }
    if (detail.revealed) {
        if (auto audited = auditReveal({row.userId}, revealedFields); !audited)
            return audited.error();
    }
    return detail;
}

Result<QList<ProfileAttribute>> ProfileStore::reveal(const QString &userId)
{
    auto detailed = detail(userId, true, 0);
    if (!detailed)
        return detailed.error();
    QList<ProfileAttribute> pii;
    for (const ProfileAttribute &attribute : std::as_const(detailed->row.attributes)) {
        if (attribute.pii)
            pii << attribute;
    }
    return pii;
}

Result<qint64> ProfileStore::count(const ProfileFilter &filter)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    auto where = buildWhere(connection.value(), filter);
    if (!where)
        return where.error();
    QSqlQuery query(connection.value());
    if (auto done =
            execSql(query, QStringLiteral("SELECT COUNT(*) FROM profile_users u") + where->sql, where->values,
                    QCoreApplication::translate("tailor::ProfileStore", "counting profiles"));
        !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QStringList> ProfileStore::matchingUserIds(const ProfileFilter &filter)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    auto where = buildWhere(connection.value(), filter);
    if (!where)
        return where.error();
    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    if (auto done =
            execSql(query,
                    QStringLiteral("SELECT u.external_id FROM profile_users u") + where->sql +
                        QStringLiteral(" ORDER BY u.id"),
                    where->values, QCoreApplication::translate("tailor::ProfileStore", "listing profiles"));
        !done)
        return done.error();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

Result<ProfileStats> ProfileStore::stats()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    ProfileStats stats;
    if (auto done =
            execSql(query,
                    QStringLiteral(
                        "SELECT (SELECT COUNT(*) FROM profile_users), (SELECT COUNT(*) FROM profile_items)"),
                    {}, QCoreApplication::translate("tailor::ProfileStore", "counting profiles"));
        !done)
        return done.error();
    if (query.next()) {
        stats.users = query.value(0).toLongLong();
        stats.items = query.value(1).toLongLong();
    }
    if (auto done = execSql(query, QStringLiteral("SELECT name FROM profile_categories ORDER BY name"), {},
                            QCoreApplication::translate("tailor::ProfileStore", "reading categories"));
        !done)
        return done.error();
    while (query.next())
        stats.categories << query.value(0).toString();
    if (auto done =
            execSql(query, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'demo'"), {},
                    QCoreApplication::translate("tailor::ProfileStore", "reading workspace metadata"));
        !done)
        return done.error();
    stats.demo = query.next() && query.value(0).toString() == QLatin1String("true");
    return stats;
}

Result<QStringList> ProfileStore::attributeKeys()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done = execSql(
            query,
            QStringLiteral("SELECT DISTINCT key FROM profile_user_attributes WHERE pii = 0 ORDER BY key"), {},
            QCoreApplication::translate("tailor::ProfileStore", "reading attribute keys"));
        !done)
        return done.error();
    QStringList keys;
    while (query.next())
        keys << query.value(0).toString();
    return keys;
}

} // namespace tailor
