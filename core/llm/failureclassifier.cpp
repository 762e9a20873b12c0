#include "failureclassifier.h"

#include <QCoreApplication>
#include <QUrl>

namespace tailor {

namespace {

QString where(const EndpointConfig &endpoint)
{
    QString base = endpoint.baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

// A redirect's target as an error shows it: a signed URL's query or a user:password belongs to the server,
// not to a message that lands in the request log.
QString shownTarget(const QUrl &target)
{
    return target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString serverSaid(const ServerError &error)
{
    if (error.message.isEmpty())
        return {};
    if (error.html)
        return QCoreApplication::translate("tailor::FailureClassifier", " (an HTML page: \"%1\")")
            .arg(error.message);
    return QCoreApplication::translate("tailor::FailureClassifier", " (the server said: %1)")
        .arg(error.message);
}

} // namespace

QString FailureClassifier::statusLine(int status)
{
    const char *phrase = nullptr;
    switch (status) {
    case 301:
        phrase = "Moved Permanently";
        break;
    case 302:
        phrase = "Found";
        break;
    case 303:
        phrase = "See Other";
        break;
    case 307:
        phrase = "Temporary Redirect";
        break;
    case 308:
        phrase = "Permanent Redirect";
        break;
    case 400:
        phrase = "Bad Request";
        break;
    case 401:
        phrase = "Unauthorized";
        break;
    case 402:
        phrase = "Payment Required";
        break;
    case 403:
        phrase = "Forbidden";
        break;
    case 404:
        phrase = "Not Found";
        break;
    case 405:
        phrase = "Method Not Allowed";
        break;
    case 408:
        phrase = "Request Timeout";
        break;
    case 409:
        phrase = "Conflict";
        break;
    case 413:
        phrase = "Payload Too Large";
        break;
    case 415:
        phrase = "Unsupported Media Type";
        break;
    case 422:
        phrase = "Unprocessable Entity";
        break;
    case 429:
        phrase = "Too Many Requests";
        break;
    case 500:
        phrase = "Internal Server Error";
        break;
    case 501:
        phrase = "Not Implemented";
        break;
    case 502:
        phrase = "Bad Gateway";
        break;
    case 503:
        phrase = "Service Unavailable";
        break;
    case 504:
        phrase = "Gateway Timeout";
        break;
    default:
        break;
    }
    return phrase ? QString::number(status) + QLatin1Char(' ') + QLatin1String(phrase)
                  : QString::number(status);
}

AttemptFailure FailureClassifier::fromHttpStatus(int status, const ServerError &error,
                                                 const EndpointConfig &endpoint)
{
    const QString head = statusLine(status);
    const QString url = where(endpoint);
    const QString said = serverSaid(error);
    if (error.isQuotaExhausted() || status == 402)
        return {ChatFailure::QuotaExhausted,
                QCoreApplication::translate(
                    "tailor::FailureClassifier",
                    "%1 from %2: the account's quota is exhausted%3. Add credit or raise the quota; retrying "
                    "will not help.")
                    .arg(head, url, said)};
    switch (status) {
    case 401:
        return {ChatFailure::Unauthorized,
                QCoreApplication::translate("tailor::FailureClassifier", "%1 from %2: %3%4")
                    .arg(head, url, endpoint.secretHint(), said)};
    case 403:
        return {
            ChatFailure::Forbidden,
            QCoreApplication::translate("tailor::FailureClassifier",
                                        "%1 from %2: the API key may not use the model '%3' or this API%4")
                .arg(head, url, endpoint.model, said)};
    case 404:
        return {ChatFailure::NotFound,
                QCoreApplication::translate("tailor::FailureClassifier",
                                            "%1 from %2: check the base URL and the model name '%3'%4")
                    .arg(head, url, endpoint.model, said)};
    case 408:
    case 504:
        return {status == 408 ? ChatFailure::Timeout : ChatFailure::ServerError,
                QCoreApplication::translate("tailor::FailureClassifier", "%1 from %2: the server timed out%3")
                    .arg(head, url, said)};
    case 429:
        return {ChatFailure::RateLimited,
                QCoreApplication::translate("tailor::FailureClassifier",
                                            "%1 from %2: the endpoint's rate limit was hit%3")
                    .arg(head, url, said)};
    case 500:
    case 502:
    case 503:
        return {ChatFailure::ServerError,
                QCoreApplication::translate("tailor::FailureClassifier", "%1 from %2: the server failed%3")
                    .arg(head, url, said)};
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return {ChatFailure::BadRequest,
                QCoreApplication::translate("tailor::FailureClassifier",
                                            "%1 from %2: the server rejected the request%3")
                    .arg(head, url, said)};
    if (status >= 500)
        return {ChatFailure::BadResponse,
                QCoreApplication::translate("tailor::FailureClassifier", "%1 from %2: the server failed%3")
                    .arg(head, url, said)};
    return {ChatFailure::BadResponse,
            QCoreApplication::translate("tailor::FailureClassifier", "Unexpected HTTP status %1 from %2%3")
                .arg(head, url, said)};
}

AttemptFailure FailureClassifier::fromServerError(const ServerError &error, const EndpointConfig &endpoint)
{
    if (error.code >= 400 && error.code < 600)
        return fromHttpStatus(error.code, error, endpoint);
    if (error.isQuotaExhausted())
        return fromHttpStatus(429, error, endpoint);
    return {ChatFailure::BadResponse, QCoreApplication::translate("tailor::FailureClassifier",
                                                                  "%1 reported an error inside its answer%2")
                                          .arg(where(endpoint), serverSaid(error))};
}

AttemptFailure FailureClassifier::fromNetworkError(QNetworkReply::NetworkError error,
                                                   const QString &errorString, const EndpointConfig &endpoint)
{
    const QString url = where(endpoint);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {ChatFailure::ConnectionFailed,
                QCoreApplication::translate(
                    "tailor::FailureClassifier",
                    "Could not connect to %1: the connection was refused. Is the server running, and are the "
                    "host and port right?")
                    .arg(url)};
    case QNetworkReply::HostNotFoundError:
        return {ChatFailure::HostNotFound,
                QCoreApplication::translate("tailor::FailureClassifier",
                                            "The host '%1' was not found (DNS): check the base URL %2.")
                    .arg(QUrl(url).host(), url)};
    case QNetworkReply::RemoteHostClosedError:
        return {ChatFailure::ConnectionReset,
                QCoreApplication::translate("tailor::FailureClassifier",
                                            "%1 closed the connection before the answer was complete.")
                    .arg(url)};
    case QNetworkReply::TimeoutError:
        return {ChatFailure::Timeout,
                QCoreApplication::translate("tailor::FailureClassifier", "The connection to %1 timed out.")
                    .arg(url)};
    case QNetworkReply::SslHandshakeFailedError:
        return {
            ChatFailure::Tls,
            QCoreApplication::translate(
                "tailor::FailureClassifier",
                "TLS error with %1: %2. Check that the URL's scheme (http/https) matches the server and that "
                "its certificate is trusted.")
                .arg(url, errorString)};
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return {ChatFailure::ConnectionReset,
                QCoreApplication::translate("tailor::FailureClassifier",
                                            "The network failed while talking to %1: %2")
                    .arg(url, errorString)};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return {ChatFailure::ConnectionFailed,
                QCoreApplication::translate("tailor::FailureClassifier", "The proxy failed to reach %1: %2")
                    .arg(url, errorString)};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return {ChatFailure::BadRequest,
                QCoreApplication::translate("tailor::FailureClassifier",
                                            "%1 is not an http:// or https:// URL Tailor can use.")
                    .arg(url)};
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return {ChatFailure::BadResponse,
                QCoreApplication::translate(
                    "tailor::FailureClassifier",
                    "%1 redirects in a way Tailor does not follow (%2): use the address it redirects to.")
                    .arg(url, errorString)};
    default:
        break;
    }
    return {ChatFailure::BadResponse,
            QCoreApplication::translate("tailor::FailureClassifier",
                                        "%1 did not answer in a way Tailor understands: %2")
                .arg(url, errorString)};
}

AttemptFailure FailureClassifier::malformed(const QString &problem, const EndpointConfig &endpoint)
{
    return {ChatFailure::BadResponse,
            QCoreApplication::translate(
                "tailor::FailureClassifier",
                "%1 answered with %2; is it an OpenAI-compatible API base URL (usually ending in /v1)?")
                .arg(where(endpoint), problem)};
}

AttemptFailure FailureClassifier::truncatedStream(const EndpointConfig &endpoint)
{
    return {ChatFailure::ConnectionReset,
            QCoreApplication::translate(
                "tailor::FailureClassifier",
                "The stream from %1 ended before the answer was complete (no [DONE] and no finish_reason).")
                .arg(where(endpoint))};
}

AttemptFailure FailureClassifier::timeout(int timeoutMs, const EndpointConfig &endpoint)
{
    return {ChatFailure::Timeout,
            QCoreApplication::translate("tailor::FailureClassifier",
                                        "No complete answer from %1 within the timeout of %2 s.")
                .arg(where(endpoint), QString::number(timeoutMs / 1000.0, 'g', 4))};
}

AttemptFailure FailureClassifier::tooLarge(qint64 capBytes, const EndpointConfig &endpoint)
{
    return {ChatFailure::TooLarge,
            QCoreApplication::translate("tailor::FailureClassifier",
                                        "The answer from %1 is larger than %2 MB; Tailor stopped reading it.")
                .arg(where(endpoint), QString::number(capBytes / (1024.0 * 1024.0), 'g', 4))};
}

AttemptFailure FailureClassifier::refusedRedirect(const QUrl &target, const EndpointConfig &endpoint)
{
    const QUrl base(where(endpoint));
    if (base.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http"))
        return {ChatFailure::RedirectRefused,
                QCoreApplication::translate(
                    "tailor::FailureClassifier",
                    "%1 redirected to %2, from https to plain http: Tailor does not send the API key or the "
                    "prompt unencrypted. Set the base URL to an https address that answers without a "
                    "redirect.")
                    .arg(where(endpoint), shownTarget(target))};
    return {ChatFailure::RedirectRefused,
            QCoreApplication::translate(
                "tailor::FailureClassifier",
                "%1 redirected to %2: Tailor sends the API key and the prompt only to the base URL's own "
                "scheme, host and port, never to another. If that address is the real endpoint, set the "
                "base URL to it.")
                .arg(where(endpoint), shownTarget(target))};
}

AttemptFailure FailureClassifier::methodChangingRedirect(int status, const QUrl &target,
                                                         const EndpointConfig &endpoint)
{
    return {ChatFailure::RedirectRefused,
            QCoreApplication::translate(
                "tailor::FailureClassifier",
                "%1 answered %2 with a redirect to %3, which would turn the chat request into a GET without "
                "its body: set the base URL to the address it redirects to.")
                .arg(where(endpoint), statusLine(status), shownTarget(target))};
}

AttemptFailure FailureClassifier::tooManyRedirects(int limit, const QUrl &target,
                                                   const EndpointConfig &endpoint)
{
    return {
        ChatFailure::RedirectRefused,
        QCoreApplication::translate("tailor::FailureClassifier",
                                    "%1 redirected more than %2 times in a row, last to %3: set the base URL "
                                    "to the address that answers.")
            .arg(where(endpoint))
            .arg(limit)
            .arg(shownTarget(target))};
}

QString FailureClassifier::afterAttempts(const QString &message, int attempts)
{
    if (attempts <= 1)
        return message;
    return QCoreApplication::translate("tailor::FailureClassifier", "%1 (gave up after %2 attempts)")
        .arg(message)
        .arg(attempts);
}

} // namespace tailor
