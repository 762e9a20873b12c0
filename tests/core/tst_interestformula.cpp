// InterestFormula's parts, each against numbers worked out by hand: the shrunk rating baseline, rating
// weights relative to it (clamped), the unchanged implicit weights, decay, the neutral rule and the bands.
// The whole derivation (sums and normalization) is tested on both dialects in tst_profilederiver.
#include "profiles/interestformula.h"

#include <QTest>

#include <cmath>

using namespace tailor;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestInterestFormula : public QObject
{
    Q_OBJECT

private slots:
    void baselineShrinksTheUsersMeanTowardsTheMidpoint()
    {
        // No ratings: (0 + 5 × 3) / (0 + 5) = 3, the midpoint.
        QCOMPARE(InterestFormula::ratingBaseline(0, 0), 3.0);
        // One rating of 5: (5 + 15) / 6 = 3.333…: one rating moves the baseline only a sixth of the way.
        QVERIFY(near(InterestFormula::ratingBaseline(5, 1), 20.0 / 6.0));
        // Twenty ratings averaging 2.55 (sum 51): (51 + 15) / 25 = 2.64.
        QVERIFY(near(InterestFormula::ratingBaseline(51, 20), 2.64));
        // Many ratings: 10,000 ratings averaging 4.0: (40,000 + 15) / 10,005 = 3.9990…, nearly the own mean.
        QVERIFY(near(InterestFormula::ratingBaseline(40000, 10000), 40015.0 / 10005.0));
    }

    void ratingsWeighTheirDistanceFromTheBaseline()
    {
        // (4.5 − 3) / 2 = 0.75; (2 − 3) / 2 = −0.5: below the baseline is a dislike, not a weaker like.
        QCOMPARE(InterestFormula::weight("rating", 4.5, 3.0), 0.75);
        QCOMPARE(InterestFormula::weight("rating", 2.0, 3.0), -0.5);
        // At the baseline: 0.
        QCOMPARE(InterestFormula::weight("rating", 2.64, 2.64), 0.0);
        // (5 − 0.5) / 2 = 2.25 and (0 − 4.6) / 2 = −2.3 are clamped to ±1 (as much as a purchase).
        QCOMPARE(InterestFormula::weight("rating", 5.0, 0.5), 1.0);
        QCOMPARE(InterestFormula::weight("rating", 0.0, 4.6), -1.0);
    }

    void implicitEventsKeepTheirWeightsWhateverTheBaseline()
    {
        for (const double baseline : {0.5, 3.0, 4.9}) {
            QCOMPARE(InterestFormula::weight("view", 0, baseline), 0.2);
            QCOMPARE(InterestFormula::weight("click", 7, baseline), 0.4);
            QCOMPARE(InterestFormula::weight("like", 0, baseline), 0.6);
            QCOMPARE(InterestFormula::weight("add-to-cart", 0, baseline), 0.6);
            QCOMPARE(InterestFormula::weight("purchase", 3, baseline), 1.0);
            QCOMPARE(InterestFormula::weight("share", -4, baseline), 0.5);
        }
    }

    void decayHalvesEveryNinetyDays()
    {
        QCOMPARE(InterestFormula::decay(0), 1.0);
        QCOMPARE(InterestFormula::decay(-3600), 1.0);
        QCOMPARE(InterestFormula::decay(InterestFormula::halfLifeSeconds), 0.5);
        QCOMPARE(InterestFormula::decay(2 * InterestFormula::halfLifeSeconds), 0.25);
    }

    void cancelledSumsAreNeutral()
    {
        // +0.5 and −0.5 at the same time: raw 0 over a magnitude of 1.
        QVERIFY(InterestFormula::isNeutral(0.5 + -0.5, 1.0));
        // Nothing summed at all.
        QVERIFY(InterestFormula::isNeutral(0, 0));
        // Rounding residue: (3.5 − 2.7) / 2 + (1.9 − 2.7) / 2 is −2.2e-16 in doubles, not 0.
        const double residue =
            InterestFormula::weight("rating", 3.5, 2.7) + InterestFormula::weight("rating", 1.9, 2.7);
        QVERIFY(residue != 0.0);
        QVERIFY(InterestFormula::isNeutral(residue, 0.8));
        // +0.5 now and −0.5 a second earlier: 0.5 × (1 − 2^(−1 / 7,776,000)) = 4.457e-8, more than 1e-9 × 1.
        const double close = 0.5 - 0.5 * InterestFormula::decay(1);
        QVERIFY(std::abs(close - 4.457e-8) < 1e-11);
        QVERIFY(!InterestFormula::isNeutral(close, 0.5 + 0.5 * InterestFormula::decay(1)));
        QVERIFY(!InterestFormula::isNeutral(-0.2, 0.2));
    }

    void bandsSplitLikesAndDislikes()
    {
        QCOMPARE(InterestFormula::band(1.0), InterestBand::High);
        QCOMPARE(InterestFormula::band(0.66), InterestBand::High);
        QCOMPARE(InterestFormula::band(0.659), InterestBand::Medium);
        QCOMPARE(InterestFormula::band(0.33), InterestBand::Medium);
        QCOMPARE(InterestFormula::band(0.2), InterestBand::Low);
        QCOMPARE(InterestFormula::band(1e-12), InterestBand::Low);
        QCOMPARE(InterestFormula::band(-1e-12), InterestBand::Dislike);
        QCOMPARE(InterestFormula::band(-0.7), InterestBand::Dislike);
        QCOMPARE(InterestFormula::band(-1.0), InterestBand::Dislike);
        QCOMPARE(InterestFormula::bandId(InterestBand::Dislike), QStringLiteral("dislike"));
        QCOMPARE(InterestFormula::bandId(InterestBand::High), QStringLiteral("high"));
        QCOMPARE(InterestFormula::bandName(InterestBand::Dislike), QStringLiteral("dislike"));
    }

    void lowRatingsOfAMovieLensUserAreADislike()
    {
        // Modelled on user 1 of MovieLens latest-small as the issue describes it: nine Adventure films with a
        // mean of 2.17 (seven of them at 2.5 or less) against the user's own mean of 2.55 over 20 ratings,
        // all at the same time (decay 1). Old formula: raw = Σ value / 5, so Adventure 19.5 / 5 = 3.9 beat
        // Drama 14 / 5 = 2.8 and was the top interest.
        const double adventure[] = {2.5, 2.5, 2.0, 2.0, 1.5, 1.5, 1.0, 3.0, 3.5}; // Σ 19.5, mean 2.1667
        const double drama[] = {3.5, 3.5, 3.5, 3.5};                              // Σ 14
        const double comedy[] = {2.5, 2.5, 2.5, 2.5};                             // Σ 10
        const double thriller[] = {2.5, 2.5, 2.5}; // Σ 7.5; all Σ 51, mean 2.55
        // baseline = (51 + 15) / (20 + 5) = 2.64.
        const double baseline = InterestFormula::ratingBaseline(51, 20);
        const auto raw = [baseline](const auto &ratings) {
            double sum = 0;
            for (const double rating : ratings)
                sum += InterestFormula::weight("rating", rating, baseline);
            return sum;
        };
        // Adventure: (19.5 − 9 × 2.64) / 2 = (19.5 − 23.76) / 2 = −2.13.
        QVERIFY(near(raw(adventure), -2.13));
        // Drama: (14 − 4 × 2.64) / 2 = 1.72; Comedy: (10 − 10.56) / 2 = −0.28; Thriller: (7.5 − 7.92) / 2 =
        // −0.21.
        QVERIFY(near(raw(drama), 1.72));
        QVERIFY(near(raw(comedy), -0.28));
        QVERIFY(near(raw(thriller), -0.21));
        // Normalized by the strongest magnitude, 2.13: Adventure −1 (the strongest dislike), Drama
        // 1.72 / 2.13 = 0.8075 (high, now the top interest).
        QCOMPARE(InterestFormula::band(raw(adventure) / 2.13), InterestBand::Dislike);
        QCOMPARE(InterestFormula::band(raw(drama) / 2.13), InterestBand::High);
    }
};

QTEST_GUILESS_MAIN(TestInterestFormula)
#include "tst_interestformula.moc"
