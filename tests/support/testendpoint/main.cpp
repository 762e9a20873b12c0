// tailor-testendpoint: the scripted OpenAI-compatible test endpoint as a process of its own, for benchmarks
// (the server's CPU time stays out of the client's measurements) and manual trials. Prints
// "listening on http://127.0.0.1:PORT/v1" once it accepts connections, runs until SIGINT or SIGTERM, then
// prints its statistics to stderr. See README.md for the options and the --script format.
#include "endpointscript.h"
#include "testendpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <limits>
#include <sys/socket.h>
#include <unistd.h>

using namespace tailor::test;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 minimum,
             qint64 maximum, qint64 &target)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        std::fprintf(stderr, "tailor-testendpoint: --%s: expected an integer from %lld to %lld, not \"%s\"\n",
                     qPrintable(option.names().constFirst()), static_cast<long long>(minimum),
                     static_cast<long long>(maximum), qPrintable(parser.value(option)));
        return false;
    }
    target = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tailor-testendpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAILOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scripted OpenAI-compatible endpoint for Tailor's tests and benchmarks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1; 0 picks a free one."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay before every answer without a rule delay."),
                                           QStringLiteral("N"));
    const QCommandLineOption chunkDelayOption(
        QStringLiteral("stream-chunk-ms"), QStringLiteral("Delay between SSE events."), QStringLiteral("N"));
    const QCommandLineOption chunksOption(QStringLiteral("stream-chunks"),
                                          QStringLiteral("Content pieces per stream (default 4)."),
                                          QStringLiteral("N"));
    const QCommandLineOption failOption(QStringLiteral("fail-429-percent"),
                                        QStringLiteral("Answer this percentage of chat requests with 429."),
                                        QStringLiteral("P"));
    const QCommandLineOption retryAfterOption(
        QStringLiteral("retry-after"),
        QStringLiteral("Retry-After seconds sent with the injected 429s (default 1)."), QStringLiteral("S"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed for probabilistic rules."), QStringLiteral("N"));
    const QCommandLineOption scriptOption(
        QStringLiteral("script"), QStringLiteral("Rules and settings as JSON."), QStringLiteral("FILE"));
    parser.addOptions({portOption, latencyOption, chunkDelayOption, chunksOption, failOption,
                       retryAfterOption, seedOption, scriptOption});
    parser.process(app);

    qint64 port = 0;
    qint64 latency = -1;
    qint64 chunkDelay = -1;
    qint64 chunks = -1;
    qint64 failPercent = 0;
    qint64 retryAfter = 1;
    qint64 seed = -1;
    constexpr qint64 unlimited = std::numeric_limits<int>::max();
    if (!readInt(parser, portOption, 0, 65535, port) ||
        !readInt(parser, latencyOption, 0, unlimited, latency) ||
        !readInt(parser, chunkDelayOption, 0, unlimited, chunkDelay) ||
        !readInt(parser, chunksOption, 1, unlimited, chunks) ||
        !readInt(parser, failOption, 0, 100, failPercent) ||
        !readInt(parser, retryAfterOption, 0, unlimited, retryAfter) ||
        !readInt(parser, seedOption, 0, std::numeric_limits<qint64>::max(), seed))
        return 2;

    TestEndpoint endpoint;
    // The injected 429s come first: they take their share of requests before any scripted rule.
    if (failPercent > 0)
        endpoint.addRule(
            Rule::rateLimited(static_cast<int>(retryAfter)).withProbability(failPercent / 100.0));
    if (parser.isSet(scriptOption)) {
        const auto script = EndpointScript::load(parser.value(scriptOption));
        if (!script) {
            std::fprintf(stderr, "tailor-testendpoint: %s\n", qPrintable(script.error().message));
            return 2;
        }
        endpoint.applyScript(script.value());
    }
    if (latency >= 0)
        endpoint.setDefaultLatency(static_cast<int>(latency));
    if (chunkDelay >= 0)
        endpoint.setStreamChunkDelay(static_cast<int>(chunkDelay));
    if (chunks > 0)
        endpoint.setStreamChunks(static_cast<int>(chunks));
    if (seed >= 0)
        endpoint.setSeed(static_cast<quint64>(seed));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("tailor-testendpoint: socketpair");
        return 1;
    }
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    if (!endpoint.listen(static_cast<quint16>(port))) {
        std::fprintf(stderr, "tailor-testendpoint: cannot listen on 127.0.0.1:%lld: %s\n",
                     static_cast<long long>(port), qPrintable(endpoint.errorString()));
        return 1;
    }
    std::fprintf(stdout, "listening on %s\n", qPrintable(endpoint.baseUrl()));
    std::fflush(stdout);

    const int status = QCoreApplication::exec();

    const EndpointStatistics stats = endpoint.statistics();
    endpoint.close();
    std::fprintf(stderr, "requests: %d\nmax in flight: %d\nconnections: %llu\nmax open connections: %d\n",
                 stats.requests, stats.maxInFlight, static_cast<unsigned long long>(stats.connections),
                 stats.maxOpenConnections);
    return status;
}
