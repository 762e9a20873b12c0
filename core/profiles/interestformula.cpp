#include "interestformula.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tailor {

double InterestFormula::ratingBaseline(double ratingSum, qint64 ratingCount)
{
    return (ratingSum + ratingPriorWeight * ratingPrior) /
           (double(std::max<qint64>(0, ratingCount)) + ratingPriorWeight);
}

double InterestFormula::weight(QByteArrayView kind, double value, double baseline)
{
    if (isRating(kind))
        return std::clamp((value - baseline) / ratingSpread, -1.0, 1.0);
    if (kind == "view")
        return 0.2;
    if (kind == "click")
        return 0.4;
    if (kind == "like" || kind == "add-to-cart")
        return 0.6;
    if (kind == "purchase")
        return 1.0;
    return 0.5;
}

double InterestFormula::decay(double ageSeconds)
{
    return std::exp2(-std::max(0.0, ageSeconds) / halfLifeSeconds);
}

bool InterestFormula::isNeutral(double raw, double magnitude)
{
    return std::abs(raw) <= neutralTolerance * magnitude;
}

InterestBand InterestFormula::band(double strength)
{
    if (strength >= highThreshold)
        return InterestBand::High;
    if (strength >= mediumThreshold)
        return InterestBand::Medium;
    if (strength < 0)
        return InterestBand::Dislike;
    return InterestBand::Low;
}

QString InterestFormula::bandId(InterestBand band)
{
    switch (band) {
    case InterestBand::High:
        return QStringLiteral("high");
    case InterestBand::Medium:
        return QStringLiteral("medium");
    case InterestBand::Dislike:
        return QStringLiteral("dislike");
    case InterestBand::Low:
        break;
    }
    return QStringLiteral("low");
}

QString InterestFormula::bandName(InterestBand band)
{
    switch (band) {
    case InterestBand::High:
        return QCoreApplication::translate("tailor::InterestFormula", "high");
    case InterestBand::Medium:
        return QCoreApplication::translate("tailor::InterestFormula", "medium");
    case InterestBand::Dislike:
        return QCoreApplication::translate("tailor::InterestFormula", "dislike");
    case InterestBand::Low:
        break;
    }
    return QCoreApplication::translate("tailor::InterestFormula", "low");
}

} // namespace tailor
