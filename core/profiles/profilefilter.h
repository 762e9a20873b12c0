// ProfileFilter is what the profile browser filters by, and what a segment saves: category interests with a
// strength range, an activity window, consent, attribute values, a minimum activity and free text over user
// ids and attribute values. Every condition must hold. It round-trips through JSON, which is how segments
// store it; filters on PII attributes are refused so that a filter cannot be used to probe personal data.
#pragma once

#include "profiles/consent.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>

namespace tailor {

enum class ConsentFilter
{
    Any,
    Granted,
    Refused,
    Unknown
};

// Strengths run from −1 to 1: the default range 0..1 selects the users who like the category (its bands
// high, medium, low are parts of it), and "dislike" selects −1 up to just below 0.
struct InterestFilter
{
    static constexpr double dislikeMax = -std::numeric_limits<double>::min();

    QString category;
    double minStrength = 0.0; // inclusive
    double maxStrength = 1.0; // inclusive
};

struct AttributeFilter
{
    QString key;
    QString value; // exact match
};

struct ProfileFilter
{
    QList<InterestFilter> interests;
    QDateTime activeFrom;  // users active on or after (last activity ≥ from)
    QDateTime activeUntil; // users active before (first activity < until)
    ConsentFilter consent = ConsentFilter::Any;
    QList<AttributeFilter> attributes;
    QString search; // case-insensitive substring of the user id or a non-PII attribute value
    qint64 minInteractions = 0;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static Result<ProfileFilter> fromJson(const QJsonObject &object);
    // A one-line description for lists: "Comedy ≥ 0.66, consent granted, search 'ann'".
    QString describe() const;

    // "Comedy", "Comedy:0.5" or "Comedy:0.33-0.66", and the band names: "Comedy:high", "Comedy:medium",
    // "Comedy:low", "Comedy:dislike".
    static Result<InterestFilter> parseInterest(const QString &text);
};

QString consentFilterId(ConsentFilter consent); // "any", "granted", "refused", "unknown"
Result<ConsentFilter> parseConsentFilter(const QString &id);

} // namespace tailor
