// Browsing profiles at scale: a SQLite workspace of 1,000,000 users and ≈ 50,000,000 interactions (20,000
// items in 18 genres, three attributes per user, one of them PII) is built once into TAILOR_BENCH_DIR
// (default /tmp/tailor-bench) by direct bulk insert through the C API, then profiles are derived by the real
// ProfileDeriver; the build time is printed. Measured, each on a freshly opened workspace:
//   BM_FirstPage      open the workspace and fetch the first page (default sort) — target < 300 ms
//   BM_VariedQueries  50 sort/filter/search/paging queries: p95 reported as the time — target < 100 ms
//   BM_Detail         50 random users' detail (profile, interests, timeline, last 100 interactions) — < 50 ms
// Resident memory after browsing is reported as rss_MB (target < 400 MB). Size: TAILOR_BENCH_USERS (default
// 1,000,000) × TAILOR_BENCH_PER_USER (default 50).
// PostgreSQL: with TAILOR_BENCH_PG_URL=postgresql://user@host:port/db the same benchmarks also run against
// that database (names end in /postgresql). An empty database is turned into a workspace and filled with the
// very rows of the SQLite workspace — users, attributes, interactions and the derived interests — streamed
// through `psql -c "COPY ..."`; a database that already holds the users is reused. Without the variable
// the PostgreSQL benchmarks are not registered and the bench says so.
#include "profiles/bulkstatement.h"
#include "profiles/profilederiver.h"
#include "profiles/profilestore.h"
#include "storage/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <benchmark/benchmark.h>
#include <malloc.h>
#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace tailor;

namespace {

QString g_path;
QString g_pgUrl;
qint64 g_users = 1000000;
int g_perUser = 50;
qint64 g_interactions = 0;

quint64 g_state = 7;
quint64 nextRandom()
{
    quint64 z = (g_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

const char *const Genres[] = {"Action",      "Adventure", "Animation", "Children",  "Comedy", "Crime",
                              "Documentary", "Drama",     "Fantasy",   "Film-Noir", "Horror", "Musical",
                              "Mystery",     "Romance",   "Sci-Fi",    "Thriller",  "War",    "Western"};
const char *const Countries[] = {"pt", "de", "fr", "es", "it", "nl", "be", "pl", "se", "no",
                                 "fi", "dk", "at", "ch", "ie", "uk", "us", "ca", "br", "jp"};
const char *const Plans[] = {"free", "gold", "pro"};
constexpr qint64 Start = 1672531200; // 2023-01-01
constexpr qint64 Span = 2 * 365 * 86400LL;

bool check(sqlite3 *db, int code)
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return true;
    QTextStream(stderr) << "sqlite: " << sqlite3_errmsg(db) << Qt::endl;
    return false;
}

bool build()
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(g_path + suffix);
    auto workspace = Workspace::init(DatabaseUrl::sqliteFile(g_path), QStringLiteral("bench"));
    if (!workspace) {
        QTextStream(stderr) << workspace.error().message << Qt::endl;
        return false;
    }
    QSqlDatabase qdb = workspace.value()->database().connection();
    sqlite3 *db = BulkStatement::sqliteHandle(qdb);
    sqlite3_exec(db, "PRAGMA cache_size = -400000", nullptr, nullptr, nullptr);
    const auto exec = [db](const char *sql) {
        return check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr));
    };
    exec("BEGIN");
    sqlite3_stmt *category = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO profile_categories (id, name) VALUES (?, ?)", -1, &category, nullptr);
    for (int g = 0; g < 18; ++g) {
        sqlite3_bind_int(category, 1, g + 1);
        sqlite3_bind_text(category, 2, Genres[g], -1, SQLITE_STATIC);
        check(db, sqlite3_step(category));
        sqlite3_reset(category);
    }
    sqlite3_finalize(category);
    const int items = 20000;
    std::vector<std::vector<int>> genreItems(18);
    sqlite3_stmt *item = nullptr;
    sqlite3_stmt *itemCategory = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO profile_items (id, external_id, title) VALUES (?, ?, ?)", -1, &item,
                       nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT OR IGNORE INTO profile_item_categories (item_id, category_id) VALUES (?, ?)",
                       -1, &itemCategory, nullptr);
    for (int i = 1; i <= items; ++i) {
        const QByteArray external = QByteArray::number(i);
        const QByteArray title = "Movie " + external + " (" + QByteArray::number(1950 + i % 70) + ")";
        sqlite3_bind_int(item, 1, i);
        sqlite3_bind_text(item, 2, external.constData(), int(external.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(item, 3, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        check(db, sqlite3_step(item));
        sqlite3_reset(item);
        const int count = 1 + int(nextRandom() % 3);
        for (int c = 0; c < count; ++c) {
            const int genre = int(nextRandom() % 18);
            genreItems[size_t(genre)].push_back(i);
            sqlite3_bind_int(itemCategory, 1, i);
            sqlite3_bind_int(itemCategory, 2, genre + 1);
            check(db, sqlite3_step(itemCategory));
            sqlite3_reset(itemCategory);
        }
    }
    sqlite3_finalize(item);
    sqlite3_finalize(itemCategory);
    exec("COMMIT");

    sqlite3_stmt *user = nullptr;
    sqlite3_stmt *search = nullptr;
    sqlite3_stmt *attribute = nullptr;
    sqlite3_stmt *interaction = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO profile_users (id, external_id, id_number, consent, search_text) VALUES (?, ?, ?, ?, ?)",
        -1, &user, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO profile_users_search (rowid, search_text) VALUES (?, ?)", -1, &search,
                       nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO profile_user_attributes (user_id, key, value, pii) VALUES (?, ?, ?, ?)",
                       -1, &attribute, nullptr);
    sqlite3_prepare_v2(
        db, "INSERT INTO profile_interactions (user_id, at, item_id, kind, value) VALUES (?, ?, ?, ?, ?)", -1,
        &interaction, nullptr);
    struct Row
    {
        qint64 at;
        int item;
        int kind;
        int value;
    };
    std::vector<Row> rows;
    std::vector<int> favourites;
    for (qint64 u = 1; u <= g_users; ++u) {
        if (u % 50000 == 1)
            exec("BEGIN");
        const QByteArray external = QByteArray::number(u);
        const char *country = Countries[nextRandom() % 20];
        const char *plan = Plans[nextRandom() % 3];
        const quint64 c = nextRandom() % 100;
        const int consent = c < 5 ? 0 : c < 15 ? -1 : 1;
        const QByteArray searchText = external + ' ' + country + ' ' + plan;
        sqlite3_bind_int64(user, 1, u);
        sqlite3_bind_text(user, 2, external.constData(), int(external.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(user, 3, u);
        sqlite3_bind_int(user, 4, consent);
        sqlite3_bind_text(user, 5, searchText.constData(), int(searchText.size()), SQLITE_TRANSIENT);
        check(db, sqlite3_step(user));
        sqlite3_reset(user);
        sqlite3_bind_int64(search, 1, u);
        sqlite3_bind_text(search, 2, searchText.constData(), int(searchText.size()), SQLITE_TRANSIENT);
        check(db, sqlite3_step(search));
        sqlite3_reset(search);
        const QByteArray email = "user" + external + "@example.org";
        for (const auto &[key, value, pii] :
             {std::tuple{"country", QByteArray(country), 0}, std::tuple{"email", email, 1},
              std::tuple{"plan", QByteArray(plan), 0}}) {
            sqlite3_bind_int64(attribute, 1, u);
            sqlite3_bind_text(attribute, 2, key, -1, SQLITE_STATIC);
            sqlite3_bind_text(attribute, 3, value.constData(), int(value.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(attribute, 4, pii);
            check(db, sqlite3_step(attribute));
            sqlite3_reset(attribute);
        }
        // 5 to ~2×perUser interactions, mostly in two or three favourite genres, within an active window.
        const int count = 5 + int(nextRandom() % quint64(2 * g_perUser - 9));
        favourites = {int(nextRandom() % 18), int(nextRandom() % 18), int(nextRandom() % 18)};
        const qint64 begin = Start + qint64(nextRandom() % quint64(Span / 2));
        const qint64 window = 86400 + qint64(nextRandom() % quint64(Start + Span - begin));
        rows.clear();
        for (int i = 0; i < count; ++i) {
            int chosen;
            if (nextRandom() % 10 < 8) {
                const auto &pool = genreItems[size_t(favourites[nextRandom() % 3])];
                chosen = pool[nextRandom() % pool.size()];
            } else {
                chosen = 1 + int(nextRandom() % items);
            }
            const bool view = nextRandom() % 20 == 0;
            rows.push_back({begin + qint64(nextRandom() % quint64(window)), chosen, view ? 2 : 1,
                            view ? 1 : 1 + int(nextRandom() % 5)});
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return std::tie(a.at, a.item, a.kind) < std::tie(b.at, b.item, b.kind);
        });
        rows.erase(std::unique(rows.begin(), rows.end(),
                               [](const Row &a, const Row &b) {
                                   return a.at == b.at && a.item == b.item && a.kind == b.kind;
                               }),
                   rows.end());
        for (const Row &row : rows) {
            sqlite3_bind_int64(interaction, 1, u);
            sqlite3_bind_int64(interaction, 2, row.at);
            sqlite3_bind_int(interaction, 3, row.item);
            sqlite3_bind_int(interaction, 4, row.kind);
            sqlite3_bind_double(interaction, 5, row.value);
            if (!check(db, sqlite3_step(interaction)))
                return false;
            sqlite3_reset(interaction);
        }
        g_interactions += qint64(rows.size());
        if (u % 50000 == 0 || u == g_users)
            exec("COMMIT");
    }
    for (sqlite3_stmt *statement : {user, search, attribute, interaction})
        sqlite3_finalize(statement);
    const qint64 inserted = timer.elapsed();

    Transaction transaction(qdb);
    if (!transaction.begin())
        return false;
    auto derived = ProfileDeriver(qdb).deriveAll();
    if (!derived || !transaction.commit()) {
        QTextStream(stderr) << (derived ? QStringLiteral("commit failed") : derived.error().message)
                            << Qt::endl;
        return false;
    }
    const qint64 derivedMs = timer.elapsed() - inserted;
    exec("PRAGMA analysis_limit = 1000");
    exec("ANALYZE");
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
    QTextStream(stderr) << "built " << g_users << " users / " << g_interactions << " interactions: insert "
                        << inserted << " ms, derive " << derivedMs << " ms, analyze "
                        << timer.elapsed() - inserted - derivedMs << " ms, total " << timer.elapsed() << " ms"
                        << Qt::endl;
    return true;
}

// COPY's text format: backslash, tab, newline and carriage return are escaped; NULL is \N.
void appendCopyField(QByteArray &out, sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
        out += "\\N";
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    const int size = sqlite3_column_bytes(statement, column);
    for (int i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

// Streams every row of a SQLite table into the PostgreSQL table of the same name through psql's COPY.
bool copyTable(sqlite3 *source, const QString &psql, const char *table, const char *columns,
               const char *order)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(
        psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
               QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), g_pgUrl, QStringLiteral("-c"),
               QStringLiteral("COPY %1 (%2) FROM STDIN").arg(QLatin1String(table), QLatin1String(columns))});
    if (!process.waitForStarted()) {
        QTextStream(stderr) << "could not start " << psql << Qt::endl;
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray select = QByteArray("SELECT ") + columns + " FROM " + table + " ORDER BY " + order;
    if (!check(source, sqlite3_prepare_v2(source, select.constData(), -1, &statement, nullptr)))
        return false;
    const int width = sqlite3_column_count(statement);
    QByteArray buffer;
    qint64 rows = 0;
    int code;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int column = 0; column < width; ++column) {
            if (column > 0)
                buffer += '\t';
            appendCopyField(buffer, statement, column);
        }
        buffer += '\n';
        ++rows;
        if (buffer.size() > (1 << 20)) {
            process.write(buffer);
            process.waitForBytesWritten(-1);
            buffer.clear();
        }
    }
    sqlite3_finalize(statement);
    if (!check(source, code))
        return false;
    process.write(buffer);
    process.waitForBytesWritten(-1);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTextStream(stderr) << "COPY " << table << " failed" << Qt::endl;
        return false;
    }
    QTextStream(stderr) << "  " << table << ": " << rows << " rows in " << timer.elapsed() << " ms"
                        << Qt::endl;
    return true;
}

DatabaseUrl pgUrl()
{
    return DatabaseUrl::parse(g_pgUrl).value();
}

// Fills the PostgreSQL workspace from the SQLite one unless it already holds the users.
bool buildPostgres()
{
    Workspace::OpenOptions options;
    auto workspace = Workspace::open(pgUrl(), options);
    if (!workspace)
        workspace = Workspace::init(pgUrl(), {});
    if (!workspace) {
        QTextStream(stderr) << "PostgreSQL: " << workspace.error().message << Qt::endl;
        return false;
    }
    QSqlQuery query(workspace.value()->database().connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM profile_users")) && query.next() &&
        query.value(0).toLongLong() > 0) {
        QTextStream(stderr) << "PostgreSQL: reusing " << query.value(0).toLongLong() << " users in "
                            << g_pgUrl << Qt::endl;
        return true;
    }
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty()) {
        QTextStream(stderr) << "PostgreSQL: psql is not installed" << Qt::endl;
        return false;
    }
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(g_path.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return false;
    QElapsedTimer timer;
    timer.start();
    QTextStream(stderr) << "PostgreSQL: copying the SQLite workspace into " << g_pgUrl << Qt::endl;
    const bool copied =
        copyTable(source, psql, "profile_categories", "id, name", "id") &&
        copyTable(source, psql, "profile_items", "id, external_id, title, attributes", "id") &&
        copyTable(source, psql, "profile_item_categories", "item_id, category_id", "item_id, category_id") &&
        copyTable(
            source, psql, "profile_users",
            "id, external_id, id_number, consent, search_text, interaction_count, kind_counts, first_at, "
            "last_at, top_category, top_strength, recent_items",
            "id") &&
        copyTable(source, psql, "profile_user_attributes", "user_id, key, value, pii", "user_id, key") &&
        copyTable(source, psql, "profile_interactions", "user_id, at, item_id, kind, value",
                  "user_id, at, item_id, kind") &&
        copyTable(source, psql, "profile_interests", "user_id, category_id, strength, interactions",
                  "user_id, category_id");
    sqlite3_close(source);
    if (!copied)
        return false;
    const qint64 copiedMs = timer.elapsed();
    for (const char *sql :
         {"SELECT setval(pg_get_serial_sequence('profile_categories', 'id'), (SELECT MAX(id) FROM "
          "profile_categories))",
          "SELECT setval(pg_get_serial_sequence('profile_items', 'id'), (SELECT MAX(id) FROM profile_items))",
          "SELECT setval(pg_get_serial_sequence('profile_users', 'id'), (SELECT MAX(id) FROM profile_users))",
          "VACUUM ANALYZE"}) {
        if (!query.exec(QString::fromLatin1(sql))) {
            QTextStream(stderr) << "PostgreSQL: " << sql << " failed" << Qt::endl;
            return false;
        }
    }
    QTextStream(stderr) << "PostgreSQL built: copy " << copiedMs << " ms, vacuum analyze "
                        << timer.elapsed() - copiedMs << " ms, total " << timer.elapsed() << " ms"
                        << Qt::endl;
    return true;
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The benchmark's argument picks the database: 0 the SQLite workspace, 1 the PostgreSQL one.
std::shared_ptr<Workspace> openWorkspace(const benchmark::State &state)
{
    Workspace::OpenOptions options;
    const bool postgres = state.range(0) == 1;
    if (!postgres)
        options.operatorOverride = QStringLiteral("bench");
    auto opened = Workspace::open(postgres ? pgUrl() : DatabaseUrl::sqliteFile(g_path), options);
    return opened ? opened.value() : nullptr;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

void BM_FirstPage(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto workspace = openWorkspace(state);
        auto page = workspace ? workspace->profiles().page({})
                              : Result<ProfilePage>(Error::failed(QStringLiteral("open")));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!page) {
            state.SkipWithError(qPrintable(page.error().message));
            return;
        }
        state.SetIterationTime(ms / 1000.0);
        state.counters["rows"] = double(page->rows.size());
        state.counters["users"] = double(page->total);
    }
}

QList<ProfileQuery> variedQueries()
{
    QList<ProfileQuery> queries;
    const QList<ProfileColumn> columns{ProfileColumn::UserId,        ProfileColumn::Interactions,
                                       ProfileColumn::FirstActivity, ProfileColumn::LastActivity,
                                       ProfileColumn::TopCategory,   ProfileColumn::Consent};
    const QDateTime recent(QDate(2024, 10, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 50; ++i) {
        ProfileQuery query;
        query.sortBy = columns.at(i % columns.size());
        query.order = (i / 6) % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        query.offset = (i % 5 == 4) ? 500 : 0;
        switch (i % 10) {
        case 0:
            break;
        case 1:
            query.filter.interests << InterestFilter{QString::fromLatin1(Genres[i % 18]), 0.66, 1.0};
            break;
        case 2:
            query.filter.consent = ConsentFilter::Granted;
            break;
        case 3:
            query.filter.activeFrom = recent;
            break;
        case 4:
            query.filter.attributes << AttributeFilter{QStringLiteral("country"),
                                                       QString::fromLatin1(Countries[i % 20])};
            break;
        case 5:
            query.filter.search = QStringLiteral("gold");
            break;
        case 6:
            query.filter.search = QString::number(1000 + i * 7919);
            break;
        case 7:
            query.filter.interests << InterestFilter{QString::fromLatin1(Genres[(i * 5) % 18]), 0.33, 0.66};
            query.filter.consent = ConsentFilter::Granted;
            break;
        case 8:
            query.filter.interests << InterestFilter{QString::fromLatin1(Genres[i % 18]), 0.9, 1.0};
            query.filter.activeFrom = recent;
            query.filter.attributes << AttributeFilter{QStringLiteral("plan"), QStringLiteral("pro")};
            break;
        case 9:
            query.filter.minInteractions = 80;
            query.filter.consent = ConsentFilter::Refused;
            break;
        }
        queries << query;
    }
    return queries;
}

void BM_VariedQueries(benchmark::State &state)
{
    for (auto _ : state) {
        auto workspace = openWorkspace(state);
        const QList<ProfileQuery> queries = variedQueries();
        std::vector<double> times;
        for (const ProfileQuery &query : queries) {
            QElapsedTimer timer;
            timer.start();
            auto page = workspace->profiles().page(query);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!page) {
                state.SkipWithError(qPrintable(page.error().message));
                return;
            }
            if (qEnvironmentVariableIsSet("TAILOR_BENCH_VERBOSE"))
                QTextStream(stderr) << times.back() << " ms  " << profileColumnId(query.sortBy)
                                    << (query.order == Qt::DescendingOrder ? " desc" : " asc") << " offset "
                                    << query.offset << "  " << query.filter.describe() << " → " << page->total
                                    << (page->totalIsEstimate ? "+" : "") << Qt::endl;
        }
        state.SetIterationTime(percentile(times, 0.95) / 1000.0);
        state.counters["p50_ms"] = percentile(times, 0.5);
        state.counters["p95_ms"] = percentile(times, 0.95);
        state.counters["max_ms"] = percentile(times, 1.0);
        state.counters["queries"] = double(times.size());
        malloc_trim(0);
        state.counters["rss_MB"] = double(rssKb()) / 1024.0;
    }
}

void BM_Detail(benchmark::State &state)
{
    for (auto _ : state) {
        auto workspace = openWorkspace(state);
        std::vector<double> times;
        quint64 seed = 99;
        for (int i = 0; i < 50; ++i) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const QString user = QString::number(1 + qint64((seed >> 33) % quint64(g_users)));
            QElapsedTimer timer;
            timer.start();
            auto detail = workspace->profiles().detail(user, false, 100);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!detail) {
                state.SkipWithError(qPrintable(detail.error().message));
                return;
            }
        }
        state.SetIterationTime(percentile(times, 0.95) / 1000.0);
        state.counters["p50_ms"] = percentile(times, 0.5);
        state.counters["p95_ms"] = percentile(times, 0.95);
        state.counters["rss_MB"] = double(rssKb()) / 1024.0;
    }
}

void registerBenchmarks(bool postgres)
{
    const char *suffix = postgres ? "/postgresql" : "/sqlite";
    for (const auto &[name, function] :
         {std::pair{"BM_FirstPage", &BM_FirstPage}, std::pair{"BM_VariedQueries", &BM_VariedQueries},
          std::pair{"BM_Detail", &BM_Detail}})
        benchmark::RegisterBenchmark((std::string(name) + suffix).c_str(), function)
            ->Arg(postgres ? 1 : 0)
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = qEnvironmentVariable("TAILOR_BENCH_DIR", QStringLiteral("/tmp/tailor-bench"));
    if (qEnvironmentVariableIsSet("TAILOR_BENCH_USERS"))
        g_users = qEnvironmentVariable("TAILOR_BENCH_USERS").toLongLong();
    if (qEnvironmentVariableIsSet("TAILOR_BENCH_PER_USER"))
        g_perUser = qEnvironmentVariable("TAILOR_BENCH_PER_USER").toInt();
    QDir().mkpath(dir);
    g_path = dir + QStringLiteral("/browse-%1x%2.tailor").arg(g_users).arg(g_perUser);
    if (!QFile::exists(g_path) && !build())
        return 1;
    // Pending migrations (new indexes) are applied here, not inside the first measurement.
    if (!Workspace::open(DatabaseUrl::sqliteFile(g_path), {true, QStringLiteral("bench")})) {
        QTextStream(stderr) << "could not open " << g_path << Qt::endl;
        return 1;
    }
    registerBenchmarks(false);
    g_pgUrl = qEnvironmentVariable("TAILOR_BENCH_PG_URL");
    if (g_pgUrl.isEmpty()) {
        QTextStream(stderr)
            << "PostgreSQL: not configured (set TAILOR_BENCH_PG_URL=postgresql://user@host:port/db "
               "to run the same benchmarks there)"
            << Qt::endl;
    } else if (!DatabaseUrl::parse(g_pgUrl)) {
        QTextStream(stderr) << "TAILOR_BENCH_PG_URL: " << DatabaseUrl::parse(g_pgUrl).error().message
                            << Qt::endl;
        return 2;
    } else {
        if (!buildPostgres())
            return 1;
        registerBenchmarks(true);
    }
    malloc_trim(0);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
