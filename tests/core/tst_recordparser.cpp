// RecordParser on its own, without a file or a database: splitting lines of every format (RFC 4180 quoting
// with separators, doubled quotes and newlines inside quotes, "::", tabs and pipes, JSON objects), resolving
// the column mapping against a header, converting ids, timestamps, values and consent, and the message and
// column of every error a line can have — carriage returns outside quotes and too many fields included.
#include "profiles/import/recordparser.h"

#include <QTest>

#include <memory>

using namespace tailor;

namespace {

// A parser for `format` whose header (or fixed layout) has been read; fails the test when it cannot.
std::unique_ptr<RecordParser> parserFor(ImportFormat format, ImportTarget target, QByteArrayView header = {},
                                        ColumnMapping mapping = {})
{
    auto parser = std::make_unique<RecordParser>(format, target, std::move(mapping));
    auto read = parser->readHeader(header);
    if (!read) {
        qWarning("%s", qPrintable(read.error().message));
        return nullptr;
    }
    return parser;
}

QString headerError(ImportFormat format, ImportTarget target, QByteArrayView header,
                    ColumnMapping mapping = {})
{
    RecordParser parser(format, target, std::move(mapping));
    auto read = parser.readHeader(header);
    return read ? QStringLiteral("<accepted>") : read.error().message;
}

QString text(QByteArrayView view)
{
    return QString::fromUtf8(view);
}

} // namespace

class TestRecordParser : public QObject
{
    Q_OBJECT

private slots:
    void splitsPlainCsvAndTrimsValues()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Interactions, "user_id, item_id ,timestamp");
        QVERIFY(parser);
        QCOMPARE(parser->columns(), (QStringList{QStringLiteral("user_id"), QStringLiteral("item_id"),
                                                 QStringLiteral("timestamp")}));
        QCOMPARE(parser->split(" u1 ,i1,1700000000"), RecordParser::Split::Ok);
        InteractionRow row;
        FieldError error;
        QVERIFY2(parser->interaction(row, error), qPrintable(error.message));
        QCOMPARE(text(row.user), QStringLiteral("u1"));
        QCOMPARE(text(row.item), QStringLiteral("i1"));
        QCOMPARE(row.at, 1700000000);
        QCOMPARE(row.value, 1.0); // no value column
        QVERIFY(row.kind.isEmpty());
    }

    void quotedFieldsHoldSeparatorsAndDoubledQuotes()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Interactions, "user_id,item_id,timestamp");
        QVERIFY(parser);
        QCOMPARE(parser->split("\"u,1\",\"say \"\"hi\"\"\",1700000000"), RecordParser::Split::Ok);
        QCOMPARE(parser->fieldTexts(), (QStringList{QStringLiteral("u,1"), QStringLiteral("say \"hi\""),
                                                    QStringLiteral("1700000000")}));
        InteractionRow row;
        FieldError error;
        QVERIFY2(parser->interaction(row, error), qPrintable(error.message));
        QCOMPARE(text(row.user), QStringLiteral("u,1"));
        QCOMPARE(text(row.item), QStringLiteral("say \"hi\""));
    }

    void emptyFieldsAndATrailingSeparatorCount()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Items, "id,title,categories");
        QVERIFY(parser);
        QCOMPARE(parser->split("7,,"), RecordParser::Split::Ok);
        QCOMPARE(parser->fieldTexts(), (QStringList{QStringLiteral("7"), QString(), QString()}));
        QCOMPARE(parser->split("7,\"\","), RecordParser::Split::Ok);
        QCOMPARE(parser->fieldTexts().size(), 3);
        ItemRow row;
        FieldError error;
        QVERIFY2(parser->item(row, error), qPrintable(error.message));
        QCOMPARE(row.title, QString());
        QVERIFY(row.categories.isEmpty());
    }

    void openQuoteAsksForTheNextLine()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Items, "id,title,categories");
        QVERIFY(parser);
        QCOMPARE(parser->split("1,\"Toy"), RecordParser::Split::OpenQuote);
        // The reader joins the next line with a newline and splits again.
        QCOMPARE(parser->split("1,\"Toy\nStory, the \"\"first\"\"\",Animation|Comedy"),
                 RecordParser::Split::Ok);
        ItemRow row;
        FieldError error;
        QVERIFY2(parser->item(row, error), qPrintable(error.message));
        QCOMPARE(text(row.id), QStringLiteral("1"));
        QCOMPARE(row.title, QStringLiteral("Toy\nStory, the \"first\""));
        QCOMPARE(row.categories, (QStringList{QStringLiteral("Animation"), QStringLiteral("Comedy")}));
    }

    void carriageReturnInsideQuotesIsText()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Items, "id,title");
        QVERIFY(parser);
        QCOMPARE(parser->split("1,\"Toy\rStory\""), RecordParser::Split::Ok);
        ItemRow row;
        FieldError error;
        QVERIFY2(parser->item(row, error), qPrintable(error.message));
        QCOMPARE(row.title, QStringLiteral("Toy\rStory"));
    }

    void carriageReturnOutsideQuotesNamesItsField()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Interactions, "user_id,item_id,timestamp");
        QVERIFY(parser);
        // Two records run together by a bare carriage return (mixed line ends).
        QCOMPARE(parser->split("u1,i1,1700000000\ru2,i2,1700000001"), RecordParser::Split::Ok);
        InteractionRow row;
        FieldError error;
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.column, 3);
        QCOMPARE(error.columnName, QStringLiteral("timestamp"));
        QCOMPARE(error.message, QStringLiteral("the field contains a carriage return (\\r) that does not end "
                                               "the line; remove it or quote the field"));

        // After a closing quote too.
        QCOMPARE(parser->split("\"u1\"\r,i1,1700000000"), RecordParser::Split::Ok);
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.column, 1);
        QCOMPARE(error.columnName, QStringLiteral("user_id"));

        // The MovieLens "::" format checks each field the same way.
        auto movieLens = parserFor(ImportFormat::MovieLens1m, ImportTarget::Interactions);
        QVERIFY(movieLens);
        QCOMPARE(movieLens->split("1::2\r::5::978300760"), RecordParser::Split::Ok);
        QVERIFY(!movieLens->interaction(row, error));
        QCOMPARE(error.column, 2);
        QCOMPARE(error.columnName, QStringLiteral("item id"));
    }

    void headerWithCarriageReturnIsRefused()
    {
        QCOMPARE(headerError(ImportFormat::Csv, ImportTarget::Interactions, "user_id,item\r_id,timestamp"),
                 QStringLiteral("column 2 (item\\r_id) of the header contains a carriage return (\\r) that "
                                "does not end the line; remove it or quote the name"));
    }

    void moreFieldsThanTheHeaderIsAnError()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Interactions, "user_id,item_id,timestamp");
        QVERIFY(parser);
        QCOMPARE(parser->split("u1,Toy Story, the first,1700000000"), RecordParser::Split::Ok);
        InteractionRow row;
        FieldError error;
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.column, 0);
        QCOMPARE(error.message, QStringLiteral("the row has 4 fields, the header has 3 (user_id, item_id, "
                                               "timestamp); quote a field that holds the separator ','"));
        // A trailing separator is one field more as well.
        QCOMPARE(parser->split("u1,i1,1700000000,"), RecordParser::Split::Ok);
        QVERIFY(!parser->interaction(row, error));
        QVERIFY2(error.message.startsWith(QStringLiteral("the row has 4 fields, the header has 3")),
                 qPrintable(error.message));
    }

    void tooFewFieldsAndEmptyLines()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Interactions, "user_id,item_id,timestamp");
        QVERIFY(parser);
        InteractionRow row;
        FieldError error;
        QCOMPARE(parser->split("u1,i1"), RecordParser::Split::Ok);
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.column, 0);
        QCOMPARE(error.message,
                 QStringLiteral("expected 3 fields separated by ',' (user_id, item_id, timestamp), found 2"));
        QCOMPARE(parser->split(""), RecordParser::Split::Ok);
        QCOMPARE(parser->fieldTexts(), QStringList{QString()});
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.message,
                 QStringLiteral("expected 3 fields separated by ',' (user_id, item_id, timestamp), found 1"));
    }

    void fixedLayoutGuessesTheOtherSeparator()
    {
        auto parser = parserFor(ImportFormat::MovieLens100k, ImportTarget::Interactions);
        QVERIFY(parser);
        QVERIFY(!parser->hasHeader());
        QCOMPARE(parser->separatorText(), QStringLiteral("\t"));
        QCOMPARE(parser->split("196,242,3,881250949"), RecordParser::Split::Ok);
        InteractionRow row;
        FieldError error;
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.message,
                 QStringLiteral("expected 4 fields separated by tab, found none; the line looks "
                                "separated by ',' — is the format right?"));
        QCOMPARE(parser->split("196\t242\t3\t881250949"), RecordParser::Split::Ok);
        QVERIFY2(parser->interaction(row, error), qPrintable(error.message));
        QCOMPARE(text(row.user), QStringLiteral("196"));
        QCOMPARE(row.value, 3.0);
        QCOMPARE(row.at, 881250949);
    }

    void movieLens1mSplitsOnDoubleColons()
    {
        auto parser = parserFor(ImportFormat::MovieLens1m, ImportTarget::Items);
        QVERIFY(parser);
        QCOMPARE(parser->separatorText(), QStringLiteral("::"));
        QCOMPARE(parser->split("1::Toy Story: The Beginning (1995)::Animation|Children's|Comedy"),
                 RecordParser::Split::Ok);
        ItemRow row;
        FieldError error;
        QVERIFY2(parser->item(row, error), qPrintable(error.message));
        QCOMPARE(row.title, QStringLiteral("Toy Story: The Beginning (1995)"));
        QCOMPARE(row.categories, (QStringList{QStringLiteral("Animation"), QStringLiteral("Children's"),
                                              QStringLiteral("Comedy")}));
    }

    void movieLens100kGenreFlags()
    {
        auto parser = parserFor(ImportFormat::MovieLens100k, ImportTarget::Items);
        QVERIFY(parser);
        const QByteArray flags = "|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0";
        // The parser's views point into the line: it must outlive them.
        const QByteArray line = QByteArray("1|Toy Story (1995)|01-Jan-1995||http://imdb.example/1") + flags;
        QCOMPARE(parser->split(line), RecordParser::Split::Ok);
        ItemRow row;
        FieldError error;
        QVERIFY2(parser->item(row, error), qPrintable(error.message));
        QCOMPARE(row.categories, (QStringList{QStringLiteral("Animation"), QStringLiteral("Children's"),
                                              QStringLiteral("Comedy")}));
        QCOMPARE(row.attributes.value(QStringLiteral("release_date")).toString(),
                 QStringLiteral("01-Jan-1995"));
        QCOMPARE(row.attributes.value(QStringLiteral("imdb_url")).toString(),
                 QStringLiteral("http://imdb.example/1"));

        QByteArray bad = flags;
        bad[bad.size() - 1] = '2';
        const QByteArray badLine = QByteArray("1|Toy Story (1995)|01-Jan-1995||") + bad;
        QCOMPARE(parser->split(badLine), RecordParser::Split::Ok);
        QVERIFY(!parser->item(row, error));
        QCOMPARE(error.column, 24);
        QCOMPARE(error.columnName, QStringLiteral("Western"));
        QCOMPARE(error.message, QStringLiteral("the genre flag must be 0 or 1, not '2'"));
    }

    void fieldErrorsNameTheirColumn_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty user") << QByteArray(" ,i1,1700000000,2") << 1 << QStringLiteral("user_id")
                                    << QStringLiteral("the user_id is empty");
        QTest::newRow("long id") << (QByteArray(257, 'x') + ",i1,1700000000,2") << 1
                                 << QStringLiteral("user_id")
                                 << QStringLiteral("the id is longer than 256 bytes");
        QTest::newRow("bad timestamp")
            << QByteArray("u1,i1,yesterday,2") << 3 << QStringLiteral("ts")
            << QStringLiteral("'yesterday' is not a timestamp (epoch seconds, milliseconds or ISO 8601)");
        QTest::newRow("empty timestamp") << QByteArray("u1,i1,,2") << 3 << QStringLiteral("ts")
                                         << QStringLiteral("the timestamp is empty");
        QTest::newRow("before 1970") << QByteArray("u1,i1,-5,2") << 3 << QStringLiteral("ts")
                                     << QStringLiteral(
                                            "timestamp -5 is out of range (1970-01-01 to 2100-01-01)");
        QTest::newRow("after 2100")
            << QByteArray("u1,i1,2100-01-01T00:00:00Z,2") << 3 << QStringLiteral("ts")
            << QStringLiteral("timestamp 2100-01-01T00:00:00Z is out of range (1970-01-01 to 2100-01-01)");
        QTest::newRow("bad value") << QByteArray("u1,i1,1700000000,lots") << 4 << QStringLiteral("score")
                                   << QStringLiteral("'lots' is not a number");
        QTest::newRow("infinite value") << QByteArray("u1,i1,1700000000,inf") << 4 << QStringLiteral("score")
                                        << QStringLiteral("'inf' is not a number");
        QTest::newRow("long value shortened")
            << QByteArray(QByteArray("u1,i1,1700000000,") + QByteArray(50, 'z')) << 4
            << QStringLiteral("score")
            << (QLatin1Char('\'') + QString(40, QLatin1Char('z')) + QStringLiteral("…' is not a number"));
        QTest::newRow("control characters escaped")
            << QByteArray("u1,i1,\"17\t00\",2") << 3 << QStringLiteral("ts")
            << QStringLiteral("'17\\t00' is not a timestamp (epoch seconds, milliseconds or ISO 8601)");
    }

    void fieldErrorsNameTheirColumn()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, column);
        QFETCH(QString, columnName);
        QFETCH(QString, message);
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Interactions, "user_id,item_id,ts,score");
        QVERIFY(parser);
        QCOMPARE(parser->split(line), RecordParser::Split::Ok);
        InteractionRow row;
        FieldError error;
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.column, column);
        QCOMPARE(error.columnName, columnName);
        QCOMPARE(error.message, message);
    }

    void timestampsInEveryUnit_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QByteArray("1700000000") << qint64(1700000000);
        QTest::newRow("milliseconds") << QByteArray("1700000000123") << qint64(1700000000);
        QTest::newRow("ISO UTC") << QByteArray("2023-11-14T22:13:20Z") << qint64(1700000000);
        QTest::newRow("ISO with offset") << QByteArray("2023-11-15T00:13:20+02:00") << qint64(1700000000);
        QTest::newRow("ISO without zone is UTC") << QByteArray("2023-11-14T22:13:20") << qint64(1700000000);
        QTest::newRow("ISO with milliseconds")
            << QByteArray("2023-11-14T22:13:20.500Z") << qint64(1700000000);
    }

    void timestampsInEveryUnit()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, seconds);
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Interactions, "user_id,item_id,timestamp");
        QVERIFY(parser);
        const QByteArray line = QByteArray("u1,i1,") + value;
        QCOMPARE(parser->split(line), RecordParser::Split::Ok);
        InteractionRow row;
        FieldError error;
        QVERIFY2(parser->interaction(row, error), qPrintable(error.message));
        QCOMPARE(row.at, seconds);
    }

    void movieLensRatingsMustBeInRange()
    {
        auto parser = parserFor(ImportFormat::MovieLens1m, ImportTarget::Interactions);
        QVERIFY(parser);
        QCOMPARE(parser->split("1::1193::7::978300760"), RecordParser::Split::Ok);
        InteractionRow row;
        FieldError error;
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.column, 3);
        QCOMPARE(error.columnName, QStringLiteral("rating"));
        QCOMPARE(error.message, QStringLiteral("rating 7 is out of range (0.5 to 5)"));
        QCOMPARE(parser->split("x::1193::5::978300760"), RecordParser::Split::Ok);
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.column, 1);
        QCOMPARE(error.message, QStringLiteral("'x' is not a whole number"));
    }

    void kindColumnIsOptionalButNotEmpty()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Interactions, "user,item,time,event,value");
        QVERIFY(parser);
        QCOMPARE(parser->mapping().kind, QStringLiteral("event")); // the guess is written back
        QCOMPARE(parser->split("u1,i1,1700000000,Click,"), RecordParser::Split::Ok);
        InteractionRow row;
        FieldError error;
        QVERIFY2(parser->interaction(row, error), qPrintable(error.message));
        QCOMPARE(text(row.kind), QStringLiteral("Click"));
        QCOMPARE(row.value, 1.0); // an empty value in a generic file counts once
        QCOMPARE(parser->split("u1,i1,1700000000, ,2"), RecordParser::Split::Ok);
        QVERIFY(!parser->interaction(row, error));
        QCOMPARE(error.column, 4);
        QCOMPARE(error.message, QStringLiteral("the event kind is empty"));
    }

    void headerMappingErrors_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("mapText");
        QTest::addColumn<QStringList>("pii");
        QTest::addColumn<QString>("message");
        QTest::newRow("no user column")
            << int(ImportTarget::Interactions) << QByteArray("who,item_id,timestamp") << QString()
            << QStringList()
            << QStringLiteral(
                   "there is no column for the user id (columns: who, item_id, timestamp); name it "
                   "in the column mapping");
        QTest::newRow("wrong separator")
            << int(ImportTarget::Interactions) << QByteArray("user_id;item_id;timestamp") << QString()
            << QStringList()
            << QStringLiteral("there is no column for the user id (columns: user_id;item_id;timestamp); name "
                              "it in the column mapping");
        QTest::newRow("mapped column missing")
            << int(ImportTarget::Interactions) << QByteArray("user_id,item_id,timestamp")
            << QStringLiteral("user=customer") << QStringList()
            << QStringLiteral("the header has no column 'customer' for the user id (columns: user_id, "
                              "item_id, timestamp)");
        QTest::newRow("one column for two fields")
            << int(ImportTarget::Interactions) << QByteArray("who,what,timestamp")
            << QStringLiteral("user=who,item=who") << QStringList()
            << QStringLiteral("the column 'who' is mapped to both the user id and the item id; each field "
                              "needs a column of its own");
        QTest::newRow("personal data column missing")
            << int(ImportTarget::Users) << QByteArray("user_id,city") << QStringLiteral("id=user_id")
            << QStringList{QStringLiteral("email")}
            << QStringLiteral("the header has no column 'email' to mark as personal data (columns: user_id, "
                              "city)");
    }

    void headerMappingErrors()
    {
        QFETCH(int, target);
        QFETCH(QByteArray, header);
        QFETCH(QString, mapText);
        QFETCH(QStringList, pii);
        QFETCH(QString, message);
        ColumnMapping base;
        base.piiFields = pii;
        auto mapping = ColumnMapping::parse(mapText, base);
        QVERIFY2(mapping, qPrintable(mapping.error().message));
        QCOMPARE(headerError(ImportFormat::Csv, ImportTarget(target), header, mapping.value()), message);
    }

    void userConsentValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("consent");
        for (const char *granted : {"1", "yes", "Y", "true", "granted", "GRANTED"})
            QTest::newRow(granted) << QByteArray(granted) << int(Consent::Granted);
        for (const char *refused : {"0", "no", "n", "False", "refused"})
            QTest::newRow(refused) << QByteArray(refused) << int(Consent::Refused);
        QTest::newRow("empty") << QByteArray() << int(Consent::Unknown);
        QTest::newRow("unknown") << QByteArray("unknown") << int(Consent::Unknown);
    }

    void userConsentValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, consent);
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Users, "user_id,consent");
        QVERIFY(parser);
        const QByteArray line = QByteArray("u1,") + value;
        QCOMPARE(parser->split(line), RecordParser::Split::Ok);
        UserRow row;
        FieldError error;
        QVERIFY2(parser->user(row, error), qPrintable(error.message));
        QVERIFY(row.hasConsent);
        QCOMPARE(int(row.consent), consent);
    }

    void userConsentErrorsAndAttributes()
    {
        ColumnMapping mapping;
        mapping.piiFields = {QStringLiteral("email")};
        auto parser =
            parserFor(ImportFormat::Csv, ImportTarget::Users, "user_id,email,consent,city", mapping);
        QVERIFY(parser);
        QCOMPARE(parser->split("u1,ann@example.org,maybe,Lyon"), RecordParser::Split::Ok);
        UserRow row;
        FieldError error;
        QVERIFY(!parser->user(row, error));
        QCOMPARE(error.column, 3);
        QCOMPARE(error.columnName, QStringLiteral("consent"));
        QCOMPARE(error.message,
                 QStringLiteral("'maybe' is not a consent value (yes/no, true/false, 1/0, granted/refused)"));

        QCOMPARE(parser->split("u1,ann@example.org,yes,"), RecordParser::Split::Ok);
        QVERIFY2(parser->user(row, error), qPrintable(error.message));
        QCOMPARE(row.consent, Consent::Granted);
        // Empty values are left out; the PII column is marked.
        QCOMPARE(row.attributes.size(), 1);
        QCOMPARE(row.attributes.at(0).key, QStringLiteral("email"));
        QCOMPARE(row.attributes.at(0).value, QStringLiteral("ann@example.org"));
        QVERIFY(row.attributes.at(0).pii);

        // Without a consent column, a user's consent is not the file's to say.
        auto noConsent = parserFor(ImportFormat::Csv, ImportTarget::Users, "user_id,city");
        QVERIFY(noConsent);
        QCOMPARE(noConsent->split("u2,Graz"), RecordParser::Split::Ok);
        QVERIFY2(noConsent->user(row, error), qPrintable(error.message));
        QVERIFY(!row.hasConsent);
        QCOMPARE(row.consent, Consent::Unknown);
        QCOMPARE(row.attributes.size(), 1);
        QVERIFY(!row.attributes.at(0).pii);
    }

    void jsonLinesMapKeysAndFlattenValues()
    {
        auto parser =
            parserFor(ImportFormat::JsonLines, ImportTarget::Items,
                      "{\"id\": 5, \"title\": \"Heat\", \"tags\": [\"Crime\", \"Drama\"], \"year\": 1995}");
        QVERIFY(parser);
        QVERIFY(!parser->hasHeader());
        QCOMPARE(parser->separatorText(), QString());
        QCOMPARE(parser->mapping().categories, QStringLiteral("tags"));
        // Keys in another order, a null, a boolean and a key the first line did not have.
        QCOMPARE(
            parser->split(
                "{\"tags\": [\"Crime\"], \"title\": null, \"id\": \"6\", \"new\": true, \"year\": 1996}"),
            RecordParser::Split::Ok);
        ItemRow row;
        FieldError error;
        QVERIFY2(parser->item(row, error), qPrintable(error.message));
        QCOMPARE(text(row.id), QStringLiteral("6"));
        QCOMPARE(row.title, QString());
        QCOMPARE(row.categories, QStringList{QStringLiteral("Crime")});
        QCOMPARE(row.attributes.value(QStringLiteral("year")).toString(), QStringLiteral("1996"));
        QCOMPARE(row.attributes.value(QStringLiteral("new")).toString(), QStringLiteral("true"));
        QVERIFY(parser->columns().contains(QStringLiteral("new")));
    }

    void jsonLinesThatAreNotObjects()
    {
        auto parser = parserFor(ImportFormat::JsonLines, ImportTarget::Interactions,
                                "{\"user\": \"u1\", \"item\": \"i1\", \"ts\": 1700000000}");
        QVERIFY(parser);
        QCOMPARE(parser->split("[1, 2, 3]"), RecordParser::Split::Bad);
        QCOMPARE(parser->splitError(), QStringLiteral("not a JSON object"));
        QCOMPARE(parser->split("{\"user\": \"u1\","), RecordParser::Split::Bad);
        QVERIFY2(parser->splitError().startsWith(QStringLiteral("not a JSON object: ")),
                 qPrintable(parser->splitError()));
        // The next line is parsed afresh.
        QCOMPARE(parser->split("{\"user\": \"u2\", \"item\": \"i2\", \"ts\": 1700000001}"),
                 RecordParser::Split::Ok);
        QVERIFY(parser->splitError().isEmpty());
        InteractionRow row;
        FieldError error;
        QVERIFY2(parser->interaction(row, error), qPrintable(error.message));
        QCOMPARE(text(row.user), QStringLiteral("u2"));
        QCOMPARE(row.at, 1700000001);
    }

    void hugeFieldsSplitWhole()
    {
        auto parser = parserFor(ImportFormat::Csv, ImportTarget::Items, "id,title");
        QVERIFY(parser);
        // 4 MiB titles, one quoted with separators and quotes inside, one plain.
        QByteArray title(4 * 1024 * 1024, 'a');
        for (qsizetype i = 1000; i < title.size(); i += 1000)
            title[i] = ',';
        QByteArray quoted = title;
        quoted.replace(",", "\"\",");
        const QByteArray quotedLine = QByteArray("1,\"") + quoted + '"';
        QCOMPARE(parser->split(quotedLine), RecordParser::Split::Ok);
        ItemRow row;
        FieldError error;
        QVERIFY2(parser->item(row, error), qPrintable(error.message));
        QCOMPARE(row.title.size(), title.size() + (title.count(',')));
        QVERIFY(row.title.startsWith(QString(1000, QLatin1Char('a')) + QStringLiteral("\",")));

        const QByteArray plain(4 * 1024 * 1024, 'b');
        const QByteArray plainLine = QByteArray("2,") + plain;
        QCOMPARE(parser->split(plainLine), RecordParser::Split::Ok);
        QVERIFY2(parser->item(row, error), qPrintable(error.message));
        QCOMPARE(row.title.size(), plain.size());
    }
};

QTEST_GUILESS_MAIN(TestRecordParser)
#include "tst_recordparser.moc"
