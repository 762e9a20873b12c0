#include "profilequeryplanner.h"

#include "profiles/bulkstatement.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace tailor {

namespace {

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
ProfileWhere combine(const QList<Condition> &conditions, qsizetype driving, bool allDriving,
                     std::optional<ProfileColumn> sortColumn = {})
{
    ProfileWhere where;
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

} // namespace

Result<ProfilePagePlan> ProfileQueryPlanner::planPage(QSqlDatabase db, const ProfileQuery &request)
{
    auto conditions = conditionsOf(db, request.filter);
    if (!conditions)
        return conditions.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    ProfilePagePlan plan;
    const bool exact = request.countCap <= 0;
    const qint64 cap = exact ? ProbeCap : request.countCap;
    const auto exactCount = [&]() -> Result<void> {
        const ProfileWhere all = combine(conditions.value(), -1, true);
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
            plan.where =
                ProfileWhere{QStringLiteral(" WHERE u.id = ANY(CAST(? AS BIGINT[]))"),
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
    const auto walkCapped = [&]() -> Result<ProfilePagePlan> {
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
        const ProfileWhere rest = combine(remaining, -1, false);
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
            const ProfileWhere all = combine(conditions.value(), -1, false);
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

Result<ProfileWhere> ProfileQueryPlanner::where(QSqlDatabase db, const ProfileFilter &filter)
{
    auto conditions = conditionsOf(db, filter);
    if (!conditions)
        return conditions.error();
    return combine(conditions.value(), -1, true);
}

QString ProfileQueryPlanner::orderBy(ProfileColumn column, Qt::SortOrder order)
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

QString ProfileQueryPlanner::idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace tailor
