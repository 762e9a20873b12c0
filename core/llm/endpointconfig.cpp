#include "endpointconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace tailor {

namespace {

QString trimmedBase(const QString &baseUrl)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

// An API key pasted where its name belongs: OpenAI-style prefixes, or a long run of letters and digits
// without the separators that environment variable and keychain entry names have.
bool looksLikeSecret(const QString &text)
{
    if (text.startsWith(QLatin1String("sk-")) ||
        text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return true;
    if (text.size() < 24)
        return false;
    bool letters = false;
    bool digits = false;
    for (QChar c : text) {
        if (c.isDigit())
            digits = true;
        else if (c.isLetter())
            letters = true;
        else
            return false;
    }
    return letters && digits;
}

std::optional<double> optionalDouble(const QJsonObject &object, QLatin1StringView key, bool *bad)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        *bad = true;
        return std::nullopt;
    }
    return value.toDouble();
}

} // namespace

QList<EndpointProvider> allEndpointProviders()
{
    return {EndpointProvider::OpenAi,   EndpointProvider::AzureOpenAi, EndpointProvider::Ollama,
            EndpointProvider::LlamaCpp, EndpointProvider::Vllm,        EndpointProvider::LmStudio,
            EndpointProvider::Custom,   EndpointProvider::DryRun};
}

QString endpointProviderId(EndpointProvider provider)
{
    switch (provider) {
    case EndpointProvider::OpenAi:
        return QStringLiteral("openai");
    case EndpointProvider::AzureOpenAi:
        return QStringLiteral("azure-openai");
    case EndpointProvider::Ollama:
        return QStringLiteral("ollama");
    case EndpointProvider::LlamaCpp:
        return QStringLiteral("llama.cpp");
    case EndpointProvider::Vllm:
        return QStringLiteral("vllm");
    case EndpointProvider::LmStudio:
        return QStringLiteral("lm-studio");
    case EndpointProvider::Custom:
        return QStringLiteral("custom");
    case EndpointProvider::DryRun:
        return QStringLiteral("dry-run");
    }
    return {};
}

std::optional<EndpointProvider> parseEndpointProvider(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (EndpointProvider provider : allEndpointProviders()) {
        if (endpointProviderId(provider) == wanted)
            return provider;
    }
    return std::nullopt;
}

QString endpointProviderDisplayName(EndpointProvider provider)
{
    switch (provider) {
    case EndpointProvider::OpenAi:
        return QCoreApplication::translate("tailor::EndpointConfig", "OpenAI");
    case EndpointProvider::AzureOpenAi:
        return QCoreApplication::translate("tailor::EndpointConfig", "Azure OpenAI");
    case EndpointProvider::Ollama:
        return QCoreApplication::translate("tailor::EndpointConfig", "Ollama");
    case EndpointProvider::LlamaCpp:
        return QCoreApplication::translate("tailor::EndpointConfig", "llama.cpp server");
    case EndpointProvider::Vllm:
        return QCoreApplication::translate("tailor::EndpointConfig", "vLLM");
    case EndpointProvider::LmStudio:
        return QCoreApplication::translate("tailor::EndpointConfig", "LM Studio");
    case EndpointProvider::Custom:
        return QCoreApplication::translate("tailor::EndpointConfig", "Custom (OpenAI-compatible)");
    case EndpointProvider::DryRun:
        return QCoreApplication::translate("tailor::EndpointConfig", "Dry run (no network)");
    }
    return {};
}

bool ChatParameters::isEmpty() const
{
    return *this == ChatParameters{};
}

ChatParameters ChatParameters::overriddenBy(const ChatParameters &overrides) const
{
    ChatParameters merged = *this;
    if (overrides.temperature)
        merged.temperature = overrides.temperature;
    if (overrides.maxTokens)
        merged.maxTokens = overrides.maxTokens;
    if (overrides.topP)
        merged.topP = overrides.topP;
    if (overrides.seed)
        merged.seed = overrides.seed;
    if (!overrides.stop.isEmpty())
        merged.stop = overrides.stop;
    if (!overrides.responseFormat.isEmpty())
        merged.responseFormat = overrides.responseFormat;
    return merged;
}

QJsonObject ChatParameters::toJson() const
{
    QJsonObject object;
    if (temperature)
        object.insert(QLatin1String("temperature"), *temperature);
    if (maxTokens)
        object.insert(QLatin1String("max_tokens"), *maxTokens);
    if (topP)
        object.insert(QLatin1String("top_p"), *topP);
    if (seed)
        object.insert(QLatin1String("seed"), *seed);
    if (!stop.isEmpty())
        object.insert(QLatin1String("stop"), QJsonArray::fromStringList(stop));
    if (!responseFormat.isEmpty())
        object.insert(QLatin1String("response_format"), responseFormat);
    return object;
}

Result<ChatParameters> ChatParameters::fromJson(const QJsonObject &object)
{
    ChatParameters parameters;
    bool bad = false;
    parameters.temperature = optionalDouble(object, QLatin1StringView("temperature"), &bad);
    parameters.topP = optionalDouble(object, QLatin1StringView("top_p"), &bad);
    if (auto maxTokens = optionalDouble(object, QLatin1StringView("max_tokens"), &bad))
        parameters.maxTokens = int(*maxTokens);
    if (auto seed = optionalDouble(object, QLatin1StringView("seed"), &bad))
        parameters.seed = qint64(*seed);
    const QJsonValue stop = object.value(QLatin1String("stop"));
    if (stop.isString()) {
        parameters.stop = {stop.toString()};
    } else if (stop.isArray()) {
        for (const QJsonValue &entry : stop.toArray()) {
            if (!entry.isString())
                bad = true;
            parameters.stop << entry.toString();
        }
    } else if (!stop.isUndefined() && !stop.isNull()) {
        bad = true;
    }
    const QJsonValue format = object.value(QLatin1String("response_format"));
    if (format.isObject())
        parameters.responseFormat = format.toObject();
    else if (!format.isUndefined() && !format.isNull())
        bad = true;
    if (bad)
        return Error::badInput(QCoreApplication::translate(
            "tailor::EndpointConfig",
            "The request parameters are malformed: temperature, top_p, max_tokens and "
            "seed must be numbers, stop a text or a list of texts, response_format an "
            "object."));
    return parameters;
}

EndpointConfig EndpointConfig::preset(EndpointProvider provider, const QString &name)
{
    EndpointConfig config;
    config.provider = provider;
    config.name = name.isEmpty() ? endpointProviderId(provider) : name;
    switch (provider) {
    case EndpointProvider::OpenAi:
        config.baseUrl = QStringLiteral("https://api.openai.com/v1");
        config.model = QStringLiteral("gpt-4o-mini");
        config.concurrency = 8;
        config.pricePer1kInput = 0.00015;
        config.pricePer1kOutput = 0.0006;
        config.secretEnv = QStringLiteral("OPENAI_API_KEY");
        config.secretKey = QStringLiteral("openai");
        break;
    case EndpointProvider::AzureOpenAi:
        config.baseUrl = QStringLiteral("https://YOUR-RESOURCE.openai.azure.com/openai");
        config.model = QStringLiteral("YOUR-DEPLOYMENT");
        config.apiVersion = QStringLiteral("2024-06-01");
        config.concurrency = 8;
        config.secretEnv = QStringLiteral("AZURE_OPENAI_API_KEY");
        config.secretKey = QStringLiteral("azure-openai");
        break;
    case EndpointProvider::Ollama:
        config.baseUrl = QStringLiteral("http://localhost:11434/v1");
        config.model = QStringLiteral("llama3.2");
        config.concurrency = 4;
        config.timeoutMs = 300000;
        break;
    case EndpointProvider::LlamaCpp:
        config.baseUrl = QStringLiteral("http://localhost:8080/v1");
        config.model = QStringLiteral("default");
        config.concurrency = 4;
        config.timeoutMs = 300000;
        break;
    case EndpointProvider::Vllm:
        config.baseUrl = QStringLiteral("http://localhost:8000/v1");
        config.model = QStringLiteral("meta-llama/Llama-3.1-8B-Instruct");
        config.concurrency = 32;
        config.timeoutMs = 300000;
        break;
    case EndpointProvider::LmStudio:
        config.baseUrl = QStringLiteral("http://localhost:1234/v1");
        config.model = QStringLiteral("local-model");
        config.concurrency = 2;
        config.timeoutMs = 300000;
        break;
    case EndpointProvider::Custom:
        config.baseUrl = QStringLiteral("http://localhost:8000/v1");
        config.model = QStringLiteral("model");
        break;
    case EndpointProvider::DryRun:
        config.model = QStringLiteral("dry-run");
        config.concurrency = 1;
        config.maxAttempts = 1;
        break;
    }
    return config;
}

QUrl EndpointConfig::chatCompletionsUrl() const
{
    const QString base = trimmedBase(baseUrl);
    if (provider != EndpointProvider::AzureOpenAi)
        return QUrl(base + QLatin1String("/chat/completions"));
    return QUrl(base + QLatin1String("/deployments/") + QString::fromLatin1(QUrl::toPercentEncoding(model)) +
                QLatin1String("/chat/completions?api-version=") +
                QString::fromLatin1(QUrl::toPercentEncoding(apiVersion)));
}

QUrl EndpointConfig::modelsUrl() const
{
    const QString base = trimmedBase(baseUrl);
    if (provider != EndpointProvider::AzureOpenAi)
        return QUrl(base + QLatin1String("/models"));
    return QUrl(base + QLatin1String("/models?api-version=") +
                QString::fromLatin1(QUrl::toPercentEncoding(apiVersion)));
}

QString EndpointConfig::secretHint() const
{
    if (!secretEnv.isEmpty() && !secretKey.isEmpty())
        return QCoreApplication::translate(
                   "tailor::EndpointConfig",
                   "check the API key in the environment variable %1 or in the keychain entry '%2'")
            .arg(secretEnv, secretKey);
    if (!secretEnv.isEmpty())
        return QCoreApplication::translate("tailor::EndpointConfig", "check the API key in %1")
            .arg(secretEnv);
    if (!secretKey.isEmpty())
        return QCoreApplication::translate("tailor::EndpointConfig",
                                           "check the API key in the keychain entry '%1'")
            .arg(secretKey);
    return QCoreApplication::translate(
               "tailor::EndpointConfig",
               "the endpoint '%1' names no API key: give it an environment variable or a keychain entry")
        .arg(name);
}

double EndpointConfig::costOf(int promptTokens, int completionTokens) const
{
    return promptTokens / 1000.0 * pricePer1kInput + completionTokens / 1000.0 * pricePer1kOutput;
}

Result<void> EndpointConfig::validate() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    static const QRegularExpression envPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:@/-]{0,127}$"));
    if (!namePattern.match(name).hasMatch())
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::EndpointConfig",
                "'%1' is not a valid endpoint name: use letters, digits, '-', '_' and '.', "
                "starting with a letter or digit (at most 64 characters).")
                .arg(name));
    if (!isDryRun()) {
        const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::EndpointConfig",
                    "'%1' is not a usable base URL for the endpoint '%2': give an http:// or "
                    "https:// address such as https://api.openai.com/v1.")
                    .arg(baseUrl, name));
        if (!url.userInfo().isEmpty())
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::EndpointConfig",
                    "The base URL of the endpoint '%1' contains a user name or password; Tailor keeps "
                    "credentials out of URLs. Put the API key in the keychain or an environment variable.")
                    .arg(name));
        if (url.hasQuery() || url.hasFragment())
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::EndpointConfig",
                    "The base URL of the endpoint '%1' has a query or fragment; give only the address up to "
                    "the API version, such as https://api.openai.com/v1.")
                    .arg(name));
        if (model.trimmed().isEmpty())
            return Error::badInput(
                QCoreApplication::translate("tailor::EndpointConfig", "The endpoint '%1' needs a model name.")
                    .arg(name));
        if (provider == EndpointProvider::AzureOpenAi && apiVersion.trimmed().isEmpty())
            return Error::badInput(
                QCoreApplication::translate(
                    "tailor::EndpointConfig",
                    "The Azure OpenAI endpoint '%1' needs an API version, such as 2024-06-01.")
                    .arg(name));
    }
    if (concurrency < 1 || concurrency > 512)
        return Error::badInput(QCoreApplication::translate(
                                   "tailor::EndpointConfig",
                                   "The concurrency of the endpoint '%1' must be between 1 and 512, not %2.")
                                   .arg(name)
                                   .arg(concurrency));
    if (requestsPerMinute < 0 || tokensPerMinute < 0)
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::EndpointConfig",
                "The rate limits of the endpoint '%1' cannot be negative (0 means no limit).")
                .arg(name));
    if (timeoutMs < 100 || timeoutMs > 3600000)
        return Error::badInput(
            QCoreApplication::translate("tailor::EndpointConfig",
                                        "The timeout of the endpoint '%1' must be between 0.1 s and 1 hour.")
                .arg(name));
    if (maxAttempts < 1 || maxAttempts > 20)
        return Error::badInput(
            QCoreApplication::translate("tailor::EndpointConfig",
                                        "The endpoint '%1' must try between 1 and 20 times, not %2.")
                .arg(name)
                .arg(maxAttempts));
    if (!std::isfinite(pricePer1kInput) || !std::isfinite(pricePer1kOutput) || pricePer1kInput < 0 ||
        pricePer1kOutput < 0)
        return Error::badInput(
            QCoreApplication::translate("tailor::EndpointConfig",
                                        "The prices of the endpoint '%1' must be zero or more.")
                .arg(name));
    if (parameters.temperature && (*parameters.temperature < 0 || *parameters.temperature > 2))
        return Error::badInput(
            QCoreApplication::translate("tailor::EndpointConfig",
                                        "The temperature of the endpoint '%1' must be between 0 and 2.")
                .arg(name));
    if (parameters.topP && (*parameters.topP < 0 || *parameters.topP > 1))
        return Error::badInput(
            QCoreApplication::translate("tailor::EndpointConfig",
                                        "The top_p of the endpoint '%1' must be between 0 and 1.")
                .arg(name));
    if (parameters.maxTokens && *parameters.maxTokens < 1)
        return Error::badInput(
            QCoreApplication::translate("tailor::EndpointConfig",
                                        "The max_tokens of the endpoint '%1' must be at least 1.")
                .arg(name));
    if (parameters.stop.size() > 4)
        return Error::badInput(
            QCoreApplication::translate("tailor::EndpointConfig",
                                        "The endpoint '%1' has more than 4 stop sequences.")
                .arg(name));
    if (looksLikeSecret(secretEnv) || looksLikeSecret(secretKey))
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::EndpointConfig",
                "The endpoint '%1' holds what looks like an API key where the key's name belongs. Tailor "
                "never stores keys: keep the key in the keychain or an environment variable and enter that "
                "entry's or variable's name.")
                .arg(name));
    if (!secretEnv.isEmpty() && !envPattern.match(secretEnv).hasMatch())
        return Error::badInput(QCoreApplication::translate(
                                   "tailor::EndpointConfig",
                                   "'%1' is not a valid environment variable name (letters, digits and '_').")
                                   .arg(secretEnv));
    if (!secretKey.isEmpty() && !keyPattern.match(secretKey).hasMatch())
        return Error::badInput(
            QCoreApplication::translate(
                "tailor::EndpointConfig",
                "'%1' is not a valid keychain entry name (letters, digits, '-', '_', '.', ':', "
                "'@' and '/').")
                .arg(secretKey));
    return {};
}

QJsonObject EndpointConfig::toJson() const
{
    return QJsonObject{{QLatin1String("name"), name},
                       {QLatin1String("provider"), endpointProviderId(provider)},
                       {QLatin1String("base_url"), baseUrl},
                       {QLatin1String("model"), model},
                       {QLatin1String("api_version"), apiVersion},
                       {QLatin1String("parameters"), parameters.toJson()},
                       {QLatin1String("concurrency"), concurrency},
                       {QLatin1String("requests_per_minute"), requestsPerMinute},
                       {QLatin1String("tokens_per_minute"), tokensPerMinute},
                       {QLatin1String("timeout_ms"), timeoutMs},
                       {QLatin1String("max_attempts"), maxAttempts},
                       {QLatin1String("price_per_1k_input"), pricePer1kInput},
                       {QLatin1String("price_per_1k_output"), pricePer1kOutput},
                       {QLatin1String("streaming"), streaming},
                       {QLatin1String("secret_env"), secretEnv},
                       {QLatin1String("secret_key"), secretKey}};
}

Result<EndpointConfig> EndpointConfig::fromJson(const QJsonObject &object)
{
    const QString providerText = object.value(QLatin1String("provider")).toString(QStringLiteral("custom"));
    const auto provider = parseEndpointProvider(providerText);
    if (!provider)
        return Error::badInput(QCoreApplication::translate(
                                   "tailor::EndpointConfig",
                                   "'%1' is not a known endpoint provider; use one of openai, azure-openai, "
                                   "ollama, llama.cpp, vllm, lm-studio, custom, dry-run.")
                                   .arg(providerText));
    EndpointConfig config = preset(*provider, object.value(QLatin1String("name")).toString());
    auto text = [&](QLatin1StringView key, QString &field) {
        if (object.contains(key))
            field = object.value(key).toString();
    };
    auto integer = [&](QLatin1StringView key, int &field) {
        if (object.contains(key))
            field = object.value(key).toInt(-1);
    };
    auto number = [&](QLatin1StringView key, double &field) {
        if (object.contains(key))
            field = object.value(key).toDouble(-1);
    };
    text(QLatin1StringView("base_url"), config.baseUrl);
    text(QLatin1StringView("model"), config.model);
    text(QLatin1StringView("api_version"), config.apiVersion);
    text(QLatin1StringView("secret_env"), config.secretEnv);
    text(QLatin1StringView("secret_key"), config.secretKey);
    integer(QLatin1StringView("concurrency"), config.concurrency);
    integer(QLatin1StringView("requests_per_minute"), config.requestsPerMinute);
    integer(QLatin1StringView("tokens_per_minute"), config.tokensPerMinute);
    integer(QLatin1StringView("timeout_ms"), config.timeoutMs);
    integer(QLatin1StringView("max_attempts"), config.maxAttempts);
    number(QLatin1StringView("price_per_1k_input"), config.pricePer1kInput);
    number(QLatin1StringView("price_per_1k_output"), config.pricePer1kOutput);
    if (object.contains(QLatin1String("streaming")))
        config.streaming = object.value(QLatin1String("streaming")).toBool();
    if (object.contains(QLatin1String("parameters"))) {
        auto parameters = ChatParameters::fromJson(object.value(QLatin1String("parameters")).toObject());
        if (!parameters)
            return parameters.error();
        config.parameters = parameters.value();
    }
    return config;
}

} // namespace tailor
