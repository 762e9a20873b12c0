// ProfileDeriver on SQLite and PostgreSQL: whole profiles derived from imported interactions and compared
// with profiles worked out by hand from InterestFormula (the arithmetic is in the comments) — a MovieLens
// user whose low Adventure ratings are a dislike, implicit events beside a rating below the baseline, a
// neutral rating, a user who only dislikes — and the interest filters, which keep meaning "likes" unless
// asked for dislikes.
#include "profiles/interestformula.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

constexpr qint64 T = 1700000000;
constexpr qint64 Day = 86400;

struct Expected
{
    QString category;
    double strength;
    InterestBand band;
    qint64 interactions;
};

} // namespace

class TestProfileDeriver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_alice;
    QTemporaryDir m_tmp;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return tailor::test::writeTestFile(m_tmp.filePath(name), content);
    }

    bool import(const QString &path, ImportTarget target, ImportFormat format, bool withKinds = false)
    {
        ImportRequest request;
        request.path = path;
        request.target = target;
        request.format = format;
        if (withKinds) {
            request.mapping.kind = QStringLiteral("kind");
            request.mapping.timestampUnit = TimestampUnit::Seconds;
        }
        auto report = m_alice->profileImporter().run(request);
        if (!report)
            qWarning("%s", qPrintable(report.error().message));
        return report.ok();
    }

    // The MovieLens-like user "1" of lowRatingsOfAMovieLensUserAreADislike in tst_interestformula: 20 ratings
    // at one time, mean 2.55; nine Adventure films with a mean of 2.17.
    bool importMovieLensUser()
    {
        QByteArray movies("movieId,title,genres\n");
        QByteArray ratings("userId,movieId,rating,timestamp\n");
        const QList<std::pair<const char *, QList<double>>> genres = {
            {"Adventure", {2.5, 2.5, 2.0, 2.0, 1.5, 1.5, 1.0, 3.0, 3.5}},
            {"Drama", {3.5, 3.5, 3.5, 3.5}},
            {"Comedy", {2.5, 2.5, 2.5, 2.5}},
            {"Thriller", {2.5, 2.5, 2.5}}};
        int movie = 0;
        for (const auto &[genre, values] : genres) {
            for (const double rating : values) {
                ++movie;
                movies += QByteArray::number(movie) + ",Film " + QByteArray::number(movie) + " (2000)," +
                          genre + '\n';
                ratings += "1," + QByteArray::number(movie) + ',' + QByteArray::number(rating) + ',' +
                           QByteArray::number(T) + '\n';
            }
        }
        return import(writeFile(QStringLiteral("movies.csv"), movies), ImportTarget::Items,
                      ImportFormat::MovieLensCsv) &&
               import(writeFile(QStringLiteral("ratings.csv"), ratings), ImportTarget::Interactions,
                      ImportFormat::MovieLensCsv);
    }

    void compareInterests(const QString &user, const QList<Expected> &expected)
    {
        auto detail = m_alice->profiles().detail(user);
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        QCOMPARE(detail->interests.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ProfileInterest &interest = detail->interests.at(i);
            QCOMPARE(interest.category, expected.at(i).category);
            QVERIFY2(std::abs(interest.strength - expected.at(i).strength) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(interest.category)
                                    .arg(interest.strength, 0, 'g', 17)
                                    .arg(expected.at(i).strength, 0, 'g', 17)));
            QCOMPARE(interest.band, expected.at(i).band);
            QCOMPARE(interest.interactions, expected.at(i).interactions);
        }
    }

    std::pair<QString, double> topOfUser(const QString &user)
    {
        QSqlQuery query(m_alice->database().connection());
        query.prepare(
            QStringLiteral("SELECT top_category, top_strength FROM profile_users WHERE external_id = ?"));
        query.addBindValue(user);
        if (!query.exec() || !query.next())
            return {QStringLiteral("<no user>"), -9};
        return {query.value(0).toString(), query.value(1).toDouble()};
    }

    qint64 count(const QString &interest)
    {
        ProfileFilter filter;
        auto parsed = ProfileFilter::parseInterest(interest);
        if (!parsed)
            return -1;
        filter.interests << parsed.value();
        auto counted = m_alice->profiles().count(filter);
        return counted ? counted.value() : -1;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto alice = m_ws->initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        m_alice = alice.value();
    }

    void cleanup()
    {
        m_alice.reset();
        m_ws.reset();
    }

    void lowRatingsOfAMovieLensUserAreADislike()
    {
        QVERIFY(importMovieLensUser());
        // baseline = (51 + 5 × 3) / (20 + 5) = 2.64; raw = Σ (rating − 2.64) / 2 per genre:
        // Adventure (19.5 − 23.76) / 2 = −2.13, Drama (14 − 10.56) / 2 = 1.72, Comedy (10 − 10.56) / 2 =
        // −0.28, Thriller (7.5 − 7.92) / 2 = −0.21. Strongest magnitude 2.13: Drama 1.72 / 2.13 = 0.80751…,
        // Thriller −0.21 / 2.13 = −0.09859…, Comedy −0.28 / 2.13 = −0.13146…, Adventure −1.
        compareInterests(QStringLiteral("1"),
                         {{QStringLiteral("Drama"), 1.72 / 2.13, InterestBand::High, 4},
                          {QStringLiteral("Thriller"), -0.21 / 2.13, InterestBand::Dislike, 3},
                          {QStringLiteral("Comedy"), -0.28 / 2.13, InterestBand::Dislike, 4},
                          {QStringLiteral("Adventure"), -1.0, InterestBand::Dislike, 9}});
        // The user row keeps the strongest like, with its strength (not 1: a dislike is stronger).
        const auto [top, strength] = topOfUser(QStringLiteral("1"));
        QCOMPARE(top, QStringLiteral("Drama"));
        QVERIFY(std::abs(strength - 1.72 / 2.13) < 1e-9);
        // Top interests (the list's column) are likes only.
        auto detail = m_alice->profiles().detail(QStringLiteral("1"));
        QVERIFY(detail.ok());
        QCOMPARE(detail->row.topInterests.size(), 1);
        QCOMPARE(detail->row.topInterests.at(0).category, QStringLiteral("Drama"));
        ProfileQuery query;
        auto page = m_alice->profiles().page(query);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.at(0).topInterests.size(), 1);
        QCOMPARE(page->rows.at(0).topCategory, QStringLiteral("Drama"));
        // Recomputing everything (the deriver's other path) gives the same profile.
        auto recomputed = m_alice->profileImporter().recomputeAll();
        QVERIFY2(recomputed.ok(), qPrintable(recomputed.error().message));
        QCOMPARE(recomputed.value(), 1);
        compareInterests(QStringLiteral("1"),
                         {{QStringLiteral("Drama"), 1.72 / 2.13, InterestBand::High, 4},
                          {QStringLiteral("Thriller"), -0.21 / 2.13, InterestBand::Dislike, 3},
                          {QStringLiteral("Comedy"), -0.28 / 2.13, InterestBand::Dislike, 4},
                          {QStringLiteral("Adventure"), -1.0, InterestBand::Dislike, 9}});
    }

    void implicitEventsStayLikesBesideARatedDislike()
    {
        QVERIFY(import(writeFile(QStringLiteral("items.csv"),
                                 "id,title,categories\nA,Alpha,Comedy\nB,Beta,Drama\n"
                                 "D,Delta,Horror\n"),
                       ImportTarget::Items, ImportFormat::Csv));
        QVERIFY(
            import(writeFile(QStringLiteral("events.csv"),
                             QStringLiteral("user,item,timestamp,kind,value\nv,A,%1,view,\nv,B,%2,purchase,\n"
                                            "v,D,%1,rating,1\n")
                                 .arg(T)
                                 .arg(T - 90 * Day)
                                 .toUtf8()),
                   ImportTarget::Interactions, ImportFormat::Csv, true));
        // One rating of 1: baseline (1 + 15) / (1 + 5) = 8/3; its weight (1 − 8/3) / 2 = −5/6.
        // raw: Comedy a view now 0.2; Drama a purchase 90 days before the last activity 1.0 × 0.5 = 0.5;
        // Horror −5/6. Strongest magnitude 5/6: Comedy 0.2 / (5/6) = 0.24 (low), Drama 0.5 / (5/6) = 0.6
        // (medium), Horror −1 (dislike).
        compareInterests(QStringLiteral("v"), {{QStringLiteral("Drama"), 0.6, InterestBand::Medium, 1},
                                               {QStringLiteral("Comedy"), 0.24, InterestBand::Low, 1},
                                               {QStringLiteral("Horror"), -1.0, InterestBand::Dislike, 1}});
        const auto [top, strength] = topOfUser(QStringLiteral("v"));
        QCOMPARE(top, QStringLiteral("Drama"));
        QVERIFY(std::abs(strength - 0.6) < 1e-9);
    }

    void ratingsAtTheBaselineAreNeutralAndAUserWhoOnlyDislikesHasNoTop()
    {
        QVERIFY(import(writeFile(QStringLiteral("items.csv"),
                                 "id,title,categories\nA,Alpha,Comedy\nB,Beta,Drama\n"
                                 "C,Gamma,Comedy|Drama\n"),
                       ImportTarget::Items, ImportFormat::Csv));
        QVERIFY(import(writeFile(QStringLiteral("events.csv"),
                                 QStringLiteral("user,item,timestamp,kind,value\nw,A,%1,rating,3\n"
                                                "x,A,%1,rating,4\nx,B,%1,rating,2\n"
                                                "y,B,%1,rating,1\ny,C,%1,rating,2\n")
                                     .arg(T)
                                     .toUtf8()),
                       ImportTarget::Interactions, ImportFormat::Csv, true));
        // w: one rating of 3, baseline (3 + 15) / 6 = 3, weight 0: Comedy is neutral and not stored.
        compareInterests(QStringLiteral("w"), {});
        QCOMPARE(topOfUser(QStringLiteral("w")), std::make_pair(QString(), 0.0));
        // x: baseline (6 + 15) / 7 = 3; A (Comedy) (4 − 3) / 2 = 0.5, B (Drama) (2 − 3) / 2 = −0.5.
        compareInterests(QStringLiteral("x"), {{QStringLiteral("Comedy"), 1.0, InterestBand::High, 1},
                                               {QStringLiteral("Drama"), -1.0, InterestBand::Dislike, 1}});
        // y: baseline (3 + 15) / 7 = 18/7; B (Drama) (1 − 18/7) / 2 = −11/14, C (Comedy and Drama)
        // (2 − 18/7) / 2 = −4/14. raw: Drama −15/14, Comedy −4/14; strengths Comedy −4/15, Drama −1.
        compareInterests(QStringLiteral("y"),
                         {{QStringLiteral("Comedy"), -4.0 / 15.0, InterestBand::Dislike, 1},
                          {QStringLiteral("Drama"), -1.0, InterestBand::Dislike, 2}});
        QCOMPARE(topOfUser(QStringLiteral("y")), std::make_pair(QString(), 0.0));
    }

    void interestFiltersMatchLikesAndDislikesOnlyWhenAsked()
    {
        QVERIFY(importMovieLensUser());
        QVERIFY(import(
            writeFile(QStringLiteral("events.csv"),
                      QStringLiteral("user,item,timestamp,kind,value\nv,1,%1,view,\nv,10,%1,purchase,\n")
                          .arg(T)
                          .toUtf8()),
            ImportTarget::Interactions, ImportFormat::Csv, true));
        // User 1 dislikes Adventure (−1) and likes Drama (0.81); v viewed an Adventure film (0.2 → strength
        // 0.2) and bought a Drama one (1.0 → strength 1).
        QCOMPARE(count(QStringLiteral("Adventure")), 1);
        QCOMPARE(count(QStringLiteral("Adventure:high")), 0);
        QCOMPARE(count(QStringLiteral("Adventure:low")), 1);
        QCOMPARE(count(QStringLiteral("Adventure:0-1")), 1);
        QCOMPARE(count(QStringLiteral("Adventure:dislike")), 1);
        QCOMPARE(count(QStringLiteral("Drama:high")), 2);
        QCOMPARE(count(QStringLiteral("Drama:dislike")), 0);
        QCOMPARE(count(QStringLiteral("Thriller")), 0);
        QCOMPARE(count(QStringLiteral("Thriller:dislike")), 1);
        ProfileFilter adventureDislikers;
        adventureDislikers.interests
            << ProfileFilter::parseInterest(QStringLiteral("adventure:dislike")).value();
        auto dislikers = m_alice->profiles().matchingUserIds(adventureDislikers);
        QVERIFY(dislikers.ok());
        QCOMPARE(dislikers.value(), QStringList{QStringLiteral("1")});
        // A segment saving the dislike filter says so in words and round-trips through JSON.
        ProfileFilter filter;
        filter.interests << ProfileFilter::parseInterest(QStringLiteral("Adventure:dislike")).value();
        QCOMPARE(filter.describe(), QStringLiteral("Adventure disliked"));
        auto back = ProfileFilter::fromJson(filter.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->interests.at(0).minStrength, -1.0);
        QCOMPARE(back->interests.at(0).maxStrength, InterestFilter::dislikeMax);
        auto again = m_alice->profiles().count(back.value());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileDeriver)
#include "tst_profilederiver.moc"
