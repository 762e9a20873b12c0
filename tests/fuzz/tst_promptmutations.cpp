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
// duplicated lines, invalid UTF-8 — and runs every parser, check, render and diff on the result. Each
// step must either succeed or fail with a message; a crash, a hang or an error without text fails the test.
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
            switch (random.bounded(6)) {
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
            default:
                text.replace("{{", "{{#");
                break;
            }
        }
        return text;
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

    void hostileTemplatesStayBounded()
    {
        // Deep nesting, long lines and huge section lists must stay fast.
        QString deep = QStringLiteral("---\nname: deep\ntemplate: mustache\n---\nsystem:\n");
        for (int i = 0; i < 2000; ++i)
            deep += QStringLiteral("{{#a}}");
        auto unclosed = CompiledPrompt::compile(deep);
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
