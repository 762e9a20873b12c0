#include "commands.h"

#include "llm/chatrequest.h"
#include "llm/chatresult.h"
#include "llm/connectionreport.h"
#include "llm/endpointconfig.h"
#include "llm/llmclient.h"
#include "llm/requestlog.h"
#include "llm/responsecache.h"
#include "llm/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace tailor::cli {

namespace {

QStringList arguments(const QCommandLineParser &parser)
{
    return parser.positionalArguments().mid(2);
}

// Applies the options that were given on top of `config`; an error names the option.
Result<void> applyOptions(EndpointConfig &config, const QCommandLineParser &parser)
{
    const auto number = [&parser](const QString &option, double &target) -> Result<void> {
        if (!parser.isSet(option))
            return {};
        bool ok = false;
        target = parser.value(option).toDouble(&ok);
        if (!ok)
            return Error::badInput(QCoreApplication::translate("tailor-cli", "--%1 '%2' is not a number")
                                       .arg(option, parser.value(option)));
        return {};
    };
    const auto integer = [&parser](const QString &option, int &target) -> Result<void> {
        if (!parser.isSet(option))
            return {};
        bool ok = false;
        target = parser.value(option).toInt(&ok);
        if (!ok)
            return Error::badInput(
                QCoreApplication::translate("tailor-cli", "--%1 '%2' is not a whole number")
                    .arg(option, parser.value(option)));
        return {};
    };
    if (parser.isSet(QStringLiteral("base-url")))
        config.baseUrl = parser.value(QStringLiteral("base-url"));
    if (parser.isSet(QStringLiteral("model")))
        config.model = parser.value(QStringLiteral("model"));
    if (parser.isSet(QStringLiteral("api-version")))
        config.apiVersion = parser.value(QStringLiteral("api-version"));
    if (parser.isSet(QStringLiteral("key-env")))
        config.secretEnv = parser.value(QStringLiteral("key-env"));
    if (parser.isSet(QStringLiteral("key-name")))
        config.secretKey = parser.value(QStringLiteral("key-name"));
    if (parser.isSet(QStringLiteral("stream")))
        config.streaming = true;
    double temperature = 0;
    double priceIn = config.pricePer1kInput;
    double priceOut = config.pricePer1kOutput;
    int maxTokens = 0;
    for (const auto &step :
         {number(QStringLiteral("temperature"), temperature), number(QStringLiteral("price-in"), priceIn),
          number(QStringLiteral("price-out"), priceOut), integer(QStringLiteral("max-tokens"), maxTokens),
          integer(QStringLiteral("concurrency"), config.concurrency),
          integer(QStringLiteral("rpm"), config.requestsPerMinute),
          integer(QStringLiteral("tpm"), config.tokensPerMinute),
          integer(QStringLiteral("timeout-ms"), config.timeoutMs),
          integer(QStringLiteral("max-attempts"), config.maxAttempts)}) {
        if (!step)
            return step;
    }
    if (parser.isSet(QStringLiteral("temperature")))
        config.parameters.temperature = temperature;
    if (parser.isSet(QStringLiteral("max-tokens")))
        config.parameters.maxTokens = maxTokens;
    config.pricePer1kInput = priceIn;
    config.pricePer1kOutput = priceOut;
    return config.validate();
}

int runEndpoints(CliContext &context, const QCommandLineParser &)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto endpoints = workspace.value()->endpoints().list();
    if (!endpoints)
        return context.fail(endpoints.error());
    if (context.json) {
        QJsonArray array;
        for (const StoredEndpoint &endpoint : endpoints.value()) {
            QJsonObject object = endpoint.config.toJson();
            object.insert(QStringLiteral("updated_by"), endpoint.updatedBy);
            object.insert(QStringLiteral("updated_at"), endpoint.updatedAt);
            array.append(object);
        }
        context.printJson(array);
        return ExitOk;
    }
    context.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QCoreApplication::translate("tailor-cli", "NAME"), -16)
                       .arg(QCoreApplication::translate("tailor-cli", "PROVIDER"), -14)
                       .arg(QCoreApplication::translate("tailor-cli", "MODEL"), -24)
                       .arg(QCoreApplication::translate("tailor-cli", "CONC"), 4)
                       .arg(QCoreApplication::translate("tailor-cli", "BASE URL"));
    for (const StoredEndpoint &endpoint : endpoints.value())
        context.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                           .arg(endpoint.config.name, -16)
                           .arg(endpointProviderId(endpoint.config.provider), -14)
                           .arg(endpoint.config.model, -24)
                           .arg(endpoint.config.concurrency, 4)
                           .arg(endpoint.config.baseUrl);
    context.out.flush();
    return ExitOk;
}

int runSave(CliContext &context, const QCommandLineParser &parser)
{
    const QString name = arguments(parser).at(0);
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    EndpointConfig config;
    if (parser.isSet(QStringLiteral("preset"))) {
        const auto provider = parseEndpointProvider(parser.value(QStringLiteral("preset")));
        if (!provider) {
            QStringList ids;
            for (EndpointProvider known : allEndpointProviders())
                ids << endpointProviderId(known);
            return context.usageError(
                QCoreApplication::translate("tailor-cli", "unknown preset '%1' (presets: %2)")
                    .arg(parser.value(QStringLiteral("preset")), ids.join(QStringLiteral(", "))));
        }
        config = EndpointConfig::preset(*provider, name);
    } else {
        auto existing = workspace.value()->endpoints().get(name);
        if (!existing)
            return context.usageError(QCoreApplication::translate(
                                          "tailor-cli", "there is no endpoint '%1'; create it with --preset "
                                                        "(openai, azure-openai, ollama, llama.cpp, "
                                                        "vllm, lm-studio, custom)")
                                          .arg(name));
        config = existing.value();
    }
    if (auto applied = applyOptions(config, parser); !applied)
        return context.fail(applied.error());
    if (auto saved = workspace.value()->endpoints().save(config); !saved)
        return context.fail(saved.error());
    if (context.json)
        context.printJson(config.toJson());
    else
        context.out << QCoreApplication::translate("tailor-cli", "Saved endpoint %1 (%2, %3).")
                           .arg(config.name, config.baseUrl, config.model)
                    << Qt::endl;
    return ExitOk;
}

int runRemove(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    if (auto removed = workspace.value()->endpoints().remove(arguments(parser).at(0)); !removed)
        return context.fail(removed.error());
    context.out
        << QCoreApplication::translate("tailor-cli", "Removed endpoint %1.").arg(arguments(parser).at(0))
        << Qt::endl;
    return ExitOk;
}

int runKey(CliContext &context, const QCommandLineParser &parser)
{
    const QString key = arguments(parser).at(0);
    const SecretStore store;
    if (parser.isSet(QStringLiteral("remove"))) {
        if (auto removed = store.remove(key); !removed)
            return context.fail(removed.error());
        context.out << QCoreApplication::translate("tailor-cli", "Removed %1 from the keychain.").arg(key)
                    << Qt::endl;
        return ExitOk;
    }
    // Read from standard input so the key never appears in the shell history or the process list.
    QTextStream in(stdin);
    const QString secret = in.readLine().trimmed();
    if (secret.isEmpty())
        return context.usageError(
            QCoreApplication::translate(
                "tailor-cli", "no key on standard input (e.g. printf '%s' \"$KEY\" | tailor-cli llm key %1)")
                .arg(key));
    if (auto written = store.write(key, secret); !written)
        return context.fail(written.error());
    context.out << QCoreApplication::translate("tailor-cli", "Stored the key %1 in the keychain.").arg(key)
                << Qt::endl;
    return ExitOk;
}

int runTest(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto endpoint = workspace.value()->endpoints().get(arguments(parser).at(0));
    if (!endpoint)
        return context.fail(endpoint.error());
    QFuture<ConnectionReport> future = workspace.value()->llm().testConnection(endpoint.value());
    future.waitForFinished();
    const ConnectionReport report = future.result();
    if (context.json)
        context.printJson(report.toJson());
    else
        context.out << report.summary() << Qt::endl;
    if (!report.ok()) {
        if (!context.json)
            context.err << QCoreApplication::translate("tailor-cli",
                                                       "tailor-cli: endpoint %1 failed the test.")
                               .arg(endpoint->name)
                        << Qt::endl;
        return ExitCheckFailed;
    }
    return ExitOk;
}

int runChat(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    const QStringList args = arguments(parser);
    auto endpoint = workspace.value()->endpoints().get(args.at(0));
    if (!endpoint)
        return context.fail(endpoint.error());
    ChatRequest request;
    request.endpoint = endpoint.value();
    if (parser.isSet(QStringLiteral("system")))
        request.messages.append({QStringLiteral("system"), parser.value(QStringLiteral("system"))});
    request.messages.append({QStringLiteral("user"), args.at(1)});
    if (parser.isSet(QStringLiteral("stream")))
        request.stream = true;
    if (parser.isSet(QStringLiteral("no-cache")))
        request.cache = CachePolicy::Bypass;
    LlmClient &client = workspace.value()->llm();
    const bool live = request.effectiveStream() && !context.json;
    // The client reports deltas to this thread's event loop: wait in one rather than blocking.
    quint64 callId = 0;
    QObject receiver;
    // What stdout shows of the current attempt. Text already printed cannot be taken back, so an attempt
    // that breaks off is ended with a line break and named on stderr, and the next attempt starts afresh.
    QString printed;
    if (live) {
        QObject::connect(&client, &LlmClient::delta, &receiver,
                         [&callId, &context, &printed](quint64 id, const QString &text) {
                             if (id != callId)
                                 return;
                             printed += text;
                             context.out << text;
                             context.out.flush();
                         });
        QObject::connect(
            &client, &LlmClient::retrying, &receiver,
            [&callId, &context, &printed](quint64 id, int attempt, int maxAttempts, const QString &reason) {
                if (id != callId)
                    return;
                if (printed.isEmpty()) {
                    context.err << QCoreApplication::translate("tailor-cli",
                                                               "tailor-cli: retrying (attempt %1 of %2): %3")
                                       .arg(attempt)
                                       .arg(maxAttempts)
                                       .arg(reason)
                                << Qt::endl;
                    return;
                }
                context.out << Qt::endl;
                context.err << QCoreApplication::translate(
                                   "tailor-cli",
                                   "tailor-cli: the answer broke off after %1 characters; retrying from the "
                                   "start on a new line (attempt %2 of %3): %4")
                                   .arg(printed.toUcs4().size())
                                   .arg(attempt)
                                   .arg(maxAttempts)
                                   .arg(reason)
                            << Qt::endl;
                printed.clear();
            });
    }
    const LlmCall call = client.submit(request);
    callId = call.id;
    QFutureWatcher<ChatResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<ChatResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(call.result);
    if (!call.result.isFinished())
        loop.exec();
    // Deltas queued before the result are delivered before it is printed.
    QCoreApplication::processEvents();
    const ChatResult result = call.result.result();
    if (auto flushed = client.flushLog(); !flushed)
        context.err << QCoreApplication::translate("tailor-cli",
                                                   "tailor-cli: the request log was not written: %1")
                           .arg(flushed.error().message)
                    << Qt::endl;
    if (context.json) {
        context.printJson(result.toJson());
    } else {
        if (result.ok() && result.content != printed) {
            // Not streamed after all (a server that ignores "stream", the cache, an identical call in
            // flight), or not as it ended: the answer itself, whole.
            if (!printed.isEmpty())
                context.out << Qt::endl;
            context.out << result.content;
        }
        if (result.ok() || !printed.isEmpty())
            context.out << Qt::endl;
        QStringList facts{QCoreApplication::translate("tailor-cli", "%1 prompt + %2 completion tokens%3")
                              .arg(result.promptTokens)
                              .arg(result.completionTokens)
                              .arg(result.tokensEstimated
                                       ? QCoreApplication::translate("tailor-cli", " (estimated)")
                                       : QString()),
                          QCoreApplication::translate("tailor-cli", "%1 ms").arg(result.latencyMs)};
        if (result.ttftMs >= 0)
            facts << QCoreApplication::translate("tailor-cli", "first token after %1 ms").arg(result.ttftMs);
        if (result.cost > 0)
            facts << QCoreApplication::translate("tailor-cli", "cost $%1").arg(result.cost, 0, 'f', 6);
        if (result.cached)
            facts << QCoreApplication::translate("tailor-cli", "from the cache");
        if (result.retries > 0)
            facts << QCoreApplication::translate("tailor-cli", "%1 retries").arg(result.retries);
        if (result.dryRun)
            facts << QCoreApplication::translate("tailor-cli", "dry run: nothing was sent");
        context.err << QStringLiteral("[") << facts.join(QStringLiteral(", ")) << QStringLiteral("]")
                    << Qt::endl;
    }
    if (!result.ok()) {
        context.err << QStringLiteral("tailor-cli: ") << result.error << Qt::endl;
        return ExitCheckFailed;
    }
    return ExitOk;
}

int runCache(CliContext &context, const QCommandLineParser &parser)
{
    const QString action = arguments(parser).at(0);
    if (action != QLatin1String("stats") && action != QLatin1String("clear"))
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "'llm cache' takes stats or clear, not '%1'")
                .arg(action));
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    ResponseCache *cache = workspace.value()->llm().cache();
    if (action == QLatin1String("clear")) {
        auto cleared = cache->clear(workspace.value()->operators());
        if (!cleared)
            return context.fail(cleared.error());
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("removed"), cleared.value()}});
        else
            context.out << QCoreApplication::translate("tailor-cli", "Removed %1 cached responses.")
                               .arg(cleared.value())
                        << Qt::endl;
        return ExitOk;
    }
    auto stats = cache->stats();
    if (!stats)
        return context.fail(stats.error());
    if (context.json)
        context.printJson(stats->toJson());
    else
        context.out << QCoreApplication::translate("tailor-cli", "%1 cached responses, %2 bytes.")
                           .arg(stats->entries)
                           .arg(stats->bytes)
                    << Qt::endl;
    return ExitOk;
}

int runLog(CliContext &context, const QCommandLineParser &parser)
{
    RequestLogFilter filter;
    filter.endpoint = parser.value(QStringLiteral("endpoint"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0)
            return context.usageError(QCoreApplication::translate("tailor-cli", "--limit '%1' is not a count")
                                          .arg(parser.value(QStringLiteral("limit"))));
    }
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    RequestLog *log = workspace.value()->llm().requestLog();
    auto entries = log->list(filter);
    if (!entries)
        return context.fail(entries.error());
    auto summary = log->summarize(filter);
    if (!summary)
        return context.fail(summary.error());
    if (context.json) {
        QJsonArray array;
        for (const RequestLogEntry &entry : entries.value())
            array.append(entry.toJson());
        context.printJson(
            QJsonObject{{QStringLiteral("summary"), summary->toJson()}, {QStringLiteral("calls"), array}});
        return ExitOk;
    }
    for (const RequestLogEntry &entry : entries.value())
        context.out << QStringLiteral("%1 %2 %3 %4 %5+%6 %7ms %8\n")
                           .arg(entry.at, -24)
                           .arg(entry.endpoint, -14)
                           .arg(chatStatusId(entry.status), -9)
                           .arg(entry.model, -20)
                           .arg(entry.promptTokens)
                           .arg(entry.completionTokens)
                           .arg(entry.latencyMs)
                           .arg(entry.cacheHit ? QCoreApplication::translate("tailor-cli", "cached")
                                               : entry.error);
    context.out
        << QCoreApplication::translate(
               "tailor-cli",
               "%1 calls (%2 ok, %3 failed, %4 from the cache), %5 + %6 tokens, cost $%7, latency p50 %8 ms, "
               "p95 %9 ms")
               .arg(summary->count)
               .arg(summary->ok)
               .arg(summary->failed)
               .arg(summary->cacheHits)
               .arg(summary->promptTokens)
               .arg(summary->completionTokens)
               .arg(summary->cost, 0, 'f', 4)
               .arg(summary->p50LatencyMs)
               .arg(summary->p95LatencyMs)
        << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CommandSpec> llmCommands()
{
    const QString area = QStringLiteral("llm");
    const std::pair<QString, QString> endpointArgument{
        QStringLiteral("endpoint"), QCoreApplication::translate("tailor-cli", "the endpoint's name")};
    const QList<QCommandLineOption> endpointOptions{
        QCommandLineOption(
            QStringLiteral("preset"),
            QCoreApplication::translate(
                "tailor-cli",
                "Start from a preset: openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom, "
                "dry-run (creates or replaces the endpoint)."),
            QCoreApplication::translate("tailor-cli", "preset")),
        QCommandLineOption(
            QStringLiteral("base-url"),
            QCoreApplication::translate("tailor-cli",
                                        "Base URL up to the API version, e.g. http://localhost:8000/v1."),
            QCoreApplication::translate("tailor-cli", "url")),
        QCommandLineOption(QStringLiteral("model"),
                           QCoreApplication::translate("tailor-cli", "Model (Azure: the deployment)."),
                           QCoreApplication::translate("tailor-cli", "model")),
        QCommandLineOption(QStringLiteral("api-version"),
                           QCoreApplication::translate("tailor-cli", "Azure OpenAI API version."),
                           QCoreApplication::translate("tailor-cli", "version")),
        QCommandLineOption(QStringLiteral("temperature"),
                           QCoreApplication::translate("tailor-cli", "Default temperature."),
                           QCoreApplication::translate("tailor-cli", "t")),
        QCommandLineOption(QStringLiteral("max-tokens"),
                           QCoreApplication::translate("tailor-cli", "Default max tokens."),
                           QCoreApplication::translate("tailor-cli", "n")),
        QCommandLineOption(QStringLiteral("concurrency"),
                           QCoreApplication::translate("tailor-cli", "Requests in flight at once."),
                           QCoreApplication::translate("tailor-cli", "n")),
        QCommandLineOption(QStringLiteral("rpm"),
                           QCoreApplication::translate("tailor-cli", "Requests per minute (0: no limit)."),
                           QCoreApplication::translate("tailor-cli", "n")),
        QCommandLineOption(QStringLiteral("tpm"),
                           QCoreApplication::translate("tailor-cli", "Tokens per minute (0: no limit)."),
                           QCoreApplication::translate("tailor-cli", "n")),
        QCommandLineOption(QStringLiteral("timeout-ms"),
                           QCoreApplication::translate("tailor-cli", "Timeout per attempt."),
                           QCoreApplication::translate("tailor-cli", "ms")),
        QCommandLineOption(
            QStringLiteral("max-attempts"),
            QCoreApplication::translate("tailor-cli", "Attempts per request, the first included."),
            QCoreApplication::translate("tailor-cli", "n")),
        QCommandLineOption(QStringLiteral("price-in"),
                           QCoreApplication::translate("tailor-cli", "Price per 1K input tokens."),
                           QCoreApplication::translate("tailor-cli", "price")),
        QCommandLineOption(QStringLiteral("price-out"),
                           QCoreApplication::translate("tailor-cli", "Price per 1K output tokens."),
                           QCoreApplication::translate("tailor-cli", "price")),
        QCommandLineOption(QStringLiteral("stream"),
                           QCoreApplication::translate("tailor-cli", "Stream answers by default.")),
        QCommandLineOption(
            QStringLiteral("key-env"),
            QCoreApplication::translate("tailor-cli", "Environment variable that holds the API key."),
            QCoreApplication::translate("tailor-cli", "name")),
        QCommandLineOption(
            QStringLiteral("key-name"),
            QCoreApplication::translate("tailor-cli", "Keychain entry that holds the API key."),
            QCoreApplication::translate("tailor-cli", "name")),
    };
    return {
        {area,
         QStringLiteral("endpoints"),
         QCoreApplication::translate("tailor-cli", "list the workspace's LLM endpoints"),
         QCoreApplication::translate("tailor-cli", "Lists the endpoints, the built-in dry-run endpoint "
                                                   "included. API keys are never shown; only where they "
                                                   "live."),
         {},
         {},
         runEndpoints},
        {area,
         QStringLiteral("save"),
         QCoreApplication::translate("tailor-cli", "create or change an endpoint (admin only)"),
         QCoreApplication::translate("tailor-cli",
                                     "Creates ENDPOINT from --preset, or changes the options given on an "
                                     "existing one. Names of the API key's "
                                     "environment variable or keychain entry only — never the key. Audited."),
         endpointOptions,
         {endpointArgument},
         runSave},
        {area,
         QStringLiteral("remove"),
         QCoreApplication::translate("tailor-cli", "remove an endpoint (admin only)"),
         QCoreApplication::translate("tailor-cli", "Removes ENDPOINT. Audited."),
         {},
         {endpointArgument},
         runRemove},
        {area,
         QStringLiteral("key"),
         QCoreApplication::translate("tailor-cli", "store an API key in the OS keychain from standard input"),
         QCoreApplication::translate("tailor-cli", "Reads one line from standard input and stores it in the "
                                                   "keychain under NAME (service \"Tailor\"), for "
                                                   "endpoints saved with --key-name NAME. Where no keychain "
                                                   "runs, set the endpoint's environment variable "
                                                   "instead."),
         {QCommandLineOption(QStringLiteral("remove"),
                             QCoreApplication::translate("tailor-cli", "Delete the entry instead."))},
         {{QStringLiteral("name"), QCoreApplication::translate("tailor-cli", "the keychain entry's name")}},
         runKey},
        {area,
         QStringLiteral("test"),
         QCoreApplication::translate("tailor-cli",
                                     "list the server's models and send a tiny request; exit 1 on failure"),
         QCoreApplication::translate("tailor-cli",
                                     "GET {base}/models and one short chat request, bypassing the cache."),
         {},
         {endpointArgument},
         runTest},
        {area,
         QStringLiteral("chat"),
         QCoreApplication::translate("tailor-cli", "send one message and print the answer"),
         QCoreApplication::translate("tailor-cli",
                                     "Sends MESSAGE (with --system) through ENDPOINT and prints the answer, "
                                     "streamed live with --stream (a stream that breaks off and is retried "
                                     "ends its line, stderr says so, and the answer starts again); "
                                     "tokens, latency, cost and cache use go to stderr and the request log."),
         {QCommandLineOption(QStringLiteral("system"),
                             QCoreApplication::translate("tailor-cli", "A system message."),
                             QCoreApplication::translate("tailor-cli", "text")),
          QCommandLineOption(QStringLiteral("stream"),
                             QCoreApplication::translate("tailor-cli", "Stream the answer.")),
          QCommandLineOption(QStringLiteral("no-cache"),
                             QCoreApplication::translate("tailor-cli", "Bypass the response cache."))},
         {endpointArgument,
          {QStringLiteral("message"), QCoreApplication::translate("tailor-cli", "the user message")}},
         runChat},
        {area,
         QStringLiteral("cache"),
         QCoreApplication::translate("tailor-cli", "response cache: stats or clear"),
         QCoreApplication::translate(
             "tailor-cli", "'stats' shows the cached responses; 'clear' removes them all (audited)."),
         {},
         {{QStringLiteral("action"), QCoreApplication::translate("tailor-cli", "stats or clear")}},
         runCache},
        {area,
         QStringLiteral("log"),
         QCoreApplication::translate("tailor-cli", "the request log with a summary"),
         QCoreApplication::translate(
             "tailor-cli",
             "Lists the latest calls (newest first) with tokens, latency and errors, and sums them up."),
         {QCommandLineOption(QStringLiteral("endpoint"),
                             QCoreApplication::translate("tailor-cli", "Only this endpoint."),
                             QCoreApplication::translate("tailor-cli", "name")),
          QCommandLineOption(
              QStringLiteral("limit"),
              QCoreApplication::translate("tailor-cli", "At most N calls (default 100; 0 for all)."),
              QCoreApplication::translate("tailor-cli", "n"))},
         {},
         runLog},
    };
}

} // namespace tailor::cli
