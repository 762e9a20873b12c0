#include "clirunner.h"
#include "testendpoint.h"
#include "testendpointthread.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
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

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;

    CliResult runAs(TestWorkspace &ws, const QString &name, const QStringList &arguments)
    {
        return m_cli.run(ws.cliArgumentsAs(name) + arguments);
    }

    // On PostgreSQL a role that is not an operator may read nothing, so alice makes `name` a viewer (on
    // SQLite anyone not listed is a viewer already).
    void makeViewer(TestWorkspace &ws, const QString &name)
    {
        ws.urlAs(name);
        if (TestWorkspace::postgresMode())
            QCOMPARE(
                runAs(ws, QStringLiteral("alice"),
                      {QStringLiteral("workspace"), QStringLiteral("grant"), name, QStringLiteral("viewer")})
                    .exitCode,
                0);
    }

    // A workspace with a few entries beyond its creation; returns the number of entries, or -1.
    qint64 initWithGrants(TestWorkspace &ws)
    {
        if (runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                .exitCode != 0)
            return -1;
        for (const QString &name : {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")}) {
            ws.urlAs(name); // the database role exists before an admin names it
            if (runAs(ws, QStringLiteral("alice"),
                      {QStringLiteral("workspace"), QStringLiteral("grant"), name, QStringLiteral("editor")})
                    .exitCode != 0)
                return -1;
        }
        return tailor::test::initialAuditEntries() + 3;
    }

    QString anchorOf(TestWorkspace &ws)
    {
        const CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("anchor")});
        return result.exitCode == 0 ? result.out.trimmed() : QString();
    }

    static bool exec(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }

    // Cuts the log back to `keep` entries and moves the head there: the prefix still verifies on its own.
    static bool truncateLog(QSqlDatabase db, qint64 keep)
    {
        const bool pg = TestWorkspace::postgresMode();
        return exec(db, pg ? QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")
                           : QStringLiteral("DROP TRIGGER audit_log_no_delete")) &&
               exec(db, pg ? QStringLiteral("ALTER TABLE audit_head DISABLE TRIGGER USER")
                           : QStringLiteral("DROP TRIGGER audit_head_forward_only")) &&
               exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(keep)) &&
               exec(db, QStringLiteral("UPDATE audit_head SET seq = %1, hash = (SELECT hash FROM audit_log "
                                       "WHERE seq = %1) WHERE id = 1")
                            .arg(keep));
    }

    QString writeFile(TestWorkspace &ws, const QString &name, const QString &content)
    {
        const QString path = ws.temporaryDir() + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content.toUtf8());
        return path;
    }

    // A fresh workspace with the endpoint 'local' pointing at `baseUrl`, its key in TAILOR_TEST_KEY.
    bool initWithEndpoint(TestWorkspace &ws, const QString &baseUrl)
    {
        m_cli.environment().insert(QStringLiteral("TAILOR_TEST_KEY"), QStringLiteral("test-secret-4711"));
        if (runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                .exitCode != 0)
            return false;
        const CliResult saved =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("llm"), QStringLiteral("save"), QStringLiteral("local"),
                   QStringLiteral("--preset"), QStringLiteral("vllm"), QStringLiteral("--base-url"), baseUrl,
                   QStringLiteral("--model"), QStringLiteral("tailor-test"), QStringLiteral("--max-attempts"),
                   QStringLiteral("3"), QStringLiteral("--key-env"), QStringLiteral("TAILOR_TEST_KEY")});
        return saved.exitCode == 0;
    }

    // `llm chat local MESSAGE --stream`, bypassing the cache unless `cache`.
    CliResult chat(TestWorkspace &ws, bool json, bool cache = false)
    {
        QStringList arguments{QStringLiteral("llm"), QStringLiteral("chat"), QStringLiteral("local"),
                              QStringLiteral("Which film after Alien?"), QStringLiteral("--stream")};
        if (!cache)
            arguments << QStringLiteral("--no-cache");
        if (json)
            arguments.prepend(QStringLiteral("--json"));
        return runAs(ws, QStringLiteral("alice"), arguments);
    }

    static QJsonObject jsonOf(const CliResult &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }

private slots:
    void printsVersion()
    {
        const CliResult result = m_cli.run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("tailor-cli ") + QStringLiteral(TAILOR_VERSION));
    }

    void helpAtEveryLevel()
    {
        CliResult result = m_cli.run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("workspace")));
        QVERIFY(result.out.contains(QStringLiteral("audit")));
        QVERIFY(result.out.contains(QStringLiteral("Exit codes")));

        result = m_cli.run({QStringLiteral("audit"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("verify")));
        QVERIFY(result.out.contains(QStringLiteral("anchor")));
        QVERIFY(result.out.contains(QStringLiteral("list")));

        result = m_cli.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--anchor SEQ:HASH")));
        QVERIFY(result.out.contains(QStringLiteral("--anchors FILE")));

        result = m_cli.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--operator NAME")));
        QVERIFY(result.out.contains(QStringLiteral("--db URL")));
    }

    void badUsageExitsTwoWithMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no area") << QStringList{} << QStringLiteral("missing area");
        QTest::newRow("unknown area")
            << QStringList{QStringLiteral("bogus")} << QStringLiteral("unknown area 'bogus'");
        QTest::newRow("missing verb")
            << QStringList{QStringLiteral("audit")} << QStringLiteral("missing verb for 'audit'");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("audit"), QStringLiteral("shred")}
                                      << QStringLiteral("unknown verb 'shred' for 'audit'");
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--bogus")}
            << QStringLiteral("Unknown option 'bogus'");
        QTest::newRow("unknown top flag")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("extra")}
            << QStringLiteral("unexpected argument 'extra'");
        QTest::newRow("missing argument")
            << QStringList{QStringLiteral("workspace"), QStringLiteral("grant"), QStringLiteral("bob")}
            << QStringLiteral("'workspace grant' needs NAME ROLE");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                                  QStringLiteral("--limit"), QStringLiteral("many")}
                                   << QStringLiteral("--limit 'many' is not a count");
        QTest::newRow("bad date") << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                                 QStringLiteral("--since"), QStringLiteral("yesterday")}
                                  << QStringLiteral("--since 'yesterday' is not a date or time");
        QTest::newRow("bad anchor")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
                           QStringLiteral("12-abc")}
            << QStringLiteral("--anchor: '12-abc' is not an audit anchor (no ':' between sequence and hash)");
        QTest::newRow("anchor with short hash")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
                           QStringLiteral("12:abc")}
            << QStringLiteral(
                   "--anchor: '12:abc' is not an audit anchor (the hash must be 64 hexadecimal digits)");
        QTest::newRow("missing anchors file")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"),
                           QStringLiteral("/nonexistent/anchors.txt")}
            << QStringLiteral("Cannot read the anchors file /nonexistent/anchors.txt");
        QTest::newRow("unknown scheme")
            << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://root@h/x"),
                           QStringLiteral("workspace"), QStringLiteral("info")}
            << QStringLiteral("Unsupported workspace URL scheme 'mysql'");
    }

    void badUsageExitsTwoWithMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult result = m_cli.run(arguments);
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("tailor-cli: ") + message), describe(result).c_str());
    }

    void initInfoAndVerify()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("alice is its admin")), describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("operator")).toString(), QStringLiteral("alice"));
        QCOMPARE(info.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(info.value(QStringLiteral("dialect")).toString(),
                 TestWorkspace::postgresMode() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
        QCOMPARE(info.value(QStringLiteral("audit_entries")).toInteger(),
                 tailor::test::initialAuditEntries());

        result = runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("Audit log intact")), describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("already a Tailor workspace")), describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("workspace"), QStringLiteral("migrate"), QStringLiteral("--check")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("up to date")), describe(result).c_str());
    }

    void verifyExitsOneNamingFirstBadEntry()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        for (const QString &name : {QStringLiteral("bob"), QStringLiteral("carol")})
            ws.urlAs(name);
        for (const QString &name : {QStringLiteral("bob"), QStringLiteral("carol")})
            QCOMPARE(
                runAs(ws, QStringLiteral("alice"),
                      {QStringLiteral("workspace"), QStringLiteral("grant"), name, QStringLiteral("editor")})
                    .exitCode,
                0);
        QSqlQuery query(ws.rawConnection());
        if (TestWorkspace::postgresMode())
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
        else
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY2(query.exec(QStringLiteral("UPDATE audit_log SET entity = 'operator:mallory' WHERE seq = 2")),
                 qPrintable(query.lastError().text()));

        CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("audit log broken at entry 2: entry 2 was modified")),
                 describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("first_bad_seq")).toInt(), 2);
    }

    void anchorPrintsHeadThatVerifyAccepts()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const qint64 total = initWithGrants(ws);
        QVERIFY(total > 0);
        CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("anchor")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        static const QRegularExpression pattern(QStringLiteral("^(\\d+):([0-9a-f]{64})\n$"));
        const QRegularExpressionMatch match = pattern.match(result.out);
        QVERIFY2(match.hasMatch(), describe(result).c_str());
        QCOMPARE(match.captured(1).toLongLong(), total);
        const QString anchor = result.out.trimmed();

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("anchor")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("anchor")).toString(), anchor);
        QCOMPARE(json.value(QStringLiteral("seq")).toInteger(), total);
        QCOMPARE(json.value(QStringLiteral("hash")).toString(), match.captured(2));
        QVERIFY(json.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
        const CliResult info =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(json.value(QStringLiteral("workspace_id")).toString(),
                 QJsonDocument::fromJson(info.out.toUtf8())
                     .object()
                     .value(QStringLiteral("workspace_id"))
                     .toString());

        // Later entries do not disturb an older anchor.
        QCOMPARE(runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("workspace"), QStringLiteral("revoke"), QStringLiteral("dave")})
                     .exitCode,
                 0);
        result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchor});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("Audit log intact")), describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("Every anchor matches (1 checked)")),
                 describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                        QStringLiteral("--anchor"), anchor, QStringLiteral("--anchor"), anchorOf(ws)});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject verified = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(verified.value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(verified.value(QStringLiteral("anchors_checked")).toInt(), 2);
        const QJsonArray anchors = verified.value(QStringLiteral("anchors")).toArray();
        QCOMPARE(anchors.size(), 2);
        QCOMPARE(anchors.at(0).toObject().value(QStringLiteral("anchor")).toString(), anchor);
        QCOMPARE(anchors.at(0).toObject().value(QStringLiteral("matches")).toBool(), true);
        QCOMPARE(anchors.at(1).toObject().value(QStringLiteral("seq")).toInteger(), total + 1);
        QCOMPARE(verified.value(QStringLiteral("head")).toObject().value(QStringLiteral("seq")).toInteger(),
                 total + 1);
        QCOMPARE(verified.value(QStringLiteral("stray_entries")).toInt(), 0);
    }

    void anchorCatchesTruncatedLogThatVerifiesWithoutIt()
    {
        TestWorkspace ws;
        const qint64 total = initWithGrants(ws);
        QVERIFY(total > 0);
        const QString anchor = anchorOf(ws);
        QVERIFY(!anchor.isEmpty());
        QVERIFY(truncateLog(ws.rawConnection(), total - 2));

        // The shorter log is a consistent chain: without an anchor, nothing shows the cut.
        CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());

        result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchor});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(
                     QStringLiteral("tailor-cli: anchor %1 does not match: the log has no entry %2 "
                                    "(it ends at entry %3)")
                         .arg(anchor)
                         .arg(total)
                         .arg(total - 2)),
                 describe(result).c_str());
        QVERIFY2(!result.err.contains(QStringLiteral("audit log broken")), describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                        QStringLiteral("--anchor"), anchor});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("anchors_checked")).toInt(), 1);
        const QJsonObject check = json.value(QStringLiteral("anchors")).toArray().first().toObject();
        QCOMPARE(check.value(QStringLiteral("matches")).toBool(), false);
        QVERIFY(check.value(QStringLiteral("problem")).toString().contains(QStringLiteral("cut short")));
        QVERIFY(!json.contains(QStringLiteral("first_bad_seq")));
    }

    void changedAnchorFailsNamingIt()
    {
        TestWorkspace ws;
        const qint64 total = initWithGrants(ws);
        QVERIFY(total > 0);
        QString anchor = anchorOf(ws);
        QVERIFY(!anchor.isEmpty());
        anchor.replace(anchor.size() - 1, 1,
                       anchor.endsWith(QLatin1Char('0')) ? QStringLiteral("1") : QStringLiteral("0"));
        const CliResult result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchor});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(
                     QStringLiteral("tailor-cli: anchor %1 does not match: entry %2 now has another "
                                    "hash")
                         .arg(anchor)
                         .arg(total)),
                 describe(result).c_str());
        QVERIFY2(result.out.isEmpty(), describe(result).c_str());
    }

    void anchorsFileChecksEveryAnchor()
    {
        TestWorkspace ws;
        const qint64 total = initWithGrants(ws);
        QVERIFY(total > 0);
        const QString early = anchorOf(ws);
        QCOMPARE(runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("workspace"), QStringLiteral("revoke"), QStringLiteral("dave")})
                     .exitCode,
                 0);
        const QString late = anchorOf(ws);
        QVERIFY(!early.isEmpty() && !late.isEmpty() && early != late);
        const QString path = writeFile(
            ws, QStringLiteral("anchors.txt"),
            QStringLiteral("# kept by the lead\n%1\n\n# after revoking dave\r\n%2\n").arg(early, late));
        CliResult result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"), path});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("Every anchor matches (2 checked)")),
                 describe(result).c_str());

        // Cut the revocation off: the early anchor still holds, the late one names the cut.
        QVERIFY(truncateLog(ws.rawConnection(), total));
        result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"), path});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("tailor-cli: anchor %1 does not match").arg(late)),
                 describe(result).c_str());
        QVERIFY2(!result.err.contains(early), describe(result).c_str());
    }

    void badLineInAnchorsFileIsBadUsageNamingFileAndLine()
    {
        TestWorkspace ws;
        QVERIFY(initWithGrants(ws) > 0);
        const QString path = writeFile(ws, QStringLiteral("anchors.txt"),
                                       QStringLiteral("# ok\n%1\nlatest\n").arg(anchorOf(ws)));
        CliResult result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"), path});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(
                     QStringLiteral("tailor-cli: %1:3: 'latest' is not an audit anchor").arg(path)),
                 describe(result).c_str());

        const QString empty = writeFile(ws, QStringLiteral("empty.txt"), QStringLiteral("# none yet\n"));
        result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"), empty});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("holds no audit anchor")), describe(result).c_str());
    }

    void brokenLogGivesNoAnchor()
    {
        TestWorkspace ws;
        QVERIFY(initWithGrants(ws) > 0);
        QSqlDatabase db = ws.rawConnection();
        QVERIFY(exec(db, TestWorkspace::postgresMode()
                             ? QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")
                             : QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET operator = 'mallory' WHERE seq = 2")));
        const CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("anchor")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.out.isEmpty(), describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("The audit log is broken at entry 2")),
                 describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("gives no anchor")), describe(result).c_str());
    }

    void emptyLogIsBroken()
    {
        TestWorkspace ws;
        QVERIFY(initWithGrants(ws) > 0);
        QSqlDatabase db = ws.rawConnection();
        if (TestWorkspace::postgresMode()) {
            QVERIFY(exec(db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
            QVERIFY(exec(db, QStringLiteral("ALTER TABLE audit_head DISABLE TRIGGER USER")));
        } else {
            QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_head_no_delete")));
        }
        QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_head")));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log")));
        const CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(
                     QStringLiteral("audit log broken at entry 1: the audit log is empty, but this "
                                    "workspace was created")),
                 describe(result).c_str());
    }

    void strayEntryBeyondHeadBlocksWritesWithVerifyAdvice()
    {
        TestWorkspace ws;
        const qint64 total = initWithGrants(ws);
        QVERIFY(total > 0);
        // No trigger guards INSERT: anyone who can write the file can add a row behind the head.
        QVERIFY(exec(
            ws.rawConnection(),
            QStringLiteral("INSERT INTO audit_log (seq, at, operator, action, entity, payload, prev_hash, "
                           "hash) VALUES (%1, '2026-01-01T00:00:00.000Z', 'mallory', 'test.stray', "
                           "'test:stray', '{}', 'x', '%2')")
                .arg(total + 1)
                .arg(QString(64, QLatin1Char('f')))));

        ws.urlAs(QStringLiteral("erin")); // the database role exists before an admin names it
        CliResult result = runAs(ws, QStringLiteral("alice"),
                                 {QStringLiteral("workspace"), QStringLiteral("grant"),
                                  QStringLiteral("erin"), QStringLiteral("editor")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("The audit log needs `tailor-cli audit verify`")),
                 describe(result).c_str());
        QVERIFY2(!result.err.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive) &&
                     !result.err.contains(QStringLiteral("duplicate key")),
                 describe(result).c_str());
        const CliResult roster =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("operators")});
        QVERIFY2(!roster.out.contains(QStringLiteral("erin")), describe(roster).c_str());

        result = runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(
            result.err.contains(QStringLiteral("audit log broken at entry %1: entry %1 lies beyond the log's "
                                               "head (entry %2)")
                                    .arg(total + 1)
                                    .arg(total)),
            describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("stray_entries")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("first_bad_seq")).toInteger(), total + 1);
    }

    void listFiltersAndJson()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        QCOMPARE(runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("workspace"), QStringLiteral("grant"), QStringLiteral("bob"),
                        QStringLiteral("analyst")})
                     .exitCode,
                 0);
        CliResult result = runAs(ws, QStringLiteral("alice"),
                                 {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                                  QStringLiteral("--action"), QStringLiteral("operator.")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonArray entries = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("operator.grant"));
        QCOMPARE(entry.value(QStringLiteral("entity")).toString(), QStringLiteral("operator:bob"));
        QCOMPARE(entry.value(QStringLiteral("payload")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("analyst"));

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--oldest-first")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY(result.out.indexOf(QStringLiteral("workspace.create")) <
                result.out.indexOf(QStringLiteral("operator.grant")));
    }

    void nonAdminGrantIsRefused()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        makeViewer(ws, QStringLiteral("bob"));
        const CliResult result = runAs(ws, QStringLiteral("bob"),
                                       {QStringLiteral("workspace"), QStringLiteral("grant"),
                                        QStringLiteral("bob"), QStringLiteral("admin")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(
                     QStringLiteral("Operator 'bob' has the role viewer and may not manage operators")),
                 describe(result).c_str());
        const CliResult roles =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("operators")});
        QVERIFY(roles.exitCode == 0);
        QVERIFY(!roles.out.contains(QRegularExpression(QStringLiteral("bob\\s+admin"))));
    }

    void unknownRoleIsBadUsage()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        const CliResult result = runAs(ws, QStringLiteral("alice"),
                                       {QStringLiteral("workspace"), QStringLiteral("grant"),
                                        QStringLiteral("bob"), QStringLiteral("overlord")});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral(
                     "unknown role 'overlord' (roles: viewer, editor, analyst, approver, admin)")),
                 describe(result).c_str());
    }

    void missingWorkspaceIsBadInput()
    {
        TestWorkspace ws;
        const CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        const QString expected = TestWorkspace::postgresMode()
                                     ? QStringLiteral("is empty: it is not a Tailor workspace")
                                     : QStringLiteral("There is no workspace at");
        QVERIFY2(result.err.contains(expected), describe(result).c_str());
    }

    void fileThatIsNotSqliteIsBadInputAndUntouched()
    {
        TestWorkspace ws;
        const QString path = ws.temporaryDir() + QStringLiteral("/notes.tailor");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
        file.close();
        const CliResult result =
            m_cli.run({QStringLiteral("--db"), path, QStringLiteral("workspace"), QStringLiteral("info")});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(
            result.err.contains(QStringLiteral("is not a Tailor workspace: it is not an SQLite database")),
            describe(result).c_str());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("these are my notes, not a database\n"));
    }

    void unreachablePostgresIsBadInput()
    {
        const CliResult result =
            m_cli.run({QStringLiteral("--db"), QStringLiteral("postgresql://x@127.0.0.1:1/none"),
                       QStringLiteral("workspace"), QStringLiteral("info")});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(
                     QStringLiteral("Cannot connect to PostgreSQL at postgresql://x@127.0.0.1:1/none")),
                 describe(result).c_str());
    }

    void passwordNeverPrinted()
    {
        const CliResult refused =
            m_cli.run({QStringLiteral("--db"), QStringLiteral("postgresql://x:hunter2@127.0.0.1:1/none"),
                       QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("postgresql://x@127.0.0.1:1/none")),
                 describe(refused).c_str());
        QVERIFY(!refused.err.contains(QStringLiteral("hunter2")));

        // A server that accepts the connection: the password must not reach the output either.
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        QString url = ws.urlAs(QStringLiteral("alice")).toString();
        if (TestWorkspace::postgresMode())
            url.replace(QStringLiteral("alice@"), QStringLiteral("alice:hunter2@"));
        QStringList arguments{QStringLiteral("--db"), url, QStringLiteral("--json"),
                              QStringLiteral("workspace"), QStringLiteral("info")};
        if (!TestWorkspace::postgresMode())
            arguments << QStringLiteral("--as") << QStringLiteral("alice");
        const CliResult result = m_cli.run(arguments);
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY(!result.out.contains(QStringLiteral("hunter2")));
        QVERIFY(!result.err.contains(QStringLiteral("hunter2")));
    }

    void databaseFromEnvironment()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        CliRunner runner;
        runner.environment().insert(QStringLiteral("TAILOR_DB"),
                                    ws.urlAs(QStringLiteral("alice")).toString());
        if (!TestWorkspace::postgresMode())
            runner.environment().insert(QStringLiteral("TAILOR_OPERATOR"), QStringLiteral("alice"));
        const CliResult result =
            runner.run({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("url")).toString(), ws.urlAs(QStringLiteral("alice")).toString());
        QCOMPARE(info.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    }

    void promptListShowRenderAndValidate()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("prompt"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY(result.out.contains(QStringLiteral("candidate-ranking")));
        QVERIFY(result.out.contains(QStringLiteral("llm-rec/item-descriptions")));

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("prompt"), QStringLiteral("render"),
                        QStringLiteral("candidate-ranking")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject rendered = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonArray messages = rendered.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("system"));
        QVERIFY(messages.at(1)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("[4] Aliens (1986)")));
        QVERIFY(rendered.value(QStringLiteral("estimated_tokens")).toInt() > 50);

        // A file with a missing input and an undeclared variable: errors with line and column, exit 1.
        const QString path = ws.temporaryDir() + QStringLiteral("/broken.prompty");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\nname: Broken\ninputs:\n  user:\n    type: string\ntemplate: mustache\n---\nsystem:\n"
                   "Hello {{user}}, you like {{genre}}.\n");
        file.close();
        result = m_cli.run({QStringLiteral("prompt"), QStringLiteral("validate"), path});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(path + QStringLiteral(":9:")), describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("genre")), describe(result).c_str());

        const QString inputs = ws.temporaryDir() + QStringLiteral("/inputs.json");
        QFile inputFile(inputs);
        QVERIFY(inputFile.open(QIODevice::WriteOnly));
        inputFile.write("{\"user\": 42}");
        inputFile.close();
        result = m_cli.run(
            {QStringLiteral("prompt"), QStringLiteral("render"), path, QStringLiteral("--inputs"), inputs});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("genre")), describe(result).c_str());

        QVERIFY(inputFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        inputFile.write("{\"user\": ");
        inputFile.close();
        result = m_cli.run(
            {QStringLiteral("prompt"), QStringLiteral("render"), path, QStringLiteral("--inputs"), inputs});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("is not valid JSON")), describe(result).c_str());
    }

    void promptSecretsAreRefusedMaskedAndNeverStored()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        const QByteArray token = "Bearer 4c1f9a0e77d24b6c9d1e";
        const QString path = ws.temporaryDir() + QStringLiteral("/leaky.prompty");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\nname: Leaky\nmodel:\n  configuration:\n    headers:\n      Authorization: " + token +
                   "\n---\nuser:\nhi\n");
        file.close();
        const auto leaks = [&token](const CliResult &result) {
            return result.out.contains(QString::fromLatin1(token.mid(9))) ||
                   result.err.contains(QString::fromLatin1(token.mid(9)));
        };

        CliResult result = m_cli.run({QStringLiteral("prompt"), QStringLiteral("validate"), path});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(
            result.err.contains(
                path + QStringLiteral(":6:22: error: 'model.configuration.headers.Authorization' at line "
                                      "6, column 22 holds a literal secret ('Bear…'); write "
                                      "${env:VARIABLE} instead, because Tailor never stores secrets.")),
            describe(result).c_str());
        QVERIFY(!leaks(result));
        result =
            m_cli.run({QStringLiteral("--json"), QStringLiteral("prompt"), QStringLiteral("validate"), path});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonObject diagnostic =
            report.value(QStringLiteral("diagnostics")).toArray().first().toObject();
        QCOMPARE(diagnostic.value(QStringLiteral("code")).toString(), QStringLiteral("secret"));
        QCOMPARE(diagnostic.value(QStringLiteral("line")).toInt(), 6);
        QCOMPARE(diagnostic.value(QStringLiteral("column")).toInt(), 22);
        QVERIFY(!leaks(result));

        for (const QStringList &arguments :
             {QStringList{QStringLiteral("prompt"), QStringLiteral("create"), QStringLiteral("leaky"),
                          QStringLiteral("--file"), path},
              QStringList{QStringLiteral("prompt"), QStringLiteral("save"), QStringLiteral("pairwise-judge"),
                          QStringLiteral("--file"), path},
              QStringList{QStringLiteral("prompt"), QStringLiteral("import"), path},
              QStringList{QStringLiteral("prompt"), QStringLiteral("render"), path}}) {
            result = runAs(ws, QStringLiteral("alice"), arguments);
            QVERIFY2(result.exitCode == 2, describe(result).c_str());
            QVERIFY2(result.err.contains(QStringLiteral("holds a literal secret ('Bear…')")),
                     describe(result).c_str());
            QVERIFY(!leaks(result));
        }
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("prompt"), QStringLiteral("history"),
                        QStringLiteral("pairwise-judge")});
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                     .object()
                     .value(QStringLiteral("versions"))
                     .toArray()
                     .size(),
                 1);
        result = runAs(ws, QStringLiteral("alice"), {QStringLiteral("prompt"), QStringLiteral("list")});
        QVERIFY2(!result.out.contains(QStringLiteral("leaky")), describe(result).c_str());

        // The same header through the environment is fine.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("---\nname: Clean\nmodel:\n  configuration:\n    headers:\n      Authorization: Bearer "
                   "${env:TOKEN}\n---\nuser:\nhi\n");
        file.close();
        result = m_cli.run({QStringLiteral("prompt"), QStringLiteral("validate"), path});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
    }

    void promptRenderAcceptsNullUnlessDeclaredRequired()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nulls.prompty"));
        const QString inputs = dir.filePath(QStringLiteral("inputs.json"));
        const auto write = [](const QString &name, const QByteArray &bytes) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        };
        write(path,
              "---\nname: nulls\ninputs:\n  nickname: {type: string}\n  history: {type: array}\n---\nuser:\n"
              "Hi {{nickname}}{{^nickname}}there{{/nickname}}.\n{{#history}}{{title}}: "
              "{{#rating}}{{rating}}/5{{/rating}}{{^rating}}not rated{{/rating}}\n{{/history}}\n");
        write(inputs, R"({"nickname": null, "history": [{"title": "Up", "rating": null}]})");
        CliResult result = m_cli.run({QStringLiteral("--json"), QStringLiteral("prompt"),
                                      QStringLiteral("render"), path, QStringLiteral("--inputs"), inputs});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonArray messages =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Hi there.\nUp: not rated"));
        result = m_cli.run(
            {QStringLiteral("prompt"), QStringLiteral("validate"), path, QStringLiteral("--inputs"), inputs});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());

        write(path,
              "---\nname: nulls\ninputs:\n  nickname: {type: string, required: true}\n  history: {type: "
              "array}\n---\nuser:\nHi {{nickname}}.{{#history}}{{title}}{{/history}}\n");
        result = m_cli.run(
            {QStringLiteral("prompt"), QStringLiteral("validate"), path, QStringLiteral("--inputs"), inputs});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(
            result.err.contains(QStringLiteral(
                ":4: error: input 'nickname' should be string but is null, and it is declared required")),
            describe(result).c_str());
    }

    void promptSaveDiffLabelAndHistory()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        const QString path = ws.temporaryDir() + QStringLiteral("/judge.prompty");
        CliResult result = runAs(ws, QStringLiteral("alice"),
                                 {QStringLiteral("prompt"), QStringLiteral("show"),
                                  QStringLiteral("pairwise-judge"), QStringLiteral("--content-only")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QString text = result.out;
        text.replace(QStringLiteral("impartial judge"), QStringLiteral("strict judge"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("save"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("--file"), path, QStringLiteral("--base"), QStringLiteral("1"),
                        QStringLiteral("-m"), QStringLiteral("stricter")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY(result.out.contains(QStringLiteral("version 2")));

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("save"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("--file"), path, QStringLiteral("--base"), QStringLiteral("1")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("you started from version 1, but version 2")),
                 describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("diff"), QStringLiteral("pairwise-judge@1"),
                        QStringLiteral("pairwise-judge@2")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("-You are an impartial judge.")),
                 describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("+You are an strict judge.")), describe(result).c_str());

        makeViewer(ws, QStringLiteral("bob"));
        result = runAs(ws, QStringLiteral("bob"),
                       {QStringLiteral("prompt"), QStringLiteral("label"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("production"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("'production' is a protected label")),
                 describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("label"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("production"), QStringLiteral("2"), QStringLiteral("--note"),
                        QStringLiteral("ship it")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("prompt"), QStringLiteral("history"),
                        QStringLiteral("pairwise-judge")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject history = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(history.value(QStringLiteral("versions")).toArray().size(), 2);
        const QJsonObject move = history.value(QStringLiteral("labels")).toArray().first().toObject();
        QCOMPARE(move.value(QStringLiteral("label")).toString(), QStringLiteral("production"));
        QCOMPARE(move.value(QStringLiteral("to")).toInt(), 2);
        QCOMPARE(move.value(QStringLiteral("note")).toString(), QStringLiteral("ship it"));

        const QString exported = ws.temporaryDir() + QStringLiteral("/export");
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("export"), exported,
                        QStringLiteral("--label"), QStringLiteral("production"), QStringLiteral("--prompt"),
                        QStringLiteral("pairwise-judge")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QFile out(exported + QStringLiteral("/evaluation/pairwise-judge.prompty"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(out.readAll()), text);
    }

    void promptConflictsAreRefusedActionsThatExitOne()
    {
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        CliResult result = runAs(ws, QStringLiteral("alice"),
                                 {QStringLiteral("prompt"), QStringLiteral("show"),
                                  QStringLiteral("pairwise-judge"), QStringLiteral("--content-only")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QString original = result.out;
        const QString path = ws.temporaryDir() + QStringLiteral("/judge.prompty");
        const auto write = [&path](const QString &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text.toUtf8());
        };
        const auto save = [&](const QString &base) {
            return runAs(ws, QStringLiteral("alice"),
                         {QStringLiteral("prompt"), QStringLiteral("save"), QStringLiteral("pairwise-judge"),
                          QStringLiteral("--file"), path, QStringLiteral("--base"), base});
        };
        write(QString(original).replace(QStringLiteral("impartial judge"), QStringLiteral("strict judge")));
        result = save(QStringLiteral("1"));
        QVERIFY2(result.exitCode == 0, describe(result).c_str());

        // An edit still based on version 1 is refused (1), and its text is not stored.
        write(QString(original).replace(QStringLiteral("impartial judge"), QStringLiteral("gentle judge")));
        result = save(QStringLiteral("1"));
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(
            result.err.contains(QStringLiteral("Prompt 'pairwise-judge' changed while you edited it: you "
                                               "started from version 1, but version 2 by alice is "
                                               "newer. Your text was not saved")),
            describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("show"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("--content-only")});
        QVERIFY2(!result.out.contains(QStringLiteral("gentle judge")), describe(result).c_str());

        // A version number that is not one is bad usage (2), for save and revert alike.
        result = save(QStringLiteral("one"));
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("--base 'one' is not a version number")),
                 describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("revert"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("1"), QStringLiteral("--base"), QStringLiteral("one")});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("--base 'one' is not a version number")),
                 describe(result).c_str());

        // Reverting on top of a stale version, or to the latest content, is refused.
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("revert"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("1"), QStringLiteral("--base"), QStringLiteral("1")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(
            result.err.contains(QStringLiteral("Prompt 'pairwise-judge' changed: version 2 is newer than "
                                               "version 1 you were looking at.")),
            describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("revert"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("2")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral(
                     "Version 2 of 'pairwise-judge' already has the same content as the latest "
                     "version.")),
                 describe(result).c_str());

        // Moving a label where it already points, and creating what exists, are refused too.
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("label"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("canary"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("label"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("canary"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(
                     QStringLiteral("Label 'canary' already points at version 2 of 'pairwise-judge'.")),
                 describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("prompt"), QStringLiteral("create"), QStringLiteral("pairwise-judge"),
                        QStringLiteral("--file"), path});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("A prompt named 'pairwise-judge' already exists.")),
                 describe(result).c_str());
    }

    void llmEndpointTestChatAndCache()
    {
        tailor::test::TestEndpointThread server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        m_cli.environment().insert(QStringLiteral("TAILOR_TEST_KEY"), QStringLiteral("test-secret-4711"));
        TestWorkspace ws;
        QCOMPARE(runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")})
                     .exitCode,
                 0);
        CliResult result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("llm"), QStringLiteral("save"), QStringLiteral("local"),
                   QStringLiteral("--preset"), QStringLiteral("vllm"), QStringLiteral("--base-url"),
                   server.baseUrl(), QStringLiteral("--model"), QStringLiteral("tailor-test"),
                   QStringLiteral("--price-in"), QStringLiteral("1"), QStringLiteral("--key-env"),
                   QStringLiteral("TAILOR_TEST_KEY")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());

        makeViewer(ws, QStringLiteral("bob"));
        result = runAs(ws, QStringLiteral("bob"),
                       {QStringLiteral("llm"), QStringLiteral("save"), QStringLiteral("local"),
                        QStringLiteral("--concurrency"), QStringLiteral("8")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("may not manage LLM endpoints")),
                 describe(result).c_str());

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("llm"), QStringLiteral("save"), QStringLiteral("leaky"),
                        QStringLiteral("--preset"), QStringLiteral("openai"), QStringLiteral("--key-env"),
                        QStringLiteral("sk-proj-abcdefghijklmnopqrstuvwxyz0123456789")});
        QVERIFY2(result.exitCode == 2, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("looks like an API key")), describe(result).c_str());
        QVERIFY(!result.err.contains(QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789")));

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("llm"), QStringLiteral("test"), QStringLiteral("local")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QVERIFY2(result.out.contains(QStringLiteral("'local' works")), describe(result).c_str());

        for (int i = 0; i < 2; ++i) {
            result = runAs(ws, QStringLiteral("alice"),
                           {QStringLiteral("llm"), QStringLiteral("chat"), QStringLiteral("local"),
                            QStringLiteral("Which film after Alien?")});
            QVERIFY2(result.exitCode == 0, describe(result).c_str());
            QVERIFY2(result.out.contains(QStringLiteral("ok: Which film after Alien?")),
                     describe(result).c_str());
        }
        QVERIFY2(result.err.contains(QStringLiteral("from the cache")), describe(result).c_str());
        const int chats = int(std::count_if(
            server.endpoint()->requests().cbegin(), server.endpoint()->requests().cend(),
            [](const auto &request) { return request.path.endsWith(QStringLiteral("/chat/completions")); }));
        QCOMPARE(chats, 2); // the test's tiny request and the first chat; the second chat came from the cache

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("llm"), QStringLiteral("cache"),
                        QStringLiteral("stats")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QCOMPARE(
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("entries")).toInt(),
            1);

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("--json"), QStringLiteral("llm"), QStringLiteral("log")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject summary =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("cache_hits")).toInt(), 1);
        QVERIFY(!result.out.contains(QStringLiteral("test-secret-4711")));
        QCOMPARE(server.endpoint()->lastRequest().header("authorization"),
                 QByteArray("Bearer test-secret-4711"));
        QVERIFY(summary.value(QStringLiteral("count")).toInt() >= 2);

        // An endpoint nobody listens on: the test fails with a message, exit 1.
        result =
            runAs(ws, QStringLiteral("alice"),
                  {QStringLiteral("llm"), QStringLiteral("save"), QStringLiteral("gone"),
                   QStringLiteral("--preset"), QStringLiteral("custom"), QStringLiteral("--base-url"),
                   QStringLiteral("http://127.0.0.1:1/v1"), QStringLiteral("--model"), QStringLiteral("m")});
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("llm"), QStringLiteral("test"), QStringLiteral("gone")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("endpoint gone failed the test")),
                 describe(result).c_str());
        server.stop();
    }

    // Errors are Tailor's own one-line messages on stderr: no server notices ("relation ... already exists")
    // and no driver warnings ("Unable to free statement") around them, on success or failure.
    void stderrCarriesOnlyTailorsMessages()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const auto quiet = [](const CliResult &result) {
            for (const char *noise :
                 {"NOTICE", "WARNING", "Unable to free statement", "already exists", "QSql"})
                if (result.err.contains(QLatin1String(noise)))
                    return false;
            return true;
        };
        CliResult result =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("init")});
        QVERIFY2(result.exitCode == 0 && quiet(result), describe(result).c_str());
        QVERIFY2(result.err.isEmpty(), describe(result).c_str());
        result = runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("migrate")});
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), describe(result).c_str());
        // Fails inside a transaction on the server (PostgreSQL: there is no such database role).
        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("workspace"), QStringLiteral("grant"),
                        QStringLiteral("no_such_person_4711"), QStringLiteral("editor")});
        if (TestWorkspace::postgresMode()) {
            QVERIFY2(result.exitCode == 2, describe(result).c_str());
            QVERIFY2(result.err.contains(QStringLiteral("there is no database role \"no_such_person_4711\"")),
                     describe(result).c_str());
            QVERIFY2(result.err.trimmed().count(QLatin1Char('\n')) <= 1 && quiet(result),
                     describe(result).c_str());
        } else {
            QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), describe(result).c_str());
        }
        result = runAs(ws, QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), describe(result).c_str());
    }

    void chatStreamPrintsAnAnswerTheServerDidNotStream()
    {
        tailor::test::TestEndpointThread server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // A server that ignores "stream": true and answers with one plain JSON body.
        server.endpoint()->addRule(tailor::test::Rule::raw(
            200, QByteArrayLiteral("application/json"),
            QByteArrayLiteral(
                "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"tailor-test\","
                "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                "\"Aliens, then Alien 3.\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
                "9,\"completion_tokens\":6,\"total_tokens\":15}}")));
        TestWorkspace ws;
        QVERIFY(initWithEndpoint(ws, server.baseUrl()));

        CliResult result = chat(ws, false);
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QCOMPARE(result.out, QStringLiteral("Aliens, then Alien 3.\n"));
        QVERIFY(server.endpoint()->lastRequest().stream());

        result = chat(ws, true);
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject answer = jsonOf(result);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(answer.value(QStringLiteral("content")).toString(), QStringLiteral("Aliens, then Alien 3."));
        QCOMPARE(answer.value(QStringLiteral("completion_tokens")).toInt(), 6);

        // An answer from the cache is not streamed either: printed whole.
        server.endpoint()->clearRules();
        server.endpoint()->addRule(tailor::test::Rule::reply(QStringLiteral("Aliens.")));
        for (int i = 0; i < 2; ++i) {
            result = chat(ws, false, true);
            QVERIFY2(result.exitCode == 0, describe(result).c_str());
            QCOMPARE(result.out, QStringLiteral("Aliens.\n"));
        }
        QVERIFY2(result.err.contains(QStringLiteral("from the cache")), describe(result).c_str());
        server.stop();
    }

    void chatStreamStartsARetriedAnswerAfreshOnANewLine()
    {
        tailor::test::TestEndpointThread server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TestWorkspace ws;
        QVERIFY(initWithEndpoint(ws, server.baseUrl()));
        const auto script = [&server] {
            server.endpoint()->clearRules();
            // Cut after the role chunk and two pieces, "one" and " tw", once; then the whole answer.
            tailor::test::Rule broken =
                tailor::test::Rule::streamFaulting(tailor::test::Rule::StreamFault::Close, 3).onlyTimes(1);
            broken.content = QByteArrayLiteral("one two three");
            server.endpoint()->addRule(broken);
            server.endpoint()->addRule(tailor::test::Rule::reply(QStringLiteral("one two three")));
        };

        script();
        CliResult result = chat(ws, false);
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        QCOMPARE(result.out, QStringLiteral("one tw\none two three\n"));
        // The reason is Qt's: a closed connection or a clean end without [DONE], depending on timing.
        QVERIFY2(result.err.startsWith(
                     QStringLiteral("tailor-cli: the answer broke off after 6 characters; retrying "
                                    "from the start on a new line (attempt 2 of 3): ")),
                 describe(result).c_str());
        QVERIFY2(result.err.section(QLatin1Char('\n'), 0, 0).contains(server.baseUrl()),
                 describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("1 retries")), describe(result).c_str());

        script();
        result = chat(ws, true);
        QVERIFY2(result.exitCode == 0, describe(result).c_str());
        const QJsonObject answer = jsonOf(result);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(answer.value(QStringLiteral("content")).toString(), QStringLiteral("one two three"));
        QCOMPARE(answer.value(QStringLiteral("retries")).toInt(), 1);
        QVERIFY2(!result.err.contains(QStringLiteral("broke off")), describe(result).c_str());
        server.stop();
    }

    void chatStreamThatFinallyFailsExitsOneWithoutPretending()
    {
        tailor::test::TestEndpointThread server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TestWorkspace ws;
        QVERIFY(initWithEndpoint(ws, server.baseUrl()));

        // Every attempt breaks off: each partial attempt ends its own line, named on stderr, and the error
        // follows.
        tailor::test::Rule broken =
            tailor::test::Rule::streamFaulting(tailor::test::Rule::StreamFault::Close, 3);
        broken.content = QByteArrayLiteral("one two three");
        server.endpoint()->addRule(broken);
        CliResult result = chat(ws, false);
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QCOMPARE(result.out, QStringLiteral("one tw\none tw\none tw\n"));
        QCOMPARE(result.err.count(QStringLiteral("the answer broke off after 6 characters")), 2);
        QVERIFY2(result.err.contains(QStringLiteral("(attempt 3 of 3)")), describe(result).c_str());
        QVERIFY2(result.err.trimmed().endsWith(QStringLiteral("(gave up after 3 attempts)")),
                 describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("\ntailor-cli: ") + QStringLiteral("The stream from ")) ||
                     result.err.contains(QStringLiteral("\ntailor-cli: ") + server.baseUrl() +
                                         QStringLiteral(" closed the connection")),
                 describe(result).c_str());

        result = chat(ws, true);
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QJsonObject answer = jsonOf(result);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(answer.value(QStringLiteral("failure")).toString(), QStringLiteral("connection_reset"));
        QCOMPARE(answer.value(QStringLiteral("content")).toString(), QString());
        QCOMPARE(answer.value(QStringLiteral("retries")).toInt(), 2);

        // Nothing streamed at all: stdout stays empty, not even a blank line.
        server.endpoint()->clearRules();
        server.endpoint()->addRule(tailor::test::Rule::error(503));
        result = chat(ws, false);
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(
                     QStringLiteral("tailor-cli: retrying (attempt 2 of 3): 503 Service Unavailable from ") +
                     server.baseUrl()),
                 describe(result).c_str());
        QVERIFY2(result.err.contains(QStringLiteral("tailor-cli: 503 Service Unavailable from ") +
                                     server.baseUrl()),
                 describe(result).c_str());
        server.stop();
    }

    void chatAndTestRefuseARedirectToAnotherHost()
    {
        tailor::test::TestEndpointThread server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        tailor::test::TestEndpointThread other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        server.endpoint()->addRule(
            tailor::test::Rule::redirect(307, other.baseUrl() + QStringLiteral("/chat/completions"))
                .onRoute(tailor::test::Rule::Route::Any));
        TestWorkspace ws;
        QVERIFY(initWithEndpoint(ws, server.baseUrl()));
        const QString refused =
            QStringLiteral("tailor-cli: %1 redirected to %2/chat/completions: Tailor sends the API "
                           "key and the prompt only to the base URL's own scheme, host and port")
                .arg(server.baseUrl(), other.baseUrl());

        CliResult result = chat(ws, false);
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(refused), describe(result).c_str());

        result = chat(ws, true);
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QCOMPARE(jsonOf(result).value(QStringLiteral("failure")).toString(),
                 QStringLiteral("redirect_refused"));

        result = runAs(ws, QStringLiteral("alice"),
                       {QStringLiteral("llm"), QStringLiteral("test"), QStringLiteral("local")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.out.contains(refused.mid(QStringLiteral("tailor-cli: ").size())),
                 describe(result).c_str());

        QVERIFY(server.endpoint()->requestCount() >= 3);
        QCOMPARE(server.endpoint()->lastRequest().header("authorization"),
                 QByteArray("Bearer test-secret-4711"));
        QCOMPARE(other.endpoint()->requestCount(), 0);
        other.stop();
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
