// InterestFormula turns a user's interactions into category interests: a strength in −1..1 per category
// (positive a like, negative a dislike) and a band (high, medium, low, dislike). It is the one place the
// formula lives, so derivation, tests and the documentation agree:
//
//   baseline(u)   = (Σ ratings of u + k × m) / (number of ratings of u + k),   k = 5, m = 3.0
//                   the user's own mean rating, shrunk towards the scale's midpoint: a user with few
//                   ratings is compared with the midpoint, one with many with their own habits
//   weight(i)     = ratings: clamp((value − baseline(u)) / 2, −1, 1) — a rating below the user's baseline
//                   is evidence of a dislike, not a weaker like;
//                   view 0.2, click 0.4, like/add-to-cart 0.6, purchase 1.0, any other kind 0.5 (their
//                   value is not used: an implicit event says the user engaged, never that they disliked)
//   decay(i)      = 2^(−(lastActivity(u) − at(i)) / halfLife), halfLife = 90 days
//   raw(u, c)     = Σ weight(i) × decay(i) over the interactions i of user u whose item is in category c
//                   (an item in several categories counts fully in each)
//   neutral       = |raw(u, c)| ≤ 1e-9 × Σ |weight(i) × decay(i)|: likes and dislikes that cancel out
//                   (exactly, or to within rounding) say nothing, and such a category is not stored
//   strength(u,c) = raw(u, c) / max over the non-neutral c' of |raw(u, c')|
//                   (the user's strongest like or dislike has magnitude 1.0)
//   band          = high when strength ≥ 0.66, medium when ≥ 0.33, low when > 0, dislike when < 0
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
    Dislike,
    Low,
    Medium,
    High
};

class InterestFormula
{
public:
    static constexpr double halfLifeSeconds = 90.0 * 24 * 3600;
    // A new user's ratings are compared with the midpoint of the 0–5 scale, as if they had given this
    // many ratings of it before their own.
    static constexpr double ratingPrior = 3.0;
    static constexpr double ratingPriorWeight = 5.0;
    // A rating this far from the baseline weighs as much as a purchase.
    static constexpr double ratingSpread = 2.0;
    static constexpr double neutralTolerance = 1e-9;
    static constexpr double highThreshold = 0.66;
    static constexpr double mediumThreshold = 0.33;

    // baseline(u) from the sum and number of the user's ratings.
    static double ratingBaseline(double ratingSum, qint64 ratingCount);
    // The weight of one interaction of `kind` (an event kind name) with `value`; `baseline` is the user's
    // ratingBaseline() and is used by ratings only.
    static double weight(QByteArrayView kind, double value, double baseline);
    static bool isRating(QByteArrayView kind) { return kind == "rating"; }
    // 2^(−ageSeconds / halfLife); ages below zero count as zero.
    static double decay(double ageSeconds);
    // Whether a category whose contributions sum to `raw` and whose contributions' magnitudes sum to
    // `magnitude` is neutral (not stored).
    static bool isNeutral(double raw, double magnitude);
    static InterestBand band(double strength);
    // "high", "medium", "low", "dislike": stable identifiers for JSON and filters.
    static QString bandId(InterestBand band);
    // Translated for people.
    static QString bandName(InterestBand band);
};

} // namespace tailor
