// EndpointConfig describes one OpenAI-compatible chat completions endpoint as an operator configures it: the
// provider it was made from, where it is, which model it runs, the default request parameters, how hard
// Tailor may push it (concurrency, requests and tokens per minute, timeout, attempts), what a call costs,
// and where its API key lives — the name of an environment variable or of a keychain entry, never the key
// itself. Presets fill in what each provider (OpenAI, Azure OpenAI, Ollama, llama.cpp server, vLLM,
// LM Studio) expects; `dry-run` is an endpoint that sends nothing and only counts tokens.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace tailor {

enum class EndpointProvider
{
    OpenAi,
    AzureOpenAi,
    Ollama,
    LlamaCpp,
    Vllm,
    LmStudio,
    Custom,
    DryRun,
};

QList<EndpointProvider> allEndpointProviders();
// Stable identifier stored in the database and accepted on the command line: "openai", "azure-openai",
// "ollama", "llama.cpp", "vllm", "lm-studio", "custom", "dry-run".
QString endpointProviderId(EndpointProvider provider);
std::optional<EndpointProvider> parseEndpointProvider(const QString &id);
// Name for people: "OpenAI", "Azure OpenAI", ...
QString endpointProviderDisplayName(EndpointProvider provider);

// Request parameters of the chat completions API. Unset fields are not sent, so the server's own defaults
// apply; overriddenBy() layers a request's overrides on an endpoint's defaults.
struct ChatParameters
{
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    std::optional<double> topP;
    std::optional<qint64> seed;
    QStringList stop;
    // Sent as response_format as is: {"type": "json_object"} or {"type": "json_schema", "json_schema":
    // {...}}.
    QJsonObject responseFormat;

    bool operator==(const ChatParameters &other) const = default;
    bool isEmpty() const;

    ChatParameters overriddenBy(const ChatParameters &overrides) const;
    // The API's field names: temperature, max_tokens, top_p, seed, stop, response_format.
    QJsonObject toJson() const;
    static Result<ChatParameters> fromJson(const QJsonObject &object);
};

struct EndpointConfig
{
    QString name;
    EndpointProvider provider = EndpointProvider::Custom;
    // Up to and including the API version path: "https://api.openai.com/v1". Azure: the resource's
    // ".../openai" path; the deployment is `model` and the version `apiVersion`.
    QString baseUrl;
    QString model;
    QString apiVersion; // Azure OpenAI only
    ChatParameters parameters;
    int concurrency = 4;       // requests in flight at once
    int requestsPerMinute = 0; // 0: no limit
    int tokensPerMinute = 0;   // 0: no limit
    int timeoutMs = 60000;     // per attempt, from sending to the last byte
    int maxAttempts = 5;       // the first try included
    double pricePer1kInput = 0;
    double pricePer1kOutput = 0;
    bool streaming = false;
    // Where the API key is: the environment variable wins over the keychain entry. Names only.
    QString secretEnv;
    QString secretKey;

    bool operator==(const EndpointConfig &other) const = default;

    // A new endpoint as the provider expects it; `name` defaults to the provider's identifier.
    static EndpointConfig preset(EndpointProvider provider, const QString &name = {});

    bool isDryRun() const { return provider == EndpointProvider::DryRun; }
    // Azure OpenAI sends the key as `api-key`; everyone else as `Authorization: Bearer`.
    bool usesApiKeyHeader() const { return provider == EndpointProvider::AzureOpenAi; }
    QUrl chatCompletionsUrl() const;
    QUrl modelsUrl() const;
    // "check the API key in OPENAI_API_KEY", said for people when the server refuses the key.
    QString secretHint() const;
    double costOf(int promptTokens, int completionTokens) const;

    // Ok, or what is wrong in words an operator understands (a bad name or URL, a value out of range, an
    // API key pasted where its name belongs).
    Result<void> validate() const;

    // Everything above, secrets' names included; there is no secret to include.
    QJsonObject toJson() const;
    static Result<EndpointConfig> fromJson(const QJsonObject &object);
};

} // namespace tailor
