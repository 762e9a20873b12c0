// Importing a 5,000,000-row MovieLens ratings.csv into a SQLite workspace, profiles derived included, against
// sqlite3's own `.import` of the same file into a bare table, measured in the same run. The file (≈ 33,000
// users × ≈ 150 ratings, sorted by user like the MovieLens releases, half-star ratings) and a 20,000-movie
// movies.csv are generated once into TAILOR_BENCH_DIR (default /tmp/tailor-bench). The catalog is imported
// before the timed run so derivation has genres to work with. Peak memory is the process's VmHWM over the
// import alone (reset through /proc/self/clear_refs). Rows: TAILOR_BENCH_ROWS (default 5,000,000).
// The SQLite import's time is until run() returns (committed and visible); `checkpointed_ms` adds the wait
// for the WAL checkpoint that run() leaves to a background thread (ProfileImporter::waitForCheckpoint()).
//
// PostgreSQL: with TAILOR_BENCH_PG_URL set to a server URL whose user may create databases (e.g. the one
// tests/support/pg-cluster.sh prints), the same import runs into a fresh PostgreSQL workspace (database
// tailor_bench_import, dropped and created again per run), against its own baseline measured in the same run:
// psql's `\copy` of the same file into a bare table. Without the variable both PostgreSQL benchmarks are
// skipped with a message saying so.
#include "profiles/profileimporter.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUrl>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <string>

using namespace tailor;

namespace {

QString g_dir;
qint64 g_rows = 5000000;
double g_baselineMs = 0;
double g_pgBaselineMs = 0;
QString g_pgUrl;

quint64 g_state = 42;
quint64 nextRandom()
{
    quint64 z = (g_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString ratingsPath()
{
    return g_dir + QStringLiteral("/ratings-%1.csv").arg(g_rows);
}

void generate()
{
    const char *genres[] = {"Action",      "Adventure", "Animation", "Children",  "Comedy", "Crime",
                            "Documentary", "Drama",     "Fantasy",   "Film-Noir", "Horror", "Musical",
                            "Mystery",     "Romance",   "Sci-Fi",    "Thriller",  "War",    "Western"};
    const int items = 20000;
    const QString movies = g_dir + QStringLiteral("/movies.csv");
    if (!QFile::exists(movies)) {
        std::ofstream out(movies.toStdString());
        out << "movieId,title,genres\n";
        for (int item = 1; item <= items; ++item) {
            out << item << ",\"Movie " << item << ", The (" << 1950 + item % 70 << ")\",";
            const int count = 1 + int(nextRandom() % 3);
            for (int g = 0; g < count; ++g)
                out << (g ? "|" : "") << genres[(item * 7 + g * 5) % 18];
            out << '\n';
        }
    }
    if (QFile::exists(ratingsPath()))
        return;
    std::ofstream out(ratingsPath().toStdString());
    out << "userId,movieId,rating,timestamp\n";
    qint64 written = 0;
    int user = 0;
    std::string line;
    while (written < g_rows) {
        ++user;
        const int count = std::min<qint64>(g_rows - written, 20 + qint64(nextRandom() % 260));
        // Distinct items in ascending order, as in the MovieLens files.
        int item = 1 + int(nextRandom() % 50);
        for (int i = 0; i < count; ++i) {
            item += 1 + int(nextRandom() % (items / 300));
            if (item > items)
                item = 1 + int(nextRandom() % 50) + i;
            const int half = 1 + int(nextRandom() % 10);
            line = std::to_string(user) + ',' + std::to_string(item) + ',' + std::to_string(half / 2) +
                   (half % 2 ? ".5" : ".0") + ',' +
                   std::to_string(1000000000 + qint64(nextRandom() % 700000000)) + '\n';
            out << line;
        }
        written += count;
    }
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A new workspace at `url` holding the movie catalog (imported untimed), or nullptr after reporting why.
std::shared_ptr<Workspace> workspaceWithMovies(benchmark::State &state, const DatabaseUrl &url,
                                               const QString &operatorName)
{
    auto workspace = Workspace::init(url, operatorName);
    if (!workspace) {
        state.SkipWithError(qPrintable(workspace.error().message));
        return nullptr;
    }
    ImportRequest movies;
    movies.path = g_dir + QStringLiteral("/movies.csv");
    movies.target = ImportTarget::Items;
    if (auto done = workspace.value()->profileImporter().run(movies); !done) {
        state.SkipWithError(qPrintable(done.error().message));
        return nullptr;
    }
    return workspace.value();
}

void BM_BaselineSqlite3Import(benchmark::State &state)
{
    for (auto _ : state) {
        const QString db = g_dir + QStringLiteral("/baseline.db");
        QFile::remove(db);
        QElapsedTimer timer;
        timer.start();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {db, QStringLiteral(".mode csv"),
                      QStringLiteral(".import ") + ratingsPath() + QStringLiteral(" ratings")});
        sqlite.waitForFinished(-1);
        g_baselineMs = double(timer.nsecsElapsed()) / 1e6;
        if (sqlite.exitCode() != 0)
            state.SkipWithError(sqlite.readAllStandardError().constData());
        state.SetIterationTime(g_baselineMs / 1000.0);
        QFile::remove(db);
    }
    state.counters["rows"] = double(g_rows);
}

void BM_TailorImportWithProfiles(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = g_dir + QStringLiteral("/import.tailor");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto workspace = workspaceWithMovies(state, DatabaseUrl::sqliteFile(path), QStringLiteral("bench"));
        if (!workspace)
            return;
        ImportRequest ratings;
        ratings.path = ratingsPath();
        ratings.target = ImportTarget::Interactions;
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        clear.close();
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        auto report = workspace->profileImporter().run(ratings);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        // The WAL checkpoint runs on a background thread after run() returns: both figures are reported.
        workspace->profileImporter().waitForCheckpoint();
        const double checkpointedMs = double(timer.nsecsElapsed()) / 1e6;
        if (!report) {
            state.SkipWithError(qPrintable(report.error().message));
            return;
        }
        state.SetIterationTime(ms / 1000.0);
        state.counters["rows"] = double(report->inserted);
        state.counters["users"] = double(report->usersDerived);
        state.counters["peak_MB"] = double(peakRssKb()) / 1024.0;
        state.counters["ratio_vs_sqlite3"] = g_baselineMs > 0 ? ms / g_baselineMs : 0;
        state.counters["checkpointed_ms"] = checkpointedMs;
        state.counters["checkpointed_ratio"] = g_baselineMs > 0 ? checkpointedMs / g_baselineMs : 0;
        state.counters["file_MB"] = double(QFileInfo(ratingsPath()).size()) / 1048576.0;
        workspace.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
}

// A fresh, empty database on the benchmark's PostgreSQL server; the workspace URL pointing at it.
Result<DatabaseUrl> freshPostgresDatabase(const QString &name)
{
    const QUrl server(g_pgUrl);
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port(5432));
        admin.setUserName(server.userName());
        admin.setPassword(server.password());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            return Error::failed(admin.lastError().text());
        QSqlQuery query(admin);
        if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)) ||
            !query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return Error::failed(query.lastError().text());
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    QUrl url = server;
    url.setPath(QLatin1Char('/') + name);
    return DatabaseUrl::parse(url.toString());
}

void BM_BaselinePostgresCopy(benchmark::State &state)
{
    if (g_pgUrl.isEmpty()) {
        state.SkipWithError("PostgreSQL not measured: TAILOR_BENCH_PG_URL is not set");
        return;
    }
    for (auto _ : state) {
        auto url = freshPostgresDatabase(QStringLiteral("tailor_bench_copy"));
        if (!url) {
            state.SkipWithError(qPrintable(url.error().message));
            return;
        }
        QUrl connection(g_pgUrl);
        connection.setPath(QStringLiteral("/tailor_bench_copy"));
        QElapsedTimer timer;
        timer.start();
        QProcess psql;
        psql.start(
            QStringLiteral("psql"),
            {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"),
             connection.toString(), QStringLiteral("-c"),
             QStringLiteral("CREATE TABLE ratings (user_id text, movie_id text, rating text, at text)"),
             QStringLiteral("-c"),
             QStringLiteral("\\copy ratings FROM '%1' WITH (FORMAT csv, HEADER true)").arg(ratingsPath())});
        psql.waitForFinished(-1);
        g_pgBaselineMs = double(timer.nsecsElapsed()) / 1e6;
        if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0) {
            state.SkipWithError(psql.readAllStandardError().constData());
            return;
        }
        state.SetIterationTime(g_pgBaselineMs / 1000.0);
    }
    state.counters["rows"] = double(g_rows);
}

void BM_TailorImportPostgres(benchmark::State &state)
{
    if (g_pgUrl.isEmpty()) {
        state.SkipWithError("PostgreSQL not measured: TAILOR_BENCH_PG_URL is not set");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto url = freshPostgresDatabase(QStringLiteral("tailor_bench_import"));
        if (!url) {
            state.SkipWithError(qPrintable(url.error().message));
            return;
        }
        auto workspace = workspaceWithMovies(state, url.value(), QString());
        if (!workspace)
            return;
        ImportRequest ratings;
        ratings.path = ratingsPath();
        ratings.target = ImportTarget::Interactions;
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        auto report = workspace->profileImporter().run(ratings);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!report) {
            state.SkipWithError(qPrintable(report.error().message));
            return;
        }
        state.SetIterationTime(ms / 1000.0);
        state.counters["rows"] = double(report->inserted);
        state.counters["users"] = double(report->usersDerived);
        state.counters["ratio_vs_psql_copy"] = g_pgBaselineMs > 0 ? ms / g_pgBaselineMs : 0;
        state.counters["ratio_vs_sqlite3"] = g_baselineMs > 0 ? ms / g_baselineMs : 0;
        workspace.reset();
    }
}

BENCHMARK(BM_BaselineSqlite3Import)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TailorImportWithProfiles)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BaselinePostgresCopy)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TailorImportPostgres)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_dir = qEnvironmentVariable("TAILOR_BENCH_DIR", QStringLiteral("/tmp/tailor-bench"));
    if (qEnvironmentVariableIsSet("TAILOR_BENCH_ROWS"))
        g_rows = qEnvironmentVariable("TAILOR_BENCH_ROWS").toLongLong();
    g_pgUrl = qEnvironmentVariable("TAILOR_BENCH_PG_URL");
    QDir().mkpath(g_dir);
    QElapsedTimer timer;
    timer.start();
    generate();
    QTextStream(stderr) << "input ready in " << timer.elapsed() << " ms: " << ratingsPath() << Qt::endl;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
