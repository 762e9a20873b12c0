// ChatRequest is one call to a chat completions endpoint as a caller asks for it: the endpoint, the rendered
// messages, parameter overrides on top of the endpoint's defaults, streaming, how to use the response cache,
// and what the call belongs to (prompt version, profile, experiment) for the request log. cacheKey() is the
// SHA-256 of the canonical JSON of what decides the answer — base URL, model, effective parameters and
// messages — so equal requests share one cache entry whatever order their fields were set in.
#pragma once

#include "llm/endpointconfig.h"
#include "prompts/chatmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tailor {

enum class CachePolicy
{
    Use,     // answer from the cache when it can, share identical calls in flight, store new answers
    Bypass,  // neither read nor write the cache: every call goes to the endpoint
    Refresh, // always ask the endpoint, then replace the cached answer
};

QString cachePolicyId(CachePolicy policy);
std::optional<CachePolicy> parseCachePolicy(const QString &id);

// Links from a call to what it served; empty fields are stored as NULL.
struct RequestMetadata
{
    QString promptName;
    int promptVersion = 0;
    QString profileId;
    QString experimentId;
    QStringList fieldsSent; // the profile fields the rendered prompt contains
};

struct ChatRequest
{
    EndpointConfig endpoint;
    QList<ChatMessage> messages;
    ChatParameters overrides;
    std::optional<bool> stream; // unset: the endpoint's setting
    CachePolicy cache = CachePolicy::Use;
    RequestMetadata metadata;
    int timeoutMs = 0; // 0: the endpoint's timeout

    ChatParameters effectiveParameters() const;
    bool effectiveStream() const;
    int effectiveTimeoutMs() const;

    // The request body for POST {base}/chat/completions (compact JSON).
    QByteArray body() const;
    // Lower-case hex SHA-256 of the canonical JSON of base URL, model, effective parameters and messages.
    QString cacheKey() const;
};

} // namespace tailor
