#include "prompts/promptdiff.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace tailor;

namespace {

QString readData(const QString &name)
{
    QFile file(QStringLiteral(TAILOR_TEST_DATA_DIR "/prompts/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

QString replaced(QString text, const QString &before, const QString &after)
{
    if (!text.contains(before))
        qFatal("'%s' is not in the text", qPrintable(before));
    return text.replace(before, after);
}

// The basic item-description prompt, edited the way a product manager would.
QString editedBasic()
{
    QString text = readData(QStringLiteral("item-description-basic.prompty"));
    text = replaced(text, QStringLiteral("tags: [llm-rec, item-description]"),
                    QStringLiteral("tags: [llm-rec, item-description, v2]"));
    text = replaced(text, QStringLiteral("    temperature: 0.2\n    max_tokens: 256\n"),
                    QStringLiteral("    temperature: 0.7\n    seed: 7\n"));
    text = replaced(text, QStringLiteral("    description: The catalog description to paraphrase\n"),
                    QStringLiteral("    description: The catalog text to paraphrase\n"));
    text =
        replaced(text, QStringLiteral("template: mustache\n"),
                 QStringLiteral("  item_year:\n    type: integer\n    sample: 2014\ntemplate: mustache\n"));
    text = replaced(text, QStringLiteral("You write short, accurate item descriptions"),
                    QStringLiteral("You write vivid, accurate item descriptions"));
    text = replaced(text, QStringLiteral("Paraphrase it."),
                    QStringLiteral("It came out in {{item_year}}.\nParaphrase it."));
    return text;
}

PromptDiff diffOf(const QString &before, const QString &after)
{
    Result<PromptDiff> diff = PromptDiff::compute(before, after);
    if (!diff.ok())
        qFatal("diff failed: %s", qPrintable(diff.error().message));
    return std::move(diff).value();
}

QStringList summaries(const PromptDiff &diff)
{
    QStringList result;
    for (const PromptDiff::Change &change : diff.changes())
        result.append(change.summary());
    return result;
}

} // namespace

class TestPromptDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalTextsHaveNoDifferences()
    {
        const QString text = readData(QStringLiteral("candidate-ranking.prompty"));
        const PromptDiff diff = diffOf(text, text);
        QVERIFY(diff.isEmpty());
        QVERIFY(!diff.bodyChanged());
        QVERIFY(diff.hunks().isEmpty());
        QVERIFY(!diff.lines().isEmpty());
        QCOMPARE(diff.toUnifiedText(), QStringLiteral("--- a/candidate-ranking\n+++ b/candidate-ranking\n"));
    }

    void diffsBodyLinesWithFileLineNumbers()
    {
        const PromptDiff diff =
            diffOf(readData(QStringLiteral("item-description-basic.prompty")), editedBasic());
        QVERIFY(diff.bodyChanged());
        // The new version's front matter is three lines longer, so its body starts three lines later.
        QList<PromptDiff::Line> changed;
        for (const PromptDiff::Line &line : diff.lines()) {
            if (line.kind != PromptDiff::Line::Kind::Same)
                changed.append(line);
        }
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.at(0).kind, PromptDiff::Line::Kind::Removed);
        QCOMPARE(changed.at(0).oldLine, 26);
        QCOMPARE(changed.at(0).newLine, 0);
        QCOMPARE(changed.at(1).kind, PromptDiff::Line::Kind::Added);
        QCOMPARE(changed.at(1).newLine, 29);
        QCOMPARE(changed.at(1).oldLine, 0);
        QCOMPARE(changed.at(2).kind, PromptDiff::Line::Kind::Added);
        QCOMPARE(changed.at(2).text, QStringLiteral("It came out in {{item_year}}."));
        QCOMPARE(changed.at(2).newLine, 34);

        // Within the changed pair only the replaced word is marked.
        QCOMPARE(changed.at(0).changedWords, QList<PromptDiff::Span>({{10, 5}}));
        QCOMPARE(changed.at(0).text.mid(10, 5), QStringLiteral("short"));
        QCOMPARE(changed.at(1).changedWords, QList<PromptDiff::Span>({{10, 5}}));
        QCOMPARE(changed.at(1).text.mid(10, 5), QStringLiteral("vivid"));
        // A line without a counterpart has no word marks.
        QVERIFY(changed.at(2).changedWords.isEmpty());
    }

    void mergesAdjacentChangedWords()
    {
        const QString before =
            QStringLiteral("---\nname: w\n---\nuser:\nThe quick brown fox jumps over {{dog}}.\n");
        const QString after =
            QStringLiteral("---\nname: w\n---\nuser:\nThe slow red fox jumps over {{cat}}!\n");
        const PromptDiff diff = diffOf(before, after);
        const QList<PromptDiff::Row> rows = diff.rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).kind, PromptDiff::Row::Kind::Same);
        QCOMPARE(rows.at(1).kind, PromptDiff::Row::Kind::Changed);
        QCOMPARE(rows.at(1).oldLine, 5);
        QCOMPARE(rows.at(1).newLine, 5);
        // "quick brown" is one span; the Mustache tag and the '.' → '!' are another.
        QCOMPARE(rows.at(1).oldChanges, QList<PromptDiff::Span>({{4, 11}, {31, 8}}));
        QCOMPARE(rows.at(1).oldText.mid(4, 11), QStringLiteral("quick brown"));
        QCOMPARE(rows.at(1).oldText.mid(31, 8), QStringLiteral("{{dog}}."));
        QCOMPARE(rows.at(1).newChanges, QList<PromptDiff::Span>({{4, 8}, {28, 8}}));
        QCOMPARE(rows.at(1).newText.mid(4, 8), QStringLiteral("slow red"));
    }

    void laysOutSideBySideRows()
    {
        const QString before = QStringLiteral("---\nname: s\n---\nuser:\na\nb\nc\nd\n");
        const QString after = QStringLiteral("---\nname: s\n---\nuser:\na\nB\nc\nx\ny\n");
        const QList<PromptDiff::Row> rows = diffOf(before, after).rows();
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(2).kind, PromptDiff::Row::Kind::Changed);
        QCOMPARE(rows.at(2).oldText, QStringLiteral("b"));
        QCOMPARE(rows.at(2).newText, QStringLiteral("B"));
        QCOMPARE(rows.at(3).kind, PromptDiff::Row::Kind::Same);
        QCOMPARE(rows.at(4).kind, PromptDiff::Row::Kind::Changed);
        QCOMPARE(rows.at(4).oldLine, 8);
        QCOMPARE(rows.at(4).newLine, 8);
        QCOMPARE(rows.at(5).kind, PromptDiff::Row::Kind::Added);
        QCOMPARE(rows.at(5).oldLine, 0);
        QCOMPARE(rows.at(5).newText, QStringLiteral("y"));
    }

    void reportsStructuredChanges()
    {
        const PromptDiff diff =
            diffOf(readData(QStringLiteral("item-description-basic.prompty")), editedBasic());
        QCOMPARE(
            summaries(diff),
            QStringList({QStringLiteral("tags: [\"llm-rec\",\"item-description\"] → "
                                        "[\"llm-rec\",\"item-description\",\"v2\"]"),
                         QStringLiteral("parameter 'max_tokens' removed (was 256)"),
                         QStringLiteral("parameter 'seed' added: 7"),
                         QStringLiteral("parameter 'temperature': 0.2 → 0.7"),
                         QStringLiteral("input 'item_description' description: \"The catalog description to "
                                        "paraphrase\" → \"The catalog text to paraphrase\""),
                         QStringLiteral("input 'item_year' added (integer)")}));
        const PromptDiff::Change &temperature = diff.changes().at(3);
        QCOMPARE(temperature.area, PromptDiff::Change::Area::Parameter);
        QCOMPARE(temperature.kind, PromptDiff::Change::Kind::Changed);
        QCOMPARE(temperature.key, QStringLiteral("temperature"));
        QCOMPARE(temperature.oldValue.toDouble(), 0.2);
        QCOMPARE(temperature.newValue.toDouble(), 0.7);
        const PromptDiff::Change &added = diff.changes().at(5);
        QCOMPARE(added.area, PromptDiff::Change::Area::Input);
        QCOMPARE(added.kind, PromptDiff::Change::Kind::Added);
        QCOMPARE(added.newValue.toObject().value(QStringLiteral("sample")).toInteger(), 2014);
    }

    void reportsRetypedRemovedInputsAndModelChanges()
    {
        const QString before = QStringLiteral("---\n"
                                              "name: r\n"
                                              "description: old\n"
                                              "folder: a\n"
                                              "model:\n"
                                              "  configuration: {name: gpt-4o-mini}\n"
                                              "inputs:\n"
                                              "  k: {type: string, default: \"5\"}\n"
                                              "  gone: {type: array}\n"
                                              "sample: {k: \"3\"}\n"
                                              "owner: team-a\n"
                                              "---\n"
                                              "user:\n{{k}} {{gone}}\n");
        const QString after = QStringLiteral("---\n"
                                             "name: r\n"
                                             "description: new\n"
                                             "folder: b\n"
                                             "model:\n"
                                             "  configuration: {name: gpt-4o}\n"
                                             "inputs:\n"
                                             "  k: {type: integer, default: 5}\n"
                                             "sample: {k: 3}\n"
                                             "owner: team-b\n"
                                             "---\n"
                                             "user:\n{{k}} {{gone}}\n");
        const PromptDiff diff = diffOf(before, after);
        QVERIFY(!diff.bodyChanged());
        QCOMPARE(summaries(diff),
                 QStringList({QStringLiteral("description: \"old\" → \"new\""),
                              QStringLiteral("folder: \"a\" → \"b\""),
                              QStringLiteral("model configuration.name: \"gpt-4o-mini\" → \"gpt-4o\""),
                              QStringLiteral("input 'k' retyped: string → integer"),
                              QStringLiteral("input 'k' default: \"5\" → 5"),
                              QStringLiteral("input 'gone' removed (array)"),
                              QStringLiteral("sample 'k': \"3\" → 3"),
                              QStringLiteral("owner: \"team-a\" → \"team-b\"")}));
        QCOMPARE(diff.changes().at(3).kind, PromptDiff::Change::Kind::Retyped);
        QCOMPARE(diff.changes().at(3).field, QStringLiteral("type"));
        QCOMPARE(diff.changes().at(5).kind, PromptDiff::Change::Kind::Removed);
        QCOMPARE(diff.changes().at(7).area, PromptDiff::Change::Area::Other);
    }

    void reportsDeclaringAnInputRequiredAsRefusingNull()
    {
        // Without a default `k` was required already; `required: true` also refuses null from now on.
        const PromptDiff diff =
            diffOf(QStringLiteral("---\nname: n\ninputs:\n  k: {type: string}\n---\nuser:\n{{k}}\n"),
                   QStringLiteral(
                       "---\nname: n\ninputs:\n  k: {type: string, required: true}\n---\nuser:\n{{k}}\n"));
        QCOMPARE(summaries(diff), QStringList({QStringLiteral("input 'k' accepts_null: true → false")}));
    }

    void noticesCommentOnlyFrontMatterChanges()
    {
        const PromptDiff diff = diffOf(QStringLiteral("---\nname: c\n---\nuser:\nhi\n"),
                                       QStringLiteral("---\n# reviewed by Ana\nname: c\n---\nuser:\nhi\n"));
        QVERIFY(diff.changes().isEmpty());
        QVERIFY(diff.frontMatterTextChanged());
        QVERIFY(!diff.isEmpty());
        QCOMPARE(diff.toUnifiedText(QStringLiteral("c@1"), QStringLiteral("c@2")),
                 QStringLiteral("--- c@1\n+++ c@2\nFront matter:\n  ~ comments or layout changed\n"));
    }

    void rendersUnifiedText()
    {
        const PromptDiff diff =
            diffOf(readData(QStringLiteral("item-description-basic.prompty")), editedBasic());
        QCOMPARE(
            diff.toUnifiedText(QStringLiteral("item-description-basic@1"),
                               QStringLiteral("item-description-basic@2")),
            QStringLiteral(
                "--- item-description-basic@1\n"
                "+++ item-description-basic@2\n"
                "Front matter:\n"
                "  ~ tags: [\"llm-rec\",\"item-description\"] → [\"llm-rec\",\"item-description\",\"v2\"]\n"
                "  - parameter 'max_tokens' removed (was 256)\n"
                "  + parameter 'seed' added: 7\n"
                "  ~ parameter 'temperature': 0.2 → 0.7\n"
                "  ~ input 'item_description' description: \"The catalog description to paraphrase\" "
                "→ \"The catalog text to paraphrase\"\n"
                "  + input 'item_year' added (integer)\n"
                "@@ -25,7 +28,8 @@\n"
                " system:\n"
                "-You write short, accurate item descriptions for a recommender system.\n"
                "+You write vivid, accurate item descriptions for a recommender system.\n"
                " Never invent facts that are not in the description.\n"
                " \n"
                " user:\n"
                " The description of the item \"{{item_title}}\" is: {{item_description}}\n"
                "+It came out in {{item_year}}.\n"
                " Paraphrase it.\n"));
    }

    void splitsDistantChangesIntoHunks()
    {
        QStringList oldLines;
        for (int i = 1; i <= 20; ++i)
            oldLines.append(QStringLiteral("line %1").arg(i));
        QStringList newLines = oldLines;
        newLines[1] = QStringLiteral("second");
        newLines.removeAt(15);
        const QString header = QStringLiteral("---\nname: h\n---\nuser:\n");
        const PromptDiff diff = diffOf(header + oldLines.join(QLatin1Char('\n')) + QLatin1Char('\n'),
                                       header + newLines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        const QList<PromptDiff::Hunk> hunks = diff.hunks(2);
        QCOMPARE(hunks.size(), 2);
        // Body starts at file line 4 (the role marker); "line 2" is file line 6.
        QCOMPARE(hunks.at(0).oldStart, 4);
        QCOMPARE(hunks.at(0).oldCount, 5);
        QCOMPARE(hunks.at(0).newStart, 4);
        QCOMPARE(hunks.at(0).newCount, 5);
        QCOMPARE(hunks.at(1).oldStart, 18);
        QCOMPARE(hunks.at(1).oldCount, 5);
        QCOMPARE(hunks.at(1).newStart, 18);
        QCOMPARE(hunks.at(1).newCount, 4);
        QCOMPARE(hunks.at(1).lines.at(2).text, QStringLiteral("line 16"));
        QCOMPARE(hunks.at(1).lines.at(2).kind, PromptDiff::Line::Kind::Removed);
        // With context enough to bridge the 13 unchanged lines between them, the two hunks merge.
        QCOMPARE(diff.hunks(7).size(), 1);
        // A pure insertion with no context starts after the line it follows, as in diff -u.
        const PromptDiff insertion =
            diffOf(header + QStringLiteral("a\nb\n"), header + QStringLiteral("a\nnew\nb\n"));
        const QList<PromptDiff::Hunk> zero = insertion.hunks(0);
        QCOMPARE(zero.size(), 1);
        QCOMPARE(zero.at(0).oldStart, 5);
        QCOMPARE(zero.at(0).oldCount, 0);
        QCOMPARE(zero.at(0).newStart, 6);
        QCOMPARE(zero.at(0).newCount, 1);
    }

    void refusesUnparsableVersions()
    {
        Result<PromptDiff> diff = PromptDiff::compute(QStringLiteral("no front matter"),
                                                      QStringLiteral("---\nname: x\n---\nuser:\nhi\n"));
        QVERIFY(!diff.ok());
        QVERIFY2(
            diff.error().message.startsWith(QStringLiteral("The old version does not parse: The prompt must "
                                                           "start with YAML front matter")),
            qPrintable(diff.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPromptDiff)
#include "tst_promptdiff.moc"
