#include "storage/databaseurl.h"

#include <QTest>

using namespace tailor;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesSqliteUrl()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/team/w.tailor"));
        QVERIFY(url.ok());
        QVERIFY(url->isSqlite());
        QCOMPARE(url->filePath(), QStringLiteral("/tmp/team/w.tailor"));
        QCOMPARE(url->toString(), QStringLiteral("sqlite:///tmp/team/w.tailor"));
        QCOMPARE(url->displayName(), QStringLiteral("w.tailor"));
    }

    void parsesPercentEncodedSqlitePath()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/my%20work/w.tailor"));
        QVERIFY(url.ok());
        QCOMPARE(url->filePath(), QStringLiteral("/tmp/my work/w.tailor"));
    }

    void treatsBarePathAsSqliteFile()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("/var/lib/tailor/../tailor/w.tailor"));
        QVERIFY(url.ok());
        QVERIFY(url->isSqlite());
        QCOMPARE(url->filePath(), QStringLiteral("/var/lib/tailor/w.tailor"));
    }

    void rejectsRelativeSqliteUrl()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite://w.tailor"));
        QVERIFY(!url.ok());
        QCOMPARE(url.error().kind, Error::Kind::BadInput);
        QVERIFY2(url.error().message.contains(QStringLiteral("absolute path")),
                 qPrintable(url.error().message));
    }

    void parsesPostgresqlUrl()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://alice@db.example.org:5433/tailor"));
        QVERIFY(url.ok());
        QVERIFY(url->isPostgreSql());
        QCOMPARE(url->host(), QStringLiteral("db.example.org"));
        QCOMPARE(url->port(), 5433);
        QCOMPARE(url->user(), QStringLiteral("alice"));
        QCOMPARE(url->database(), QStringLiteral("tailor"));
        QCOMPARE(url->toString(), QStringLiteral("postgresql://alice@db.example.org:5433/tailor"));
        QCOMPARE(url->displayName(), QStringLiteral("alice@db.example.org/tailor"));
    }

    void acceptsPostgresAliasAndOptions()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgres://bob@localhost/team?sslmode=require"));
        QVERIFY(url.ok());
        QVERIFY(url->isPostgreSql());
        QCOMPARE(url->port(), 0);
        QCOMPARE(url->options().value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QCOMPARE(url->toString(), QStringLiteral("postgresql://bob@localhost/team?sslmode=require"));
    }

    void neverPrintsThePassword()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://carol:s3cret@localhost:5432/team"));
        QVERIFY(url.ok());
        QCOMPARE(url->password(), QStringLiteral("s3cret"));
        QVERIFY(!url->toString().contains(QStringLiteral("s3cret")));
        QVERIFY(!url->displayName().contains(QStringLiteral("s3cret")));
    }

    void rejectsUnknownScheme_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mysql") << QStringLiteral("mysql://root@localhost/x")
                               << QStringLiteral("Unsupported workspace URL scheme 'mysql'");
        QTest::newRow("http") << QStringLiteral("http://example.org/w")
                              << QStringLiteral("Unsupported workspace URL scheme 'http'");
        QTest::newRow("typo") << QStringLiteral("sqlite:/tmp/w.tailor")
                              << QStringLiteral("is not a workspace URL or a file path");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("The workspace URL is empty");
        QTest::newRow("bad option") << QStringLiteral("postgresql://a@h/db?password=x")
                                    << QStringLiteral("Unknown PostgreSQL connection option 'password'");
        QTest::newRow("bad port") << QStringLiteral("postgresql://a@h:99999/db") << QStringLiteral("port");
        QTest::newRow("nested path") << QStringLiteral("postgresql://a@h/db/extra")
                                     << QStringLiteral("more than a database name");
    }

    void rejectsUnknownScheme()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().kind, Error::Kind::BadInput);
        QVERIFY2(url.error().message.contains(expected), qPrintable(url.error().message));
    }

    void errorShowsAcceptedForms()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("redis://x"));
        QVERIFY(!url.ok());
        QVERIFY(url.error().message.contains(QStringLiteral("sqlite:///path/to/file.tailor")));
        QVERIFY(url.error().message.contains(QStringLiteral("postgresql://user@host:port/database")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
