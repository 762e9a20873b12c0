// ProfileQueryPlanner turns a ProfileFilter into SQL over profile_users and decides how ProfileStore finds a
// page of users and its total. Each filter condition comes in two forms — one that lets the database start
// from the condition's own index, one checked on each user met while walking another index — and the planner
// picks, from counts through those indexes, which one drives. It only reads; ProfileStore runs the page it
// plans and fills in the rows.
#pragma once

#include "profiles/profilequery.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace tailor {

// A WHERE clause over profile_users as `u`, with its bound values in order.
struct ProfileWhere
{
    QString sql; // " WHERE ..." or ""
    QVariantList values;
};

struct ProfilePagePlan
{
    ProfileWhere where; // selects the page's users
    qint64 total = 0;
    bool totalIsEstimate = false;
    bool paged = false; // `where` selects just the requested page (no offset to apply)
};

class ProfileQueryPlanner
{
public:
    // How a page is found and counted. The total is exact up to the count cap and otherwise "at least the
    // cap", never an extrapolation. On SQLite each condition's matches are first counted through its own
    // index, up to cap + 1:
    // - no condition: walk the sort order; count every user;
    // - one condition matching more than the cap: walk the sort order checking it row by row (the first pages
    //   come after a few hundred users); the total is "at least the cap" without further counting;
    // - a condition matching at most the cap: start from it, check the others on each of its users;
    // - only broad conditions: intersect the id sets of those matching at most WideFactor × cap users, read
    //   sequentially from their indexes (a conjunction of broad conditions can still be rare), and check the
    //   others on the users left, in id order and in chunks, until cap + 1 match. Random reads of users' rows
    //   are what costs at millions of users; this keeps them few and in storage order.
    // When at most the cap match, their ids are all there: the total is exact and the page is sorted from
    // just those (a rare conjunction is never walked in sort order). When more match, the page is found by
    // walking the sort order among dense matches. PostgreSQL's planner keeps per-value statistics and
    // intersects by itself, so it gets every condition in its driving form and a capped count.
    static Result<ProfilePagePlan> planPage(QSqlDatabase db, const ProfileQuery &request);
    // Every condition in its driving form: for exact counts and listings, where the database plans freely.
    static Result<ProfileWhere> where(QSqlDatabase db, const ProfileFilter &filter);
    // " ORDER BY …" for the sort column and order, ties broken by the internal id.
    static QString orderBy(ProfileColumn column, Qt::SortOrder order);
    // "1,2,3", for an IN list of internal ids.
    static QString idList(const QList<qint64> &ids);
};

} // namespace tailor
