// FailureClassifier turns what went wrong with one attempt — an HTTP status with the server's error body, a
// network error, an answer that is not a chat completion — into a ChatFailure kind (which decides whether
// the call is retried) and a sentence an operator can act on, naming the endpoint's URL and, for a refused
// key, where the key is expected ("401 Unauthorized from https://api.openai.com/v1: check the API key in
// OPENAI_API_KEY"). It never sees the key itself.
#pragma once

#include "llm/chatresult.h"
#include "llm/completionparser.h"
#include "llm/endpointconfig.h"

#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace tailor {

struct AttemptFailure
{
    ChatFailure kind = ChatFailure::None;
    QString message;
};

class FailureClassifier
{
public:
    // "401 Unauthorized"; the bare number for statuses without a common phrase.
    static QString statusLine(int status);

    static AttemptFailure fromHttpStatus(int status, const ServerError &error,
                                         const EndpointConfig &endpoint);
    // An error object inside a 2xx answer or stream; llama.cpp's integer code counts as the status.
    static AttemptFailure fromServerError(const ServerError &error, const EndpointConfig &endpoint);
    static AttemptFailure fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                           const EndpointConfig &endpoint);
    static AttemptFailure malformed(const QString &problem, const EndpointConfig &endpoint);
    static AttemptFailure truncatedStream(const EndpointConfig &endpoint);
    static AttemptFailure timeout(int timeoutMs, const EndpointConfig &endpoint);
    static AttemptFailure tooLarge(qint64 capBytes, const EndpointConfig &endpoint);
    // Redirects Tailor does not follow, all RedirectRefused. To `target` on another scheme, host or port than
    // the base URL (https to http included): neither the key nor the prompt goes there.
    static AttemptFailure refusedRedirect(const QUrl &target, const EndpointConfig &endpoint);
    // A 301, 302 or 303 of a chat request, which would turn it into a GET without its body.
    static AttemptFailure methodChangingRedirect(int status, const QUrl &target,
                                                 const EndpointConfig &endpoint);
    // More than `limit` redirects in a row, the last to `target`.
    static AttemptFailure tooManyRedirects(int limit, const QUrl &target, const EndpointConfig &endpoint);

    // Appends "(gave up after N attempts)" to a retryable failure's message when N > 1.
    static QString afterAttempts(const QString &message, int attempts);
};

} // namespace tailor
