// The profile commands of the real tailor-cli on SQLite and PostgreSQL: import (formats, preview, bad input,
// --skip-bad-rows), profiles list/show/recompute, segment create/list/sample/delete, and demo create.
#include "clirunner.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tailor;
using tailor::test::CliResult;
using tailor::test::CliRunner;
using tailor::test::TestWorkspace;

namespace {

std::string describe(const CliResult &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(result.exitCode)
        .arg(result.out, result.err)
        .toStdString();
}

QString data(const QString &path)
{
    return QStringLiteral(TAILOR_TEST_DATA_DIR "/movielens/") + path;
}

QJsonObject object(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class TestProfileCli : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;

    CliResult runAs(TestWorkspace &ws, const QString &name, const QStringList &arguments)
    {
        return m_cli.run(ws.cliArgumentsAs(name) + arguments);
    }

private slots:
    void importsBrowsesAndSegments()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString alice = QStringLiteral("alice");
        CliResult result = runAs(ws, alice, {QStringLiteral("workspace"), QStringLiteral("init")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());

        result = runAs(
            ws, alice,
            {QStringLiteral("import"), QStringLiteral("items"), data(QStringLiteral("ml-100k/u.item"))});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("(ml-100k, latin-1): 3 rows, 3 new")),
                 describe(result).c_str());
        result = runAs(
            ws, alice,
            {QStringLiteral("import"), QStringLiteral("users"), data(QStringLiteral("ml-100k/u.user"))});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        result = runAs(ws, alice,
                       {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("interactions"),
                        data(QStringLiteral("ml-100k/u.data"))});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QCOMPARE(object(result).value(QStringLiteral("inserted")).toInt(), 5);
        QCOMPARE(object(result).value(QStringLiteral("users_derived")).toInt(), 3);
        result = runAs(ws, alice,
                       {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("interactions"),
                        data(QStringLiteral("ml-100k/u.data"))});
        QCOMPARE(object(result).value(QStringLiteral("duplicates")).toInt(), 5);

        // Bad input: exit 2, the message names file, line and column; --skip-bad-rows reports and writes
        // rejects.
        result = runAs(ws, alice,
                       {QStringLiteral("import"), QStringLiteral("interactions"),
                        data(QStringLiteral("bad/mixed_bad_rows.data"))});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed(),
                 QStringLiteral("tailor-cli: mixed_bad_rows.data, line 2, column 2 (item id): 'x' is "
                                "not a whole number. Nothing was imported from mixed_bad_rows.data."));
        QTemporaryDir dir;
        const QString rejects = dir.filePath(QStringLiteral("rejects.tsv"));
        result = runAs(ws, alice,
                       {QStringLiteral("import"), QStringLiteral("interactions"),
                        data(QStringLiteral("bad/mixed_bad_rows.data")), QStringLiteral("--skip-bad-rows"),
                        QStringLiteral("--rejects"), rejects});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("2 rejected (see %1)").arg(rejects)),
                 describe(result).c_str());
        QVERIFY(QFile::exists(rejects));

        // Generic CSV with a mapping and PII columns.
        result = runAs(ws, alice,
                       {QStringLiteral("import"), QStringLiteral("users"),
                        data(QStringLiteral("generic/users.csv")), QStringLiteral("--map"),
                        QStringLiteral("id=user_id,consent=consent"), QStringLiteral("--pii"),
                        QStringLiteral("email")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        result = runAs(ws, alice,
                       {QStringLiteral("import"), QStringLiteral("interactions"),
                        data(QStringLiteral("generic/events.csv")), QStringLiteral("--map"),
                        QStringLiteral("time=ts,kind=event")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());

        // Preview needs no workspace and shows the detected format.
        result = m_cli.run({QStringLiteral("import"), QStringLiteral("items"),
                            data(QStringLiteral("ml-csv/movies.csv")), QStringLiteral("--preview"),
                            QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.startsWith(
                     QStringLiteral("Format: ml-csv, encoding: utf-8, separator: ,, header: yes")),
                 describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("\"title\":\"American President, The (1995)\"")),
                 describe(result).c_str());

        // profiles list / show with masking and reveal.
        result = runAs(ws, alice,
                       {QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("list"),
                        QStringLiteral("--sort"), QStringLiteral("interactions"), QStringLiteral("--desc"),
                        QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QJsonObject page = object(result);
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(page.value(QStringLiteral("rows")).toArray().size(), 2);
        QCOMPARE(page.value(QStringLiteral("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("interactions"))
                     .toInt(),
                 2);

        result = runAs(ws, alice,
                       {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--consent"),
                        QStringLiteral("refused")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("u-2")), describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("email=••••••")), describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("Showing 1 of 1 users.")), describe(result).c_str());

        result = runAs(ws, QStringLiteral("victor"),
                       {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("u-2"),
                        QStringLiteral("--reveal")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("tailor-cli: ")), describe(result).c_str());
        result = runAs(ws, alice,
                       {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("u-2"),
                        QStringLiteral("--reveal")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("email=ben@example.org")), describe(result).c_str());
        result = runAs(ws, alice, {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("Café Society (1995) [Comedy, Drama, Romance]")),
                 describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("zip=••••••")), describe(result).c_str());
        result = runAs(ws, alice,
                       {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                        QStringLiteral("--action"), QStringLiteral("profile.reveal")});
        QVERIFY2(result.out.contains(QStringLiteral("profile:u-2")), describe(result).c_str());

        result = runAs(ws, alice, {QStringLiteral("profiles"), QStringLiteral("recompute")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QCOMPARE(result.out.trimmed(), QStringLiteral("Derived 6 profiles."));

        // Dislikes. User 2 rated Café Society (Comedy, Drama, Romance) 4 and, 148.5 days earlier, Toy Story
        // (Animation, Children's, Comedy) 1. Baseline (5 + 15) / (2 + 5) = 20/7; weights (4 − 20/7) / 2 =
        // 0.5714 and (1 − 20/7) / 2 = −0.9286, the latter decayed by 2^(−12,830,626 s / 90 days) = 0.3186 to
        // −0.2959. Drama and Romance 0.5714 / 0.5714 = 1 (high), Comedy (0.5714 − 0.2959) / 0.5714 = 0.48
        // (medium), Animation and Children's −0.2959 / 0.5714 = −0.52 (dislike); bars of 30 × |strength|.
        result = runAs(ws, alice, {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("Interests:\n"
                                                    "  Drama           1.00 high    %1\n"
                                                    "  Romance         1.00 high    %1\n"
                                                    "  Comedy          0.48 medium  %2\n"
                                                    "Dislikes:\n"
                                                    "  Animation      -0.52 dislike %3\n"
                                                    "  Children's     -0.52 dislike %3\n"
                                                    "Activity by month:")
                                         .arg(QString(30, QChar(0x2588)), QString(14, QChar(0x2588)),
                                              QString(16, QChar(0x2588)))),
                 describe(result).c_str());
        // User 3's one rating, GoldenEye 2 (baseline 17/6), is a dislike of each of its genres, the strongest
        // at −1; nothing is liked, so there is no top category. u-1 has implicit events only: no dislikes.
        result = runAs(ws, alice,
                       {QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("show"),
                        QStringLiteral("3")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonArray interests = object(result).value(QStringLiteral("interests")).toArray();
        QCOMPARE(interests.size(), 3);
        for (const QJsonValue &interest : interests) {
            QCOMPARE(interest.toObject().value(QStringLiteral("strength")).toDouble(), -1.0);
            QCOMPARE(interest.toObject().value(QStringLiteral("band")).toString(), QStringLiteral("dislike"));
        }
        QCOMPARE(interests.at(1).toObject().value(QStringLiteral("category")).toString(),
                 QStringLiteral("Adventure"));
        QCOMPARE(object(result).value(QStringLiteral("top_category")).toString(), QString());
        result =
            runAs(ws, alice, {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("u-1")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(!result.out.contains(QStringLiteral("Dislikes:")), describe(result).c_str());
        // User 1 rated GoldenEye 3 below their baseline 23/7 too; users 1 and 3 dislike Adventure, nobody
        // likes it, and the list's top interests are likes only.
        result = runAs(ws, alice,
                       {QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("list"),
                        QStringLiteral("--interest"), QStringLiteral("Adventure:dislike")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonArray dislikers = object(result).value(QStringLiteral("rows")).toArray();
        QCOMPARE(dislikers.size(), 2);
        QCOMPARE(dislikers.at(0).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("1"));
        QCOMPARE(dislikers.at(1).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("3"));
        QVERIFY(dislikers.at(1).toObject().contains(QStringLiteral("top_interests")));
        QCOMPARE(dislikers.at(1).toObject().value(QStringLiteral("top_interests")).toArray().size(), 0);
        const QJsonArray tops = dislikers.at(0).toObject().value(QStringLiteral("top_interests")).toArray();
        QCOMPARE(tops.size(), 3);
        for (const QJsonValue &top : tops)
            QCOMPARE(top.toObject().value(QStringLiteral("strength")).toDouble(), 1.0);
        result = runAs(ws, alice,
                       {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--interest"),
                        QStringLiteral("Adventure")});
        QVERIFY2(result.out.contains(QStringLiteral("Showing 0 of 0 users.")), describe(result).c_str());

        // Segments. Comedy:high is user 1 alone now (user 2's Comedy is 0.48, above); Drama:high is users
        // 1 and 2.
        result = runAs(ws, alice,
                       {QStringLiteral("segment"), QStringLiteral("create"), QStringLiteral("drama fans"),
                        QStringLiteral("--interest"), QStringLiteral("Drama:high")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("Created segment 'drama fans' (Drama ≥ 0.66): 2 users.")),
                 describe(result).c_str());
        result =
            runAs(ws, alice,
                  {QStringLiteral("segment"), QStringLiteral("create"), QStringLiteral("adventure haters"),
                   QStringLiteral("--interest"), QStringLiteral("Adventure:dislike")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(
                     QStringLiteral("Created segment 'adventure haters' (Adventure disliked): 2 users.")),
                 describe(result).c_str());
        result = runAs(ws, alice, {QStringLiteral("segment"), QStringLiteral("list")});
        QVERIFY2(result.out.contains(QStringLiteral("drama fans")), describe(result).c_str());
        result = runAs(ws, alice,
                       {QStringLiteral("segment"), QStringLiteral("sample"), QStringLiteral("drama fans"),
                        QStringLiteral("--size"), QStringLiteral("1"), QStringLiteral("--seed"),
                        QStringLiteral("7")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QString sampled = result.out.trimmed();
        QVERIFY(sampled == QLatin1String("1") || sampled == QLatin1String("2"));
        result = runAs(ws, alice,
                       {QStringLiteral("segment"), QStringLiteral("sample"), QStringLiteral("drama fans"),
                        QStringLiteral("--size"), QStringLiteral("1"), QStringLiteral("--seed"),
                        QStringLiteral("7")});
        QCOMPARE(result.out.trimmed(), sampled);
        result = runAs(ws, alice,
                       {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--segment"),
                        QStringLiteral("drama fans")});
        QVERIFY2(result.out.contains(QStringLiteral("Showing 2 of 2 users.")), describe(result).c_str());
        result = runAs(ws, alice,
                       {QStringLiteral("segment"), QStringLiteral("sample"), QStringLiteral("drama fans")});
        QCOMPARE(result.exitCode, 2);
        result = runAs(ws, alice,
                       {QStringLiteral("segment"), QStringLiteral("delete"), QStringLiteral("drama fans")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        result = runAs(ws, alice,
                       {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--interest"),
                        QStringLiteral("Comdy")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("There is no category 'Comdy'")),
                 describe(result).c_str());
        result = runAs(ws, alice, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
    }

    // Rows are never lost silently: a carriage return inside a line and a row longer than the header exit 2
    // with the file, line and field (the CR shown as \r, never raw); conflicting duplicates are a warning on
    // the summary and, with --skip-bad-rows, lines of the rejects file.
    void importNamesLostRowsAndConflicts()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString alice = QStringLiteral("alice");
        CliResult result = runAs(ws, alice, {QStringLiteral("workspace"), QStringLiteral("init")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QTemporaryDir dir;
        const QString items =
            tailor::test::writeTestFile(dir.filePath(QStringLiteral("items.csv")),
                                        "id,title,genres\n1,Toy Story,Action\r12,Heat,Crime\n");
        result = runAs(ws, alice, {QStringLiteral("import"), QStringLiteral("items"), items});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed(),
                 QStringLiteral("tailor-cli: items.csv, line 2, column 3 (genres): the field contains a "
                                "carriage return (\\r) that does not end the line; remove it or quote the "
                                "field. Nothing was imported from items.csv."));
        QVERIFY(!result.err.contains(QLatin1Char('\r')));

        const QString extra =
            tailor::test::writeTestFile(dir.filePath(QStringLiteral("extra.csv")), "id,age\nu1,24,Oslo\n");
        result = runAs(ws, alice, {QStringLiteral("import"), QStringLiteral("users"), extra});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed(),
                 QStringLiteral("tailor-cli: extra.csv, line 2: the row has 3 fields, the header has 2 (id, "
                                "age); quote a field that holds the separator ','. Nothing was imported from "
                                "extra.csv."));

        const QString ratings = tailor::test::writeTestFile(dir.filePath(QStringLiteral("ratings.data")),
                                                            "1\t10\t4\t881250949\n1\t10\t2\t881250949\n");
        result = runAs(ws, alice, {QStringLiteral("import"), QStringLiteral("interactions"), ratings});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral(
                     "Warning: conflicting duplicates (other values than the row already imported, which "
                     "was kept): 1. The first: ratings.data, line 2: the rating of user 1 for item 10 at "
                     "1997-12-04T15:55:49Z is already 4, not 2; the first value is kept.\n"
                     "Import with --skip-bad-rows to have each of them listed in a rejects file.\n")),
                 describe(result).c_str());
        QVERIFY2(result.err.isEmpty(), describe(result).c_str());

        const QString rejects = dir.filePath(QStringLiteral("rejects.tsv"));
        result = runAs(ws, alice,
                       {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("interactions"),
                        ratings, QStringLiteral("--skip-bad-rows"), QStringLiteral("--rejects"), rejects});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        // Against the workspace now: both rows are duplicates, the second still a conflict.
        QCOMPARE(object(result).value(QStringLiteral("duplicates")).toInt(), 2);
        QCOMPARE(object(result).value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(object(result).value(QStringLiteral("rejects_file")).toString(), rejects);
        QFile file(rejects);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            file.readAll(),
            QByteArray("line\treason\traw\n2\tconflict: ratings.data, line 2: the rating of user 1 for "
                       "item 10 at 1997-12-04T15:55:49Z is already 4, not 2; the first value is kept\t\n"));
    }

    // Successful commands print nothing on stderr: no Qt driver warnings, no PostgreSQL notices ("relation
    // ... already exists, skipping") and no "Unable to free statement".
    void successfulCommandsKeepStderrEmpty()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString alice = QStringLiteral("alice");
        const QList<QStringList> commands{
            {QStringLiteral("workspace"), QStringLiteral("init")},
            {QStringLiteral("workspace"), QStringLiteral("migrate")},
            {QStringLiteral("workspace"), QStringLiteral("migrate")},
            {QStringLiteral("import"), QStringLiteral("items"), data(QStringLiteral("ml-100k/u.item"))},
            {QStringLiteral("import"), QStringLiteral("users"), data(QStringLiteral("ml-100k/u.user"))},
            {QStringLiteral("import"), QStringLiteral("interactions"),
             data(QStringLiteral("ml-100k/u.data"))},
            {QStringLiteral("import"), QStringLiteral("interactions"),
             data(QStringLiteral("ml-100k/u.data"))},
            {QStringLiteral("profiles"), QStringLiteral("list")},
            {QStringLiteral("profiles"), QStringLiteral("recompute")},
            {QStringLiteral("prompt"), QStringLiteral("list")},
            {QStringLiteral("audit"), QStringLiteral("verify")}};
        for (const QStringList &command : commands) {
            const CliResult result = runAs(ws, alice, command);
            QVERIFY2(result.exitCode == 0,
                     (command.join(QLatin1Char(' ')).toStdString() + '\n' + describe(result)).c_str());
            QVERIFY2(result.err.isEmpty(),
                     (command.join(QLatin1Char(' ')).toStdString() + '\n' + describe(result)).c_str());
        }
    }

    void demoCreatesADeterministicSyntheticWorkspace()
    {
        TestWorkspace first;
        QVERIFY2(first.isValid(), qPrintable(first.error()));
        QStringList size;
        if (TestWorkspace::postgresMode())
            size = {QStringLiteral("--users"), QStringLiteral("150"), QStringLiteral("--ratings"),
                    QStringLiteral("3000")};
        QTemporaryDir dir;
        const QString target = TestWorkspace::postgresMode() ? first.urlAs(QStringLiteral("alice")).toString()
                                                             : dir.filePath(QStringLiteral("demo.tailor"));
        QElapsedTimer timer;
        timer.start();
        const QStringList as = TestWorkspace::postgresMode()
                                   ? QStringList()
                                   : QStringList{QStringLiteral("--as"), QStringLiteral("alice")};
        CliResult result = m_cli.run(
            as +
            QStringList{QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("create"), target} +
            size);
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(timer.elapsed() < 20000,
                 qPrintable(QStringLiteral("demo create took %1 ms").arg(timer.elapsed())));
        const QJsonObject stats = object(result);
        QVERIFY(stats.value(QStringLiteral("demo")).toBool());
        QCOMPARE(stats.value(QStringLiteral("users")).toInt(), TestWorkspace::postgresMode() ? 150 : 5000);
        QCOMPARE(stats.value(QStringLiteral("items")).toInt(), 1600);
        QCOMPARE(stats.value(QStringLiteral("categories")).toArray().size(), 18);

        const QStringList db =
            QStringList{QStringLiteral("--db"),
                        TestWorkspace::postgresMode() ? target : QStringLiteral("sqlite://") + target} +
            as;
        result = m_cli.run(db + QStringList{QStringLiteral("--json"), QStringLiteral("profiles"),
                                            QStringLiteral("list"), QStringLiteral("--consent"),
                                            QStringLiteral("refused"), QStringLiteral("--exact-count")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const int refused = object(result).value(QStringLiteral("total")).toInt();
        const int users = stats.value(QStringLiteral("users")).toInt();
        QVERIFY2(refused > users / 50 && refused < users / 10, qPrintable(QString::number(refused)));
        result = m_cli.run(db + QStringList{QStringLiteral("--json"), QStringLiteral("profiles"),
                                            QStringLiteral("show"), QStringLiteral("42")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject profile = object(result);
        QVERIFY(profile.value(QStringLiteral("interactions")).toInt() >= 10);
        QCOMPARE(
            profile.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("email")).toString(),
            QStringLiteral("••••••"));
        QVERIFY(profile.value(QStringLiteral("pii")).toArray().contains(QStringLiteral("zip")));
        result = m_cli.run(db + QStringList{QStringLiteral("prompt"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 0 && result.out.count(QLatin1Char('\n')) > 1, describe(result).c_str());

        if (TestWorkspace::postgresMode())
            return;
        // Deterministic: a second demo has the same profiles.
        const QString second = dir.filePath(QStringLiteral("again.tailor"));
        result = m_cli.run({QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("demo"),
                            QStringLiteral("create"), second});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QStringList list{QStringLiteral("--as"),         QStringLiteral("alice"),
                               QStringLiteral("--json"),       QStringLiteral("profiles"),
                               QStringLiteral("list"),         QStringLiteral("--sort"),
                               QStringLiteral("interactions"), QStringLiteral("--desc"),
                               QStringLiteral("--limit"),      QStringLiteral("20")};
        const CliResult a =
            m_cli.run(QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + target} + list);
        const CliResult b =
            m_cli.run(QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + second} + list);
        QVERIFY2(a.exitCode == 0, describe(a).c_str());
        QCOMPARE(a.out, b.out);
        result = m_cli.run({QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("demo"),
                            QStringLiteral("create"), second});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("is already a Tailor workspace")),
                 describe(result).c_str());
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
