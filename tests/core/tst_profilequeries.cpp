// ProfileStore and SegmentStore on SQLite and PostgreSQL: sorting by every column with paging, every filter,
// capped counts, the detail pane, PII masking with audited reveals and role checks, segments with sizes and
// seeded sampling. Exact cases use the generic fixtures; sort and paging run over a small demo workspace.
#include "profiles/demoworkspace.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"
#include "profiles/segmentstore.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

QString data(const QString &path)
{
    return QStringLiteral(TAILOR_TEST_DATA_DIR "/movielens/") + path;
}

QStringList ids(const ProfilePage &page)
{
    QStringList result;
    for (const ProfileRow &row : page.rows)
        result << row.userId;
    return result;
}

} // namespace

class TestProfileQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_alice;

    void importGeneric()
    {
        ImportRequest items;
        items.path = data(QStringLiteral("generic/items.csv"));
        items.target = ImportTarget::Items;
        items.mapping.title = QStringLiteral("name");
        items.mapping.categories = QStringLiteral("tags");
        items.mapping.categorySeparator = QStringLiteral(",");
        QVERIFY(m_alice->profileImporter().run(items).ok());
        ImportRequest users;
        users.path = data(QStringLiteral("generic/users.csv"));
        users.target = ImportTarget::Users;
        users.mapping.piiFields = {QStringLiteral("email")};
        QVERIFY(m_alice->profileImporter().run(users).ok());
        ImportRequest events;
        events.path = data(QStringLiteral("generic/events.csv"));
        events.target = ImportTarget::Interactions;
        events.mapping.timestamp = QStringLiteral("ts");
        events.mapping.kind = QStringLiteral("event");
        QVERIFY(m_alice->profileImporter().run(events).ok());
        ImportRequest json;
        json.path = data(QStringLiteral("generic/events.jsonl"));
        json.target = ImportTarget::Interactions;
        QVERIFY(m_alice->profileImporter().run(json).ok());
    }

    std::shared_ptr<Workspace> openAs(const QString &name, Role role)
    {
        m_ws->urlAs(name); // the database role exists before an admin names it
        if (!m_alice->operators().grant(name, role).ok())
            return {};
        auto opened = m_ws->openAs(name);
        return opened ? opened.value() : nullptr;
    }

    qint64 auditCount(const QString &action)
    {
        QSqlQuery query(m_alice->database().connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        query.addBindValue(action);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    }

    void initGeneric()
    {
        auto alice = m_ws->initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        m_alice = alice.value();
        importGeneric();
    }

    void cleanup()
    {
        m_alice.reset();
        m_ws.reset();
    }

    void sortsByEveryColumnAndPagesThroughAllUsers()
    {
        DemoOptions options;
        options.users = 120;
        options.items = 150;
        options.ratings = 2400;
        auto demo = DemoWorkspace::create(m_ws->urlAs(QStringLiteral("alice")),
                                          TestWorkspace::postgresMode() ? QString() : QStringLiteral("alice"),
                                          options);
        QVERIFY2(demo.ok(), qPrintable(demo.error().message));
        m_alice = demo.value();
        auto stats = m_alice->profiles().stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->users, 120);
        QVERIFY(stats->demo);
        QCOMPARE(stats->categories.size(), 18);
        {
            // The activity span is the earliest first and latest last activity of any user's row.
            ProfileQuery everyone;
            everyone.limit = 200;
            auto rows = m_alice->profiles().page(everyone);
            QVERIFY2(rows.ok(), qPrintable(rows.error().message));
            QDateTime first, last;
            for (const ProfileRow &row : std::as_const(rows->rows)) {
                if (!row.firstActivity.isValid())
                    continue;
                if (!first.isValid() || row.firstActivity < first)
                    first = row.firstActivity;
                if (!last.isValid() || row.lastActivity > last)
                    last = row.lastActivity;
            }
            QVERIFY(first.isValid());
            QCOMPARE(stats->firstActivity, first);
            QCOMPARE(stats->lastActivity, last);
            QCOMPARE(stats->toJson().value(QStringLiteral("first_activity")).toString(),
                     first.toString(Qt::ISODate));
        }

        for (ProfileColumn column :
             {ProfileColumn::UserId, ProfileColumn::Interactions, ProfileColumn::FirstActivity,
              ProfileColumn::LastActivity, ProfileColumn::TopCategory, ProfileColumn::Consent}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                ProfileQuery query;
                query.sortBy = column;
                query.order = order;
                query.limit = 37;
                QList<ProfileRow> all;
                for (query.offset = 0; query.offset < 200; query.offset += query.limit) {
                    auto page = m_alice->profiles().page(query);
                    QVERIFY2(page.ok(), qPrintable(page.error().message));
                    QCOMPARE(page->total, 120);
                    QVERIFY(!page->totalIsEstimate);
                    all += page->rows;
                }
                QCOMPARE(all.size(), 120);
                QSet<QString> seen;
                for (const ProfileRow &row : std::as_const(all))
                    seen.insert(row.userId);
                QCOMPARE(seen.size(), 120);
                for (qsizetype i = 1; i < all.size(); ++i) {
                    const ProfileRow &a = order == Qt::AscendingOrder ? all.at(i - 1) : all.at(i);
                    const ProfileRow &b = order == Qt::AscendingOrder ? all.at(i) : all.at(i - 1);
                    switch (column) {
                    case ProfileColumn::UserId:
                        QVERIFY(a.userId.toInt() < b.userId.toInt());
                        break;
                    case ProfileColumn::Interactions:
                        QVERIFY(a.interactions <= b.interactions);
                        break;
                    case ProfileColumn::FirstActivity:
                        QVERIFY(a.firstActivity <= b.firstActivity);
                        break;
                    case ProfileColumn::LastActivity:
                        QVERIFY(a.lastActivity <= b.lastActivity);
                        break;
                    case ProfileColumn::TopCategory:
                        QVERIFY(a.topCategory <= b.topCategory);
                        break;
                    case ProfileColumn::Consent:
                        QVERIFY(a.consent <= b.consent);
                        break;
                    }
                }
            }
        }

        // Filters agree with the rows they return; the count cap turns the total into an estimate.
        ProfileQuery filtered;
        filtered.filter.interests << InterestFilter{QStringLiteral("Drama"), 0.66, 1.0};
        filtered.filter.consent = ConsentFilter::Granted;
        filtered.limit = 500;
        auto page = m_alice->profiles().page(filtered);
        QVERIFY(page.ok());
        QVERIFY(!page->rows.isEmpty());
        auto exact = m_alice->profiles().count(filtered.filter);
        QVERIFY(exact.ok());
        QCOMPARE(page->total, exact.value());
        QCOMPARE(page->rows.size(), exact.value());
        for (const ProfileRow &row : std::as_const(page->rows)) {
            QCOMPARE(row.consent, Consent::Granted);
            auto detail = m_alice->profiles().detail(row.userId);
            QVERIFY(detail.ok());
            bool strong = false;
            for (const ProfileInterest &interest : std::as_const(detail->interests))
                strong = strong || (interest.category == QLatin1String("Drama") && interest.strength >= 0.66);
            QVERIFY(strong);
        }
        ProfileQuery capped;
        capped.filter.minInteractions = 1;
        capped.countCap = 10;
        auto cappedPage = m_alice->profiles().page(capped);
        QVERIFY(cappedPage.ok());
        QCOMPARE(cappedPage->total, 10);
        QVERIFY(cappedPage->totalIsEstimate);
    }

    void filtersByEveryKindOfCondition()
    {
        initGeneric();
        ProfileStore &store = m_alice->profiles();
        const auto match = [&store](const ProfileFilter &filter) {
            ProfileQuery query;
            query.filter = filter;
            auto page = store.page(query);
            return page ? ids(page.value()) : QStringList{page.error().message};
        };
        ProfileFilter filter;
        filter.consent = ConsentFilter::Granted;
        QCOMPARE(match(filter), QStringList{QStringLiteral("u-1")});
        filter.consent = ConsentFilter::Unknown;
        QCOMPARE(match(filter), QStringList{QStringLiteral("u-3")});

        filter = {};
        filter.attributes << AttributeFilter{QStringLiteral("plan"), QStringLiteral("gold")};
        QCOMPARE(match(filter), (QStringList{QStringLiteral("u-1"), QStringLiteral("u-3")}));
        // PII attributes cannot be filtered on or searched.
        filter = {};
        filter.attributes << AttributeFilter{QStringLiteral("email"), QStringLiteral("ana@example.org")};
        QCOMPARE(match(filter), QStringList());
        filter = {};
        filter.search = QStringLiteral("example.org");
        QCOMPARE(match(filter), QStringList());
        filter.search = QStringLiteral("GOLD");
        QCOMPARE(match(filter), (QStringList{QStringLiteral("u-1"), QStringLiteral("u-3")}));
        filter.search = QStringLiteral("u-2");
        QCOMPARE(match(filter), QStringList{QStringLiteral("u-2")});
        filter.search = QStringLiteral("de");
        QCOMPARE(match(filter), QStringList{QStringLiteral("u-2")});

        filter = {};
        filter.interests << InterestFilter{QStringLiteral("outdoor"), 0.9, 1.0};
        QCOMPARE(match(filter),
                 (QStringList{QStringLiteral("u-1"), QStringLiteral("u-2"), QStringLiteral("u-3")}));
        filter.interests << InterestFilter{QStringLiteral("running"), 0.9, 1.0};
        filter.consent = ConsentFilter::Refused;
        QCOMPARE(match(filter), (QStringList{QStringLiteral("u-2")}));
        filter.consent = ConsentFilter::Any;
        filter.interests = {InterestFilter{QStringLiteral("fitness"), 0.0, 1.0}};
        QCOMPARE(match(filter), (QStringList{QStringLiteral("u-1")}));
        filter.interests = {InterestFilter{QStringLiteral("Nope"), 0.0, 1.0}};
        QCOMPARE(match(filter).value(0),
                 QStringLiteral("There is no category 'Nope' (categories: fitness, outdoor, running)."));

        filter = {};
        filter.activeFrom = QDateTime(QDate(2024, 3, 2), QTime(0, 0), Qt::UTC);
        QCOMPARE(match(filter), (QStringList{QStringLiteral("u-2"), QStringLiteral("u-3")}));
        filter.activeUntil = QDateTime(QDate(2024, 3, 2), QTime(7, 0), Qt::UTC);
        QCOMPARE(match(filter), QStringList{QStringLiteral("u-2")});
        filter = {};
        filter.minInteractions = 3;
        QCOMPARE(match(filter), QStringList{QStringLiteral("u-1")});

        auto json = ProfileFilter::fromJson(filter.toJson());
        QVERIFY(json.ok());
        QCOMPARE(json->minInteractions, 3);
        auto band = ProfileFilter::parseInterest(QStringLiteral("Comedy:medium"));
        QVERIFY(band.ok());
        QCOMPARE(band->minStrength, 0.33);
        auto dislike = ProfileFilter::parseInterest(QStringLiteral("Comedy:Dislike"));
        QVERIFY(dislike.ok());
        QCOMPARE(dislike->minStrength, -1.0);
        QVERIFY(dislike->maxStrength < 0);
        // The message names the dislike band since issue 9 item 9.
        QCOMPARE(ProfileFilter::parseInterest(QStringLiteral("Comedy:2")).error().message,
                 QStringLiteral("'2' is not a strength range: use MIN or MIN-MAX between 0 and 1, or high, "
                                "medium, low, dislike."));
        // Negative numbers are not a range; dislikes are asked for by name.
        QVERIFY(!ProfileFilter::parseInterest(QStringLiteral("Comedy:-0.5")).ok());
    }

    void detailShowsInterestsTimelineAndHistoryWithTitles()
    {
        initGeneric();
        auto detail = m_alice->profiles().detail(QStringLiteral("u-1"), false, 2);
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        QCOMPARE(detail->row.interactions, 3);
        QCOMPARE(detail->history.size(), 2);
        // Newest first: the purchase at 10:05, then the two views at 10:00.
        QCOMPARE(detail->history.at(0).title, QStringLiteral("Rain Jacket"));
        QCOMPARE(detail->history.at(0).kind, QStringLiteral("purchase"));
        QCOMPARE(detail->history.at(0).value, 2.0);
        QCOMPARE(detail->history.at(1).title, QStringLiteral("Yoga Mat"));
        QCOMPARE(detail->history.at(1).categories, QStringList{QStringLiteral("fitness")});
        QCOMPARE(detail->timeline.size(), 1);
        QCOMPARE(detail->timeline.at(0).month, QDate(2024, 3, 1));
        QCOMPARE(detail->timeline.at(0).interactions, 3);
        QCOMPARE(detail->recentItems,
                 (QStringList{QStringLiteral("sku-2"), QStringLiteral("sku-3"), QStringLiteral("sku-1")}));
        QCOMPARE(m_alice->profiles().detail(QStringLiteral("nobody")).error().message,
                 QStringLiteral("There is no user 'nobody' in this workspace."));
    }

    void masksPiiUnlessRevealedByAnAllowedRoleAndAuditsEachReveal()
    {
        initGeneric();
        auto viewer = openAs(QStringLiteral("victor"), Role::Viewer);
        QVERIFY(viewer);
        auto masked = viewer->profiles().detail(QStringLiteral("u-1"));
        QVERIFY(masked.ok());
        for (const ProfileAttribute &attribute : std::as_const(masked->row.attributes)) {
            if (attribute.key == QLatin1String("email")) {
                QVERIFY(attribute.masked);
                QCOMPARE(attribute.value, ProfileStore::piiMask());
            } else {
                QVERIFY(!attribute.masked);
            }
        }
        const qint64 before = auditCount(QStringLiteral("profile.reveal"));
        auto refused = viewer->profiles().reveal(QStringLiteral("u-1"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::PermissionDenied);
        ProfileQuery revealing;
        revealing.revealPii = true;
        QCOMPARE(viewer->profiles().page(revealing).error().kind, Error::Kind::PermissionDenied);
        QCOMPARE(auditCount(QStringLiteral("profile.reveal")), before);

        auto analyst = openAs(QStringLiteral("carol"), Role::Analyst);
        QVERIFY(analyst);
        auto revealed = analyst->profiles().reveal(QStringLiteral("u-1"));
        QVERIFY2(revealed.ok(), qPrintable(revealed.error().message));
        QCOMPARE(revealed->size(), 1);
        QCOMPARE(revealed->at(0).key, QStringLiteral("email"));
        QCOMPARE(revealed->at(0).value, QStringLiteral("ana@example.org"));
        QCOMPARE(auditCount(QStringLiteral("profile.reveal")), before + 1);
        auto entries = m_alice->audit().list({QStringLiteral("profile.reveal"), {}, {}, {}, {}, 1, true});
        QVERIFY(entries.ok());
        QCOMPARE(entries->at(0).operatorName, QStringLiteral("carol"));
        QCOMPARE(entries->at(0).entity, QStringLiteral("profile:u-1"));
        QCOMPARE(entries->at(0).payload, QStringLiteral("{\"fields\":[\"email\"],\"users\":[\"u-1\"]}"));

        auto page = analyst->profiles().page(revealing);
        QVERIFY(page.ok());
        QCOMPARE(auditCount(QStringLiteral("profile.reveal")), before + 2);
        QCOMPARE(page->rows.at(1).attributes.at(1).key, QStringLiteral("email"));
        QCOMPARE(page->rows.at(1).attributes.at(1).value, QStringLiteral("ben@example.org"));
        QVERIFY(m_alice->audit().verify()->intact);
    }

    void segmentsKeepFiltersWithSizesAndSampleReproducibly()
    {
        initGeneric();
        auto viewer = openAs(QStringLiteral("victor"), Role::Viewer);
        QVERIFY(viewer);
        ProfileFilter gold;
        gold.attributes << AttributeFilter{QStringLiteral("plan"), QStringLiteral("gold")};
        QCOMPARE(viewer->segments().create(QStringLiteral("gold"), gold).error().kind,
                 Error::Kind::PermissionDenied);
        auto created =
            m_alice->segments().create(QStringLiteral("gold"), gold, QStringLiteral("paying users"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->size, 2);
        QCOMPARE(m_alice->segments().create(QStringLiteral("gold"), gold).error().message,
                 QStringLiteral("There is already a segment named 'gold'."));
        QCOMPARE(m_alice->segments().create(QStringLiteral("bad/name"), gold).error().kind,
                 Error::Kind::BadInput);
        QVERIFY(m_alice->segments().create(QStringLiteral("everyone"), {}).ok());

        auto segments = viewer->segments().list();
        QVERIFY(segments.ok());
        QCOMPARE(segments->size(), 2);
        QCOMPARE(segments->at(0).name, QStringLiteral("everyone"));
        QCOMPARE(segments->at(0).size, 3);
        QCOMPARE(segments->at(1).size, 2);
        QCOMPARE(segments->at(1).filter.attributes.at(0).value, QStringLiteral("gold"));

        auto first = viewer->segments().sample(QStringLiteral("everyone"), 2, 42);
        auto again = m_alice->segments().sample(QStringLiteral("everyone"), 2, 42);
        QVERIFY(first.ok() && again.ok());
        QCOMPARE(first->size(), 2);
        QCOMPARE(first.value(), again.value());
        QCOMPARE(m_alice->segments().sample(QStringLiteral("everyone"), 10, 42)->size(), 3);
        QCOMPARE(m_alice->segments().sample(QStringLiteral("missing"), 1, 1).error().message,
                 QStringLiteral("There is no segment named 'missing'."));

        // Same seed → same sample; over many seeds every member gets picked sometimes.
        QStringList members;
        for (int i = 0; i < 1000; ++i)
            members << QStringLiteral("user-%1").arg(i);
        QCOMPARE(SegmentStore::sampleFrom(members, 10, 7), SegmentStore::sampleFrom(members, 10, 7));
        QVERIFY(SegmentStore::sampleFrom(members, 10, 7) != SegmentStore::sampleFrom(members, 10, 8));
        QSet<QString> picked;
        for (quint64 seed = 0; seed < 2000; ++seed)
            picked.insert(SegmentStore::sampleFrom(members, 1, seed).constFirst());
        QVERIFY(picked.size() > 800);
        // The rank is a fixed function, identical on every platform and dialect.
        QCOMPARE(SegmentStore::sampleRank(0, QStringLiteral("1")), Q_UINT64_C(9897235953639169013));

        QVERIFY(m_alice->segments().remove(QStringLiteral("gold")).ok());
        QCOMPARE(m_alice->segments().list()->size(), 1);
        QCOMPARE(auditCount(QStringLiteral("segment.create")), 2);
        QCOMPARE(auditCount(QStringLiteral("segment.delete")), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileQueries)
#include "tst_profilequeries.moc"
