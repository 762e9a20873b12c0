#include "llm/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace tailor;

// RetryPolicy: Retry-After parsing and exponential backoff with full jitter.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parsesRetryAfter()
    {
        const QDateTime now = QDateTime(QDate(2025, 1, 2), QTime(10, 0, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("2", {}, now), std::optional<qint64>(2000));
        QCOMPARE(RetryPolicy::parseRetryAfter("0.5", {}, now), std::optional<qint64>(500));
        QCOMPARE(RetryPolicy::parseRetryAfter("2", "150", now), std::optional<qint64>(150));
        QCOMPARE(RetryPolicy::parseRetryAfter("Thu, 02 Jan 2025 10:00:07 GMT", {}, now),
                 std::optional<qint64>(7000));
        QCOMPARE(RetryPolicy::parseRetryAfter("Thu, 02 Jan 2025 09:00:00 GMT", {}, now),
                 std::optional<qint64>(0));
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", {}, now), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter({}, {}, now), std::nullopt);
    }

    void backsOffExponentiallyWithFullJitter()
    {
        const RetryPolicy policy(500, 8000);
        QCOMPARE(policy.backoffMs(1, 0.0), qint64(0));
        QCOMPARE(policy.backoffMs(1, 0.999999), qint64(499));
        QCOMPARE(policy.backoffMs(3, 0.5), qint64(1000));
        QCOMPARE(policy.backoffMs(10, 0.5), qint64(4000)); // capped at 8 s
        QVERIFY(policy.delayMs(1, 1000, 0.0) == 1000);     // never sooner than asked
        QVERIFY(policy.delayMs(1, 1000, 1.0) <= 1100);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
