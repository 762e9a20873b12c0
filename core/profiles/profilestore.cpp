#include "profilestore.h"

#include "identity/operatorservice.h"
#include "profiles/bulkstatement.h"
#include "profiles/profilequeryplanner.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tailor {

namespace {

QDateTime fromEpoch(qint64 seconds, qint64 count)
{
    return count > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

QJsonObject interestJson(const ProfileInterest &interest)
{
    return {{QStringLiteral("category"), interest.category},
            {QStringLiteral("strength"), qRound(interest.strength * 1000) / 1000.0},
            {QStringLiteral("interactions"), interest.interactions},
            {QStringLiteral("band"), InterestFormula::bandId(interest.band)}};
}

} // namespace

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
            {QStringLiteral("demo"), demo},
            {QStringLiteral("first_activity"),
             firstActivity.isValid() ? QJsonValue(firstActivity.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("last_activity"),
             lastActivity.isValid() ? QJsonValue(lastActivity.toString(Qt::ISODate)) : QJsonValue()}};
}

ProfileStore::ProfileStore(Database &database, OperatorService &operators)
    : m_database(database)
    , m_operators(operators)
{}

QString ProfileStore::piiMask()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022");
}

Result<void> ProfileStore::readAttributes(QSqlQuery &query, const QList<qint64> &ids, bool reveal)
{
    const QString what = QCoreApplication::translate("tailor::ProfileStore", "reading attributes");
    if (m_database.isPostgreSql())
        // The server masks personal data unless the caller may reveal it, and audits the reveal itself.
        return execSql(
            query,
            QStringLiteral("SELECT user_id, key, value, pii FROM tailor_profile_attributes(?::bigint[], ?)"),
            {QString(QLatin1Char('{') + ProfileQueryPlanner::idList(ids) + QLatin1Char('}')), reveal}, what);
    return execSql(
        query,
        QStringLiteral("SELECT user_id, key, value, pii FROM profile_user_attributes WHERE user_id IN "
                       "(%1) ORDER BY user_id, key")
            .arg(ProfileQueryPlanner::idList(ids)),
        {}, what);
}

Result<void> ProfileStore::auditReveal(const QStringList &users, const QStringList &fields)
{
    if (m_database.isPostgreSql())
        return {}; // tailor_profile_attributes() wrote the entry
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
    auto plan = ProfileQueryPlanner::planPage(db, request);
    if (!plan)
        return plan.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT u.id, u.external_id, u.consent, u.interaction_count, u.first_at, u.last_at, "
                       "u.top_category FROM profile_users u") +
        plan->where.sql + ProfileQueryPlanner::orderBy(request.sortBy, request.order) +
        QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList values = plan->where.values;
    values << qMax(0, request.limit) << (plan->paged ? 0 : qMax<qint64>(0, request.offset));
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
        row.consent = consentFromStored(query.value(2).toInt());
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
        if (auto done = readAttributes(query, ids, request.revealPii); !done)
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
                            "AND i.strength > 0 ORDER BY i.user_id, i.strength DESC, c.name")
                            .arg(ProfileQueryPlanner::idList(ids)),
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

    page.total = plan->total;
    page.totalIsEstimate = plan->totalIsEstimate;
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
    row.consent = consentFromStored(query.value(2).toInt());
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
    if (auto done = readAttributes(query, {row.id}, revealPii); !done)
        return done.error();
    while (query.next()) {
        ProfileAttribute attribute{query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toInt() != 0, false};
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
    for (const ProfileInterest &interest : std::as_const(detail.interests)) {
        if (interest.strength > 0 && row.topInterests.size() < 3)
            row.topInterests << interest;
    }

    // Monthly activity over the whole history: one pass over the user's timestamps (clustered by user).
    BulkStatement times(db, QStringLiteral("SELECT at FROM profile_interactions WHERE user_id = ?"));
    if (auto prepared = times.prepare(); !prepared)
        return prepared.error();
    times.bind(0, row.id);
    QMap<QDate, qint64> months;
    if (auto done = times.eachRow([&] {
            const QDate date = QDateTime::fromSecsSinceEpoch(times.int64(0), Qt::UTC).date();
            ++months[QDate(date.year(), date.month(), 1)];
        });
        !done)
        return done.error();
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
                    .arg(ProfileQueryPlanner::idList(itemIds)),
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
    auto where = ProfileQueryPlanner::where(connection.value(), filter);
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
    auto where = ProfileQueryPlanner::where(connection.value(), filter);
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
    // Both walk an index from its end; users without interactions (first_at 0) are passed over.
    if (auto done =
            execSql(query,
                    QStringLiteral("SELECT (SELECT first_at FROM profile_users WHERE interaction_count > 0 "
                                   "ORDER BY first_at LIMIT 1), "
                                   "(SELECT last_at FROM profile_users WHERE interaction_count > 0 "
                                   "ORDER BY last_at DESC LIMIT 1)"),
                    {}, QCoreApplication::translate("tailor::ProfileStore", "reading the activity span"));
        !done)
        return done.error();
    if (query.next() && !query.value(0).isNull()) {
        stats.firstActivity = fromEpoch(query.value(0).toLongLong(), 1);
        stats.lastActivity = fromEpoch(query.value(1).toLongLong(), 1);
    }
    return stats;
}

} // namespace tailor
