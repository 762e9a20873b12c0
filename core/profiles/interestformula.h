// InterestFormula turns a user's interactions into category interests: a strength in 0..1 per category and
// a high / medium / low band. It is the one place the formula lives, so derivation, tests and the
// documentation agree:
//
//   weight(i)     = kindWeight(kind(i)) × normalizedValue(i)
//                   ratings: value / 5 clamped to 0..1; view 0.2, click 0.4, like/add-to-cart 0.6,
//                   purchase 1.0, any other kind 0.5 (their value is not used)
//   decay(i)      = 2^(−(lastActivity(u) − at(i)) / halfLife), halfLife = 90 days
//   raw(u, c)     = Σ weight(i) × decay(i) over the interactions i of user u whose item is in category c
//                   (an item in several categories counts fully in each)
//   strength(u,c) = raw(u, c) / max over c' of raw(u, c')        (the user's strongest category is 1.0)
//   band          = high when strength ≥ 0.66, medium when ≥ 0.33, else low
//
// Age is measured from the user's own last activity, not from today: after the per-user normalization
// both give the same strengths (the common factor cancels), but this one cannot underflow on old data
// and does not change while nothing new is imported.
#pragma once

#include <QByteArray>
#include <QString>

namespace tailor {

enum class InterestBand
{
    Low,
    Medium,
    High
};

class InterestFormula
{
public:
    static constexpr double halfLifeSeconds = 90.0 * 24 * 3600;
    static constexpr double maxRating = 5.0;
    static constexpr double highThreshold = 0.66;
    static constexpr double mediumThreshold = 0.33;

    // The weight of one interaction of `kind` (an event kind name) with `value`.
    static double weight(QByteArrayView kind, double value);
    // 2^(−ageSeconds / halfLife); ages below zero count as zero.
    static double decay(double ageSeconds);
    static InterestBand band(double strength);
    // "high", "medium", "low": stable identifiers for JSON and filters.
    static QString bandId(InterestBand band);
    // Translated for people.
    static QString bandName(InterestBand band);
};

} // namespace tailor
