#include "prompts/compiledprompt.h"
#include "prompts/mustachevalue.h"
#include "prompts/promptdiff.h"
#include "prompts/promptyfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace tailor;

// Mutates the shipped prompts thousands of times — flipped bytes, cut text, stray and unbalanced tags,
// duplicated lines, invalid UTF-8, runs of deeply nested sections and YAML collections — and runs every
// parser, check, render and diff on the result. Each step must either succeed or fail with a message; a
// crash, a hang or an error without text fails the test.
class TestPromptMutations : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_seeds;

    static QByteArray mutate(QByteArray text, QRandomGenerator &random)
    {
        static const QList<QByteArray> fragments = {
            "{{",        "}}",       "{{#a}}",    "{{/a}}",    "{{^b}}",   "{{> x}}",
            "{{=| |=}}", "---",      "\nuser:\n", "\ntool:\n", "{% if %}", "\xff\xfe",
            "\xc3",      ":\n  - [", "{{{",       "\r\n",      "{{!",      "&"};
        const int steps = 1 + int(random.bounded(4));
        for (int step = 0; step < steps && !text.isEmpty(); ++step) {
            const qsizetype at = random.bounded(text.size());
            switch (random.bounded(7)) {
            case 0:
                text[at] = char(random.bounded(256));
                break;
            case 1:
                text.truncate(at);
                break;
            case 2:
                text.insert(at, fragments.at(random.bounded(fragments.size())));
                break;
            case 3:
                text.remove(at, random.bounded(qMin<qsizetype>(40, text.size() - at) + 1));
                break;
            case 4: {
                const qsizetype end = text.indexOf('\n', at);
                const QByteArray line = text.mid(at, end < 0 ? -1 : end - at + 1);
                text.insert(at, line);
                break;
            }
            case 5:
                text.replace("{{", "{{#");
                break;
            default:
                text.insert(at, deepNesting(random));
                break;
            }
        }
        return text;
    }

    // Up to 400 levels of sections (closed or not) or of YAML flow collections.
    static QByteArray deepNesting(QRandomGenerator &random)
    {
        const int depth = 1 + int(random.bounded(400));
        switch (random.bounded(3)) {
        case 0:
            return QByteArray("{{#a}}").repeated(depth) + "x" + QByteArray("{{/a}}").repeated(depth);
        case 1:
            return QByteArray("{{^b}}{{#a}}").repeated(depth / 2 + 1);
        default:
            return QByteArray("[").repeated(depth) + QByteArray("]").repeated(depth);
        }
    }

private slots:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(":/prompts"));
        for (const QString &name : dir.entryList({QStringLiteral("*.prompty")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_seeds << file.readAll();
        }
        QVERIFY(m_seeds.size() >= 7);
    }

    void mutatedPromptsNeverCrash()
    {
        QRandomGenerator random(20261122);
        int accepted = 0;
        int rejected = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20000; ++i) {
            const QByteArray &seed = m_seeds.at(i % m_seeds.size());
            const QByteArray bytes = mutate(seed, random);
            PromptDiagnostic failure;
            auto canonical = PromptyFile::canonicalText(bytes, &failure);
            if (!canonical) {
                QVERIFY(!canonical.error().message.isEmpty());
                ++rejected;
                continue;
            }
            auto compiled = CompiledPrompt::compile(canonical.value(), &failure);
            if (!compiled) {
                QVERIFY2(!compiled.error().message.isEmpty(), bytes.constData());
                QVERIFY2(failure.line >= 0, bytes.constData());
                ++rejected;
                continue;
            }
            ++accepted;
            compiled->checkDeclarations();
            const QJsonObject samples = compiled->file().sampleInputs();
            compiled->checkInputs(samples);
            auto messages = compiled->render(samples);
            if (!messages)
                QVERIFY(!messages.error().message.isEmpty());
            auto diff = PromptDiff::compute(QString::fromUtf8(seed), canonical.value());
            if (diff)
                diff->toUnifiedText();
        }
        qInfo("accepted %d, rejected %d mutations in %lld ms", accepted, rejected, timer.elapsed());
        QVERIFY(accepted > 100);
        QVERIFY(rejected > 100);
    }

    void deepNestingIsRefusedAtItsPosition_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::addColumn<bool>("closed");
        for (int depth : {1, 99, 100, 101, 150, 1000, 20000}) {
            for (bool closed : {true, false}) {
                const QByteArray suffix = QByteArray::number(depth) + (closed ? " closed" : " unclosed");
                QTest::newRow(QByteArray("sections " + suffix).constData())
                    << depth << QStringLiteral("{{#a}}") << QStringLiteral("{{/a}}") << closed;
                QTest::newRow(QByteArray("inverted " + suffix).constData())
                    << depth << QStringLiteral("{{^a}}") << QStringLiteral("{{/a}}") << closed;
                QTest::newRow(QByteArray("standalone lines " + suffix).constData())
                    << depth << QStringLiteral("  {{#a}}\n") << QStringLiteral("  {{/a}}\n") << closed;
            }
        }
    }

    void deepNestingIsRefusedAtItsPosition()
    {
        QFETCH(int, depth);
        QFETCH(QString, open);
        QFETCH(QString, close);
        QFETCH(bool, closed);
        QString text = QStringLiteral("---\nname: deep\ninputs:\n  a: {type: array, sample: [{b: 1}]}\n  v: "
                                      "{type: string, sample: x}\n---\nsystem:\nBe brief.\nuser:\n");
        const int firstLine = int(text.count(QLatin1Char('\n'))) + 1;
        text += open.repeated(depth) + QStringLiteral("{{v}}\n");
        if (closed)
            text += close.repeated(depth);
        PromptDiagnostic failure;
        auto compiled = CompiledPrompt::compile(text, &failure);
        if (depth <= 100 && closed) {
            QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
            auto messages = compiled->render(compiled->file().sampleInputs());
            QVERIFY2(messages.ok(), qPrintable(messages.error().message));
            QVERIFY(messages->last().content.contains(QLatin1Char('x')) || open.contains(QLatin1Char('^')));
            return;
        }
        QVERIFY(!compiled.ok());
        if (depth <= 100) {
            QVERIFY2(compiled.error().message.contains(QStringLiteral("is never closed")),
                     qPrintable(compiled.error().message));
            return;
        }
        // The 101st opening tag is at fault: on the first body line, or on line 101 of it when each is
        // standalone.
        const bool standalone = open.endsWith(QLatin1Char('\n'));
        const int line = standalone ? firstLine + 100 : firstLine;
        const int column = standalone ? 3 : 100 * int(open.size()) + 1;
        QCOMPARE(failure.line, line);
        QCOMPARE(failure.column, column);
        QCOMPARE(
            compiled.error().message,
            QStringLiteral("Mustache error in the user message: '%1' at line %2, column %3 opens a section "
                           "inside 100 others; Tailor allows at most 100 levels of nested sections.")
                .arg(open.trimmed())
                .arg(line)
                .arg(column));
    }

    void deepFrontMatterIsRefusedWithItsPosition()
    {
        for (int depth : {70, 1000, 100000}) {
            const QString text = QStringLiteral("---\nname: y\nmetadata: ") +
                                 QString(depth, QLatin1Char('[')) + QString(depth, QLatin1Char(']')) +
                                 QStringLiteral("\n---\nuser:\nhi\n");
            PromptDiagnostic failure;
            auto file = PromptyFile::parse(text, &failure);
            QVERIFY(!file.ok());
            QVERIFY2(file.error().message.startsWith(
                         QStringLiteral("The front matter nests deeper than 64 levels at "
                                        "line 3")),
                     qPrintable(file.error().message));
            QCOMPARE(failure.line, 3);
            QVERIFY(failure.column > 64);
        }
    }

    void hostileTemplatesStayBounded()
    {
        // Deep nesting, long lines and huge section lists must stay fast.
        QString deep = QStringLiteral("---\nname: deep\ntemplate: mustache\n---\nsystem:\n");
        for (int i = 0; i < 2000; ++i)
            deep += QStringLiteral("{{#a}}");
        auto tooDeep = CompiledPrompt::compile(deep);
        QVERIFY(!tooDeep.ok());
        QVERIFY2(tooDeep.error().message.contains(QStringLiteral("opens a section inside 100 others")),
                 qPrintable(tooDeep.error().message));
        QString shallower = QStringLiteral("---\nname: deep\ntemplate: mustache\n---\nsystem:\n");
        for (int i = 0; i < 50; ++i)
            shallower += QStringLiteral("{{#a}}");
        auto unclosed = CompiledPrompt::compile(shallower);
        QVERIFY(!unclosed.ok());
        QVERIFY(unclosed.error().message.contains(QStringLiteral("never closed")));

        QString longLine =
            QStringLiteral("---\nname: long\ninputs:\n  x:\n    type: string\ntemplate: mustache\n---\n"
                           "system:\n");
        longLine += QString(500000, QLatin1Char('y')) + QStringLiteral("{{x}}\n");
        QElapsedTimer timer;
        timer.start();
        auto compiled = CompiledPrompt::compile(longLine);
        QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
        auto rendered = compiled->render({{QStringLiteral("x"), QStringLiteral("z")}});
        QVERIFY(rendered.ok());
        QCOMPARE(rendered->first().content.size(), 500001);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestPromptMutations)
#include "tst_promptmutations.moc"
