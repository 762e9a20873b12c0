// bench_llmclient: the LLM client against tailor-testendpoint running as a separate process at 100 ms
// latency, so the server's CPU time stays out of this process's figures.
//  (a) 2,000 requests at concurrency 32: wall time against the ideal 2000 / 32 × 0.1 s = 6.25 s (target
//      ≤ 1.15×), this process's CPU time (user + system, all threads) per request (target ≤ 0.5 ms), and
//      resident memory growth (target < 50 MB).
//  (b) the same with 10% of the answers 429 + Retry-After: 1: every request succeeds exactly once, the
//      endpoint saw 2,000 requests plus one per retry (no duplicates), and the wall time is within 1.5× of
//      run (a) measured in the same invocation.
// The cache is bypassed; the request log is written to a SQLite workspace as in real use. Prints a table;
// exits 1 when a target is missed. Google Benchmark flags (from run.sh) are accepted and ignored.
#include "llm/llmclient.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace tailor;

namespace {

constexpr int requestCount = 2000;
constexpr int concurrency = 32;
constexpr int latencyMs = 100;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

class Endpoint
{
public:
    bool start(const QStringList &extra)
    {
        m_process.setProgram(QStringLiteral(TAILOR_TESTENDPOINT_PATH));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--latency-ms"), QString::number(latencyMs)} +
                               extra);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        while (m_process.waitForReadyRead(5000)) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("listening on "))) {
                m_baseUrl = line.mid(13);
                return true;
            }
        }
        return false;
    }

    // Stops the server and returns the number of requests it received.
    int stop()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
        static const QRegularExpression requests(QStringLiteral("requests: (\\d+)"));
        const auto match = requests.match(QString::fromUtf8(m_process.readAllStandardError()));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    QString baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QString m_baseUrl;
};

struct RunFigures
{
    double wallSeconds = 0;
    double cpuMsPerRequest = 0;
    double rssGrowthMiB = 0;
    int succeeded = 0;
    int succeededTwice = 0;
    int wrongContent = 0;
    int retries = 0;
    int endpointRequests = 0;
    QString firstError;
};

EndpointConfig endpointAt(const QString &baseUrl)
{
    EndpointConfig config = EndpointConfig::preset(EndpointProvider::Vllm, QStringLiteral("bench"));
    config.baseUrl = baseUrl;
    config.model = QStringLiteral("tailor-test");
    config.concurrency = concurrency;
    config.maxAttempts = 10;
    config.timeoutMs = 30000;
    config.pricePer1kInput = 0.15;
    config.pricePer1kOutput = 0.6;
    return config;
}

ChatRequest requestFor(const EndpointConfig &endpoint, int index)
{
    ChatRequest request;
    request.endpoint = endpoint;
    request.cache = CachePolicy::Bypass;
    request.messages = {ChatMessage{QStringLiteral("system"),
                                    QStringLiteral("You recommend films to one user from their history.")},
                        ChatMessage{QStringLiteral("user"), QStringLiteral("request %1").arg(index)}};
    request.metadata.experimentId = QStringLiteral("bench");
    return request;
}

RunFigures run(LlmClient &client, const QStringList &endpointArguments)
{
    RunFigures figures;
    Endpoint endpoint;
    if (!endpoint.start(endpointArguments)) {
        figures.firstError = QStringLiteral("tailor-testendpoint did not start");
        return figures;
    }
    const EndpointConfig config = endpointAt(endpoint.baseUrl());
    // Warm-up: open the connections once, as a long-running client has them open.
    QList<LlmCall> warmUp;
    for (int i = 0; i < concurrency; ++i)
        warmUp << client.submit(requestFor(config, -1 - i));
    int warmUpRetries = 0;
    for (const LlmCall &call : warmUp)
        warmUpRetries += call.result.result().retries + 1;
    (void)client.flushLog();

    const qint64 rssBefore = rssKiB();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QList<LlmCall> calls;
    calls.reserve(requestCount);
    for (int i = 0; i < requestCount; ++i)
        calls << client.submit(requestFor(config, i));
    QHash<quint64, int> okPerId;
    for (int i = 0; i < requestCount; ++i) {
        const QList<ChatResult> results = calls.at(i).result.results();
        for (const ChatResult &result : results) {
            if (result.ok()) {
                ++okPerId[result.requestId];
                figures.retries += result.retries;
                if (result.content != QStringLiteral("ok: request %1").arg(i))
                    ++figures.wrongContent;
            } else if (figures.firstError.isEmpty()) {
                figures.firstError = result.error;
            }
        }
    }
    figures.wallSeconds = wall.nsecsElapsed() / 1e9;
    (void)client.flushLog();
    figures.cpuMsPerRequest = (cpuSeconds() - cpuBefore) * 1000.0 / requestCount;
    figures.rssGrowthMiB = double(rssKiB() - rssBefore) / 1024.0;
    for (auto it = okPerId.cbegin(); it != okPerId.cend(); ++it) {
        ++figures.succeeded;
        if (it.value() > 1)
            ++figures.succeededTwice;
    }
    figures.endpointRequests = endpoint.stop() - warmUpRetries;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.tailor")));
    if (!url) {
        std::fprintf(stderr, "bench_llmclient: %s\n", qPrintable(url.error().message));
        return 2;
    }
    auto workspace = Workspace::init(url.value(), QStringLiteral("bench"));
    if (!workspace) {
        std::fprintf(stderr, "bench_llmclient: %s\n", qPrintable(workspace.error().message));
        return 2;
    }
    auto database = Database::open(url.value(), Database::Mode::OpenExisting);
    if (!database) {
        std::fprintf(stderr, "bench_llmclient: %s\n", qPrintable(database.error().message));
        return 2;
    }
    LlmClientOptions options;
    options.operatorName = QStringLiteral("bench");

    RunFigures clean;
    RunFigures faulty;
    {
        LlmClient client(database.value(), options);
        clean = run(client, {});
    }
    {
        LlmClient client(database.value(), options);
        faulty = run(client, {QStringLiteral("--fail-429-percent"), QStringLiteral("10"),
                              QStringLiteral("--retry-after"), QStringLiteral("1")});
    }

    const double ideal = double(requestCount) / concurrency * latencyMs / 1000.0;
    const double cleanRatio = clean.wallSeconds / ideal;
    const double faultyRatio = faulty.wallSeconds / clean.wallSeconds;
    const bool cleanOk = clean.succeeded == requestCount && clean.succeededTwice == 0 &&
                         clean.wrongContent == 0 && clean.endpointRequests == requestCount + clean.retries;
    const bool faultyOk = faulty.succeeded == requestCount && faulty.succeededTwice == 0 &&
                          faulty.wrongContent == 0 &&
                          faulty.endpointRequests == requestCount + faulty.retries;
    const bool wallOk = cleanRatio <= 1.15;
    const bool cpuOk = clean.cpuMsPerRequest <= 0.5;
    const bool rssOk = clean.rssGrowthMiB < 50;
    const bool faultyWallOk = faultyRatio <= 1.5;

    std::printf("bench_llmclient: %d requests, concurrency %d, endpoint latency %d ms (separate process)\n\n",
                requestCount, concurrency, latencyMs);
    std::printf("| run | wall | vs. baseline | CPU per request | RSS growth | succeeded | retries | endpoint "
                "requests |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    std::printf("| ideal bound 2000/32 × 0.1 s | %.2f s | 1× | — | — | — | — | — |\n", ideal);
    std::printf(
        "| (a) no faults | %.2f s | %.3f× ideal (≤ 1.15) %s | %.3f ms (≤ 0.5) %s | %.1f MiB (< 50) %s | "
        "%d %s | %d | %d |\n",
        clean.wallSeconds, cleanRatio, wallOk ? "✓" : "✗", clean.cpuMsPerRequest, cpuOk ? "✓" : "✗",
        clean.rssGrowthMiB, rssOk ? "✓" : "✗", clean.succeeded, cleanOk ? "✓" : "✗", clean.retries,
        clean.endpointRequests);
    std::printf(
        "| (b) 10%% 429, Retry-After: 1 | %.2f s | %.3f× run (a) (≤ 1.5) %s | %.3f ms | %.1f MiB | %d %s | "
        "%d | %d |\n",
        faulty.wallSeconds, faultyRatio, faultyWallOk ? "✓" : "✗", faulty.cpuMsPerRequest,
        faulty.rssGrowthMiB, faulty.succeeded, faultyOk ? "✓" : "✗", faulty.retries, faulty.endpointRequests);
    if (!clean.firstError.isEmpty())
        std::printf("\n(a) first error: %s\n", qPrintable(clean.firstError));
    if (!faulty.firstError.isEmpty())
        std::printf("\n(b) first error: %s\n", qPrintable(faulty.firstError));
    return cleanOk && faultyOk && wallOk && cpuOk && rssOk && faultyWallOk ? 0 : 1;
}
