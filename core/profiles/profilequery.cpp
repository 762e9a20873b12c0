#include "profilequery.h"

#include <QCoreApplication>

namespace tailor {

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

} // namespace tailor
