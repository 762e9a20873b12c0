#include "llm/completionparser.h"
#include "llm/endpointconfig.h"
#include "llm/failureclassifier.h"

#include <QTest>

using namespace tailor;

// FailureClassifier: HTTP statuses, network errors, errors inside successful answers and refused redirects
// become classified, actionable failures.
class TestFailureClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classifiesErrorsInsideSuccessfulAnswers()
    {
        CompletionParser parser;
        parser.feedStream("data: {\"error\":{\"code\":500,\"message\":\"kv cache full\"}}\n\n");
        parser.endStream();
        QCOMPARE(parser.state(), CompletionParser::State::ServerFailed);
        const EndpointConfig endpoint = EndpointConfig::preset(EndpointProvider::LlamaCpp);
        const AttemptFailure failure = FailureClassifier::fromServerError(parser.serverError(), endpoint);
        QCOMPARE(failure.kind, ChatFailure::ServerError);
        QCOMPARE(failure.message,
                 QStringLiteral("500 Internal Server Error from http://localhost:8080/v1: the server "
                                "failed (the server said: kv cache full)"));
    }

    void classifiesStatuses()
    {
        const EndpointConfig endpoint = EndpointConfig::preset(EndpointProvider::OpenAi);
        QCOMPARE(FailureClassifier::fromHttpStatus(401, {}, endpoint).message,
                 QStringLiteral(
                     "401 Unauthorized from https://api.openai.com/v1: check the API key in the environment "
                     "variable OPENAI_API_KEY or in the keychain entry 'openai'"));
        for (int status : {429, 500, 502, 503, 504})
            QVERIFY2(isRetryable(FailureClassifier::fromHttpStatus(status, {}, endpoint).kind),
                     qPrintable(QString::number(status)));
        for (int status : {400, 401, 403, 404, 422})
            QVERIFY(!isRetryable(FailureClassifier::fromHttpStatus(status, {}, endpoint).kind));
        ServerError quota;
        quota.type = QStringLiteral("insufficient_quota");
        QCOMPARE(FailureClassifier::fromHttpStatus(429, quota, endpoint).kind, ChatFailure::QuotaExhausted);
        QCOMPARE(FailureClassifier::fromNetworkError(QNetworkReply::SslHandshakeFailedError,
                                                     QStringLiteral("bad cert"), endpoint)
                     .kind,
                 ChatFailure::Tls);
        QCOMPARE(FailureClassifier::fromNetworkError(QNetworkReply::HostNotFoundError, {}, endpoint).kind,
                 ChatFailure::HostNotFound);
        QCOMPARE(FailureClassifier::fromNetworkError(QNetworkReply::RemoteHostClosedError, {}, endpoint).kind,
                 ChatFailure::ConnectionReset);
    }

    void namesARefusedRedirectWithoutItsQueryOrCredentials()
    {
        const EndpointConfig endpoint = EndpointConfig::preset(EndpointProvider::OpenAi);
        const AttemptFailure downgrade = FailureClassifier::refusedRedirect(
            QUrl(QStringLiteral("http://api.openai.com/v1/chat/completions")), endpoint);
        QCOMPARE(downgrade.kind, ChatFailure::RedirectRefused);
        QVERIFY(!isRetryable(downgrade.kind));
        QCOMPARE(downgrade.message,
                 QStringLiteral(
                     "https://api.openai.com/v1 redirected to http://api.openai.com/v1/chat/completions, "
                     "from https to plain http: Tailor does not send the API key or the prompt "
                     "unencrypted. Set the base URL to an https address that answers without a "
                     "redirect."));
        const AttemptFailure elsewhere = FailureClassifier::refusedRedirect(
            QUrl(QStringLiteral("https://user:pw@cdn.example:8443/v1/x?token=t0k3n#frag")), endpoint);
        QCOMPARE(elsewhere.kind, ChatFailure::RedirectRefused);
        QCOMPARE(elsewhere.message,
                 QStringLiteral(
                     "https://api.openai.com/v1 redirected to https://cdn.example:8443/v1/x: Tailor sends "
                     "the API key and the prompt only to the base URL's own scheme, host and port, never "
                     "to another. If that address is the real endpoint, set the base URL to it."));
        QCOMPARE(chatFailureId(ChatFailure::RedirectRefused), QStringLiteral("redirect_refused"));
    }
};

QTEST_GUILESS_MAIN(TestFailureClassifier)
#include "tst_failureclassifier.moc"
