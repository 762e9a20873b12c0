// ProfileQuery is what the profile browser asks ProfileStore for: the users a ProfileFilter matches, sorted
// by one of the columns the browser shows, one page at a time, with a total that is exact up to a cap. The
// columns have ids ("user", "interactions", …) for the command line and saved views.
#pragma once

#include "profiles/profilefilter.h"
#include "result.h"

#include <QString>

namespace tailor {

enum class ProfileColumn
{
    UserId,
    Interactions,
    FirstActivity,
    LastActivity,
    TopCategory,
    Consent
};

QString profileColumnId(ProfileColumn column); // "user", "interactions", "first", "last", "top", "consent"
Result<ProfileColumn> parseProfileColumn(const QString &id);

struct ProfileQuery
{
    ProfileFilter filter;
    ProfileColumn sortBy = ProfileColumn::UserId;
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 offset = 0;
    int limit = 50;
    // Count matches up to this many; beyond it the total is an estimate (0: always exact).
    qint64 countCap = 10000;
    bool revealPii = false;
};

} // namespace tailor
