// Rendering speed of the Mustache engine on a typical recommendation prompt (a system message and a user
// message with a 20-item history and 20 candidates, about 2 KB of output), against the same text built by
// hand with QString concatenation in the same run, so the ratio holds on a busy machine.
#include "prompts/mustachetemplate.h"
#include "prompts/mustachevalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <benchmark/benchmark.h>

using namespace tailor;

namespace {

const QString &promptTemplate()
{
    static const QString text = QStringLiteral(R"(system:
You are the recommendation engine of {{platform}}. You rank candidate titles for one user, using
only the viewing history below. Answer with JSON only: {"ranking": [ids, best first]}.
Never invent ids; use each candidate id exactly once.
{{#guidelines}}
- {{.}}
{{/guidelines}}

user:
{{user.name}} (member since {{user.since}}) recently watched, most recent first:
{{#history}}
- "{{title}}" ({{category}}), rated {{rating}}/5
{{/history}}
{{^history}}
(no history yet)
{{/history}}

Candidates:
{{#candidates}}
[{{id}}] {{title}}
{{/candidates}}

Rank all {{candidateCount}} candidates for {{user.name}}.
)");
    return text;
}

struct HistoryItem
{
    QString title;
    QString category;
    double rating;
};

struct Candidate
{
    QString id;
    QString title;
};

struct Prompt
{
    QString platform = QStringLiteral("StreamBox");
    QStringList guidelines{QStringLiteral("Prefer titles close to the user's recent favourites."),
                           QStringLiteral("Break ties by popularity.")};
    QString userName = QStringLiteral("Alice Martin");
    QString userSince = QStringLiteral("2021");
    std::vector<HistoryItem> history;
    std::vector<Candidate> candidates;
};

QString title(int i)
{
    static const QStringList first{QStringLiteral("The Grand"), QStringLiteral("Midnight"),
                                   QStringLiteral("Silent"),    QStringLiteral("Crimson"),
                                   QStringLiteral("Lost"),      QStringLiteral("Electric")};
    static const QStringList second{
        QStringLiteral("Budapest Hotel"), QStringLiteral("Harbour Lights"),  QStringLiteral("Mountain Road"),
        QStringLiteral("Garden Party"),   QStringLiteral("City Chronicles"), QStringLiteral("Winter Tale"),
        QStringLiteral("Ocean")};
    return first.at(i % first.size()) + QLatin1Char(' ') + second.at((i * 5 + 3) % second.size());
}

Prompt makePrompt()
{
    static const QStringList categories{QStringLiteral("Comedy"), QStringLiteral("Drama"),
                                        QStringLiteral("Documentary"), QStringLiteral("Thriller"),
                                        QStringLiteral("Animation")};
    Prompt prompt;
    for (int i = 0; i < 20; ++i)
        prompt.history.push_back({title(i), categories.at(i % categories.size()), 2.5 + (i % 6) * 0.5});
    for (int i = 0; i < 20; ++i)
        prompt.candidates.push_back({QStringLiteral("c%1").arg(1000 + i * 37), title(i + 7)});
    return prompt;
}

MustacheValue toValue(const Prompt &prompt)
{
    QJsonArray history;
    for (const HistoryItem &item : prompt.history)
        history.append(QJsonObject{{QStringLiteral("title"), item.title},
                                   {QStringLiteral("category"), item.category},
                                   {QStringLiteral("rating"), item.rating}});
    QJsonArray candidates;
    for (const Candidate &candidate : prompt.candidates)
        candidates.append(
            QJsonObject{{QStringLiteral("id"), candidate.id}, {QStringLiteral("title"), candidate.title}});
    return MustacheValue::fromJson(QJsonObject{
        {QStringLiteral("platform"), prompt.platform},
        {QStringLiteral("guidelines"), QJsonArray::fromStringList(prompt.guidelines)},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("name"), prompt.userName}, {QStringLiteral("since"), prompt.userSince}}},
        {QStringLiteral("history"), history},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("candidateCount"), qint64(prompt.candidates.size())},
    });
}

// What a hand-written prompt builder would do with the same data.
QString concatenate(const Prompt &prompt)
{
    QString out;
    out += QStringLiteral("system:\nYou are the recommendation engine of ");
    out += prompt.platform;
    out += QStringLiteral(". You rank candidate titles for one user, using\n"
                          "only the viewing history below. Answer with JSON only: {\"ranking\": [ids, best "
                          "first]}.\nNever invent ids; use each candidate id exactly once.\n");
    for (const QString &guideline : prompt.guidelines) {
        out += QStringLiteral("- ");
        out += guideline;
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("\nuser:\n");
    out += prompt.userName;
    out += QStringLiteral(" (member since ");
    out += prompt.userSince;
    out += QStringLiteral(") recently watched, most recent first:\n");
    for (const HistoryItem &item : prompt.history) {
        out += QStringLiteral("- \"");
        out += item.title;
        out += QStringLiteral("\" (");
        out += item.category;
        out += QStringLiteral("), rated ");
        out += QString::number(item.rating);
        out += QStringLiteral("/5\n");
    }
    if (prompt.history.empty())
        out += QStringLiteral("(no history yet)\n");
    out += QStringLiteral("\nCandidates:\n");
    for (const Candidate &candidate : prompt.candidates) {
        out += QLatin1Char('[');
        out += candidate.id;
        out += QStringLiteral("] ");
        out += candidate.title;
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("\nRank all ");
    out += QString::number(prompt.candidates.size());
    out += QStringLiteral(" candidates for ");
    out += prompt.userName;
    out += QStringLiteral(".\n");
    return out;
}

void BM_RenderRecommendationPrompt(benchmark::State &state)
{
    const Prompt prompt = makePrompt();
    const MustacheValue context = toValue(prompt);
    auto parsed = MustacheTemplate::parse(promptTemplate());
    if (!parsed) {
        state.SkipWithError(qPrintable(parsed.error().message));
        return;
    }
    const MustacheTemplate &tpl = parsed.value();
    const QString rendered = tpl.render(context);
    if (rendered != concatenate(prompt)) {
        state.SkipWithError("the rendered prompt differs from the concatenated baseline");
        return;
    }
    for (auto _ : state) {
        QString out = tpl.render(context);
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * rendered.size() * qsizetype(sizeof(QChar)));
    state.counters["output_chars"] = double(rendered.size());
}
BENCHMARK(BM_RenderRecommendationPrompt);

void BM_BaselineQStringConcat(benchmark::State &state)
{
    const Prompt prompt = makePrompt();
    const qsizetype size = concatenate(prompt).size();
    for (auto _ : state) {
        QString out = concatenate(prompt);
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * size * qsizetype(sizeof(QChar)));
    state.counters["output_chars"] = double(size);
}
BENCHMARK(BM_BaselineQStringConcat);

void BM_ParseRecommendationPrompt(benchmark::State &state)
{
    const QString &text = promptTemplate();
    for (auto _ : state) {
        auto parsed = MustacheTemplate::parse(text);
        benchmark::DoNotOptimize(parsed.ok());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * text.size() * qsizetype(sizeof(QChar)));
}
BENCHMARK(BM_ParseRecommendationPrompt);

} // namespace

BENCHMARK_MAIN();
