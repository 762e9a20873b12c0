// Opening the Prompts page on a large workspace: 5,000 prompts × 20 versions in 50 folders, a third of them
// labelled. BM_PromptsPageFirstPaint measures from constructing the page with the workspace until the tree
// model holds every prompt and the widget has painted (QWidget::grab()); the target is under 300 ms.
// BM_BaselineRegistryList is the bare PromptRegistry::list() + folders() the page's worker runs, measured in
// the same process, so the ratio ("x_list") shows what the page adds on top of the query.
// The workspace is built once per run with direct SQL (fine in a benchmark, never in ui/).
#include "appstyle.h"
#include "prompts/promptspage.h"
#include "prompts/prompttreemodel.h"
#include "prompts/promptyfile.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace tailor;

namespace {

constexpr int PromptCount = 5000;
constexpr int VersionsPerPrompt = 20;

std::shared_ptr<Workspace> g_workspace;
double g_baselineMs = 0;

QString content(int prompt, int version)
{
    return QStringLiteral("---\n"
                          "name: Prompt %1\n"
                          "description: Synthetic prompt %1, version %2.\n"
                          "model:\n"
                          "  api: chat\n"
                          "  parameters:\n"
                          "    temperature: 0.%3\n"
                          "inputs:\n"
                          "  interests:\n"
                          "    type: string\n"
                          "    sample: films\n"
                          "template: mustache\n"
                          "---\n"
                          "system:\n"
                          "You recommend items (revision %2).\n"
                          "\n"
                          "user:\n"
                          "Suggest three items for a user who likes {{interests}}.\n")
        .arg(prompt)
        .arg(version)
        .arg(version % 10);
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    QTextStream(stderr) << query.lastError().text() << Qt::endl;
    return false;
}

// Inserts the prompts, versions and labels in one transaction.
bool fillWorkspace(Workspace &workspace)
{
    QSqlDatabase db = workspace.database().connection();
    if (!db.transaction())
        return false;
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery prompt(db);
    prompt.prepare(
        QStringLiteral("INSERT INTO prompts (name, folder, latest_version, created_by, created_at, "
                       "updated_by, updated_at) VALUES (?, ?, ?, 'bench', ?, 'bench', ?)"));
    QSqlQuery version(db);
    version.prepare(
        QStringLiteral("INSERT INTO prompt_versions (prompt_id, version, sha256, content, author, "
                       "created_at, message) VALUES (?, ?, ?, ?, 'bench', ?, ?)"));
    QSqlQuery label(db);
    label.prepare(QStringLiteral("INSERT INTO prompt_labels (prompt_id, label, version, moved_by, moved_at) "
                                 "VALUES (?, ?, ?, 'bench', ?)"));
    for (int i = 0; i < PromptCount; ++i) {
        prompt.addBindValue(QStringLiteral("bench-prompt-%1").arg(i, 4, 10, QLatin1Char('0')));
        prompt.addBindValue(QStringLiteral("team-%1/area-%2").arg(i % 10).arg(i / 10 % 5));
        prompt.addBindValue(VersionsPerPrompt);
        prompt.addBindValue(time);
        prompt.addBindValue(time);
        if (!exec(prompt))
            return false;
        const qint64 id = prompt.lastInsertId().toLongLong();
        for (int v = 1; v <= VersionsPerPrompt; ++v) {
            const QString text = content(i, v);
            version.addBindValue(id);
            version.addBindValue(v);
            version.addBindValue(PromptyFile::sha256(text));
            version.addBindValue(text);
            version.addBindValue(time);
            version.addBindValue(QStringLiteral("revision %1").arg(v));
            if (!exec(version))
                return false;
        }
        for (const auto &[name, every, at] :
             {std::tuple{QStringLiteral("production"), 3, 18}, std::tuple{QStringLiteral("staging"), 5, 20},
              std::tuple{QStringLiteral("candidate"), 7, 19}}) {
            if (i % every != 0)
                continue;
            label.addBindValue(id);
            label.addBindValue(name);
            label.addBindValue(at);
            label.addBindValue(time);
            if (!exec(label))
                return false;
        }
    }
    return db.commit();
}

double baselineOnce()
{
    QElapsedTimer timer;
    timer.start();
    auto prompts = g_workspace->prompts().list();
    auto folders = g_workspace->prompts().folders();
    g_workspace->database().releaseThreadConnection();
    if (!prompts || !folders || prompts->size() < PromptCount)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

void BM_BaselineRegistryList(benchmark::State &state)
{
    for (auto _ : state) {
        const double ms = baselineOnce();
        if (ms < 0) {
            state.SkipWithError("list() failed");
            return;
        }
        state.SetIterationTime(ms / 1000);
    }
}

void BM_PromptsPageFirstPaint(benchmark::State &state)
{
    double totalMs = 0;
    int rows = 0;
    for (auto _ : state) {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QElapsedTimer timer;
        timer.start();
        double ms = 0;
        {
            PromptsPage page(&pool);
            page.resize(1068, 740);
            QEventLoop loop;
            QObject::connect(&page, &PromptsPage::treeLoaded, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            page.show();
            page.setWorkspace(g_workspace);
            loop.exec();
            rows = page.treeModel()->promptCount();
            const QPixmap painted = page.grab();
            ms = double(timer.nsecsElapsed()) / 1e6;
            if (rows < PromptCount || painted.isNull()) {
                state.SkipWithError("the tree did not load");
                return;
            }
        }
        pool.waitForDone();
        totalMs += ms;
        state.SetIterationTime(ms / 1000);
    }
    state.counters["prompts"] = rows;
    state.counters["x_list"] = totalMs / double(state.iterations()) / g_baselineMs;
}

} // namespace

BENCHMARK(BM_BaselineRegistryList)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_PromptsPageFirstPaint)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    AppStyle::apply(app);

    QTemporaryDir dir;
    QElapsedTimer setup;
    setup.start();
    auto workspace = Workspace::init(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("bench.tailor"))),
                                     QStringLiteral("alice"));
    if (!workspace) {
        QTextStream(stderr) << workspace.error().message << Qt::endl;
        return 1;
    }
    g_workspace = workspace.value();
    if (!fillWorkspace(*g_workspace))
        return 1;
    g_workspace->database().releaseThreadConnection();

    std::vector<double> baseline;
    for (int i = 0; i < 5; ++i)
        baseline.push_back(baselineOnce());
    std::sort(baseline.begin(), baseline.end());
    g_baselineMs = baseline[baseline.size() / 2];
    QTextStream(stdout) << "workspace: " << PromptCount << " prompts x " << VersionsPerPrompt
                        << " versions, built in " << setup.elapsed() << " ms; list() + folders() median "
                        << g_baselineMs << " ms" << Qt::endl;

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_workspace.reset();
    return 0;
}
