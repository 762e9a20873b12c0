// ProfileStore::page on SQLite and PostgreSQL against a brute-force oracle: every page of every filter shape
// (single and combined conditions, broad and rare conjunctions, short and long searches, no match), under
// every sort column and order, at several offsets and count caps, holds exactly the users the filter
// matches, in the order the unfiltered listing has them, and its total is exact up to the cap and otherwise
// exactly the cap flagged as "at least". Small caps drive the store through all its plans (probe-driven,
// intersected id sets, walks in sort order) on a small demo workspace.
#include "profiles/demoworkspace.h"
#include "profiles/profilestore.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

struct Known
{
    ProfileRow row;
    QHash<QString, double> interests; // category (lower case) → strength
    QHash<QString, QString> publicAttributes;
};

bool matches(const Known &user, const ProfileFilter &filter)
{
    for (const InterestFilter &interest : filter.interests) {
        const auto it = user.interests.constFind(interest.category.toLower());
        if (it == user.interests.constEnd() || it.value() < interest.minStrength ||
            it.value() > interest.maxStrength)
            return false;
    }
    const bool active = user.row.interactions > 0;
    if (filter.activeFrom.isValid() && !(active && user.row.lastActivity >= filter.activeFrom))
        return false;
    if (filter.activeUntil.isValid() && !(active && user.row.firstActivity < filter.activeUntil))
        return false;
    switch (filter.consent) {
    case ConsentFilter::Any:
        break;
    case ConsentFilter::Granted:
        if (user.row.consent != Consent::Granted)
            return false;
        break;
    case ConsentFilter::Refused:
        if (user.row.consent != Consent::Refused)
            return false;
        break;
    case ConsentFilter::Unknown:
        if (user.row.consent != Consent::Unknown)
            return false;
        break;
    }
    for (const AttributeFilter &attribute : filter.attributes) {
        if (user.publicAttributes.value(attribute.key) != attribute.value ||
            !user.publicAttributes.contains(attribute.key))
            return false;
    }
    const QString search = filter.search.trimmed().toLower();
    if (!search.isEmpty()) {
        bool found = user.row.userId.toLower().contains(search);
        for (const QString &value : user.publicAttributes)
            found = found || value.toLower().contains(search);
        if (!found)
            return false;
    }
    return user.row.interactions >= filter.minInteractions;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_alice;
    QList<Known> m_users;
    QHash<QString, int> m_index; // user id → m_users index

    QList<ProfileFilter> filters()
    {
        // Attribute values and activity bounds taken from the data: a common and a rare value, medians.
        QHash<QString, QHash<QString, int>> values;
        QList<qint64> last;
        QList<qint64> counts;
        for (const Known &user : std::as_const(m_users)) {
            for (auto it = user.publicAttributes.cbegin(); it != user.publicAttributes.cend(); ++it)
                ++values[it.key()][it.value()];
            if (user.row.interactions > 0)
                last << user.row.lastActivity.toSecsSinceEpoch();
            counts << user.row.interactions;
        }
        std::sort(last.begin(), last.end());
        std::sort(counts.begin(), counts.end());
        QString broadKey;
        QString broadValue;
        QString rareKey;
        QString rareValue;
        int broadCount = 0;
        int rareDistinct = 0;
        for (auto key = values.cbegin(); key != values.cend(); ++key) {
            for (auto value = key->cbegin(); value != key->cend(); ++value) {
                if (value.value() > broadCount) {
                    broadCount = value.value();
                    broadKey = key.key();
                    broadValue = value.key();
                }
            }
            if (key->size() > rareDistinct && key->size() < m_users.size() / 4) {
                rareDistinct = int(key->size());
                rareKey = key.key();
                rareValue = std::max_element(key->cbegin(), key->cend()).key();
            }
        }
        const QDateTime median = QDateTime::fromSecsSinceEpoch(last.value(last.size() / 2), Qt::UTC);
        const QDateTime early = QDateTime::fromSecsSinceEpoch(last.value(last.size() / 5), Qt::UTC);
        const qint64 mid = counts.value(counts.size() / 2);

        QList<ProfileFilter> list;
        ProfileFilter f;
        f.consent = ConsentFilter::Granted;
        list << f;
        f = {};
        f.consent = ConsentFilter::Refused;
        list << f;
        f = {};
        f.interests << InterestFilter{QStringLiteral("Drama"), 0.2, 1.0};
        list << f;
        f = {};
        f.interests << InterestFilter{QStringLiteral("comedy"), 0.1, 0.5};
        f.consent = ConsentFilter::Granted;
        list << f;
        f = {};
        f.interests << InterestFilter{QStringLiteral("Drama"), 0.1, 1.0}
                    << InterestFilter{QStringLiteral("Action"), 0.1, 1.0};
        f.activeFrom = median;
        list << f;
        f = {};
        f.attributes << AttributeFilter{broadKey, broadValue};
        f.interests << InterestFilter{QStringLiteral("Comedy"), 0.1, 1.0};
        f.consent = ConsentFilter::Granted;
        list << f;
        f = {};
        f.attributes << AttributeFilter{rareKey, rareValue};
        list << f;
        f = {};
        f.minInteractions = mid;
        f.consent = ConsentFilter::Refused;
        list << f;
        f = {};
        f.minInteractions = mid;
        f.consent = ConsentFilter::Granted;
        f.activeFrom = early;
        list << f;
        f = {};
        f.activeFrom = early;
        f.activeUntil = median;
        list << f;
        f = {};
        f.search = QStringLiteral("1");
        list << f;
        QString longest;
        for (const auto &key : std::as_const(values)) {
            for (auto value = key.cbegin(); value != key.cend(); ++value) {
                if (value.key().size() > longest.size())
                    longest = value.key();
            }
        }
        f = {};
        f.search = longest.mid(1, 3).toUpper();
        list << f;
        f = {};
        f.search = QStringLiteral("2");
        f.interests << InterestFilter{QStringLiteral("Drama"), 0.1, 1.0};
        list << f;
        f = {};
        f.interests << InterestFilter{QStringLiteral("Drama"), 0.05, 1.0};
        f.activeFrom = early;
        f.attributes << AttributeFilter{broadKey, broadValue};
        f.consent = ConsentFilter::Granted;
        f.minInteractions = 2;
        list << f;
        f = {};
        f.interests << InterestFilter{QStringLiteral("Drama"), 0.9999, 1.0};
        f.consent = ConsentFilter::Refused;
        f.attributes << AttributeFilter{rareKey, rareValue};
        list << f;
        return list;
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        DemoOptions options;
        options.users = 240;
        options.items = 200;
        options.ratings = 6000;
        auto demo = DemoWorkspace::create(m_ws->urlAs(QStringLiteral("alice")),
                                          TestWorkspace::postgresMode() ? QString() : QStringLiteral("alice"),
                                          options);
        QVERIFY2(demo.ok(), qPrintable(demo.error().message));
        m_alice = demo.value();
        ProfileQuery all;
        all.limit = 1000;
        auto page = m_alice->profiles().page(all);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->rows.size(), 240);
        for (const ProfileRow &row : std::as_const(page->rows)) {
            auto detail = m_alice->profiles().detail(row.userId, false, 0);
            QVERIFY2(detail.ok(), qPrintable(detail.error().message));
            Known known{detail->row, {}, {}};
            for (const ProfileInterest &interest : std::as_const(detail->interests))
                known.interests.insert(interest.category.toLower(), interest.strength);
            for (const ProfileAttribute &attribute : std::as_const(detail->row.attributes)) {
                if (!attribute.pii)
                    known.publicAttributes.insert(attribute.key, attribute.value);
            }
            m_index.insert(row.userId, int(m_users.size()));
            m_users << known;
        }
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        m_ws.reset();
    }

    void pagesHoldExactlyTheMatchingUsersInOrderWithHonestTotals()
    {
        ProfileStore &store = m_alice->profiles();
        const QList<ProfileFilter> list = filters();
        int rare = 0;
        int broad = 0;
        for (ProfileColumn column :
             {ProfileColumn::UserId, ProfileColumn::Interactions, ProfileColumn::FirstActivity,
              ProfileColumn::LastActivity, ProfileColumn::TopCategory, ProfileColumn::Consent}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                ProfileQuery everyone;
                everyone.sortBy = column;
                everyone.order = order;
                everyone.limit = 1000;
                auto reference = store.page(everyone);
                QVERIFY2(reference.ok(), qPrintable(reference.error().message));
                QCOMPARE(reference->rows.size(), m_users.size());
                for (const ProfileFilter &filter : list) {
                    QStringList expected;
                    for (const ProfileRow &row : std::as_const(reference->rows)) {
                        if (matches(m_users.at(m_index.value(row.userId)), filter))
                            expected << row.userId;
                    }
                    auto exactCount = store.count(filter);
                    QVERIFY2(exactCount.ok(), qPrintable(exactCount.error().message));
                    QCOMPARE(exactCount.value(), expected.size());
                    if (column == ProfileColumn::UserId && order == Qt::AscendingOrder) {
                        auto listed = store.matchingUserIds(filter);
                        QVERIFY(listed.ok());
                        QCOMPARE(QSet<QString>(listed->cbegin(), listed->cend()),
                                 QSet<QString>(expected.cbegin(), expected.cend()));
                    }
                    for (const qint64 cap : {qint64(0), qint64(2), qint64(15), qint64(10000)}) {
                        for (const qint64 offset : {qint64(0), qint64(5)}) {
                            ProfileQuery query;
                            query.filter = filter;
                            query.sortBy = column;
                            query.order = order;
                            query.offset = offset;
                            query.limit = 7;
                            query.countCap = cap;
                            auto page = store.page(query);
                            QVERIFY2(page.ok(), qPrintable(page.error().message));
                            QStringList got;
                            for (const ProfileRow &row : std::as_const(page->rows))
                                got << row.userId;
                            const QString where = filter.describe() + QStringLiteral(" sorted by ") +
                                                  profileColumnId(column) +
                                                  QStringLiteral(" cap %1 offset %2").arg(cap).arg(offset);
                            QVERIFY2(got == expected.mid(offset, 7),
                                     qPrintable(where + QStringLiteral(": got ") + got.join(u',') +
                                                QStringLiteral(" expected ") +
                                                expected.mid(offset, 7).join(u',')));
                            if (cap > 0 && expected.size() > cap) {
                                QVERIFY2(page->totalIsEstimate, qPrintable(where));
                                QCOMPARE(page->total, cap);
                                ++broad;
                            } else {
                                QVERIFY2(!page->totalIsEstimate, qPrintable(where));
                                QCOMPARE(page->total, expected.size());
                                ++rare;
                            }
                        }
                    }
                }
            }
        }
        // Both kinds of total were exercised.
        QVERIFY(rare > 100);
        QVERIFY(broad > 100);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
