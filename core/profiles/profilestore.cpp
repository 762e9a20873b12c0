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
#include <limits>
#include <optional>

namespace tailor {

namespace {

QDateTime fromEpoch(qint64 seconds, qint64 count)
{
    return count > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

struct Where
{
    QString sql; // " WHERE ..." or ""
    QVariantList values;
};

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// Where a condition's matching user ids come from: `id` of the rows of `from` that satisfy `where`.
struct Source
{
    QString id;
    QString from;
    QString where;

    bool isEmpty() const { return from.isEmpty(); }
    // The ids, "LIMIT ?" bound last.
    QString select() const
    {
        return QStringLiteral("SELECT ") + id + QStringLiteral(" FROM ") + from + QStringLiteral(" WHERE ") +
               where + QStringLiteral(" LIMIT ?");
    }
    // The matching users as `u`, streamed in the source's index order (no IN list is built first), with
    // `others` checked on each.
    QString drive(const QString &others) const
    {
        const QString rest = others.isEmpty() ? QString() : QStringLiteral(" AND ") + others;
        if (from == QLatin1String("profile_users u"))
            return QStringLiteral("SELECT u.id FROM profile_users u WHERE ") + where + rest +
                   QStringLiteral(" LIMIT ?");
        return QStringLiteral("SELECT u.id FROM ") + from +
               QStringLiteral(" CROSS JOIN profile_users u ON u.id = ") + id + QStringLiteral(" WHERE ") +
               where + rest + QStringLiteral(" LIMIT ?");
    }
};

// One condition of a filter in two forms: `driving` lets the database start from the condition's own index
// (best when it matches few users), `rowWise` is checked on each user met while walking another index (best
// when it matches many: walking the sort order's index finds the first page after a few hundred users).
// `ids` lists the condition's matches through its index up to a bound given as its last parameter: counted,
// it is how the store chooses where to start.
struct Condition
{
    QString driving;
    QString rowWise;
    QVariantList values;
    Source ids; // the matching user ids through the condition's index; empty: none
    std::optional<ProfileColumn> sortColumn; // the sort column whose index the driving form walks in order
    QString byId{}; // rowWise with the user's id as %1, when the check needs nothing else of the user
    qint64 matches = std::numeric_limits<qint64>::max(); // probed matches, capped at the probe's bound
};

// Without a count cap, probes still stop here: enough to tell a selective condition from a broad one.
constexpr qint64 ProbeCap = 10000;
// When every condition is broad, the id sets of those matching at most this many times the count cap are
// intersected (200,000 users for the default cap of 10,000).
constexpr qint64 WideFactor = 20;
// Id sets are intersected in one byte per user id; beyond this id the store drives from one condition.
constexpr qint64 MaxIntersectedId = qint64(1) << 26;

Result<QList<Condition>> conditionsOf(QSqlDatabase db, const ProfileFilter &filter)
{
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QList<Condition> conditions;
    QSqlQuery query(db);
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
        const QString byId =
            QStringLiteral("EXISTS (SELECT 1 FROM profile_interests WHERE user_id = %1 AND ") + range +
            QLatin1Char(')');
        conditions << Condition{
            QStringLiteral("u.id IN (SELECT user_id FROM profile_interests WHERE ") + range +
                QLatin1Char(')'),
            byId.arg(QStringLiteral("u.id")),
            values,
            Source{QStringLiteral("profile_interests.user_id"), QStringLiteral("profile_interests"), range},
            {},
            byId};
    }
    // Conditions on profile_users' own columns. Consent is folded into each range condition so that the
    // (consent, column) indexes answer both at once; on its own it is a condition of its own.
    QString consentSql;
    QVariantList consentValues;
    if (filter.consent != ConsentFilter::Any) {
        consentSql = QStringLiteral("consent = ? AND ");
        consentValues << (filter.consent == ConsentFilter::Granted   ? 1
                          : filter.consent == ConsentFilter::Refused ? 0
                                                                     : -1);
    }
    const auto column = [&](const QString &range, const QVariant &value, ProfileColumn sortColumn,
                            const QString &check) {
        const bool consent = !consentSql.isEmpty();
        QString driving =
            (consent ? QStringLiteral("u.") + consentSql : QString()) + QStringLiteral("u.") + range;
        QString rowWise =
            (consent ? QStringLiteral("+u.") + consentSql : QString()) + QStringLiteral("+u.") + range;
        if (!check.isEmpty()) {
            driving += QStringLiteral(" AND +u.") + check;
            rowWise += QStringLiteral(" AND +u.") + check;
        }
        QVariantList values = consentValues;
        values << value;
        conditions << Condition{driving, rowWise, values,
                                Source{QStringLiteral("u.id"), QStringLiteral("profile_users u"), driving},
                                sortColumn};
    };
    const qsizetype scalarStart = conditions.size();
    // A user without interactions has last_at 0, so a window opening after 1970 needs no count check.
    if (filter.activeFrom.isValid())
        column(
            QStringLiteral("last_at >= ?"), filter.activeFrom.toSecsSinceEpoch(), ProfileColumn::LastActivity,
            filter.activeFrom.toSecsSinceEpoch() > 0 ? QString() : QStringLiteral("interaction_count > 0"));
    if (filter.activeUntil.isValid())
        column(QStringLiteral("first_at < ?"), filter.activeUntil.toSecsSinceEpoch(),
               ProfileColumn::FirstActivity, QStringLiteral("interaction_count > 0"));
    if (filter.minInteractions > 0)
        column(QStringLiteral("interaction_count >= ?"), filter.minInteractions, ProfileColumn::Interactions,
               {});
    if (!consentSql.isEmpty() && conditions.size() == scalarStart)
        conditions << Condition{QStringLiteral("u.consent = ?"), QStringLiteral("+u.consent = ?"),
                                consentValues,
                                Source{QStringLiteral("u.id"), QStringLiteral("profile_users u"),
                                       QStringLiteral("u.consent = ?")},
                                ProfileColumn::Consent};
    for (const AttributeFilter &attribute : filter.attributes) {
        const QString match = QStringLiteral("key = ? AND value = ? AND pii = 0");
        const QString byId =
            QStringLiteral("EXISTS (SELECT 1 FROM profile_user_attributes WHERE user_id = %1 AND ") + match +
            QLatin1Char(')');
        conditions << Condition{
            QStringLiteral("u.id IN (SELECT user_id FROM profile_user_attributes WHERE ") + match +
                QLatin1Char(')'),
            byId.arg(QStringLiteral("u.id")),
            {attribute.key, attribute.value},
            Source{QStringLiteral("profile_user_attributes.user_id"),
                   QStringLiteral("profile_user_attributes"), match},
            {},
            byId};
    }
    const QString search = filter.search.trimmed().toLower();
    if (!search.isEmpty()) {
        const bool plain = !search.contains(QLatin1Char('%')) && !search.contains(QLatin1Char('_')) &&
                           !search.contains(QLatin1Char('\\'));
        const QString like = QStringLiteral("u.search_text LIKE ? ESCAPE '\\'");
        const QString pattern = QLatin1Char('%') + escapeLike(search) + QLatin1Char('%');
        if (sqlite && plain && search.size() >= 3) {
            // The trigram index answers substring LIKE queries of three characters or more.
            const QString match = QStringLiteral("profile_users_search.search_text LIKE ?");
            conditions << Condition{QStringLiteral("u.id IN (SELECT rowid FROM profile_users_search WHERE ") +
                                        match + QLatin1Char(')'),
                                    like,
                                    {pattern},
                                    Source{QStringLiteral("profile_users_search.rowid"),
                                           QStringLiteral("profile_users_search"), match},
                                    {}};
        } else {
            conditions << Condition{like, like, {pattern}, {}, {}};
        }
    }
    return conditions;
}

// `driving`: the condition the database starts from (-1: none); conditions on the sort column keep their
// driving form too when `sortColumn` is given, so that the walk in sort order covers only their range.
Where combine(const QList<Condition> &conditions, qsizetype driving, bool allDriving,
              std::optional<ProfileColumn> sortColumn = {})
{
    Where where;
    QStringList parts;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const Condition &condition = conditions.at(i);
        const bool drives =
            allDriving || i == driving || (driving < 0 && sortColumn && condition.sortColumn == sortColumn);
        parts << (drives ? condition.driving : condition.rowWise);
        where.values += condition.values;
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

Result<qint64> single(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (auto done = execSql(query, sql, values,
                            QCoreApplication::translate("tailor::ProfileStore", "counting profiles"));
        !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Runs a query of ids through the C API (Qt Sql's per-row cost would dominate at 100,000 ids), calling
// `take` with each id.
template<typename Take>
Result<void> eachId(QSqlDatabase db, const QString &sql, const QVariantList &values, Take take)
{
    BulkStatement statement(db, sql);
    if (auto prepared = statement.prepare(); !prepared)
        return prepared;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::Double)
            statement.bind(i, value.toDouble());
        else if (value.typeId() == QMetaType::QString)
            statement.bindText(i, value.toString().toUtf8());
        else
            statement.bind(i, value.toLongLong());
    }
    return statement.eachRow([&] { take(statement.int64(0)); });
}

// Counts each condition's matches through its index, up to cap + 1.
Result<void> probe(QSqlQuery &query, QList<Condition> &conditions, qint64 cap)
{
    for (Condition &condition : conditions) {
        if (condition.ids.isEmpty())
            continue;
        QVariantList values = condition.values;
        values << cap + 1;
        auto count = single(
            query, QStringLiteral("SELECT COUNT(*) FROM (") + condition.ids.select() + QStringLiteral(") t"),
            values);
        if (!count)
            return count.error();
        condition.matches = count.value();
    }
    return {};
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

struct PagePlan
{
    Where where; // selects the page's users
    qint64 total = 0;
    bool totalIsEstimate = false;
    bool paged = false; // `where` selects just the requested page (no offset to apply)
};

// How a page is found and counted. The total is exact up to the count cap and otherwise "at least the cap",
// never an extrapolation. On SQLite each condition's matches are first counted through its own index, up to
// cap + 1:
// - no condition: walk the sort order; count every user;
// - one condition matching more than the cap: walk the sort order checking it row by row (the first pages
//   come after a few hundred users); the total is "at least the cap" without further counting;
// - a condition matching at most the cap: start from it, check the others on each of its users;
// - only broad conditions: intersect the id sets of those matching at most WideFactor × cap users, read
//   sequentially from their indexes (a conjunction of broad conditions can still be rare), and check the
//   others on the users left, in id order and in chunks, until cap + 1 match. Random reads of users' rows
//   are what costs at millions of users; this keeps them few and in storage order.
// When at most the cap match, their ids are all there: the total is exact and the page is sorted from just
// those (a rare conjunction is never walked in sort order). When more match, the page is found by walking
// the sort order among dense matches.
// PostgreSQL's planner keeps per-value statistics and intersects by itself, so it gets every condition in
// its driving form and a capped count.
Result<PagePlan> planPage(QSqlDatabase db, const ProfileQuery &request)
{
    auto conditions = conditionsOf(db, request.filter);
    if (!conditions)
        return conditions.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    PagePlan plan;
    const bool exact = request.countCap <= 0;
    const qint64 cap = exact ? ProbeCap : request.countCap;
    const auto exactCount = [&]() -> Result<void> {
        const Where all = combine(conditions.value(), -1, true);
        auto count =
            single(query, QStringLiteral("SELECT COUNT(*) FROM profile_users u") + all.sql, all.values);
        if (!count)
            return count.error();
        plan.total = count.value();
        plan.totalIsEstimate = false;
        return {};
    };
    if (conditions->isEmpty()) {
        if (auto counted = exactCount(); !counted)
            return counted.error();
        return plan;
    }
    if (db.driverName() != QLatin1String("QSQLITE")) {
        plan.where = combine(conditions.value(), -1, true);
        if (exact) {
            if (auto counted = exactCount(); !counted)
                return counted.error();
            return plan;
        }
        // One statement counts up to cap + 1 matches and, when that is all of them, sorts just those and
        // returns the page's ids: a rare filter (which the planner may have to work hard for) runs once.
        QVariantList values = plan.where.values;
        values << cap + 1 << cap << qMax(0, request.limit) << qMax<qint64>(0, request.offset);
        auto listed = execSql(
            query,
            QStringLiteral("WITH m AS MATERIALIZED (SELECT u.id FROM profile_users u") + plan.where.sql +
                QStringLiteral(
                    " LIMIT ?) SELECT (SELECT COUNT(*) FROM m), CASE WHEN (SELECT COUNT(*) FROM m) <= ? "
                    "THEN array_to_string(ARRAY(SELECT u.id FROM m JOIN profile_users u ON u.id = m.id") +
                orderBy(request.sortBy, request.order) + QStringLiteral(" LIMIT ? OFFSET ?), ',') END"),
            values, QCoreApplication::translate("tailor::ProfileStore", "counting profiles"));
        if (!listed)
            return listed.error();
        const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
        plan.total = std::min(count, cap);
        plan.totalIsEstimate = count > cap;
        if (!plan.totalIsEstimate) {
            plan.where = Where{QStringLiteral(" WHERE u.id = ANY(CAST(? AS BIGINT[]))"),
                               {QString(QLatin1Char('{') + query.value(1).toString() + QLatin1Char('}'))}};
            plan.paged = true;
        }
        return plan;
    }

    if (auto probed = probe(query, conditions.value(), cap); !probed)
        return probed.error();
    const auto narrowest = [&conditions]() {
        return std::min_element(
                   conditions->cbegin(), conditions->cend(),
                   [](const Condition &a, const Condition &b) { return a.matches < b.matches; }) -
               conditions->cbegin();
    };
    qsizetype best = narrowest();
    // More than the cap match: walk in sort order with every condition; the total is "at least the cap".
    const auto walkCapped = [&]() -> Result<PagePlan> {
        plan.where = combine(conditions.value(), -1, false, request.sortBy);
        plan.total = cap;
        plan.totalIsEstimate = true;
        if (exact) {
            if (auto counted = exactCount(); !counted)
                return counted.error();
        }
        return plan;
    };
    if (conditions->size() == 1 && !conditions->at(best).ids.isEmpty() &&
        conditions->at(best).matches > cap) {
        return walkCapped();
    }
    // Every condition is broad. The id sets of those matching at most WideFactor × cap users are intersected
    // (a conjunction of broad conditions can still be rare); the others are checked on the users in every
    // set, in id order. Without any such set, the first probed condition drives instead.
    QList<qint64> ids;
    bool resolved = false;      // ids holds the matches (up to cap + 1)
    int sets = 0;               // id sets intersected into candidates
    QList<qint64> candidates;   // the users in every set, ascending
    QList<Condition> remaining; // the conditions to check on them
    if (conditions->at(best).matches > cap) {
        auto maxId = single(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM profile_users"), {});
        if (!maxId)
            return maxId.error();
        if (maxId.value() >= 0 && maxId.value() <= MaxIntersectedId) {
            // hits[id] counts the sets the user is in so far, which only grows while it equals the count
            // of sets intersected: the intersection in one byte per user, without sorting.
            std::vector<quint8> hits(size_t(maxId.value()) + 1, 0);
            qint64 common = 0; // users in every set so far
            for (qsizetype i = 0; i < conditions->size(); ++i) {
                const Condition &condition = conditions->at(i);
                // Once the sets leave few users, checking the rest on those is cheaper than listing them.
                if (condition.ids.isEmpty() || sets == 255 || (sets >= 2 && common <= 4 * cap)) {
                    remaining << condition;
                    continue;
                }
                QVariantList values = condition.values;
                values << WideFactor * cap + 1;
                std::vector<qint64> found;
                if (auto done = eachId(db, condition.ids.select(), values,
                                       [&found](qint64 id) { found.push_back(id); });
                    !done)
                    return done.error();
                if (qint64(found.size()) > WideFactor * cap) {
                    remaining << condition;
                    continue;
                }
                if (sets == 0)
                    best = i; // the narrowest known condition, should intersecting not pay off
                common = 0;
                for (const qint64 id : found) {
                    if (id >= 0 && id <= maxId.value() && hits[size_t(id)] == sets) {
                        ++hits[size_t(id)];
                        ++common;
                    }
                }
                ++sets;
            }
            if (sets >= 1) {
                QList<qint64> both;
                for (size_t id = 0; id < hits.size(); ++id) {
                    if (hits[id] == sets)
                        both << qint64(id);
                }
                if (remaining.isEmpty()) {
                    ids = both.mid(0, cap + 1);
                    resolved = true;
                } else {
                    candidates = both;
                }
            }
        }
    }
    if (!resolved && sets > 0) {
        // The candidates are bound as one JSON array and read in id order (an IN list of thousands of
        // literals lets SQLite prefer scanning every user). Interest and attribute checks need only the id,
        // so the users' rows are read only when a remaining condition looks at them.
        const Where rest = combine(remaining, -1, false);
        bool rowsNeeded = false;
        QStringList byId;
        for (const Condition &condition : std::as_const(remaining)) {
            if (condition.byId.isEmpty())
                rowsNeeded = true;
            else
                byId << condition.byId.arg(QStringLiteral("c.value"));
        }
        const QString sql =
            rowsNeeded ? QStringLiteral(
                             "SELECT u.id FROM json_each(?) c CROSS JOIN profile_users u ON u.id = c.value") +
                             rest.sql
                       : QStringLiteral("SELECT c.value FROM json_each(?) c WHERE ") +
                             byId.join(QStringLiteral(" AND "));
        // In chunks, ascending: users' rows are read in storage order, and a dense conjunction stops early.
        constexpr qsizetype Chunk = 8192;
        for (qsizetype from = 0; from < candidates.size() && ids.size() <= cap; from += Chunk) {
            QVariantList values{
                QString(QLatin1Char('[') + idList(candidates.mid(from, Chunk)) + QLatin1Char(']'))};
            values += rest.values;
            values << cap + 1 - ids.size();
            if (auto done =
                    eachId(db, sql + QStringLiteral(" LIMIT ?"), values, [&ids](qint64 id) { ids << id; });
                !done)
                return done.error();
        }
    } else if (!resolved) {
        QString sql;
        QVariantList values;
        if (!conditions->at(best).ids.isEmpty()) {
            QStringList others;
            values = conditions->at(best).values;
            for (qsizetype i = 0; i < conditions->size(); ++i) {
                if (i != best) {
                    others << conditions->at(i).rowWise;
                    values += conditions->at(i).values;
                }
            }
            sql = conditions->at(best).ids.drive(others.join(QStringLiteral(" AND ")));
        } else {
            // Nothing could be probed (a short or wildcard search): walk the users in storage order instead.
            const Where all = combine(conditions.value(), -1, false);
            sql = QStringLiteral("SELECT u.id FROM profile_users u NOT INDEXED") + all.sql +
                  QStringLiteral(" LIMIT ?");
            values = all.values;
        }
        values << cap + 1;
        if (auto done = eachId(db, sql, values, [&ids](qint64 id) { ids << id; }); !done)
            return done.error();
    }
    if (ids.size() > cap) {
        return walkCapped();
    }
    plan.where.sql =
        QStringLiteral(" WHERE u.id IN (%1)").arg(ids.isEmpty() ? QStringLiteral("NULL") : idList(ids));
    plan.total = ids.size();
    return plan;
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
            {QString(QLatin1Char('{') + idList(ids) + QLatin1Char('}')), reveal}, what);
    return execSql(
        query,
        QStringLiteral("SELECT user_id, key, value, pii FROM profile_user_attributes WHERE user_id IN "
                       "(%1) ORDER BY user_id, key")
            .arg(idList(ids)),
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
    auto plan = planPage(db, request);
    if (!plan)
        return plan.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT u.id, u.external_id, u.consent, u.interaction_count, u.first_at, u.last_at, "
                       "u.top_category FROM profile_users u") +
        plan->where.sql + orderBy(request.sortBy, request.order) + QStringLiteral(" LIMIT ? OFFSET ?");
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
