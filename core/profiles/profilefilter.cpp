#include "profilefilter.h"

#include "interestformula.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tailor {

bool ProfileFilter::isEmpty() const
{
    return interests.isEmpty() && !activeFrom.isValid() && !activeUntil.isValid() &&
           consent == ConsentFilter::Any && attributes.isEmpty() && search.trimmed().isEmpty() &&
           minInteractions <= 0;
}

QJsonObject ProfileFilter::toJson() const
{
    QJsonObject object;
    if (!interests.isEmpty()) {
        QJsonArray array;
        for (const InterestFilter &interest : interests)
            array.append(QJsonObject{{QStringLiteral("category"), interest.category},
                                     {QStringLiteral("min"), interest.minStrength},
                                     {QStringLiteral("max"), interest.maxStrength}});
        object.insert(QStringLiteral("interests"), array);
    }
    if (activeFrom.isValid())
        object.insert(QStringLiteral("active_from"), activeFrom.toUTC().toString(Qt::ISODate));
    if (activeUntil.isValid())
        object.insert(QStringLiteral("active_until"), activeUntil.toUTC().toString(Qt::ISODate));
    if (consent != ConsentFilter::Any)
        object.insert(QStringLiteral("consent"), consentFilterId(consent));
    if (!attributes.isEmpty()) {
        QJsonArray array;
        for (const AttributeFilter &attribute : attributes)
            array.append(QJsonObject{{QStringLiteral("key"), attribute.key},
                                     {QStringLiteral("value"), attribute.value}});
        object.insert(QStringLiteral("attributes"), array);
    }
    if (!search.trimmed().isEmpty())
        object.insert(QStringLiteral("search"), search.trimmed());
    if (minInteractions > 0)
        object.insert(QStringLiteral("min_interactions"), minInteractions);
    return object;
}

Result<ProfileFilter> ProfileFilter::fromJson(const QJsonObject &object)
{
    ProfileFilter filter;
    for (const QJsonValue &value : object.value(QStringLiteral("interests")).toArray()) {
        const QJsonObject interest = value.toObject();
        filter.interests.append({interest.value(QStringLiteral("category")).toString(),
                                 interest.value(QStringLiteral("min")).toDouble(0.0),
                                 interest.value(QStringLiteral("max")).toDouble(1.0)});
    }
    if (object.contains(QStringLiteral("active_from"))) {
        filter.activeFrom =
            QDateTime::fromString(object.value(QStringLiteral("active_from")).toString(), Qt::ISODate);
        if (!filter.activeFrom.isValid())
            return Error::badInput(QCoreApplication::translate(
                "tailor::ProfileFilter", "The filter's active_from is not an ISO 8601 date."));
    }
    if (object.contains(QStringLiteral("active_until"))) {
        filter.activeUntil =
            QDateTime::fromString(object.value(QStringLiteral("active_until")).toString(), Qt::ISODate);
        if (!filter.activeUntil.isValid())
            return Error::badInput(QCoreApplication::translate(
                "tailor::ProfileFilter", "The filter's active_until is not an ISO 8601 date."));
    }
    if (object.contains(QStringLiteral("consent"))) {
        auto consent = parseConsentFilter(object.value(QStringLiteral("consent")).toString());
        if (!consent)
            return consent.error();
        filter.consent = consent.value();
    }
    for (const QJsonValue &value : object.value(QStringLiteral("attributes")).toArray()) {
        const QJsonObject attribute = value.toObject();
        filter.attributes.append({attribute.value(QStringLiteral("key")).toString(),
                                  attribute.value(QStringLiteral("value")).toString()});
    }
    filter.search = object.value(QStringLiteral("search")).toString();
    filter.minInteractions = object.value(QStringLiteral("min_interactions")).toInteger(0);
    return filter;
}

QString ProfileFilter::describe() const
{
    QStringList parts;
    for (const InterestFilter &interest : interests) {
        if (interest.maxStrength < 0)
            parts
                << QCoreApplication::translate("tailor::ProfileFilter", "%1 disliked").arg(interest.category);
        else if (interest.maxStrength < 1.0)
            parts << QStringLiteral("%1 %2–%3")
                         .arg(interest.category)
                         .arg(interest.minStrength)
                         .arg(interest.maxStrength);
        else
            parts << QStringLiteral("%1 ≥ %2").arg(interest.category).arg(interest.minStrength);
    }
    if (activeFrom.isValid())
        parts << QCoreApplication::translate("tailor::ProfileFilter", "active since %1")
                     .arg(activeFrom.toUTC().date().toString(Qt::ISODate));
    if (activeUntil.isValid())
        parts << QCoreApplication::translate("tailor::ProfileFilter", "active before %1")
                     .arg(activeUntil.toUTC().date().toString(Qt::ISODate));
    if (consent != ConsentFilter::Any)
        parts << QCoreApplication::translate("tailor::ProfileFilter", "consent %1")
                     .arg(consentFilterId(consent));
    for (const AttributeFilter &attribute : attributes)
        parts << QStringLiteral("%1 = %2").arg(attribute.key, attribute.value);
    if (!search.trimmed().isEmpty())
        parts << QCoreApplication::translate("tailor::ProfileFilter", "search '%1'").arg(search.trimmed());
    if (minInteractions > 0)
        parts << QCoreApplication::translate("tailor::ProfileFilter", "at least %1 interactions")
                     .arg(minInteractions);
    return parts.isEmpty() ? QCoreApplication::translate("tailor::ProfileFilter", "all users")
                           : parts.join(QStringLiteral(", "));
}

Result<InterestFilter> ProfileFilter::parseInterest(const QString &text)
{
    InterestFilter filter;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    filter.category = (colon < 0 ? text : text.left(colon)).trimmed();
    if (filter.category.isEmpty())
        return Error::badInput(QCoreApplication::translate(
                                   "tailor::ProfileFilter",
                                   "'%1' names no category: write CATEGORY[:MIN[-MAX]] or CATEGORY:high.")
                                   .arg(text));
    if (colon < 0)
        return filter;
    const QString range = text.mid(colon + 1).trimmed().toLower();
    if (range == QLatin1String("high")) {
        filter.minStrength = InterestFormula::highThreshold;
        return filter;
    }
    if (range == QLatin1String("medium")) {
        filter.minStrength = InterestFormula::mediumThreshold;
        filter.maxStrength = InterestFormula::highThreshold - 1e-9;
        return filter;
    }
    if (range == QLatin1String("low")) {
        filter.maxStrength = InterestFormula::mediumThreshold - 1e-9;
        return filter;
    }
    if (range == QLatin1String("dislike")) {
        filter.minStrength = -1.0;
        filter.maxStrength = InterestFilter::dislikeMax;
        return filter;
    }
    const QStringList bounds = range.split(QLatin1Char('-'));
    bool okMin = false;
    bool okMax = true;
    filter.minStrength = bounds.value(0).toDouble(&okMin);
    if (bounds.size() == 2)
        filter.maxStrength = bounds.at(1).toDouble(&okMax);
    if (!okMin || !okMax || bounds.size() > 2 || filter.minStrength < 0 || filter.maxStrength > 1 ||
        filter.minStrength > filter.maxStrength)
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::ProfileFilter",
                "'%1' is not a strength range: use MIN or MIN-MAX between 0 and 1, or high, medium, low, "
                "dislike.")
                .arg(range));
    return filter;
}

QString consentFilterId(ConsentFilter consent)
{
    switch (consent) {
    case ConsentFilter::Any:
        return QStringLiteral("any");
    case ConsentFilter::Granted:
        return consentId(Consent::Granted);
    case ConsentFilter::Refused:
        return consentId(Consent::Refused);
    case ConsentFilter::Unknown:
        break;
    }
    return consentId(Consent::Unknown);
}

Result<ConsentFilter> parseConsentFilter(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (ConsentFilter consent :
         {ConsentFilter::Any, ConsentFilter::Granted, ConsentFilter::Refused, ConsentFilter::Unknown}) {
        if (consentFilterId(consent) == key)
            return consent;
    }
    if (key == QLatin1String("yes"))
        return ConsentFilter::Granted;
    if (key == QLatin1String("no"))
        return ConsentFilter::Refused;
    return Error::badInput(
        QCoreApplication::translate("tailor::ProfileFilter",
                                    "Unknown consent '%1': use any, granted, refused or unknown.")
            .arg(id));
}

} // namespace tailor
