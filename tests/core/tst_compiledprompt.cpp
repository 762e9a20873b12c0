#include "prompts/compiledprompt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tailor;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(TAILOR_TEST_DATA_DIR "/prompts/") + name;
}

CompiledPrompt compiled(const QString &text)
{
    PromptDiagnostic failure;
    Result<CompiledPrompt> prompt = CompiledPrompt::compile(text, &failure);
    if (!prompt.ok())
        qFatal("compile failed: %s", qPrintable(prompt.error().message));
    return std::move(prompt).value();
}

CompiledPrompt compiledFile(const QString &name)
{
    Result<PromptyFile> file = PromptyFile::load(dataPath(name));
    if (!file.ok())
        qFatal("load failed: %s", qPrintable(file.error().message));
    return compiled(file->text());
}

QStringList codes(const QList<PromptDiagnostic> &diagnostics)
{
    QStringList result;
    for (const PromptDiagnostic &diagnostic : diagnostics)
        result.append(diagnostic.code);
    return result;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestCompiledPrompt : public QObject
{
    Q_OBJECT

private slots:
    void shippedSamplesHaveNoDiagnostics()
    {
        for (const QString &name :
             {QStringLiteral("item-description-basic.prompty"), QStringLiteral("candidate-ranking.prompty"),
              QStringLiteral("pairwise-judge.prompty")}) {
            const CompiledPrompt prompt = compiledFile(name);
            QCOMPARE(prompt.templates().size(), prompt.file().messages().size());
            const QList<PromptDiagnostic> declarations = prompt.checkDeclarations();
            QVERIFY2(declarations.isEmpty(), qPrintable(declarations.value(0).toString(name)));
            const QList<PromptDiagnostic> inputs = prompt.checkInputs(prompt.file().sampleInputs());
            QVERIFY2(inputs.isEmpty(), qPrintable(inputs.value(0).toString(name)));
        }
    }

    void reportsUndeclaredVariablesWithFilePositions()
    {
        const CompiledPrompt prompt = compiled(QStringLiteral("---\n"
                                                              "name: undeclared\n"
                                                              "inputs:\n"
                                                              "  title: {type: string}\n"
                                                              "---\n"
                                                              "system:\n"
                                                              "Be brief.\n"
                                                              "\n"
                                                              "user:\n"
                                                              "Title: {{title}}\n"
                                                              "Genre: {{ genre }} and {{user.name}}\n"
                                                              "{{#related}}- {{title}}{{/related}}\n"));
        const QList<PromptDiagnostic> diagnostics = prompt.checkDeclarations();
        QCOMPARE(codes(diagnostics),
                 QStringList({QStringLiteral("undeclared-variable"), QStringLiteral("undeclared-variable"),
                              QStringLiteral("undeclared-variable")}));
        QCOMPARE(diagnostics.at(0).message,
                 QStringLiteral("variable 'genre' is used at line 11, column 8 but not declared in inputs"));
        QCOMPARE(diagnostics.at(0).line, 11);
        QCOMPARE(diagnostics.at(0).column, 8);
        QVERIFY(diagnostics.at(0).isError());
        QCOMPARE(diagnostics.at(1).message,
                 QStringLiteral("variable 'user' is used at line 11, column 24 but not declared in inputs"));
        QCOMPARE(
            diagnostics.at(2).message,
            QStringLiteral("variable 'related' is used at line 12, column 1 but not declared in inputs"));
        QCOMPARE(
            diagnostics.at(2).toString(QStringLiteral("p.prompty")),
            QStringLiteral("p.prompty:12:1: error: variable 'related' is used at line 12, column 1 but not "
                           "declared in inputs"));
    }

    void doesNotFlagSectionFields()
    {
        const CompiledPrompt prompt = compiledFile(QStringLiteral("candidate-ranking.prompty"));
        // title, rating and id are fields of the history and candidates items.
        QVERIFY(prompt.checkDeclarations().isEmpty());

        const CompiledPrompt nested =
            compiled(QStringLiteral("---\n"
                                    "name: nested\n"
                                    "inputs:\n"
                                    "  users: {type: array}\n"
                                    "  verbose: {type: boolean, default: false}\n"
                                    "---\n"
                                    "user:\n"
                                    "{{#users}}{{name}}: {{#tags}}{{label}}{{/tags}}{{/users}}\n"
                                    "{{#verbose}}{{details}}{{/verbose}}\n"
                                    "{{^users}}{{fallback}}{{/users}}\n"));
        // Inside a boolean section nothing can be a field; inverted sections push no context.
        const QList<PromptDiagnostic> diagnostics = nested.checkDeclarations();
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(
            diagnostics.at(0).message,
            QStringLiteral("variable 'details' is used at line 9, column 13 but not declared in inputs"));
        QCOMPARE(
            diagnostics.at(1).message,
            QStringLiteral("variable 'fallback' is used at line 10, column 11 but not declared in inputs"));
    }

    void warnsAboutUnusedDeclarations()
    {
        const CompiledPrompt prompt = compiled(QStringLiteral("---\n"
                                                              "name: unused\n"
                                                              "inputs:\n"
                                                              "  used: {type: string}\n"
                                                              "  forgotten: {type: string, default: x}\n"
                                                              "---\n"
                                                              "user:\n"
                                                              "{{used}}\n"));
        const QList<PromptDiagnostic> diagnostics = prompt.checkDeclarations();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.at(0).code, QStringLiteral("unused-declaration"));
        QCOMPARE(diagnostics.at(0).severity, PromptDiagnostic::Severity::Warning);
        QCOMPARE(diagnostics.at(0).message,
                 QStringLiteral("input 'forgotten' is declared at line 5 but never used"));
        QCOMPARE(diagnostics.at(0).line, 5);
        QVERIFY(!PromptDiagnostic::hasErrors(diagnostics));
    }

    void followsPartialsWhenResolved()
    {
        const CompiledPrompt prompt = compiled(QStringLiteral("---\n"
                                                              "name: with-partial\n"
                                                              "inputs:\n"
                                                              "  items: {type: array}\n"
                                                              "  tone: {type: string}\n"
                                                              "---\n"
                                                              "system:\n"
                                                              "{{> house-style}}\n"
                                                              "user:\n"
                                                              "{{#items}}{{> item}}{{/items}}\n"));
        QCOMPARE(prompt.partialNames(), QStringList({QStringLiteral("house-style"), QStringLiteral("item")}));
        // Unresolved partials might use 'tone': no unused warning, no error.
        QVERIFY(prompt.checkDeclarations().isEmpty());

        Result<MustacheTemplate> style =
            MustacheTemplate::parse(QStringLiteral("Write in a {{tone}} tone. {{signature}}"));
        Result<MustacheTemplate> item = MustacheTemplate::parse(QStringLiteral("- {{title}}\n"));
        QVERIFY(style.ok() && item.ok());
        const CompiledPrompt::PartialResolver resolver =
            [&](const QString &name) -> const MustacheTemplate * {
            if (name == QLatin1String("house-style"))
                return &style.value();
            if (name == QLatin1String("item"))
                return &item.value();
            return nullptr;
        };
        const QList<PromptDiagnostic> diagnostics = prompt.checkDeclarations(resolver);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.at(0).message,
                 QStringLiteral(
                     "variable 'signature' is used by partial 'house-style' (included at line 8, column 1) "
                     "but not declared in inputs"));

        Result<QList<ChatMessage>> refused =
            prompt.render(json(R"({"items": [{"title": "Heat"}], "tone": "warm"})"), resolver);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("'signature'")),
                 qPrintable(refused.error().message));
    }

    void flagsPartialNamesInsideScalarSectionsOnly()
    {
        const CompiledPrompt prompt =
            compiled(QStringLiteral("---\n"
                                    "name: scoped\n"
                                    "inputs:\n"
                                    "  verbose: {type: boolean}\n"
                                    "  items: {type: array}\n"
                                    "---\n"
                                    "user:\n"
                                    "{{#verbose}}{{> details}}{{/verbose}}\n"
                                    "{{#items}}{{#verbose}}{{> row}}{{/verbose}}{{/items}}\n"));
        Result<MustacheTemplate> details = MustacheTemplate::parse(QStringLiteral("{{extra}}"));
        Result<MustacheTemplate> row = MustacheTemplate::parse(QStringLiteral("{{#more}}{{title}}{{/more}}"));
        QVERIFY(details.ok() && row.ok());
        const CompiledPrompt::PartialResolver resolver =
            [&](const QString &name) -> const MustacheTemplate * {
            return name == QLatin1String("details") ? &details.value()
                   : name == QLatin1String("row")   ? &row.value()
                                                    : nullptr;
        };
        // A boolean pushes no fields, so 'extra' must be declared; inside items, 'more' may be an item's
        // field.
        const QList<PromptDiagnostic> diagnostics = prompt.checkDeclarations(resolver);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(
            diagnostics.at(0).message,
            QStringLiteral("variable 'extra' is used by partial 'details' (included at line 8, column 13) "
                           "but not declared in inputs"));
    }

    void refusesTwentyThousandNestedSectionsWithFilePosition()
    {
        // The 240 KB file that once took 33 s and 9.5 GB to check is refused at its 101st section.
        const QString text = QStringLiteral("---\nname: deep\ninputs:\n  s: {type: boolean}\n  v: {type: "
                                            "string}\n---\nsystem:\nBe brief.\nuser:\n") +
                             QString(QStringLiteral("{{#s}}")).repeated(20000) + QStringLiteral("{{v}}") +
                             QString(QStringLiteral("{{/s}}")).repeated(20000) + QLatin1Char('\n');
        QVERIFY(text.size() > 240000);
        PromptDiagnostic failure;
        Result<CompiledPrompt> prompt = CompiledPrompt::compile(text, &failure);
        QVERIFY(!prompt.ok());
        QCOMPARE(prompt.error().message,
                 QStringLiteral("Mustache error in the user message: '{{#s}}' at line 10, column 601 opens a "
                                "section inside 100 others; Tailor allows at most 100 levels of nested "
                                "sections."));
        QCOMPARE(failure.code, QStringLiteral("syntax"));
        QCOMPARE(failure.line, 10);
        QCOMPARE(failure.column, 601);
    }

    void validatesWideShallowTemplatesOfSimilarSize()
    {
        // 100 levels deep around 6,000 variables, then 6,000 sibling sections: about 240 KB, all valid.
        QString text = QStringLiteral("---\nname: wide\ninputs:\n  groups: {type: array, sample: [1]}\n");
        for (int i = 0; i < 20; ++i)
            text += QStringLiteral("  v%1: {type: string, sample: x}\n").arg(i);
        text += QStringLiteral("---\nuser:\n");
        for (int level = 0; level < 100; ++level)
            text += QStringLiteral("{{#groups}}");
        for (int i = 0; i < 6000; ++i)
            text += QStringLiteral("{{v%1}} {{field%2}}\n").arg(i % 20).arg(i % 50);
        for (int level = 0; level < 100; ++level)
            text += QStringLiteral("{{/groups}}");
        for (int i = 0; i < 6000; ++i)
            text += QStringLiteral("{{#v%1}}<{{.}}>{{/v%1}}\n").arg(i % 20);
        QVERIFY(text.size() > 200000);
        Result<CompiledPrompt> prompt = CompiledPrompt::compile(text);
        QVERIFY2(prompt.ok(), qPrintable(prompt.error().message));
        QCOMPARE(prompt->templates().first().references().size(), 100 + 12000 + 6000 + 6000);
        const QList<PromptDiagnostic> declarations = prompt->checkDeclarations();
        QVERIFY2(declarations.isEmpty(), qPrintable(declarations.value(0).toString()));
        const QJsonObject samples = prompt->file().sampleInputs();
        QVERIFY(prompt->checkInputs(samples).isEmpty());
        Result<QList<ChatMessage>> messages = prompt->render(samples);
        QVERIFY2(messages.ok(), qPrintable(messages.error().message));
        // One group: each level renders its body once.
        const QString content = messages->first().content;
        QVERIFY(content.startsWith(QStringLiteral("x \nx \n")));
        QVERIFY(content.endsWith(QStringLiteral("<x>\n<x>")));
        QCOMPARE(content.count(QLatin1Char('\n')), 6000 + 6000 - 1);
    }

    void refusesRendersThatWouldExhaustMemory()
    {
        const CompiledPrompt prompt = compiled(
            QStringLiteral("---\nname: blowup\ninputs:\n  l: {type: array}\n  x: {type: string}\n---\n"
                           "user:\n{{#l}}{{#l}}{{#l}}{{#l}}{{x}}{{/l}}{{/l}}{{/l}}{{/l}}\n"));
        QJsonArray list;
        for (int i = 0; i < 100; ++i)
            list.append(i);
        Result<QList<ChatMessage>> messages = prompt.render(
            {{QStringLiteral("l"), list}, {QStringLiteral("x"), QString(1000, QLatin1Char('x'))}});
        QVERIFY(!messages.ok());
        QCOMPARE(messages.error().kind, Error::Kind::BadInput);
        QCOMPARE(
            messages.error().message,
            QStringLiteral("The user message of the prompt 'blowup' cannot be rendered: The rendered text "
                           "would be longer than 16777216 characters; rendering stopped."));
    }

    void reportsMissingMistypedAndUnusedInputs()
    {
        const CompiledPrompt prompt = compiledFile(QStringLiteral("candidate-ranking.prompty"));
        const QList<PromptDiagnostic> diagnostics =
            prompt.checkInputs(json(R"({"history": "Alien, Heat", "k": 3.5, "mood": "happy"})"));
        QCOMPARE(codes(diagnostics),
                 QStringList({QStringLiteral("type-mismatch"), QStringLiteral("missing-input"),
                              QStringLiteral("type-mismatch"), QStringLiteral("unused-input")}));
        QCOMPARE(diagnostics.at(0).message, QStringLiteral("input 'history' should be array but is string"));
        QCOMPARE(diagnostics.at(0).line, 26);
        QCOMPARE(diagnostics.at(1).message, QStringLiteral("input 'candidates' is required but missing"));
        QCOMPARE(diagnostics.at(1).toString(),
                 QStringLiteral("29: error: input 'candidates' is required but missing"));
        QCOMPARE(diagnostics.at(2).message, QStringLiteral("input 'k' should be integer but is number"));
        QCOMPARE(diagnostics.at(3).message,
                 QStringLiteral("input 'mood' is provided but not used (the prompt does not declare it)"));
        QCOMPARE(diagnostics.at(3).severity, PromptDiagnostic::Severity::Warning);
        QCOMPARE(diagnostics.at(3).line, 0);
        QCOMPARE(diagnostics.at(3).toString(),
                 QStringLiteral(
                     "warning: input 'mood' is provided but not used (the prompt does not declare it)"));
    }

    void checksEveryDeclaredType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("integer 3") << "integer"
                                   << "3" << true;
        QTest::newRow("integer 3.0") << "integer"
                                     << "3.0" << true;
        QTest::newRow("integer 3.5") << "integer"
                                     << "3.5" << false;
        QTest::newRow("integer text") << "integer"
                                      << "\"3\"" << false;
        QTest::newRow("number 3.5") << "number"
                                    << "3.5" << true;
        QTest::newRow("number 3") << "number"
                                  << "3" << true;
        QTest::newRow("string") << "string"
                                << "\"x\"" << true;
        QTest::newRow("string number") << "string"
                                       << "1" << false;
        QTest::newRow("boolean") << "boolean"
                                 << "false" << true;
        QTest::newRow("boolean text") << "boolean"
                                      << "\"false\"" << false;
        QTest::newRow("array") << "array"
                               << "[]" << true;
        QTest::newRow("array object") << "array"
                                      << "{}" << false;
        QTest::newRow("object") << "object"
                                << "{\"a\": 1}" << true;
        // Null is a value of every type unless the input is declared `required: true`.
        QTest::newRow("object null") << "object"
                                     << "null" << true;
        QTest::newRow("integer null") << "integer"
                                      << "null" << true;
    }

    void checksEveryDeclaredType()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const CompiledPrompt prompt =
            compiled(QStringLiteral("---\nname: t\ninputs:\n  v: {type: %1}\n---\nuser:\n{{v}}\n").arg(type));
        const QJsonObject inputs =
            QJsonDocument::fromJson(QStringLiteral("{\"v\": %1}").arg(value).toUtf8()).object();
        QVERIFY(inputs.contains(QStringLiteral("v")));
        const QList<PromptDiagnostic> diagnostics = prompt.checkInputs(inputs);
        QCOMPARE(diagnostics.isEmpty(), accepted);
        if (!accepted)
            QCOMPARE(diagnostics.first().code, QStringLiteral("type-mismatch"));
    }

    void acceptsNullUnlessDeclaredRequired()
    {
        const CompiledPrompt prompt = compiled(QStringLiteral("---\n"
                                                              "name: n\n"
                                                              "inputs:\n"
                                                              "  a: {type: string, default: x}\n"
                                                              "  b: {type: string}\n"
                                                              "  c: {type: integer, required: false}\n"
                                                              "  d: {type: string, required: true}\n"
                                                              "  e: {required: true}\n"
                                                              "---\n"
                                                              "user:\n"
                                                              "{{a}}{{b}}{{c}}{{d}}{{e}}\n"));
        QList<PromptDiagnostic> diagnostics =
            prompt.checkInputs(json(R"({"a": null, "b": null, "c": null, "d": null, "e": null})"));
        QCOMPARE(codes(diagnostics),
                 (QStringList{QStringLiteral("type-mismatch"), QStringLiteral("type-mismatch")}));
        QCOMPARE(diagnostics.at(0).message,
                 QStringLiteral("input 'd' should be string but is null, and it is declared required"));
        QCOMPARE(diagnostics.at(0).line, 7);
        QCOMPARE(diagnostics.at(1).message, QStringLiteral("input 'e' is null but declared required"));

        // A wrong type that is not null stays an error; leaving out an input without default stays one too.
        diagnostics = prompt.checkInputs(json(R"({"b": 3, "c": "3", "d": "x", "e": 1})"));
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(diagnostics.at(0).message, QStringLiteral("input 'b' should be string but is integer"));
        QCOMPARE(diagnostics.at(1).message, QStringLiteral("input 'c' should be integer but is string"));
        diagnostics = prompt.checkInputs(json(R"({"d": "x", "e": 1})"));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.at(0).message, QStringLiteral("input 'b' is required but missing"));
    }

    void rendersNullsAsNothingAndFalse()
    {
        const CompiledPrompt prompt = compiled(
            QStringLiteral("---\n"
                           "name: nulls\n"
                           "inputs:\n"
                           "  nickname: {type: string}\n"
                           "  age: {type: integer}\n"
                           "  history: {type: array}\n"
                           "  user: {type: object}\n"
                           "---\n"
                           "user:\n"
                           "Hi {{nickname}}{{^nickname}}there{{/nickname}}, age [{{age}}].\n"
                           "{{#history}}\n"
                           "- {{title}}: {{#rating}}{{rating}}/5{{/rating}}{{^rating}}not rated{{/rating}}\n"
                           "{{/history}}\n"
                           "City: [{{user.address.city}}]{{#user.address}} known{{/user.address}}\n"));
        Result<QList<ChatMessage>> messages = prompt.render(json(R"({
            "nickname": null, "age": null, "user": {"address": null},
            "history": [{"title": "Heat", "rating": 4}, {"title": "Up", "rating": null}, null]
        })"));
        QVERIFY2(messages.ok(), qPrintable(messages.error().message));
        QCOMPARE(messages->size(), 1);
        QCOMPARE(messages->at(0).content, QStringLiteral("Hi there, age [].\n"
                                                         "- Heat: 4/5\n"
                                                         "- Up: not rated\n"
                                                         "- : not rated\n"
                                                         "City: []"));

        messages = prompt.render(json(R"({"nickname": null, "age": null, "history": null, "user": null})"));
        QVERIFY2(messages.ok(), qPrintable(messages.error().message));
        QCOMPARE(messages->at(0).content, QStringLiteral("Hi there, age [].\nCity: []"));
    }

    void mapsMustacheErrorsToFileLines()
    {
        PromptDiagnostic failure;
        Result<CompiledPrompt> prompt = CompiledPrompt::compile(QStringLiteral("---\n"
                                                                               "name: broken\n"
                                                                               "inputs:\n"
                                                                               "  items: {type: array}\n"
                                                                               "---\n"
                                                                               "system:\n"
                                                                               "Fine.\n"
                                                                               "user:\n"
                                                                               "\n"
                                                                               "List:\n"
                                                                               "  {{#items}}\n"
                                                                               "- {{name}\n"),
                                                                &failure);
        QVERIFY(!prompt.ok());
        QCOMPARE(failure.code, QStringLiteral("syntax"));
        QCOMPARE(failure.line, 12);
        QCOMPARE(failure.column, 3);
        QVERIFY2(prompt.error().message.startsWith(QStringLiteral("Mustache error in the user message: ")),
                 qPrintable(prompt.error().message));
        QVERIFY2(prompt.error().message.contains(QStringLiteral("line 12, column 3")),
                 qPrintable(prompt.error().message));
        QCOMPARE(failure.message, prompt.error().message);

        Result<CompiledPrompt> unclosed = CompiledPrompt::compile(
            QStringLiteral("---\nname: u\n---\nuser:\nhi\n\n\n   {{#items}}\n{{x}}\n"), &failure);
        QVERIFY(!unclosed.ok());
        QCOMPARE(failure.line, 8);
        QCOMPARE(failure.column, 4);
        QVERIFY2(unclosed.error().message.contains(QStringLiteral("line 8, column 4")),
                 qPrintable(unclosed.error().message));
        QVERIFY2(unclosed.error().message.contains(QStringLiteral("never closed")),
                 qPrintable(unclosed.error().message));
    }

    void passesPromptyErrorsThrough()
    {
        PromptDiagnostic failure;
        Result<CompiledPrompt> prompt =
            CompiledPrompt::compile(QStringLiteral("---\nname: r\n---\ndeveloper:\nhi\n"), &failure);
        QVERIFY(!prompt.ok());
        QCOMPARE(prompt.error().message,
                 QStringLiteral(
                     "Unknown role 'developer' at line 4 (Tailor supports system, user and assistant)."));
        QCOMPARE(failure.code, QStringLiteral("unknown-role"));
    }

    void rendersMessagesWithDefaults()
    {
        const CompiledPrompt prompt = compiledFile(QStringLiteral("candidate-ranking.prompty"));
        Result<QList<ChatMessage>> messages = prompt.render(json(R"({
            "history": [{"title": "Alien", "rating": 5}, {"title": "Heat", "rating": 4}],
            "candidates": [{"id": 17, "title": "Blade Runner"}, {"id": 23, "title": "Notting Hill & <Co>"}]
        })"));
        QVERIFY2(messages.ok(), qPrintable(messages.error().message));
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->at(0),
                 (ChatMessage{
                     QStringLiteral("system"),
                     QStringLiteral("You are a movie recommender. Only rank the given candidates; never add "
                                    "others.")}));
        QCOMPARE(messages->at(1).role, QStringLiteral("user"));
        QCOMPARE(messages->at(1).content,
                 QStringLiteral(
                     "the user watched, oldest first:\n"
                     "- Alien (rated 5/5)\n"
                     "- Heat (rated 4/5)\n"
                     "\n"
                     "Candidates:\n"
                     "17. Blade Runner\n"
                     "23. Notting Hill & <Co>\n"
                     "\n"
                     "Return the 10 best candidates as JSON: {\"ranked\": [candidate ids, best first]}."));

        const QJsonArray array = ChatMessage::toJson(messages.value());
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    }

    void dropsMessagesThatRenderBlank()
    {
        const CompiledPrompt prompt = compiled(QStringLiteral("---\n"
                                                              "name: prefill\n"
                                                              "inputs:\n"
                                                              "  question: {type: string}\n"
                                                              "  prefill: {type: string, default: \"\"}\n"
                                                              "---\n"
                                                              "user:\n"
                                                              "{{question}}\n"
                                                              "assistant:\n"
                                                              "{{#prefill}}\n"
                                                              "{{prefill}}\n"
                                                              "{{/prefill}}\n"));
        Result<QList<ChatMessage>> messages = prompt.render(json(R"({"question": "Why?"})"));
        QVERIFY2(messages.ok(), qPrintable(messages.error().message));
        // "" is truthy in Mustache, but the rendered assistant message is blank, so it is left out.
        QCOMPARE(messages->size(), 1);
        QCOMPARE(messages->at(0).content, QStringLiteral("Why?"));

        messages = prompt.render(json(R"({"question": "Why?", "prefill": "Because"})"));
        QVERIFY(messages.ok());
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->at(1), (ChatMessage{QStringLiteral("assistant"), QStringLiteral("Because")}));
    }

    void refusesToRenderWithErrors()
    {
        const CompiledPrompt prompt = compiledFile(QStringLiteral("candidate-ranking.prompty"));
        Result<QList<ChatMessage>> messages = prompt.render(json(R"({"history": [], "k": "ten"})"));
        QVERIFY(!messages.ok());
        QCOMPARE(messages.error().kind, Error::Kind::BadInput);
        QCOMPARE(messages.error().message,
                 QStringLiteral("The prompt 'candidate-ranking' cannot be rendered:\n"
                                "29: error: input 'candidates' is required but missing\n"
                                "32: error: input 'k' should be integer but is string"));

        const CompiledPrompt undeclared =
            compiled(QStringLiteral("---\nname: u\n---\nuser:\nHello {{name}}\n"));
        messages = undeclared.render(json(R"({"name": "Ada"})"));
        QVERIFY(!messages.ok());
        QCOMPARE(messages.error().message,
                 QStringLiteral(
                     "The prompt 'u' cannot be rendered:\n5:7: error: variable 'name' is used at line 5, "
                     "column 7 but not declared in inputs"));
    }

    void estimatesTokens()
    {
        QCOMPARE(ChatMessage::estimateTokens({}), 0);
        // 16 Latin characters → 4 tokens, + 4 for the message.
        QCOMPARE(ChatMessage::estimateTokens({{QStringLiteral("user"), QStringLiteral("abcdefghijklmnop")}}),
                 8);
        // 4 CJK characters → 4 tokens, 1 Latin character → 1 token, + 4.
        QCOMPARE(ChatMessage::estimateTokens({{QStringLiteral("user"), QString::fromUtf8("推荐电影a")}}), 9);
        QCOMPARE(ChatMessage::estimateTokens({{QStringLiteral("system"), QString()},
                                              {QStringLiteral("user"), QStringLiteral("hello")}}),
                 4 + 4 + 2);
    }
};

QTEST_GUILESS_MAIN(TestCompiledPrompt)
#include "tst_compiledprompt.moc"
