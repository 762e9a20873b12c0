#include "llm/tokenbucket.h"

#include <QTest>

using namespace tailor;

// TokenBucket: a per-minute request budget.
class TestTokenBucket : public QObject
{
    Q_OBJECT

private slots:
    void keepsToAPerMinuteBudget()
    {
        TokenBucket bucket(60);
        QCOMPARE(bucket.waitMs(1, 0), qint64(0));
        bucket.take(60, 0);
        QCOMPARE(bucket.waitMs(1, 0), qint64(1000));
        QCOMPARE(bucket.waitMs(1, 500), qint64(500));
        QCOMPARE(bucket.waitMs(1, 1000), qint64(0));
        bucket.adjust(30, 1000); // a call used more than it was charged
        QVERIFY(bucket.waitMs(1, 1000) > 0);
        TokenBucket unlimited(0);
        unlimited.take(1e9, 0);
        QCOMPARE(unlimited.waitMs(1e9, 0), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
