#include "llm/chatrequest.h"
#include "llm/endpointconfig.h"

#include <QTest>

using namespace tailor;

// ChatRequest: the cache key depends on what decides the answer, and only on that.
class TestChatRequest : public QObject
{
    Q_OBJECT

private slots:
    void cacheKeyDependsOnWhatDecidesTheAnswerOnly()
    {
        ChatRequest a;
        a.endpoint = EndpointConfig::preset(EndpointProvider::OpenAi);
        a.messages = {ChatMessage{QStringLiteral("user"), QStringLiteral("hi")}};
        a.overrides.temperature = 0.5;
        ChatRequest b = a;
        b.endpoint.baseUrl += QLatin1Char('/');
        b.endpoint.concurrency = 99;
        b.cache = CachePolicy::Refresh;
        b.metadata.profileId = QStringLiteral("u1");
        b.stream = true;
        QCOMPARE(a.cacheKey(), b.cacheKey());
        QCOMPARE(a.cacheKey().size(), 64);
        ChatRequest c = a;
        c.overrides.temperature = 0.6;
        QVERIFY(c.cacheKey() != a.cacheKey());
        ChatRequest d = a;
        d.endpoint.model = QStringLiteral("gpt-4o");
        QVERIFY(d.cacheKey() != a.cacheKey());
        ChatRequest e = a;
        e.messages.first().content = QStringLiteral("hi!");
        QVERIFY(e.cacheKey() != a.cacheKey());
    }
};

QTEST_GUILESS_MAIN(TestChatRequest)
#include "tst_chatrequest.moc"
