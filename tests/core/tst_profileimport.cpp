// ProfileImporter on SQLite and PostgreSQL: every supported format from the tiny fixtures in
// tests/data/movielens, every bad-input rule with the exact message, skipping bad rows into a rejects file,
// idempotent re-imports, incremental derivation, cancel, preview, and the interest formula on a
// hand-computed example.
#include "profiles/interestformula.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

QString data(const QString &path)
{
    return QStringLiteral(TAILOR_TEST_DATA_DIR "/movielens/") + path;
}

ImportRequest request(const QString &path, ImportTarget target, ImportFormat format = ImportFormat::Auto)
{
    ImportRequest request;
    request.path = path.startsWith(QLatin1Char('/')) ? path : data(path);
    request.target = target;
    request.format = format;
    return request;
}

} // namespace

class TestProfileImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_alice;
    QTemporaryDir m_tmp;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_alice->database().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    ImportReport runOk(const ImportRequest &request)
    {
        auto report = m_alice->profileImporter().run(request);
        if (!report)
            qWarning("%s", qPrintable(report.error().message));
        return report ? report.value() : ImportReport{};
    }

    QString failure(const ImportRequest &request)
    {
        auto report = m_alice->profileImporter().run(request);
        return report ? QStringLiteral("<imported>") : report.error().message;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
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

    void importsMovieLens100k()
    {
        ImportReport items = runOk(request(QStringLiteral("ml-100k/u.item"), ImportTarget::Items));
        QCOMPARE(items.format, ImportFormat::MovieLens100k);
        QCOMPARE(items.encoding, TextEncoding::Latin1);
        QCOMPARE(items.inserted, 3);
        ImportReport users = runOk(request(QStringLiteral("ml-100k/u.user"), ImportTarget::Users));
        QCOMPARE(users.inserted, 3);
        ImportReport ratings = runOk(request(QStringLiteral("ml-100k/u.data"), ImportTarget::Interactions));
        QCOMPARE(ratings.rowsRead, 5);
        QCOMPARE(ratings.inserted, 5);
        QCOMPARE(ratings.usersDerived, 3);

        QSqlQuery query(m_alice->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT title FROM profile_items WHERE external_id = '10'")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Café Society (1995)"));

        auto detail = m_alice->profiles().detail(QStringLiteral("1"));
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        QCOMPARE(detail->row.interactions, 2);
        QCOMPARE(detail->kindCounts.value(QStringLiteral("rating")), 2);
        QCOMPARE(detail->row.topCategory, QStringLiteral("Comedy"));
        QCOMPARE(detail->history.constFirst().title, QStringLiteral("Café Society (1995)"));
        QCOMPARE(detail->history.constFirst().categories,
                 (QStringList{QStringLiteral("Comedy"), QStringLiteral("Drama"), QStringLiteral("Romance")}));
        // u.user: zip is personal data, masked by default.
        bool sawZip = false;
        for (const ProfileAttribute &attribute : std::as_const(detail->row.attributes)) {
            if (attribute.key == QLatin1String("zip")) {
                sawZip = true;
                QVERIFY(attribute.pii);
                QCOMPARE(attribute.value, ProfileStore::piiMask());
            }
        }
        QVERIFY(sawZip);
    }

    void importsMovieLens1m()
    {
        ImportReport movies = runOk(request(QStringLiteral("ml-1m/movies.dat"), ImportTarget::Items));
        QCOMPARE(movies.format, ImportFormat::MovieLens1m);
        QCOMPARE(movies.encoding, TextEncoding::Latin1);
        QCOMPARE(movies.inserted, 5);
        QCOMPARE(runOk(request(QStringLiteral("ml-1m/users.dat"), ImportTarget::Users)).inserted, 2);
        ImportReport ratings =
            runOk(request(QStringLiteral("ml-1m/ratings.dat"), ImportTarget::Interactions));
        QCOMPARE(ratings.inserted, 4);
        QSqlQuery query(m_alice->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT title FROM profile_items WHERE external_id = '5'")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Cité des enfants perdus, La (1995)"));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM profile_item_categories ic JOIN profile_items i ON i.id = "
                     "ic.item_id WHERE i.external_id = '661'")),
                 3);
        auto detail = m_alice->profiles().detail(QStringLiteral("2"));
        QVERIFY(detail.ok());
        QCOMPARE(detail->row.topCategory, QStringLiteral("Drama"));
    }

    void importsMovieLensCsvWithQuotedTitlesAndHalfStars()
    {
        ImportReport movies = runOk(request(QStringLiteral("ml-csv/movies.csv"), ImportTarget::Items));
        QCOMPARE(movies.format, ImportFormat::MovieLensCsv);
        QCOMPARE(movies.inserted, 5);
        QSqlQuery query(m_alice->database().connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT external_id, title FROM profile_items ORDER BY external_id")));
        QStringList titles;
        while (query.next())
            titles << query.value(1).toString();
        QCOMPARE(titles.at(1), QStringLiteral("American President, The (1995)"));
        QCOMPARE(titles.at(2), QStringLiteral("Misérables, Les (1995)"));
        QCOMPARE(titles.at(3), QStringLiteral("Dr. \"Strangelove\" (1964)"));
        // "(no genres listed)" is no category.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM profile_item_categories ic JOIN profile_items i ON i.id = "
                     "ic.item_id WHERE i.external_id = '5'")),
                 0);
        ImportReport ratings =
            runOk(request(QStringLiteral("ml-csv/ratings.csv"), ImportTarget::Interactions));
        QCOMPARE(ratings.inserted, 4);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM profile_interactions ORDER BY value")) &&
                query.next());
        QCOMPARE(query.value(0).toDouble(), 0.5);
    }

    void importsGenericCsvAndJsonLinesWithMapping()
    {
        ImportRequest items = request(QStringLiteral("generic/items.csv"), ImportTarget::Items);
        items.mapping.title = QStringLiteral("name");
        items.mapping.categories = QStringLiteral("tags");
        items.mapping.categorySeparator = QStringLiteral(",");
        ImportReport itemReport = runOk(items);
        QCOMPARE(itemReport.format, ImportFormat::Csv);
        QCOMPARE(itemReport.inserted, 3);
        QCOMPARE(runOk(request(QStringLiteral("generic/items.jsonl"), ImportTarget::Items)).inserted, 1);
        QSqlQuery query(m_alice->database().connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT attributes FROM profile_items WHERE external_id = 'sku-1'")) &&
            query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("{\"brand\":\"Acme\",\"price\":\"89.90\"}"));
        QVERIFY(
            query.exec(QStringLiteral("SELECT attributes FROM profile_items WHERE external_id = 'sku-4'")) &&
            query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("{\"brand\":\"Iron\",\"weight_kg\":\"12\"}"));

        ImportRequest users = request(QStringLiteral("generic/users.csv"), ImportTarget::Users);
        users.mapping.piiFields = {QStringLiteral("email")};
        QCOMPARE(runOk(users).inserted, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT consent FROM profile_users WHERE external_id = 'u-1'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT consent FROM profile_users WHERE external_id = 'u-2'")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT consent FROM profile_users WHERE external_id = 'u-3'")), -1);

        ImportRequest events = request(QStringLiteral("generic/events.csv"), ImportTarget::Interactions);
        events.mapping.timestamp = QStringLiteral("ts");
        events.mapping.kind = QStringLiteral("event");
        ImportReport eventReport = runOk(events);
        QCOMPARE(eventReport.inserted, 3);
        // ISO 8601 with an offset: 08:00+02:00 is 06:00 UTC.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT i.at FROM profile_interactions i JOIN profile_users u ON u.id = i.user_id "
                     "WHERE u.external_id = 'u-2'")),
                 QDateTime(QDate(2024, 3, 2), QTime(6, 0), Qt::UTC).toSecsSinceEpoch());
        ImportReport jsonReport =
            runOk(request(QStringLiteral("generic/events.jsonl"), ImportTarget::Interactions));
        QCOMPARE(jsonReport.format, ImportFormat::JsonLines);
        QCOMPARE(jsonReport.inserted, 2);
        // Milliseconds are recognized and stored as seconds.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT i.at FROM profile_interactions i JOIN profile_users u ON u.id = i.user_id "
                     "WHERE u.external_id = 'u-3'")),
                 1709373600);
        auto detail = m_alice->profiles().detail(QStringLiteral("u-1"));
        QVERIFY(detail.ok());
        QCOMPARE(detail->kindCounts.value(QStringLiteral("view")), 2);
        QCOMPARE(detail->kindCounts.value(QStringLiteral("purchase")), 1);
        QCOMPARE(detail->row.topCategory, QStringLiteral("outdoor"));
    }

    void reportsBadInputWithFileLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("message");
        const int interactions = int(ImportTarget::Interactions);
        const int items = int(ImportTarget::Items);
        const int autoFormat = int(ImportFormat::Auto);
        const int autoEncoding = int(TextEncoding::Auto);
        QTest::newRow("wrong separator") << QStringLiteral("bad/wrong_separator.data") << interactions
                                         << int(ImportFormat::MovieLens100k) << autoEncoding
                                         << QStringLiteral("wrong_separator.data, line 1: expected 4 fields "
                                                           "separated by tab, found none; the line looks "
                                                           "separated by ',' — is the format right?. Nothing "
                                                           "was imported from wrong_separator.data.");
        QTest::newRow("missing columns")
            << QStringLiteral("bad/missing_columns.data") << interactions << autoFormat << autoEncoding
            << QStringLiteral("missing_columns.data, line 2: expected 4 fields separated by tab (user id, "
                              "item id, rating, "
                              "timestamp), found 3. Nothing was imported from missing_columns.data.");
        QTest::newRow("non-numeric ids")
            << QStringLiteral("bad/nonnumeric_ids.csv") << interactions << autoFormat << autoEncoding
            << QStringLiteral(
                   "nonnumeric_ids.csv, line 3, column 1 (userId): 'abc' is not a whole number. Nothing was "
                   "imported from nonnumeric_ids.csv.");
        QTest::newRow("timestamp out of range")
            << QStringLiteral("bad/out_of_range.data") << interactions << autoFormat << autoEncoding
            << QStringLiteral("out_of_range.data, line 2, column 4 (timestamp): timestamp 99999999999999 is "
                              "out of range "
                              "(1970-01-01 to 2100-01-01). Nothing was imported from out_of_range.data.");
        QTest::newRow("invalid UTF-8")
            << QStringLiteral("bad/invalid_utf8.csv") << items << autoFormat << int(TextEncoding::Utf8)
            << QStringLiteral("invalid_utf8.csv, line 3: byte 6 is not valid UTF-8; if the file is Latin-1, "
                              "import it with "
                              "the encoding latin-1. Nothing was imported from invalid_utf8.csv.");
        QTest::newRow("Latin-1 mix-up")
            << QStringLiteral("bad/latin1_mixup.csv") << items << autoFormat << autoEncoding
            << QStringLiteral("latin1_mixup.csv, line 3: byte 6 is not valid UTF-8, but earlier lines were: "
                              "the file mixes "
                              "UTF-8 and Latin-1 text; convert it to one encoding. Nothing was imported from "
                              "latin1_mixup.csv.");
        QTest::newRow("truncated last line")
            << QStringLiteral("bad/truncated.data") << interactions << autoFormat << autoEncoding
            << QStringLiteral(
                   "truncated.data, line 3: expected 4 fields separated by tab (user id, item id, rating, "
                   "timestamp), found 3 — the last line looks truncated (the file does not end with a "
                   "newline). "
                   "Nothing was imported from truncated.data.");
    }

    void reportsBadInputWithFileLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(int, target);
        QFETCH(int, format);
        QFETCH(int, encoding);
        QFETCH(QString, message);
        ImportRequest bad = request(file, ImportTarget(target), ImportFormat(format));
        bad.encoding = TextEncoding(encoding);
        auto report = m_alice->profileImporter().run(bad);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QCOMPARE(report.error().message, message);
        // One transaction: nothing of the failing file is kept (the good rows before the bad one included).
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_users")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_items")), 0);
    }

    void refusesATwoGigabyteFileWithoutLineBreaks()
    {
        // A 2 GiB file whose second "line" never ends (sparse, so the test writes almost nothing): the
        // import stops after MaxLineBytes instead of buffering the file, and keeps nothing.
        const QString path = writeFile(QStringLiteral("one-line.csv"), "userId,movieId,rating,timestamp\n");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(qint64(2) * 1024 * 1024 * 1024));
        }
        auto report = m_alice->profileImporter().run(request(path, ImportTarget::Interactions));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QCOMPARE(
            report.error().message,
            QStringLiteral("one-line.csv, line 2: no line break in the next 16 MiB, so this is not a text "
                           "file with one record per line (is it binary, compressed, or does it end lines "
                           "with a bare carriage return?). Nothing was imported from one-line.csv."));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_users")), 0);

        // Old Mac line ends (bare CR) are named as such instead of reading the file as one line.
        const QString cr =
            writeFile(QStringLiteral("cr.csv"),
                      "userId,movieId,rating,timestamp\r1,1,4.0,964982703\r1,3,4.0,964981247\r");
        QCOMPARE(
            failure(request(cr, ImportTarget::Interactions)),
            QStringLiteral("cr.csv ends its lines with a bare carriage return (old Mac line ends); convert "
                           "it to LF or CRLF line ends first."));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 0);
    }

    // On SQLite the commit leaves the WAL checkpoint to a background thread: run() returns with the import
    // committed and visible, waitForCheckpoint() once it is in the database file itself (a copy of the file
    // alone, without its log, holds the rows), and the connection's automatic checkpoint is back on.
    void importReachesTheDatabaseFileOnceCheckpointed()
    {
        ImportReport report = runOk(request(QStringLiteral("ml-100k/u.data"), ImportTarget::Interactions));
        QCOMPARE(report.inserted, 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 5);
        m_alice->profileImporter().waitForCheckpoint();
        if (!m_alice->database().isSqlite())
            return; // PostgreSQL has no checkpoint to wait for; the rows are committed (checked above).
        QCOMPARE(scalar(QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);
        const QString copy = m_tmp.filePath(QStringLiteral("checkpointed.db"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_alice->database().url().filePath(), copy));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")) && query.next(),
                     qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toLongLong(), 5);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM profile_users")) && query.next());
            QCOMPARE(query.value(0).toLongLong(), 3);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    }

    // Users an interactions import creates are added to the full-text search index together at the end of
    // the import (SQLite): each one is found by a search, and the index agrees with profile_users.
    void searchFindsTheUsersAnImportCreated()
    {
        const QString path = writeFile(QStringLiteral("search.csv"),
                                       "userId,movieId,rating,timestamp\n1017,1,4.0,100\n2017,1,3.5,200\n"
                                       "3099,2,5.0,300\n1017,2,2.0,400\n");
        ImportReport report = runOk(request(path, ImportTarget::Interactions));
        QCOMPARE(report.inserted, 4);
        QCOMPARE(report.usersDerived, 3);
        const auto search = [this](const QString &text) {
            ProfileQuery query;
            query.filter.search = text;
            auto page = m_alice->profiles().page(query);
            if (!page)
                return QStringList{page.error().message};
            QStringList ids;
            for (const ProfileRow &row : std::as_const(page->rows))
                ids << row.userId;
            ids.sort();
            return ids;
        };
        QCOMPARE(search(QStringLiteral("017")),
                 (QStringList{QStringLiteral("1017"), QStringLiteral("2017")}));
        QCOMPARE(search(QStringLiteral("3099")), QStringList{QStringLiteral("3099")});
        QCOMPARE(search(QStringLiteral("999")), QStringList());
        if (m_alice->database().isSqlite()) {
            QSqlQuery check(m_alice->database().connection());
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO profile_users_search (profile_users_search) "
                                               "VALUES ('integrity-check')")),
                     qPrintable(check.lastError().text()));
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_users_search WHERE "
                                           "profile_users_search MATCH '017'")),
                     2);
        }
    }

    void oneColumnServesOneFieldOnly()
    {
        const QString path = writeFile(QStringLiteral("who.csv"), "who,rating,when\nu1,i9,964982703\n");
        ImportRequest twice = request(path, ImportTarget::Interactions);
        twice.mapping.user = QStringLiteral("who");
        twice.mapping.item = QStringLiteral("who");
        twice.mapping.timestamp = QStringLiteral("when");
        QCOMPARE(failure(twice),
                 QStringLiteral("who.csv, line 1: the column 'who' is mapped to both the user id and "
                                "the item id; each field needs a column of its own."));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 0);

        // A guess does not take a column the mapping gave to another field: 'rating' is the item here, not
        // the value.
        ImportRequest mapped = request(path, ImportTarget::Interactions);
        mapped.mapping.user = QStringLiteral("who");
        mapped.mapping.item = QStringLiteral("rating");
        mapped.mapping.timestamp = QStringLiteral("when");
        QCOMPARE(runOk(mapped).inserted, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_items WHERE external_id = 'i9'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT CAST(value AS INTEGER) FROM profile_interactions")), 1);
    }

    void duplicateRowsAddNothing()
    {
        ImportReport report =
            runOk(request(QStringLiteral("bad/duplicates.data"), ImportTarget::Interactions));
        QCOMPARE(report.rowsRead, 3);
        QCOMPARE(report.inserted, 2);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 2);
    }

    // Interactions are stored in batches (10,000 rows a statement on PostgreSQL, 65,536 on SQLite) sorted by
    // key: a duplicate in a later batch, two equal rows in one batch, and a user whose rows come back after
    // other users must all end as if the rows were stored one by one in file order.
    void batchedImportKeepsFileOrderSemantics()
    {
        QByteArray csv("userId,movieId,rating,timestamp\n");
        qint64 rows = 0;
        for (int user = 1; user <= 120; ++user) {
            for (int i = 0; i < 100; ++i) {
                // Descending timestamps: the sorted insert order differs from the file order.
                csv += QByteArray::number(user) + ',' + QByteArray::number(1 + (i * 7) % 500) + ",3.0," +
                       QByteArray::number(1500000000 - i * 60) + '\n';
                ++rows;
            }
            if (user == 2) {
                // The same row twice in one batch, the second with another rating: the first one is kept.
                csv += "2,1,5.0,1500000000\n";
                ++rows;
            }
        }
        // Beyond the first PostgreSQL batch: a duplicate of user 1's first row, and user 1 coming back with a
        // new row, and the new row once more.
        csv += "1,1,4.5,1500000000\n1,999,4.0,1600000000\n1,999,1.0,1600000000\n";
        rows += 3;
        const QString path = writeFile(QStringLiteral("batched.csv"), csv);
        ImportReport report = runOk(request(path, ImportTarget::Interactions));
        QCOMPARE(report.rowsRead, rows);
        QCOMPARE(report.inserted, 120 * 100 + 1);
        QCOMPARE(report.duplicates, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 120 * 100 + 1);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM profile_interactions i JOIN profile_users u ON u.id = i.user_id "
                     "WHERE u.external_id IN ('1', '2') AND i.value <> 3.0 AND i.item_id IN "
                     "(SELECT id FROM profile_items WHERE external_id = '1')")),
                 0);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM profile_interactions i JOIN profile_items t ON t.id = i.item_id "
                     "WHERE t.external_id = '999' AND i.value = 4.0")),
                 1);
        // User 1 came back after 119 other users: derived again from everything stored, the late row
        // included.
        QCOMPARE(
            scalar(QStringLiteral("SELECT interaction_count FROM profile_users WHERE external_id = '1'")),
            101);
        QCOMPARE(scalar(QStringLiteral("SELECT last_at FROM profile_users WHERE external_id = '1'")),
                 1600000000);
        QCOMPARE(
            scalar(QStringLiteral("SELECT interaction_count FROM profile_users WHERE external_id = '2'")),
            100);
        QCOMPARE(report.usersDerived, 120);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_users WHERE interaction_count = 100")),
                 119);
    }

    // A file whose rows fill the last batch exactly (10,000 rows a batch on PostgreSQL, 65,536 on SQLite)
    // leaves nothing for the final flush: nothing may be counted twice.
    void importFillingTheLastBatchExactlyCountsEachRowOnce()
    {
        qint64 expected = 0;
        for (const int rows : {10000, 65536}) {
            QByteArray csv("userId,movieId,rating,timestamp\n");
            for (int i = 0; i < rows; ++i)
                csv += QByteArray::number(rows + i / 100) + ',' + QByteArray::number(1 + i % 100) + ",4.0," +
                       QByteArray::number(1500000000 + i) + '\n';
            const QString path = writeFile(QStringLiteral("exact-%1.csv").arg(rows), csv);
            ImportReport report = runOk(request(path, ImportTarget::Interactions));
            QCOMPARE(report.rowsRead, rows);
            QCOMPARE(report.inserted, rows);
            QCOMPARE(report.duplicates, 0);
            QCOMPARE(report.usersDerived, (rows + 99) / 100);
            expected += rows;
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), expected);
        }
    }

    // Profiles are written in batches as arrays on PostgreSQL: ids and kinds with quotes, commas, braces and
    // backslashes must come back intact in the derived profile.
    void derivedProfilesKeepTextWithQuotesAndBraces()
    {
        const QString path = writeFile(QStringLiteral("odd.csv"),
                                       "user,item,ts,event,value\n"
                                       "u{1},\"a\"\"b,c\",2024-03-01T10:00:00Z,\"say \"\"hi\"\", {ok}\",\n"
                                       "u{1},x\\y,2024-03-01T10:05:00Z,view,\n");
        ImportRequest events = request(path, ImportTarget::Interactions);
        events.mapping.timestamp = QStringLiteral("ts");
        events.mapping.kind = QStringLiteral("event");
        QCOMPARE(runOk(events).inserted, 2);
        auto detail = m_alice->profiles().detail(QStringLiteral("u{1}"));
        QVERIFY(detail.ok());
        QCOMPARE(detail->recentItems, (QStringList{QStringLiteral("x\\y"), QStringLiteral("a\"b,c")}));
        QCOMPARE(detail->kindCounts.value(QStringLiteral("say \"hi\", {ok}")), 1);
        QCOMPARE(detail->kindCounts.value(QStringLiteral("view")), 1);
    }

    void reimportingAFileAddsNothing()
    {
        runOk(request(QStringLiteral("ml-100k/u.item"), ImportTarget::Items));
        runOk(request(QStringLiteral("ml-100k/u.user"), ImportTarget::Users));
        runOk(request(QStringLiteral("ml-100k/u.data"), ImportTarget::Interactions));
        const qint64 audit = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        ImportReport items = runOk(request(QStringLiteral("ml-100k/u.item"), ImportTarget::Items));
        QCOMPARE(items.inserted, 0);
        QCOMPARE(items.updated, 0);
        QCOMPARE(items.duplicates, 3);
        ImportReport users = runOk(request(QStringLiteral("ml-100k/u.user"), ImportTarget::Users));
        QCOMPARE(users.inserted + users.updated, 0);
        ImportReport ratings = runOk(request(QStringLiteral("ml-100k/u.data"), ImportTarget::Interactions));
        QCOMPARE(ratings.inserted, 0);
        QCOMPARE(ratings.duplicates, 5);
        QCOMPARE(ratings.usersDerived, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_users")), 3);
        // Each import is audited, even when it added nothing.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit + 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'profiles.import'")),
                 6);
    }

    void skipBadRowsImportsGoodRowsAndWritesRejects()
    {
        ImportRequest skip = request(QStringLiteral("bad/mixed_bad_rows.data"), ImportTarget::Interactions);
        skip.skipBadRows = true;
        skip.rejectsPath = m_tmp.filePath(QStringLiteral("rejects.tsv"));
        ImportReport report = runOk(skip);
        QCOMPARE(report.rowsRead, 4);
        QCOMPARE(report.inserted, 2);
        QCOMPARE(report.rejected, 2);
        QCOMPARE(report.rejectsPath, skip.rejectsPath);
        QFile rejects(skip.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rejects.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("line\treason\traw"));
        QCOMPARE(lines.at(1), QByteArray("2\tmixed_bad_rows.data, line 2, column 2 (item id): 'x' is not a "
                                         "whole number\t1\tx\t3\t881250000"));
        QCOMPARE(lines.at(2), QByteArray("4\tmixed_bad_rows.data, line 4, column 3 (rating): rating 9 is out "
                                         "of range (0.5 to 5)\t2\t30\t9\t878887116"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 2);
    }

    void derivesOnlyAffectedUsersAfterAnImport()
    {
        runOk(request(QStringLiteral("ml-100k/u.item"), ImportTarget::Items));
        runOk(request(QStringLiteral("ml-100k/u.data"), ImportTarget::Interactions));
        QCOMPARE(
            scalar(QStringLiteral("SELECT interaction_count FROM profile_users WHERE external_id = '1'")), 2);
        // Mark user 2's stored profile so we can see whether it is derived again.
        QSqlQuery query(m_alice->database().connection());
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE profile_users SET kind_counts = '{\"marker\":1}' WHERE external_id = '2'")));
        const QString more =
            writeFile(QStringLiteral("more.data"), "1\t30\t5\t891000000\n3\t10\t4\t891000001\n");
        ImportReport report = runOk(request(more, ImportTarget::Interactions, ImportFormat::MovieLens100k));
        QCOMPARE(report.inserted, 2);
        QCOMPARE(report.usersDerived, 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT interaction_count FROM profile_users WHERE external_id = '1'")), 3);
        QCOMPARE(
            scalar(QStringLiteral("SELECT interaction_count FROM profile_users WHERE external_id = '3'")), 2);
        QVERIFY(query.exec(QStringLiteral("SELECT kind_counts FROM profile_users WHERE external_id = '2'")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("{\"marker\":1}"));
        // A new user whose rows come back later in the file is derived from all of them.
        const QString interleaved =
            writeFile(QStringLiteral("interleaved.data"),
                      "7\t10\t5\t891000000\n8\t10\t4\t891000001\n7\t20\t1\t891000002\n");
        ImportReport again =
            runOk(request(interleaved, ImportTarget::Interactions, ImportFormat::MovieLens100k));
        QCOMPARE(again.usersDerived, 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT interaction_count FROM profile_users WHERE external_id = '7'")), 2);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM profile_interests i JOIN profile_users u ON u.id = i.user_id "
                     "WHERE u.external_id = '7'")),
                 6);
        // Re-categorizing an item derives the users who interacted with it (users 1, 2, 3, 7 and 8 rated item
        // 10).
        const QString recategorized =
            writeFile(QStringLiteral("u.item"),
                      "10|Caf\xe9 Society (1995)|01-Jan-1995||x|0|0|0|0|0|0|0|0|0|0|0|1|0|0|0|0|0|0|0\n");
        ImportRequest items = request(recategorized, ImportTarget::Items);
        items.encoding = TextEncoding::Latin1;
        ImportReport itemReport = runOk(items);
        QCOMPARE(itemReport.updated, 1);
        QCOMPARE(itemReport.usersDerived, 5);
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT kind_counts, top_category FROM profile_users WHERE external_id = '2'")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("{\"rating\":2}"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("Horror"));
    }

    void interestStrengthsMatchAHandComputedExample()
    {
        // Comedy item A rated 5 at T; Drama item B rated 4 at T − 90 days; item C (Comedy and Drama) rated 2
        // at T − 180 days. baseline = (5 + 4 + 2 + 5 × 3) / (3 + 5) = 26 / 8 = 3.25; weights (5 − 3.25) / 2 =
        // 0.875, (4 − 3.25) / 2 = 0.375, (2 − 3.25) / 2 = −0.625; decays 1, 0.5, 0.25.
        // raw(Comedy) = 0.875·1 − 0.625·0.25 = 0.71875 (23/32); raw(Drama) = 0.375·0.5 − 0.625·0.25 = 0.03125
        // (1/32). strength(Comedy) = 1, strength(Drama) = (1/32) / (23/32) = 1/23 = 0.0435 (low): C's low
        // rating now takes from both categories instead of adding to them.
        // (The formula before issue 9 item 9, value / 5, gave Comedy 1 and Drama 0.5 / 1.1 = 0.4545, medium.)
        const qint64 t = 1700000000;
        const qint64 day = 86400;
        const QString items =
            writeFile(QStringLiteral("items.csv"), "id,title,categories\nA,Alpha,Comedy\nB,Beta,Drama\n"
                                                   "C,Gamma,Comedy|Drama\n");
        runOk(request(items, ImportTarget::Items));
        const QString events =
            writeFile(QStringLiteral("events.csv"),
                      QStringLiteral("user,item,timestamp,value\nu,A,%1,5\nu,B,%2,4\nu,C,%3,2\n")
                          .arg(t)
                          .arg(t - 90 * day)
                          .arg(t - 180 * day)
                          .toUtf8());
        ImportRequest interactions = request(events, ImportTarget::Interactions);
        interactions.mapping.timestampUnit = TimestampUnit::Seconds;
        runOk(interactions);
        auto detail = m_alice->profiles().detail(QStringLiteral("u"));
        QVERIFY(detail.ok());
        QCOMPARE(detail->interests.size(), 2);
        QCOMPARE(detail->interests.at(0).category, QStringLiteral("Comedy"));
        QCOMPARE(detail->interests.at(0).strength, 1.0);
        QCOMPARE(detail->interests.at(0).band, InterestBand::High);
        QCOMPARE(detail->interests.at(0).interactions, 2);
        QCOMPARE(detail->interests.at(1).category, QStringLiteral("Drama"));
        QVERIFY(std::abs(detail->interests.at(1).strength - 1.0 / 23.0) < 1e-9);
        QCOMPARE(detail->interests.at(1).band, InterestBand::Low);
    }

    void cancelLeavesTheWorkspaceUnchanged()
    {
        runOk(request(QStringLiteral("ml-100k/u.data"), ImportTarget::Interactions));
        const qint64 audit = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QByteArray lines;
        for (int i = 0; i < 5000; ++i)
            lines += QByteArray::number(100 + i % 50) + '\t' + QByteArray::number(i) + "\t3\t881250949\n";
        const QString big = writeFile(QStringLiteral("big.data"), lines);
        ImportRequest cancelled = request(big, ImportTarget::Interactions, ImportFormat::MovieLens100k);
        cancelled.batchSize = 1000;
        std::atomic_bool cancel{false};
        qint64 progressCalls = 0;
        auto report = m_alice->profileImporter().run(
            cancelled,
            [&](const ImportProgress &progress) {
                ++progressCalls;
                QVERIFY(progress.bytesRead <= progress.bytesTotal);
                if (progress.rows >= 2000)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().message,
                 QStringLiteral("The import of big.data was cancelled; the workspace is unchanged."));
        QVERIFY(progressCalls >= 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_users")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
        // Progress ends at the file size on a full run.
        qint64 lastBytes = 0;
        qint64 total = 0;
        ImportRequest full = cancelled;
        auto done = m_alice->profileImporter().run(full, [&](const ImportProgress &progress) {
            lastBytes = progress.bytesRead;
            total = progress.bytesTotal;
        });
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        QCOMPARE(lastBytes, total);
        QCOMPARE(total, QFileInfo(big).size());
    }

    void previewShowsDetectedFormatAndParsedRows()
    {
        auto preview =
            ProfileImporter::preview(request(QStringLiteral("ml-100k/u.item"), ImportTarget::Items), 2);
        QVERIFY2(preview.ok(), qPrintable(preview.error().message));
        QCOMPARE(preview->format, ImportFormat::MovieLens100k);
        QCOMPARE(preview->encoding, TextEncoding::Latin1);
        QCOMPARE(preview->separator, QStringLiteral("|"));
        QCOMPARE(preview->fields.size(), 2);
        QCOMPARE(preview->parsed.at(0).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Café Society (1995)"));

        ImportRequest generic = request(QStringLiteral("generic/items.csv"), ImportTarget::Items);
        auto csv = ProfileImporter::preview(generic, 5);
        QVERIFY(csv.ok());
        QCOMPARE(csv->separator, QStringLiteral(";"));
        QCOMPARE(csv->columns,
                 (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("tags"),
                              QStringLiteral("brand"), QStringLiteral("price")}));
        QCOMPARE(csv->parsed.at(0).value(QStringLiteral("title")).toString(), QStringLiteral("Trail Shoe"));

        ImportRequest unmapped = request(QStringLiteral("generic/events.csv"), ImportTarget::Interactions);
        unmapped.mapping.timestamp = QStringLiteral("when");
        auto bad = ProfileImporter::preview(unmapped, 5);
        QVERIFY(bad.ok());
        QCOMPARE(bad->mappingError,
                 QStringLiteral("events.csv, line 1: the header has no column 'when' for the timestamp "
                                "(columns: user, item, ts, event, value)."));
        QCOMPARE(bad->fields.size(), 3);

        auto bads = ProfileImporter::preview(
            request(QStringLiteral("bad/mixed_bad_rows.data"), ImportTarget::Interactions), 5);
        QVERIFY(bads.ok());
        QCOMPARE(bads->errors.at(1), QStringLiteral("line 2, column 2 (item id): 'x' is not a whole number"));
        QVERIFY(bads->errors.at(0).isEmpty());
    }

    // A carriage return that does not end a line (CRLF) sits inside a field: it used to be stored there
    // ("Action\r12") while the rest of the line was dropped as extra fields. It is an error naming the file,
    // line and field, the CR shown escaped.
    void bareCarriageReturnInAFieldIsAnError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("target");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("location");
        QTest::newRow("items csv") << QStringLiteral("items.csv") << int(ImportTarget::Items)
                                   << QByteArray("id,title,genres\r\n1,Toy Story,Action\r12,Heat,Crime\r\n")
                                   << QStringLiteral("items.csv, line 2, column 3 (genres)");
        QTest::newRow("users dat") << QStringLiteral("users.dat") << int(ImportTarget::Users)
                                   << QByteArray("1::F::1::10::48067\n2::M::56\r3::M::25::15::55117\n")
                                   << QStringLiteral("users.dat, line 2, column 3 (age)");
        QTest::newRow("first line") << QStringLiteral("u.data") << int(ImportTarget::Interactions)
                                    << QByteArray("1\t10\t4\t881250949\r2\t10\t3\t881250950\n")
                                    << QStringLiteral("u.data, line 1, column 4 (timestamp)");
    }

    void bareCarriageReturnInAFieldIsAnError()
    {
        QFETCH(QString, name);
        QFETCH(int, target);
        QFETCH(QByteArray, content);
        QFETCH(QString, location);
        QCOMPARE(failure(request(writeFile(name, content), ImportTarget(target))),
                 location + QStringLiteral(
                                ": the field contains a carriage return (\\r) that does not end the line; "
                                "remove it or quote the field. Nothing was imported from %1.")
                                .arg(name));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_items")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_users")), 0);
    }

    void carriageReturnInTheHeaderIsAnError()
    {
        const QString path = writeFile(QStringLiteral("header.csv"), "id,ti\rtle\n1,Heat\n");
        QCOMPARE(failure(request(path, ImportTarget::Items)),
                 QStringLiteral("header.csv, line 1: column 2 (ti\\rtle) of the header contains a carriage "
                                "return (\\r) that does not end the line; remove it or quote the name."));
    }

    // Inside a quoted CSV field a carriage return is text (RFC 4180 allows it there) and kept.
    void carriageReturnInAQuotedFieldIsKept()
    {
        const QString quoted =
            writeFile(QStringLiteral("quoted.csv"), "id,title,genres\n1,\"Toy\rStory\",Action\n");
        QCOMPARE(runOk(request(quoted, ImportTarget::Items)).inserted, 1);
        QSqlQuery query(m_alice->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT title FROM profile_items WHERE external_id = '1'")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Toy\rStory"));
    }

    // A row with more fields than the header used to import with the extras dropped.
    void moreFieldsThanTheHeaderIsAnError()
    {
        const struct
        {
            QString name;
            ImportTarget target;
            QByteArray content;
            QString message;
        } cases[] = {
            {QStringLiteral("extra.csv"), ImportTarget::Items,
             "id,title,genres\n1,Toy Story,Action\n2,Heat,Crime,1995\n",
             QStringLiteral("extra.csv, line 3: the row has 4 fields, the header has 3 (id, title, genres); "
                            "quote a field that holds the separator ','. Nothing was imported from "
                            "extra.csv.")},
            {QStringLiteral("ratings.csv"), ImportTarget::Interactions,
             "userId,movieId,rating,timestamp\n1,1,4.0,964982703,x\n",
             QStringLiteral("ratings.csv, line 2: the row has 5 fields, the header has 4 (userId, movieId, "
                            "rating, timestamp); quote a field that holds the separator ','. Nothing was "
                            "imported from ratings.csv.")}};
        for (const auto &bad : cases) {
            QCOMPARE(failure(request(writeFile(bad.name, bad.content), bad.target)), bad.message);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_items")), 0);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 0);
        }
    }

    // A file that shrinks, grows or is rewritten while it is read would import partly (or a mix of two
    // versions) with success: the reader compares the file's size and time at the end with those at the
    // start, and the import keeps nothing.
    void fileChangedWhileReadImportsNothing_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("rewritten");
        QByteArray ratings;
        for (int i = 0; i < 2000; ++i)
            ratings += QByteArray::number(1 + i % 40) + '\t' + QByteArray::number(i) + "\t3\t881250949\n";
        QTest::newRow("interactions shrunk")
            << int(ImportTarget::Interactions) << ratings << ratings.left(ratings.size() / 2);
        QByteArray items = "id,title\n";
        for (int i = 0; i < 200; ++i)
            items += QByteArray::number(i) + ",Item " + QByteArray::number(i) + '\n';
        QTest::newRow("items grown") << int(ImportTarget::Items) << items << items + "999,Late\n";
    }

    void fileChangedWhileReadImportsNothing()
    {
        QFETCH(int, target);
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, rewritten);
        const QString path = writeFile(QStringLiteral("changing.csv"), content);
        ImportRequest changing =
            request(path, ImportTarget(target),
                    target == int(ImportTarget::Items) ? ImportFormat::Csv : ImportFormat::MovieLens100k);
        changing.batchSize = 10;
        bool changed = false;
        auto report = m_alice->profileImporter().run(changing, [&](const ImportProgress &) {
            if (changed)
                return;
            changed = true;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(0));
            QCOMPARE(file.write(rewritten), rewritten.size());
        });
        QVERIFY(changed);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QCOMPARE(report.error().message,
                 QStringLiteral("changing.csv changed while it was being read (%1 bytes when the import "
                                "began, %2 bytes now); import it again once it is complete. Nothing was "
                                "imported from changing.csv.")
                     .arg(content.size())
                     .arg(rewritten.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_interactions")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM profile_items")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'profiles.import'")),
                 0);
    }

    // The same key with other values (a user's attributes, an item's title or categories, an interaction's
    // value) is a conflict, not a silent duplicate: the first row wins, each later one is counted and, with
    // skip bad rows, listed in the rejects file. Identical repeats stay plain duplicates.
    void conflictingDuplicatesAreCountedAndListed()
    {
        const QString ratings = writeFile(QStringLiteral("conflicts.data"),
                                          "1\t10\t4\t881250949\n1\t10\t4\t881250949\n1\t10\t2\t881250949\n"
                                          "2\t10\t5\t881250950\n");
        ImportRequest skip = request(ratings, ImportTarget::Interactions, ImportFormat::MovieLens100k);
        skip.skipBadRows = true;
        skip.rejectsPath = m_tmp.filePath(QStringLiteral("conflicts.rejects.tsv"));
        ImportReport report = runOk(skip);
        QCOMPARE(report.rowsRead, 4);
        QCOMPARE(report.inserted, 2);
        QCOMPARE(report.duplicates, 2);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.rejectsPath, skip.rejectsPath);
        QCOMPARE(report.firstConflict,
                 QStringLiteral("conflicts.data, line 3: the rating of user 1 for item 10 at "
                                "1997-12-04T15:55:49Z is already 4, not 2; the first value is kept"));
        QCOMPARE(scalar(QStringLiteral("SELECT CAST(value AS INTEGER) FROM profile_interactions p JOIN "
                                       "profile_users u ON u.id = p.user_id WHERE u.external_id = '1'")),
                 4);
        QFile rejects(skip.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rejects.readAll().split('\n');
        QCOMPARE(lines.at(1),
                 QByteArray("3\tconflict: conflicts.data, line 3: the rating of user 1 for item 10 "
                            "at 1997-12-04T15:55:49Z is already 4, not 2; the first value is "
                            "kept\t"));
        QCOMPARE(lines.size(), 3); // header, one conflict, the final newline

        // Against the workspace: a re-import with a changed rating keeps the stored one and says so; without
        // skip bad rows there is no rejects file, only the count.
        const QString changed = writeFile(QStringLiteral("changed.data"), "2\t10\t1\t881250950\n");
        ImportReport again = runOk(request(changed, ImportTarget::Interactions, ImportFormat::MovieLens100k));
        QCOMPARE(again.conflicts, 1);
        QCOMPARE(again.duplicates, 1);
        QVERIFY(again.rejectsPath.isEmpty());
        QVERIFY(!QFile::exists(changed + QStringLiteral(".rejects.tsv")));
        QCOMPARE(again.toJson().value(QStringLiteral("conflicts")).toInteger(), 1);

        const QString users = writeFile(QStringLiteral("users.csv"),
                                        "id,age,city\nu1,24,Oslo\nu2,30,Rome\nu1,24,Oslo\nu1,25,Oslo\n");
        ImportReport people = runOk(request(users, ImportTarget::Users));
        QCOMPARE(people.inserted, 2);
        QCOMPARE(people.duplicates, 2);
        QCOMPARE(people.conflicts, 1);
        QCOMPARE(people.firstConflict,
                 QStringLiteral("users.csv, line 5: user u1 already came on line 2 with other values; the "
                                "first row is kept"));
        QCOMPARE(scalar(QStringLiteral("SELECT CAST(a.value AS INTEGER) FROM profile_user_attributes a JOIN "
                                       "profile_users u ON u.id = a.user_id WHERE u.external_id = 'u1' AND "
                                       "a.key = 'age'")),
                 24);

        const QString items =
            writeFile(QStringLiteral("movies.csv"), "id,title,genres\nm1,Heat,Crime\nm1,Heat,Crime|Drama\n");
        ImportReport catalog = runOk(request(items, ImportTarget::Items));
        QCOMPARE(catalog.inserted, 1);
        QCOMPARE(catalog.conflicts, 1);
        QCOMPARE(catalog.firstConflict,
                 QStringLiteral("movies.csv, line 3: item m1 already came on line 2 with other values; the "
                                "first row is kept"));
    }

    // Messages that quote the file show control characters escaped, never raw.
    void messagesShowControlCharactersEscaped()
    {
        const QString users = writeFile(QStringLiteral("consent.csv"), "id,consent\n1,\"ye\x1bs\tno\"\n");
        QCOMPARE(failure(request(users, ImportTarget::Users)),
                 QStringLiteral("consent.csv, line 2, column 2 (consent): 'ye\\x1Bs\\tno' is not a consent "
                                "value (yes/no, true/false, 1/0, granted/refused). Nothing was imported from "
                                "consent.csv."));
        QByteArray item = "1\x7f|Toy Story (1995)|01-Jan-1995||http://example.org";
        for (int genre = 0; genre < 19; ++genre)
            item += "|0";
        const QString ids = writeFile(QStringLiteral("u.item"), item + '\n');
        QVERIFY(failure(request(ids, ImportTarget::Items))
                    .contains(QStringLiteral("'1\\x7F' is not a whole number")));
    }

    void importNeedsTheImportPermission()
    {
        m_ws->urlAs(QStringLiteral("victor"));
        if (TestWorkspace::postgresMode()) // on PostgreSQL, only operators may read the workspace
            QVERIFY(m_alice->operators().grant(QStringLiteral("victor"), Role::Viewer).ok());
        auto viewer = m_ws->openAs(QStringLiteral("victor"));
        QVERIFY2(viewer.ok(), qPrintable(viewer.error().message));
        auto report = viewer.value()->profileImporter().run(
            request(QStringLiteral("ml-100k/u.data"), ImportTarget::Interactions));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::PermissionDenied);
        m_ws->urlAs(QStringLiteral("carol"));
        QVERIFY(m_alice->operators().grant(QStringLiteral("carol"), Role::Analyst).ok());
        auto analyst = m_ws->openAs(QStringLiteral("carol"));
        QVERIFY(analyst.ok());
        auto allowed = analyst.value()->profileImporter().run(
            request(QStringLiteral("ml-100k/u.data"), ImportTarget::Interactions));
        QVERIFY2(allowed.ok(), qPrintable(allowed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
