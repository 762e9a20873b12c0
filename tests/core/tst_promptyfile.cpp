#include "prompts/promptyfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tailor;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(TAILOR_TEST_DATA_DIR "/prompts/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestPromptyFile : public QObject
{
    Q_OBJECT

private:
    // Parses `source`, expects a failure whose message contains `expected`, and returns the diagnostic.
    PromptDiagnostic expectFailure(const QString &source, const QString &expected)
    {
        PromptDiagnostic diagnostic;
        Result<PromptyFile> file = PromptyFile::parse(source, &diagnostic);
        if (file.ok()) {
            QTest::qFail("the text parsed", __FILE__, __LINE__);
            return diagnostic;
        }
        if (file.error().kind != Error::Kind::BadInput)
            QTest::qFail("not a BadInput error", __FILE__, __LINE__);
        if (!file.error().message.contains(expected))
            QTest::qFail(
                qPrintable(QStringLiteral("'%1' does not contain '%2'").arg(file.error().message, expected)),
                __FILE__, __LINE__);
        if (diagnostic.message != file.error().message)
            QTest::qFail("the diagnostic carries another message", __FILE__, __LINE__);
        return diagnostic;
    }

private slots:
    void parsesEveryFrontMatterField()
    {
        Result<PromptyFile> file = PromptyFile::load(dataPath(QStringLiteral("candidate-ranking.prompty")));
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        QCOMPARE(file->name(), QStringLiteral("candidate-ranking"));
        QCOMPARE(file->description(),
                 QStringLiteral("Rank the given candidates for a user from their viewing history."));
        QCOMPARE(file->tags(), QStringList({QStringLiteral("ranking"), QStringLiteral("movies")}));
        QCOMPARE(file->folder(), QStringLiteral("ranking"));
        QCOMPARE(file->templateFormat(), QStringLiteral("mustache"));
        QCOMPARE(file->modelApi(), QStringLiteral("chat"));

        const QJsonObject configuration = file->modelConfiguration();
        QCOMPARE(configuration.value(QStringLiteral("type")).toString(), QStringLiteral("openai"));
        QCOMPARE(configuration.value(QStringLiteral("name")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(configuration.value(QStringLiteral("api_key")).toString(),
                 QStringLiteral("${env:OPENAI_API_KEY}"));

        const QJsonObject parameters = file->parameters();
        QCOMPARE(parameters.value(QStringLiteral("temperature")).toDouble(), 0.0);
        QVERIFY(parameters.value(QStringLiteral("temperature")).isDouble());
        QCOMPARE(parameters.value(QStringLiteral("max_tokens")).toInteger(), 512);
        QCOMPARE(parameters.value(QStringLiteral("seed")).toInteger(), 42);
        QCOMPARE(parameters.value(QStringLiteral("response_format")).toObject(),
                 QJsonObject({{QStringLiteral("type"), QStringLiteral("json_object")}}));

        const QList<PromptInput> inputs = file->inputs();
        QCOMPARE(inputs.size(), 4);
        QCOMPARE(inputs.at(0).name, QStringLiteral("user_name"));
        QCOMPARE(inputs.at(1).name, QStringLiteral("history"));
        QCOMPARE(inputs.at(2).name, QStringLiteral("candidates"));
        QCOMPARE(inputs.at(3).name, QStringLiteral("k"));
        QCOMPARE(inputs.at(0).type, QStringLiteral("string"));
        QCOMPARE(inputs.at(0).defaultValue.toString(), QStringLiteral("the user"));
        QVERIFY(!inputs.at(0).required);
        QCOMPARE(inputs.at(1).type, QStringLiteral("array"));
        QCOMPARE(inputs.at(1).description, QStringLiteral("Watched movies, oldest first"));
        QVERIFY(inputs.at(1).required);
        QVERIFY(!inputs.at(1).hasDefault());
        QCOMPARE(inputs.at(3).type, QStringLiteral("integer"));
        QCOMPARE(inputs.at(3).defaultValue.toInteger(), 10);
        QCOMPARE(inputs.at(3).line, 32);
        QVERIFY(file->input(QStringLiteral("k")));
        QVERIFY(!file->input(QStringLiteral("missing")));

        QCOMPARE(file->extraFields().value(QStringLiteral("authors")).toArray(),
                 QJsonArray({QStringLiteral("recsys-team")}));
        QCOMPARE(file->sample().value(QStringLiteral("history")).toArray().size(), 2);
    }

    void mergesSamplesAndDefaults()
    {
        Result<PromptyFile> file =
            PromptyFile::parse(text("---\n"
                                    "name: merge\n"
                                    "inputs:\n"
                                    "  a: {type: string, sample: own, default: fallback}\n"
                                    "  b: {type: integer, default: 3}\n"
                                    "  c: {type: string}\n"
                                    "  d: {type: boolean, default: false}\n"
                                    "  e: shorthand sample\n"
                                    "sample:\n"
                                    "  a: top-level\n"
                                    "  c: from top-level\n"
                                    "  extra: kept\n"
                                    "---\n"
                                    "user:\n"
                                    "{{a}} {{b}} {{c}} {{d}} {{e}}\n"));
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        const QJsonObject samples = file->sampleInputs();
        QCOMPARE(samples.value(QStringLiteral("a")).toString(), QStringLiteral("own"));
        QCOMPARE(samples.value(QStringLiteral("b")).toInteger(), 3);
        QCOMPARE(samples.value(QStringLiteral("c")).toString(), QStringLiteral("from top-level"));
        QCOMPARE(samples.value(QStringLiteral("d")), QJsonValue(false));
        QCOMPARE(samples.value(QStringLiteral("e")).toString(), QStringLiteral("shorthand sample"));
        QCOMPARE(samples.value(QStringLiteral("extra")).toString(), QStringLiteral("kept"));
        // The shorthand gives a sample, so the input stays required.
        QVERIFY(file->input(QStringLiteral("e"))->required);
    }

    void resolvesYamlScalarTypes()
    {
        Result<PromptyFile> file = PromptyFile::parse(text("---\n"
                                                           "name: scalars\n"
                                                           "model:\n"
                                                           "  parameters:\n"
                                                           "    top_p: 0.9\n"
                                                           "    quoted: \"42\"\n"
                                                           "    flag: true\n"
                                                           "    nothing: ~\n"
                                                           "    stop: [\"\\n\\n\", END]\n"
                                                           "    hex: 0x1F\n"
                                                           "---\n"
                                                           "user:\nhi\n"));
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        const QJsonObject parameters = file->parameters();
        QCOMPARE(parameters.value(QStringLiteral("top_p")).toDouble(), 0.9);
        QCOMPARE(parameters.value(QStringLiteral("quoted")), QJsonValue(QStringLiteral("42")));
        QCOMPARE(parameters.value(QStringLiteral("flag")), QJsonValue(true));
        QVERIFY(parameters.value(QStringLiteral("nothing")).isNull());
        QCOMPARE(parameters.value(QStringLiteral("stop")).toArray(),
                 QJsonArray({QStringLiteral("\n\n"), QStringLiteral("END")}));
        QCOMPARE(parameters.value(QStringLiteral("hex")).toInteger(), 31);
    }

    void splitsMessagesAtRoleMarkers()
    {
        Result<PromptyFile> file =
            PromptyFile::load(dataPath(QStringLiteral("item-description-basic.prompty")));
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        QCOMPARE(file->bodyLine(), 25);
        const QList<PromptyFile::Message> messages = file->messages();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).role, QStringLiteral("system"));
        QCOMPARE(messages.at(0).markerLine, 25);
        QCOMPARE(messages.at(0).line, 26);
        QCOMPARE(messages.at(0).text,
                 QStringLiteral("You write short, accurate item descriptions for a recommender "
                                "system.\nNever invent facts that are not in the description."));
        QCOMPARE(messages.at(1).role, QStringLiteral("user"));
        QCOMPARE(messages.at(1).markerLine, 29);
        QCOMPARE(messages.at(1).line, 30);
        QCOMPARE(messages.at(1).text, QStringLiteral("The description of the item \"{{item_title}}\" is: "
                                                     "{{item_description}}\nParaphrase it."));
    }

    void acceptsHashRoleMarkersAndKeepsInnerBlankLines()
    {
        Result<PromptyFile> file = PromptyFile::load(dataPath(QStringLiteral("pairwise-judge.prompty")));
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        const QList<PromptyFile::Message> messages = file->messages();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).role, QStringLiteral("system"));
        QCOMPARE(messages.at(1).role, QStringLiteral("user"));
        QVERIFY(messages.at(1).text.startsWith(QStringLiteral("Item: {{item_title}}\n\nDescription A:\n")));
        QVERIFY(messages.at(1).text.endsWith(QStringLiteral("Answer \"A\", \"B\" or \"tie\".")));
        // "Answer:" is not a role: it stays text of the assistant message.
        QCOMPARE(messages.at(2).role, QStringLiteral("assistant"));
        QCOMPARE(messages.at(2).text, QStringLiteral("Answer:"));
        QVERIFY(file->input(QStringLiteral("first"))->type == QStringLiteral("string"));
    }

    void roundTripsCanonicalTextByteForByte()
    {
        for (const QString &name :
             {QStringLiteral("item-description-basic.prompty"), QStringLiteral("candidate-ranking.prompty"),
              QStringLiteral("pairwise-judge.prompty")}) {
            const QByteArray bytes = readData(name);
            Result<QString> canonical = PromptyFile::canonicalText(bytes);
            QVERIFY2(canonical.ok(), qPrintable(canonical.error().message));
            QCOMPARE(canonical->toUtf8(), bytes);
            Result<PromptyFile> file = PromptyFile::parse(canonical.value());
            QVERIFY2(file.ok(), qPrintable(file.error().message));
            QCOMPARE(file->text().toUtf8(), bytes);
            QCOMPARE(
                file->sha256(),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(file->frontMatterLine(), 2);
            QVERIFY(file->text().endsWith(file->body()));
        }
    }

    void canonicalisesBomAndLineEnds()
    {
        const QByteArray lf = "---\nname: crlf\n---\nuser:\nh\xC3\xA9llo\n\nworld\n";
        const QByteArray crlf =
            "\xEF\xBB\xBF---\r\nname: crlf\r\n---\r\nuser:\rh\xC3\xA9llo\r\n\r\nworld\r\n";
        Result<QString> canonical = PromptyFile::canonicalText(crlf);
        QVERIFY2(canonical.ok(), qPrintable(canonical.error().message));
        QCOMPARE(canonical->toUtf8(), lf);
        QCOMPARE(PromptyFile::sha256(canonical.value()), PromptyFile::sha256(QString::fromUtf8(lf)));

        // parse() canonicalises too, so text() never carries a BOM or CR.
        Result<PromptyFile> file = PromptyFile::parse(QString::fromUtf8(crlf));
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        QCOMPARE(file->text().toUtf8(), lf);
        QCOMPARE(file->messages().first().text, text("h\xC3\xA9llo\n\nworld"));
        QCOMPARE(file->sha256(),
                 QString::fromLatin1(QCryptographicHash::hash(lf, QCryptographicHash::Sha256).toHex()));
    }

    void rejectsInvalidUtf8WithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("byte");
        QTest::newRow("stray byte") << QByteArray("---\nname: x\n---\nuser:\nh\xC3\xA9l\xFFlo\n") << 5 << 4
                                    << QStringLiteral("0xFF");
        QTest::newRow("overlong") << QByteArray("---\nname: \xC0\x80\n") << 2 << 7 << QStringLiteral("0xC0");
        QTest::newRow("surrogate") << QByteArray("ab\xED\xA0\x80") << 1 << 3 << QStringLiteral("0xED");
        QTest::newRow("truncated") << QByteArray("---\r\nx\r\n\xF0\x9F\x98") << 3 << 1
                                   << QStringLiteral("0xF0");
        QTest::newRow("after astral")
            << QByteArray("\xF0\x9F\x98\x80\x80") << 1 << 3 << QStringLiteral("0x80");
    }

    void rejectsInvalidUtf8WithLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, byte);
        PromptDiagnostic diagnostic;
        Result<QString> canonical = PromptyFile::canonicalText(bytes, &diagnostic);
        QVERIFY(!canonical.ok());
        QCOMPARE(canonical.error().message,
                 QStringLiteral(
                     "The text is not valid UTF-8: byte %1 at line %2, column %3. Save the file as UTF-8.")
                     .arg(byte)
                     .arg(line)
                     .arg(column));
        QCOMPARE(diagnostic.code, QStringLiteral("encoding"));
        QCOMPARE(diagnostic.line, line);
        QCOMPARE(diagnostic.column, column);
    }

    void reportsBrokenYamlWithFileLineAndColumn()
    {
        const PromptDiagnostic diagnostic =
            expectFailure(text("---\n"
                               "name: broken\n"
                               "inputs:\n"
                               "  a: [1, 2\n"
                               "---\n"
                               "user:\nhi\n"),
                          QStringLiteral("The front matter is not valid YAML at line "));
        QCOMPARE(diagnostic.code, QStringLiteral("yaml"));
        QVERIFY2(diagnostic.line >= 4, qPrintable(diagnostic.message));
        QVERIFY(diagnostic.message.contains(
            QStringLiteral("line %1, column %2").arg(diagnostic.line).arg(diagnostic.column)));

        const PromptDiagnostic tab = expectFailure(text("---\n"
                                                        "name: x\n"
                                                        "description: one\n"
                                                        "  model: [\n"
                                                        "---\nuser:\nhi\n"),
                                                   QStringLiteral("not valid YAML at line 4, column 8"));
        QCOMPARE(tab.line, 4);
        QCOMPARE(tab.column, 8);
    }

    void reportsDuplicateKeys()
    {
        const PromptDiagnostic diagnostic = expectFailure(
            text("---\nname: a\ninputs:\n  x: {type: string}\n  x: {type: integer}\n---\nuser:\n{{x}}\n"),
            QStringLiteral("'x' appears twice in inputs at line 5; keep one."));
        QCOMPARE(diagnostic.line, 5);
        QCOMPARE(diagnostic.column, 3);
    }

    void rejectsMissingFrontMatter()
    {
        const PromptDiagnostic diagnostic = expectFailure(
            text("system:\nYou are helpful.\n"),
            QStringLiteral(
                "The prompt must start with YAML front matter: a '---' line, the fields (name, model, "
                "inputs, ...), and another '---' line."));
        QCOMPARE(diagnostic.code, QStringLiteral("front-matter"));
        QCOMPARE(diagnostic.line, 1);
        expectFailure(QString(), QStringLiteral("must start with YAML front matter"));
    }

    void rejectsUnterminatedFrontMatter()
    {
        expectFailure(
            text("---\nname: open\nuser:\nhello\n"),
            QStringLiteral("The front matter opened at line 1 is never closed: add a '---' line after its "
                           "last field."));
    }

    void requiresName()
    {
        const PromptDiagnostic diagnostic =
            expectFailure(text("---\ndescription: nameless\n---\nuser:\nhi\n"),
                          QStringLiteral("The front matter has no 'name'; every prompt needs one."));
        QCOMPARE(diagnostic.line, 2);
        expectFailure(text("---\n---\nuser:\nhi\n"), QStringLiteral("has no 'name'"));
        expectFailure(text("---\n- a\n- b\n---\nuser:\nhi\n"),
                      QStringLiteral("The front matter must be a map of fields"));
    }

    void refusesOtherTemplateEngines()
    {
        const PromptDiagnostic diagnostic = expectFailure(
            text("---\nname: j\ntemplate: jinja2\n---\nuser:\n{{ x }}\n"),
            QStringLiteral("Tailor renders Mustache only; this file declares template: jinja2 (line 3)."));
        QCOMPARE(diagnostic.code, QStringLiteral("template-engine"));
        QCOMPARE(diagnostic.line, 3);
        QCOMPARE(diagnostic.column, 11);

        expectFailure(
            text("---\nname: j\ntemplate:\n  format: jinja2\n  parser: prompty\n---\nuser:\nhi\n"),
            QStringLiteral("Tailor renders Mustache only; this file declares template: jinja2 (line 4)."));
        Result<PromptyFile> mustache =
            PromptyFile::parse(text("---\nname: m\ntemplate:\n  format: mustache\n---\nuser:\nhi\n"));
        QVERIFY2(mustache.ok(), qPrintable(mustache.error().message));
    }

    void refusesJinjaStatements()
    {
        const PromptDiagnostic diagnostic = expectFailure(
            text("---\nname: j\n---\nuser:\nItems:\n  {% for item in items %}\n- {{item}}\n{% endfor %}\n"),
            QStringLiteral(
                "Tailor renders Mustache only; the Jinja statement '{% for item in items %}' at line 6, "
                "column 3 is not supported."));
        QCOMPARE(diagnostic.line, 6);
        QCOMPARE(diagnostic.column, 3);
    }

    void refusesUnknownRoles()
    {
        const PromptDiagnostic diagnostic = expectFailure(
            text("---\nname: r\n---\nsystem:\nBe brief.\n\ntool:\n{\"result\": 1}\n"),
            QStringLiteral("Unknown role 'tool' at line 7 (Tailor supports system, user and assistant)."));
        QCOMPARE(diagnostic.code, QStringLiteral("unknown-role"));
        QCOMPARE(diagnostic.line, 7);
        expectFailure(text("---\nname: r\n---\n# Function:\nx\n"),
                      QStringLiteral(
                          "Unknown role 'function' at line 4 (Tailor supports system, user and assistant)."));
    }

    void refusesTextBeforeFirstRole()
    {
        const PromptDiagnostic diagnostic = expectFailure(
            text("---\nname: r\n---\n\n   Hello there\nuser:\nhi\n"),
            QStringLiteral(
                "Text at line 5 comes before the first role marker; start the body with 'system:', "
                "'user:' or 'assistant:' on a line of its own."));
        QCOMPARE(diagnostic.line, 5);
        QCOMPARE(diagnostic.column, 4);
    }

    void refusesBodiesWithoutMessages()
    {
        expectFailure(
            text("---\nname: r\n---\n\n\n"),
            QStringLiteral("The prompt has no messages: after the front matter, write a role marker such "
                           "as 'system:' or 'user:' on a line of its own, then the message."));
        expectFailure(text("---\nname: r\n---"), QStringLiteral("The prompt has no messages"));
        const PromptDiagnostic empty =
            expectFailure(text("---\nname: r\n---\nsystem:\n\nuser:\nhi\n"),
                          QStringLiteral("The system message at line 4 is empty."));
        QCOMPARE(empty.line, 4);
    }

    void validatesInputDeclarations()
    {
        expectFailure(
            text("---\nname: i\ninputs:\n  items: {type: list}\n---\nuser:\n{{items}}\n"),
            QStringLiteral("Input 'items' has unknown type 'list' (line 4); use string, number, integer, "
                           "boolean, array or object."));
        expectFailure(
            text("---\nname: i\ninputs:\n  k:\n    type: integer\n    default: 2.5\n---\nuser:\n{{k}}\n"),
            QStringLiteral("The default of input 'k' is number, not the declared integer (line 4)."));
        expectFailure(text("---\nname: i\ninputs:\n  user name: {type: string}\n---\nuser:\nhi\n"),
                      QStringLiteral("Input name 'user name' (line 4) is not a valid variable name"));
        expectFailure(text("---\nname: i\ninputs:\n  x: {required: maybe}\n---\nuser:\n{{x}}\n"),
                      QStringLiteral("'required' of input 'x' must be true or false (line 4)."));
        expectFailure(text("---\nname: i\ninputs: [a, b]\n---\nuser:\nhi\n"),
                      QStringLiteral("'inputs' must be a map of input names to declarations (line 3)."));
    }

    void validatesModel()
    {
        expectFailure(
            text("---\nname: m\nmodel:\n  api: completion\n---\nuser:\nhi\n"),
            QStringLiteral("Tailor sends chat completions only; this file declares model api 'completion' "
                           "(line 4)."));
        expectFailure(
            text("---\nname: m\nmodel:\n  parameters:\n    temperature: 3\n---\nuser:\nhi\n"),
            QStringLiteral("Model parameter 'temperature' must be a number between 0 and 2 (line 5)."));
        expectFailure(
            text("---\nname: m\nmodel:\n  parameters:\n    max_tokens: 0.5\n---\nuser:\nhi\n"),
            QStringLiteral("Model parameter 'max_tokens' must be an integer of at least 1 (line 5)."));
        expectFailure(text("---\nname: m\nmodel:\n  parameters:\n    stop: {a: 1}\n---\nuser:\nhi\n"),
                      QStringLiteral("Model parameter 'stop' must be a text or a list of texts (line 5)."));
        const PromptDiagnostic secret = expectFailure(
            text("---\nname: m\nmodel:\n  configuration:\n    api_key: sk-live-123\n---\nuser:\nhi\n"),
            QStringLiteral(
                "'model.configuration.api_key' at line 5, column 14 holds a literal secret ('sk…'); "
                "write ${env:VARIABLE} instead, because Tailor never stores secrets."));
        QCOMPARE(secret.code, QStringLiteral("secret"));
        QCOMPARE(secret.line, 5);
        QCOMPARE(secret.column, 14);
        QVERIFY(!secret.message.contains(QStringLiteral("sk-live-123")));
    }

    void refusesSecretsAnywhereInTheFrontMatter_data()
    {
        QTest::addColumn<QString>("frontMatter"); // after "name: s"
        QTest::addColumn<QString>("path");        // as the message names it; empty for a key at the top
        QTest::addColumn<QString>("finding");     // "holds a literal secret" or "… looks like …"
        QTest::addColumn<QString>("secret");      // reported where its first word is, never shown whole

        const auto add = [](const char *name, const char *frontMatter, const char *path, const char *finding,
                            const char *secret) {
            QTest::newRow(name) << QString::fromUtf8(frontMatter) << QString::fromUtf8(path)
                                << QString::fromUtf8(finding) << QString::fromUtf8(secret);
        };
        const char *literal = "holds a literal secret";
        add("configuration api_key", "model:\n  configuration:\n    api_key: sk-proj-Ab3dEf6hIj9kLm2nOp5q\n",
            "model.configuration.api_key", literal, "sk-proj-Ab3dEf6hIj9kLm2nOp5q");
        add("configuration camelCase apiKey", "model:\n  configuration:\n    apiKey: not-a-reference\n",
            "model.configuration.apiKey", literal, "not-a-reference");
        add("Authorization header",
            "model:\n  configuration:\n    headers:\n      Authorization: Bearer abc123def456\n",
            "model.configuration.headers.Authorization", literal, "Bearer abc123def456");
        add("x-api-key header in flow style",
            "model:\n  configuration:\n    headers: {Accept: json, x-api-key: 0a1b2c3d4e5f}\n",
            "model.configuration.headers.x-api-key", literal, "0a1b2c3d4e5f");
        add("azure_ad_credential as text",
            "model:\n  configuration:\n    azure_ad_credential: tenant/app/s3cr3t\n",
            "model.configuration.azure_ad_credential", literal, "tenant/app/s3cr3t");
        add("client_secret inside azure_ad_credential",
            "model:\n  configuration:\n    azure_ad_credential:\n      tenant_id: contoso\n      "
            "client_secret: "
            "Zx8~q.Wv3\n",
            "model.configuration.azure_ad_credential.client_secret", literal, "Zx8~q.Wv3");
        add("azure_ad_token", "model:\n  configuration:\n    azure_ad_token: literal-token-value\n",
            "model.configuration.azure_ad_token", literal, "literal-token-value");
        add("top-level api_key", "api_key: hunter2hunter2\n", "api_key", literal, "hunter2hunter2");
        add("top-level numeric password", "password: 12345678\n", "password", literal, "12345678");
        add("access_token in metadata", "metadata:\n  access_token: 'quoted value'\n",
            "metadata.access_token", literal, "quoted value");
        add("default of an input named like a secret",
            "inputs:\n  db_password:\n    type: string\n    default: swordfish\n",
            "inputs.db_password.default", literal, "swordfish");
        add("shorthand sample of an input named like a secret", "inputs:\n  api_key: fallback-key\n",
            "inputs.api_key", literal, "fallback-key");
        add("list of credentials", "credentials:\n  - first-one\n  - second-one\n", "credentials[0]", literal,
            "first-one");
        add("folded multi-line secret", "secret: >\n  first part\n  second part\n", "secret", literal,
            "first part second part");
        add("environment reference with a literal default",
            "model:\n  configuration:\n    api_key: ${env:OPENAI_API_KEY:sk-fallback}\n",
            "model.configuration.api_key", literal, "${env:OPENAI_API_KEY:sk-fallback}");
        add("OpenAI key as an input default",
            "inputs:\n  note:\n    type: string\n    default: sk-Ab3dEf6hIj9kLm2nOp5qRs8t\n",
            "inputs.note.default", "holds what looks like an OpenAI or Anthropic API key",
            "sk-Ab3dEf6hIj9kLm2nOp5qRs8t");
        add("Anthropic key in a sample", "sample:\n  note: sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8t\n",
            "sample.note", "holds what looks like an OpenAI or Anthropic API key",
            "sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8t");
        add("GitHub token in a list",
            "metadata:\n  deploy:\n    - ghp_abcdefghijklmnopqrstuvwxyz0123456789\n", "metadata.deploy[0]",
            "holds what looks like a GitHub token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        add("Slack token inside a literal block",
            "description: |\n  Posts to Slack\n  with xoxb-1234567890-abcdefABCDEF\n", "description",
            "holds what looks like a Slack token", "xoxb-1234567890-abcdefABCDEF");
        add("AWS key in a flow list", "tags: [ranking, AKIAIOSFODNN7EXAMPLE]\n", "tags[1]",
            "holds what looks like an AWS access key", "AKIAIOSFODNN7EXAMPLE");
        add("Google key", "metadata:\n  maps: AIzaSyA-1234567890abcdefghijklmnopqrstu\n", "metadata.maps",
            "holds what looks like a Google API key", "AIzaSyA-1234567890abcdefghijklmnopqrstu");
        add("JSON Web Token",
            "sample:\n  session: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl\n",
            "sample.session", "holds what looks like a JSON Web Token",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl");
        add("bearer token in a description", "description: \"call with Bearer 9f8e7d6c5b4a39281706\"\n",
            "description", "holds what looks like a bearer token", "Bearer 9f8e7d6c5b4a39281706");
        add("password in an endpoint URL",
            "model:\n  configuration:\n    azure_endpoint: "
            "https://admin:Pa55word@example.openai.azure.com/\n",
            "model.configuration.azure_endpoint", "holds what looks like a password in a URL",
            "https://admin:Pa55word@");
        add("private key", "metadata:\n  signing: \"-----BEGIN RSA PRIVATE KEY-----\\nMIIEow\"\n",
            "metadata.signing", "holds what looks like a private key", "-----BEGIN RSA PRIVATE KEY-----");
        add("Azure-style hex key under a key-ish name",
            "metadata:\n  primary_key: 0123456789abcdef0123456789ABCDEF\n", "metadata.primary_key",
            "holds what looks like a key", "0123456789abcdef0123456789ABCDEF");
        add("a key that is itself a key", "metadata: {AKIAIOSFODNN7EXAMPLE: owner}\n", "metadata",
            "looks like an AWS access key", "AKIAIOSFODNN7EXAMPLE");
        add("a top-level key that is a token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789: x\n", "",
            "looks like a GitHub token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789");
    }

    void refusesSecretsAnywhereInTheFrontMatter()
    {
        QFETCH(QString, frontMatter);
        QFETCH(QString, path);
        QFETCH(QString, finding);
        QFETCH(QString, secret);
        const QString source =
            QStringLiteral("---\nname: s\n") + frontMatter + QStringLiteral("---\nuser:\nhi\n");
        const QStringList lines = source.split(QLatin1Char('\n'));
        int line = 0;
        int column = 0;
        for (int i = 2; i < lines.size() && line == 0; ++i) {
            const qsizetype at = lines.at(i).indexOf(secret.section(QLatin1Char(' '), 0, 0));
            if (at >= 0) {
                line = i + 1;
                column = int(at) + 1;
            }
        }
        QVERIFY(line > 0);
        const QString at = QStringLiteral("at line %1, column %2").arg(line).arg(column);
        const QString where = path.isEmpty() ? QStringLiteral("The key ") + at
                              : finding.startsWith(QLatin1String("looks"))
                                  ? QStringLiteral("A key of '%1' %2").arg(path, at)
                                  : QStringLiteral("'%1' %2").arg(path, at);
        const QString mask =
            QStringLiteral("('%1…')").arg(secret.left(std::min<qsizetype>(4, secret.size() / 4)));
        const PromptDiagnostic diagnostic =
            expectFailure(source, where + QLatin1Char(' ') + finding + QLatin1Char(' ') + mask);
        QCOMPARE(diagnostic.code, QStringLiteral("secret"));
        QCOMPARE(diagnostic.line, line);
        QCOMPARE(diagnostic.column, column);
        QVERIFY2(diagnostic.message.contains(QStringLiteral("Tailor never stores secrets")),
                 qPrintable(diagnostic.message));
        // Not the secret, nor any 8 characters of it.
        for (qsizetype i = 0; i + 8 <= secret.size(); ++i)
            QVERIFY2(!diagnostic.message.contains(secret.mid(i, 8)), qPrintable(diagnostic.message));
    }

    void refusesSecretsBeforeAnyMessageCouldQuoteThem()
    {
        // An unknown type would be quoted in its message; the secret is found first and shown masked.
        const PromptDiagnostic diagnostic = expectFailure(
            text("---\nname: s\ninputs:\n  x: {type: sk-proj-Ab3dEf6hIj9kLm2nOp5q}\n---\nuser:\n{{x}}\n"),
            QStringLiteral(
                "'inputs.x.type' at line 4, column 13 holds what looks like an OpenAI or Anthropic API "
                "key ('sk-p…'); write ${env:VARIABLE} instead, because Tailor never stores secrets."));
        QCOMPARE(diagnostic.code, QStringLiteral("secret"));
    }

    void refusesSecretsInMessages()
    {
        const PromptDiagnostic diagnostic = expectFailure(
            text("---\nname: s\n---\nsystem:\nCall the API.\nuser:\nUse {% raw %} "
                 "ghp_abcdefghijklmnopqrstuvwxyz0123456789 "
                 "{% endraw %}\n"),
            QStringLiteral(
                "The text at line 7, column 15 holds what looks like a GitHub token ('ghp_…'); remove it, "
                "because Tailor never stores secrets."));
        QCOMPARE(diagnostic.code, QStringLiteral("secret"));
        QCOMPARE(diagnostic.line, 7);
        QCOMPARE(diagnostic.column, 15);

        Result<PromptyFile> harmless = PromptyFile::parse(text(
            "---\nname: ok\n---\nsystem:\nExplain sk-learn pipelines and Bearer authentication; send the key "
            "as ${env:API_KEY}.\n"));
        QVERIFY2(harmless.ok(), qPrintable(harmless.error().message));
    }

    void acceptsHarmlessNamesAndReferences_data()
    {
        QTest::addColumn<QString>("frontMatter");
        const auto add = [](const char *name, const char *frontMatter) {
            QTest::newRow(name) << QString::fromUtf8(frontMatter);
        };
        add("token counts and limits",
            "model:\n  parameters:\n    max_tokens: 256\n    max_completion_tokens: 512\nmetadata:\n  "
            "token_limit: "
            "100\n  tokens_per_minute: 90000\n  token_count: 3\n  max_token: 7\n  tokenizer: cl100k_base\n");
        add("environment references",
            "model:\n  configuration:\n    api_key: ${env:OPENAI_API_KEY}\n    "
            "azure_ad_token: ${AZURE_AD_TOKEN}\n    password: $PGPASSWORD\n    "
            "client_secret: ${env:CLIENT_SECRET:}\n    credentials: ${file:creds.json}\n");
        add("scheme before a reference",
            "model:\n  configuration:\n    headers:\n      Authorization: Bearer "
            "${env:TOKEN}\n      x-api-key: \"${env:API_KEY}\"\n");
        add("empty and null secrets", "api_key: \"\"\npassword:\nsecret: ~\ntoken: null\n");
        add("flags under secret names", "metadata:\n  use_token: true\n  require_authorization: false\n");
        add("names that only mention secrets",
            "metadata:\n  secret_name: my-keychain-entry\n  api_key_env: OPENAI_API_KEY\n  credential_type: "
            "managed_identity\n  password_hint: the usual\n  token_budget: 500\n  monkey: banana\n  "
            "keywords: "
            "[sk, ghp]\n");
        add("key-ish names with ordinary values",
            "metadata:\n  sort_key: created_at_timestamp_2024\n  cache_key: user-profile-v2\n  key: title\n  "
            "commit: 0123456789abcdef0123456789abcdef01234567\n");
        add("words that resemble prefixes",
            "description: \"Task-based sk-learn style ranking; Bearer tokens go in the Authorization header; "
            "Basic instructions follow; see https://example.com/a:b@c\"\n");
        add("inputs named like secrets without literal values",
            "inputs:\n  access_token:\n    type: string\n    description: The caller's token\n  password:\n  "
            "  type: "
            "string\n    default: ${env:DEFAULT_PASSWORD}\n");
        add("sample titles",
            "sample:\n  history:\n    - title: Harry Potter and the Chamber of Secrets (2002)\n      "
            "rating: 5\n");
    }

    void acceptsHarmlessNamesAndReferences()
    {
        QFETCH(QString, frontMatter);
        const QString source =
            QStringLiteral("---\nname: ok\n") + frontMatter + QStringLiteral("---\nuser:\nhi\n");
        Result<PromptyFile> file = PromptyFile::parse(source);
        QVERIFY2(file.ok(), qPrintable(file.error().message));
    }

    void shippedPromptsHoldNoSecrets()
    {
        const QDir dir(QStringLiteral(":/prompts")); // compiled into tailor_core
        const QStringList names = dir.entryList({QStringLiteral("*.prompty")}, QDir::Files);
        QVERIFY(names.size() >= 7);
        for (const QString &name : names) {
            Result<PromptyFile> file = PromptyFile::load(dir.filePath(name));
            QVERIFY2(file.ok(), qPrintable(file.error().message));
        }
    }

    void refusesOversizedTextQuickly()
    {
        const QByteArray huge(50 * 1024 * 1024, 'a');
        QElapsedTimer timer;
        timer.start();
        PromptDiagnostic diagnostic;
        Result<QString> canonical = PromptyFile::canonicalText(huge, &diagnostic);
        QVERIFY(timer.elapsed() < 100);
        QVERIFY(!canonical.ok());
        QCOMPARE(canonical.error().message,
                 QStringLiteral("The prompt is 50.0 MiB; Tailor refuses prompt texts over 1 MiB."));
        QCOMPARE(diagnostic.code, QStringLiteral("too-large"));

        const QString hugeText = QString::fromLatin1(huge);
        timer.restart();
        Result<PromptyFile> file = PromptyFile::parse(hugeText);
        QVERIFY(timer.elapsed() < 200);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().message,
                 QStringLiteral("The prompt is 50.0 MiB; Tailor refuses prompt texts over 1 MiB."));

        // The limit is on UTF-8 bytes: 400,000 CJK characters are 1.1 MiB.
        QString cjk = QStringLiteral("---\nname: big\n---\nuser:\n");
        cjk += QString(400000, QChar(0x4E2D));
        Result<PromptyFile> wide = PromptyFile::parse(cjk);
        QVERIFY(!wide.ok());
        QVERIFY2(wide.error().message.contains(QStringLiteral("1.1 MiB")), qPrintable(wide.error().message));
    }

    void parsesTextsNearTheLimitQuickly()
    {
        // Unclosed "{%" everywhere must not make the Jinja check quadratic.
        QString text = QStringLiteral("---\nname: near-limit\n---\nuser:\n");
        while (text.size() < 1000 * 1000)
            text += QStringLiteral("{% {{#x}}{{/x}} tokens and more tokens\n");
        QElapsedTimer timer;
        timer.start();
        Result<PromptyFile> file = PromptyFile::parse(text);
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(file->messages().size(), 1);
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString big = dir.filePath(QStringLiteral("big.prompty"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2 * 1024 * 1024, 'x'));
        file.close();
        Result<PromptyFile> loaded = PromptyFile::load(big);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().message,
                 big + QStringLiteral(": The prompt is 2.0 MiB; Tailor refuses prompt texts over 1 MiB."));

        const QString broken = dir.filePath(QStringLiteral("broken.prompty"));
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("---\nname: b\n---\nassistant:\n\xFE\n");
        brokenFile.close();
        loaded = PromptyFile::load(broken);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().message,
                 broken +
                     QStringLiteral(": The text is not valid UTF-8: byte 0xFE at line 5, column 1. Save the "
                                    "file as UTF-8."));

        loaded = PromptyFile::load(dir.filePath(QStringLiteral("absent.prompty")));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.startsWith(dir.filePath(QStringLiteral("absent.prompty")) +
                                                   QStringLiteral(": cannot read the file")),
                 qPrintable(loaded.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPromptyFile)
#include "tst_promptyfile.moc"
