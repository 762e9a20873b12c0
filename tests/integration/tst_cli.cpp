#include "clirunner.h"
#include "testendpoint.h"
#include "testendpointthread.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        QVERIFY(result.out.contains(QStringLiteral("list")));

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
        const CliResult result = runAs(ws, QStringLiteral("bob"),
                                       {QStringLiteral("workspace"), QStringLiteral("grant"),
                                        QStringLiteral("bob"), QStringLiteral("admin")});
        QVERIFY2(result.exitCode == 1, describe(result).c_str());
        QVERIFY2(result.err.contains(
                     QStringLiteral("Operator 'bob' has the role viewer and may not manage operators")),
                 describe(result).c_str());
        const CliResult roles =
            runAs(ws, QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("operators")});
        QVERIFY(!roles.out.contains(QStringLiteral("bob")));
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
