#include "chatresult.h"

namespace tailor {

QString chatStatusId(ChatStatus status)
{
    switch (status) {
    case ChatStatus::Ok:
        return QStringLiteral("ok");
    case ChatStatus::Failed:
        return QStringLiteral("failed");
    case ChatStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString chatFailureId(ChatFailure failure)
{
    switch (failure) {
    case ChatFailure::None:
        return QStringLiteral("");
    case ChatFailure::RateLimited:
        return QStringLiteral("rate_limited");
    case ChatFailure::ServerError:
        return QStringLiteral("server_error");
    case ChatFailure::ConnectionReset:
        return QStringLiteral("connection_reset");
    case ChatFailure::Timeout:
        return QStringLiteral("timeout");
    case ChatFailure::QuotaExhausted:
        return QStringLiteral("quota_exhausted");
    case ChatFailure::Unauthorized:
        return QStringLiteral("unauthorized");
    case ChatFailure::Forbidden:
        return QStringLiteral("forbidden");
    case ChatFailure::NotFound:
        return QStringLiteral("not_found");
    case ChatFailure::BadRequest:
        return QStringLiteral("bad_request");
    case ChatFailure::ConnectionFailed:
        return QStringLiteral("connection_failed");
    case ChatFailure::HostNotFound:
        return QStringLiteral("host_not_found");
    case ChatFailure::Tls:
        return QStringLiteral("tls");
    case ChatFailure::BadResponse:
        return QStringLiteral("bad_response");
    case ChatFailure::TooLarge:
        return QStringLiteral("too_large");
    case ChatFailure::NoSecret:
        return QStringLiteral("no_secret");
    case ChatFailure::NotAllowed:
        return QStringLiteral("not_allowed");
    case ChatFailure::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case ChatFailure::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool isRetryable(ChatFailure failure)
{
    return failure == ChatFailure::RateLimited || failure == ChatFailure::ServerError ||
           failure == ChatFailure::ConnectionReset || failure == ChatFailure::Timeout;
}

QJsonObject ChatResult::toJson() const
{
    QJsonObject object{{QLatin1String("id"), QString::number(requestId)},
                       {QLatin1String("status"), chatStatusId(status)},
                       {QLatin1String("endpoint"), endpoint},
                       {QLatin1String("model"), model},
                       {QLatin1String("content"), content},
                       {QLatin1String("finish_reason"), finishReason},
                       {QLatin1String("prompt_tokens"), promptTokens},
                       {QLatin1String("completion_tokens"), completionTokens},
                       {QLatin1String("tokens_estimated"), tokensEstimated},
                       {QLatin1String("latency_ms"), latencyMs},
                       {QLatin1String("cost"), cost},
                       {QLatin1String("cached"), cached},
                       {QLatin1String("retries"), retries},
                       {QLatin1String("cache_key"), cacheKey}};
    if (ttftMs >= 0)
        object.insert(QLatin1String("ttft_ms"), ttftMs);
    if (httpStatus)
        object.insert(QLatin1String("http_status"), httpStatus);
    if (coalesced)
        object.insert(QLatin1String("coalesced"), true);
    if (dryRun)
        object.insert(QLatin1String("dry_run"), true);
    if (invalidUtf8)
        object.insert(QLatin1String("invalid_utf8"), true);
    if (status != ChatStatus::Ok) {
        object.insert(QLatin1String("failure"), chatFailureId(failure));
        object.insert(QLatin1String("error"), error);
    }
    return object;
}

} // namespace tailor
