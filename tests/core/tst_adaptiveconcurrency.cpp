#include "llm/adaptiveconcurrency.h"

#include <QTest>

using namespace tailor;

// AdaptiveConcurrency: halves once per burst of overload, recovers one step per success.
class TestAdaptiveConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void halvesOncePerBurstAndRecoversOnePerSuccess()
    {
        AdaptiveConcurrency concurrency(32);
        const quint64 sent = concurrency.generation();
        QVERIFY(concurrency.onRateLimited(sent, 5000));
        QCOMPARE(concurrency.limit(), 16);
        QVERIFY(!concurrency.onRateLimited(sent, 5001));                     // the same burst
        QVERIFY(!concurrency.onRateLimited(concurrency.generation(), 5500)); // within a second
        QVERIFY(concurrency.onRateLimited(concurrency.generation(), 6100));
        QCOMPARE(concurrency.limit(), 8);
        for (int i = 0; i < 30; ++i)
            concurrency.onSuccess();
        QCOMPARE(concurrency.limit(), 32);
        AdaptiveConcurrency one(1);
        QVERIFY(one.onRateLimited(0, 2000));
        QCOMPARE(one.limit(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdaptiveConcurrency)
#include "tst_adaptiveconcurrency.moc"
