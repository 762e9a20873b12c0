// ProfileWriter on SQLite and PostgreSQL, driven directly inside a transaction as the importer drives it:
// external ids resolved once and created on first sight (and found again by a later writer, preloaded or
// not), interactions stored once with duplicates and conflicting values told apart in the batch and against
// the stored rows, each user's rows stored in time order, items and users upserted so that a repeat changes
// nothing, consent changes logged with who made them, and the search text kept free of personal data.
#include "profiles/import/profilewriter.h"
#include "profiles/profilestore.h"
#include "storage/transaction.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

// A prepared writer in a transaction of its own, as one import has it.
struct Writing
{
    Writing(QSqlDatabase db, const QString &operatorName)
        : transaction(db)
        , writer(db, operatorName)
    {}

    Result<void> start()
    {
        if (auto begun = transaction.begin(); !begun)
            return begun;
        return writer.prepare();
    }

    Result<void> finish()
    {
        if (auto flushed = writer.flushSearch(); !flushed)
            return flushed;
        return transaction.commit();
    }

    Transaction transaction;
    ProfileWriter writer;
};

} // namespace

class TestProfileWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_alice;

    std::unique_ptr<Writing> writing()
    {
        return std::make_unique<Writing>(m_alice->database().connection(),
                                         m_alice->operators().actingOperator());
    }

    QVariantList row(const QString &sql, const QVariantList &values = {}, int columns = 1)
    {
        QSqlQuery query(m_ws->rawConnection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        QVariantList result;
        for (int i = 0; i < columns; ++i)
            result << query.value(i);
        return result;
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        const QVariantList result = row(sql, values);
        return result.isEmpty() ? -1 : result.at(0).toLongLong();
    }

    qint64 searchCount(const QString &text)
    {
        ProfileFilter filter;
        filter.search = text;
        auto count = m_alice->profiles().count(filter);
        return count ? count.value() : -1;
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

    void resolvesIdsAndCreatesThemOnFirstSight()
    {
        qint64 user = 0, number = 0, padded = 0, item = 0, kind = 0, category = 0;
        {
            auto w = writing();
            QVERIFY(w->start());
            bool created = false;
            auto id = w->writer.user("u1", &created);
            QVERIFY2(id, qPrintable(id.error().message));
            QVERIFY(created);
            user = id.value();
            id = w->writer.user("u1", &created);
            QCOMPARE(id.value(), user);
            QVERIFY(!created);
            // Canonical numbers are cached by value, anything else by text: "017" is not "17".
            id = w->writer.user("17", &created);
            QVERIFY(id && created);
            number = id.value();
            id = w->writer.user("017", &created);
            QVERIFY(id && created);
            padded = id.value();
            QVERIFY(padded != number);
            QCOMPARE(w->writer.user("17", &created).value(), number);
            QVERIFY(!created);

            id = w->writer.item("i1", &created);
            QVERIFY(id && created);
            item = id.value();
            QCOMPARE(w->writer.item("i1", &created).value(), item);
            QVERIFY(!created);
            // Kinds are case-insensitive and stored in lower case; a new workspace knows four.
            QCOMPARE(w->writer.kind("Rating", &created).value(), 1);
            QVERIFY(!created);
            id = w->writer.kind("Share", &created);
            QVERIFY(id && created);
            kind = id.value();
            QCOMPARE(w->writer.kind("share", &created).value(), kind);
            QVERIFY(!created);
            id = w->writer.category(QStringLiteral("Comedy"));
            QVERIFY(id);
            category = id.value();
            QCOMPARE(w->writer.category(QStringLiteral("Comedy")).value(), category);
            QVERIFY(w->finish());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_users")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT id_number FROM profile_users WHERE external_id = '17'")), 17);
        QVERIFY(row(QStringLiteral("SELECT id_number FROM profile_users WHERE external_id = 'u1'"))
                    .at(0)
                    .isNull());
        QCOMPARE(
            row(QStringLiteral("SELECT name FROM profile_event_kinds WHERE id = ?"), {kind}).at(0).toString(),
            QStringLiteral("share"));

        // A later writer finds them in the workspace, with the ids preloaded (PostgreSQL) or looked up.
        auto w = writing();
        QVERIFY(w->start());
        QVERIFY(w->writer.preloadIds());
        bool created = true;
        QCOMPARE(w->writer.user("u1", &created).value(), user);
        QVERIFY(!created);
        QCOMPARE(w->writer.user("17", &created).value(), number);
        QVERIFY(!created);
        QCOMPARE(w->writer.user("017", &created).value(), padded);
        QVERIFY(!created);
        QCOMPARE(w->writer.item("i1", &created).value(), item);
        QVERIFY(!created);
        QCOMPARE(w->writer.kind("SHARE", &created).value(), kind);
        QVERIFY(!created);
        QCOMPARE(w->writer.category(QStringLiteral("Comedy")).value(), category);
    }

    void storesInteractionsOnceAndFlagsConflicts()
    {
        qint64 user = 0, first = 0, second = 0, rating = 0;
        {
            auto w = writing();
            QVERIFY(w->start());
            user = w->writer.user("u1").value();
            first = w->writer.item("i1").value();
            second = w->writer.item("i2").value();
            rating = w->writer.kind("rating").value();
            // A user this writer created: stored in bulk, the batch's own duplicates found in memory.
            w->writer.queueInteraction(user, 100, first, rating, 4.0, 2);
            w->writer.queueInteraction(user, 50, second, rating, 3.0, 3);
            w->writer.queueInteraction(user, 100, first, rating, 5.0, 4);
            QVERIFY(w->writer.flushInteractions());
            const auto &queued = w->writer.queuedInteractions();
            QCOMPARE(queued.size(), size_t(3));
            QVERIFY(queued[0].added && queued[1].added && !queued[2].added);
            QVERIFY(!queued[0].conflict && !queued[1].conflict);
            QVERIFY(queued[2].conflict);
            QCOMPARE(queued[2].storedValue, 4.0);
            // The user's run in time order; equal keys keep their file order.
            const std::vector<quint32> &order = w->writer.storedOrder();
            QCOMPARE(QList<quint32>(order.begin(), order.end()), (QList<quint32>{1, 0, 2}));
            auto names = w->writer.names(queued[2]);
            QVERIFY2(names, qPrintable(names.error().message));
            QCOMPARE(names->user, QByteArray("u1"));
            QCOMPARE(names->item, QByteArray("i1"));
            QCOMPARE(names->kind, QByteArray("rating"));
            w->writer.clearQueue();
            QVERIFY(w->writer.queuedInteractions().empty());

            // The same user again: each row checked against what is stored.
            w->writer.queueInteraction(user, 100, first, rating, 4.0, 5);
            w->writer.queueInteraction(user, 100, first, rating, 2.0, 6);
            w->writer.queueInteraction(user, 200, first, rating, 1.0, 7);
            QVERIFY(w->writer.flushInteractions());
            QVERIFY(!queued[0].added && !queued[0].conflict);
            QVERIFY(!queued[1].added && queued[1].conflict);
            QCOMPARE(queued[1].storedValue, 4.0);
            QVERIFY(queued[2].added);
            QVERIFY(w->finish());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_interactions")), 3);
        QCOMPARE(row(QStringLiteral("SELECT value FROM profile_interactions WHERE user_id = ? AND at = 100"),
                     {user})
                     .at(0)
                     .toDouble(),
                 4.0);

        // A later writer: the stored rows are duplicates, a new value for one of them a conflict.
        auto w = writing();
        QVERIFY(w->start());
        QVERIFY(w->writer.preloadIds());
        QCOMPARE(w->writer.user("u1").value(), user);
        w->writer.queueInteraction(user, 50, second, rating, 3.0, 2);
        w->writer.queueInteraction(user, 200, first, rating, 1.5, 3);
        w->writer.queueInteraction(user, 300, second, rating, 5.0, 4);
        QVERIFY(w->writer.flushInteractions());
        const auto &queued = w->writer.queuedInteractions();
        QVERIFY(!queued[0].added && !queued[0].conflict);
        QVERIFY(!queued[1].added && queued[1].conflict);
        QCOMPARE(queued[1].storedValue, 1.0);
        QVERIFY(queued[2].added);
        QVERIFY(w->finish());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_interactions")), 4);
    }

    void upsertItemSaysWhatChanged()
    {
        auto w = writing();
        QVERIFY(w->start());
        ItemRow item;
        item.id = "m1";
        item.title = QStringLiteral("Heat");
        item.categories = {QStringLiteral("Crime"), QStringLiteral("Drama")};
        item.attributes = {{QStringLiteral("year"), QStringLiteral("1995")}};
        bool categoriesChanged = true;
        qint64 id = 0;
        auto change = w->writer.upsertItem(item, categoriesChanged, id);
        QVERIFY2(change, qPrintable(change.error().message));
        QCOMPARE(change.value(), ProfileWriter::Change::Inserted);
        QVERIFY(!categoriesChanged); // nobody has interacted with a new item yet
        const qint64 inserted = id;

        item.categories = {QStringLiteral("Drama"), QStringLiteral("Crime")}; // the order does not count
        QCOMPARE(w->writer.upsertItem(item, categoriesChanged, id).value(), ProfileWriter::Change::Unchanged);
        QCOMPARE(id, inserted);
        QVERIFY(!categoriesChanged);

        item.title = QStringLiteral("Heat (1995)");
        QCOMPARE(w->writer.upsertItem(item, categoriesChanged, id).value(), ProfileWriter::Change::Updated);
        QVERIFY(!categoriesChanged);

        item.categories = {QStringLiteral("Crime")};
        QCOMPARE(w->writer.upsertItem(item, categoriesChanged, id).value(), ProfileWriter::Change::Updated);
        QVERIFY(categoriesChanged);

        // An item the interactions named before the catalog came: its first categories change interests.
        QVERIFY(w->writer.item("m2"));
        ItemRow early;
        early.id = "m2";
        early.categories = {QStringLiteral("Comedy")};
        QCOMPARE(w->writer.upsertItem(early, categoriesChanged, id).value(), ProfileWriter::Change::Updated);
        QVERIFY(categoriesChanged);
        QVERIFY(w->finish());

        const QVariantList stored =
            row(QStringLiteral("SELECT title, attributes FROM profile_items WHERE id = ?"), {inserted}, 2);
        QCOMPARE(stored.value(0).toString(), QStringLiteral("Heat (1995)"));
        QCOMPARE(stored.value(1).toString(), QStringLiteral("{\"year\":\"1995\"}"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_item_categories WHERE item_id = ?"),
                        {inserted}),
                 1);
    }

    void upsertUserKeepsConsentAndSearchText()
    {
        qint64 id = 0;
        {
            auto w = writing();
            QVERIFY(w->start());
            UserRow user;
            user.id = "ann-1";
            user.attributes = {{QStringLiteral("city"), QStringLiteral("Lyon"), false},
                               {QStringLiteral("email"), QStringLiteral("ann@example.org"), true}};
            // Without a consent column, a new user gets the default...
            auto change = w->writer.upsertUser(user, Consent::Granted);
            QVERIFY2(change, qPrintable(change.error().message));
            QCOMPARE(change.value(), ProfileWriter::Change::Inserted);
            id = w->writer.user("ann-1").value();
            // ... and a known one keeps theirs.
            QCOMPARE(w->writer.upsertUser(user, Consent::Refused).value(), ProfileWriter::Change::Unchanged);
            user.hasConsent = true;
            user.consent = Consent::Refused;
            QCOMPARE(w->writer.upsertUser(user, Consent::Granted).value(), ProfileWriter::Change::Updated);
            QCOMPARE(w->writer.upsertUser(user, Consent::Granted).value(), ProfileWriter::Change::Unchanged);
            user.attributes[0].value = QStringLiteral("Graz");
            QCOMPARE(w->writer.upsertUser(user, Consent::Granted).value(), ProfileWriter::Change::Updated);
            // A user first seen in interactions is searchable once the writer flushes the search index.
            QVERIFY(w->writer.user("zoe-7"));
            QVERIFY(w->finish());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT consent FROM profile_users WHERE id = ?"), {id}), 0);
        QSqlQuery log(m_ws->rawConnection());
        log.prepare(
            QStringLiteral("SELECT from_consent, to_consent, changed_by FROM profile_consent_log WHERE "
                           "user_id = ? ORDER BY id"));
        log.addBindValue(id);
        QVERIFY(log.exec());
        QStringList changes;
        while (log.next())
            changes << QStringLiteral("%1>%2 by %3")
                           .arg(log.value(0).toInt())
                           .arg(log.value(1).toInt())
                           .arg(log.value(2).toString());
        const QString alice = m_alice->operators().actingOperator();
        QCOMPARE(changes,
                 (QStringList{QStringLiteral("-1>1 by ") + alice, QStringLiteral("1>0 by ") + alice}));

        QCOMPARE(searchCount(QStringLiteral("graz")), 1);
        QCOMPARE(searchCount(QStringLiteral("lyon")), 0);
        QCOMPARE(searchCount(QStringLiteral("ann-1")), 1);
        QCOMPARE(searchCount(QStringLiteral("example.org")), 0); // personal data is not searchable
        QCOMPARE(searchCount(QStringLiteral("zoe")), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileWriter)
#include "tst_profilewriter.moc"
