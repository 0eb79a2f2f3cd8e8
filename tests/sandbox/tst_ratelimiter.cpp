#include "sandbox/ratelimiter.h"

#include <QStandardPaths>
#include <QTest>

using namespace desk;
using namespace std::chrono_literals;
using std::chrono::nanoseconds;

// The token bucket behind --rate-limit, on a clock the test moves by hand.
class TestRateLimiter : public QObject
{
    Q_OBJECT

    nanoseconds m_now{0};

    RateLimiter limiter(double rate)
    {
        m_now = 5s;   // any epoch
        return RateLimiter(rate, [this] { return m_now; });
    }

    // How many requests in a row the account gets now, stopping at the first refusal (or at 10,000).
    static int admittedInARow(RateLimiter &l, const QString &account)
    {
        int n = 0;
        while (n < 10000 && l.take(account).allowed)
            ++n;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldAdmitABurstOfTheRateThenRefuse_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("burst");
        QTest::newRow("1/s") << 1.0 << 1;
        QTest::newRow("3/s") << 3.0 << 3;
        QTest::newRow("100/s") << 100.0 << 100;
        QTest::newRow("2.5/s: two whole tokens") << 2.5 << 2;
        QTest::newRow("0.5/s: one, never none") << 0.5 << 1;
        QTest::newRow("0.001/s") << 0.001 << 1;
    }

    void shouldAdmitABurstOfTheRateThenRefuse()
    {
        QFETCH(double, rate);
        QFETCH(int, burst);
        RateLimiter l = limiter(rate);
        QCOMPARE(l.capacity(), std::max(rate, 1.0));
        QCOMPARE(l.available(QStringLiteral("111122223333")), l.capacity());
        QCOMPARE(admittedInARow(l, QStringLiteral("111122223333")), burst);
        // Refused again and again while the clock stands still.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!l.take(QStringLiteral("111122223333")).allowed);
    }

    void shouldRefillAtTheRateUpToTheBurst()
    {
        RateLimiter l = limiter(4);
        const QString account = QStringLiteral("111122223333");
        QCOMPARE(admittedInARow(l, account), 4);
        QCOMPARE(l.available(account), 0.0);
        m_now += 249ms;
        QVERIFY(!l.take(account).allowed);
        m_now += 1ms;   // a quarter of a second: one token
        QVERIFY(l.take(account).allowed);
        QVERIFY(!l.take(account).allowed);
        m_now += 500ms;
        QCOMPARE(l.available(account), 2.0);
        QCOMPARE(admittedInARow(l, account), 2);
        // A long pause fills the bucket, and no more.
        m_now += 60s;
        QCOMPARE(l.available(account), 4.0);
        QCOMPARE(admittedInARow(l, account), 4);
        // A steady 4 a second all pass.
        for (int i = 0; i < 40; ++i) {
            m_now += 250ms;
            QVERIFY2(l.take(account).allowed, qPrintable(QString::number(i)));
        }
        QVERIFY(!l.take(account).allowed);
    }

    void shouldChargeNothingForARefusedRequest()
    {
        RateLimiter l = limiter(10);
        const QString account = QStringLiteral("111122223333");
        QCOMPARE(admittedInARow(l, account), 10);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!l.take(account).allowed);
        m_now += 100ms;
        QVERIFY(l.take(account).allowed);
    }

    void shouldSayHowManySecondsUntilTheNextToken_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("waitMs");   // until the next token, rounded up to a millisecond
        QTest::newRow("100/s: a hundredth, said as 1") << 100.0 << 1 << 10;
        QTest::newRow("1/s") << 1.0 << 1 << 1000;
        QTest::newRow("0.5/s") << 0.5 << 2 << 2000;
        QTest::newRow("0.3/s: 3.33 s, rounded up") << 0.3 << 4 << 3334;
        QTest::newRow("0.01/s") << 0.01 << 100 << 100000;
    }

    void shouldSayHowManySecondsUntilTheNextToken()
    {
        QFETCH(double, rate);
        QFETCH(int, retryAfter);
        QFETCH(int, waitMs);
        RateLimiter l = limiter(rate);
        const QString account = QStringLiteral("111122223333");
        admittedInARow(l, account);
        const RateLimiter::Decision refused = l.take(account);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, retryAfter);
        // The token comes after exactly the wait, which Retry-After covers.
        QVERIFY(waitMs <= retryAfter * 1000);
        m_now += std::chrono::milliseconds(waitMs - 1);
        QVERIFY(!l.take(account).allowed);
        m_now += 1ms;
        QVERIFY(l.take(account).allowed);
    }

    void shouldCountDownTheWaitAsTimePasses()
    {
        RateLimiter l = limiter(0.2);   // one request every 5 s
        const QString account = QStringLiteral("111122223333");
        QVERIFY(l.take(account).allowed);
        QCOMPARE(l.take(account).retryAfterSeconds, 5);
        m_now += 1500ms;
        QCOMPARE(l.take(account).retryAfterSeconds, 4);   // 3.5 s, rounded up
        m_now += 3400ms;
        QCOMPARE(l.take(account).retryAfterSeconds, 1);   // 0.1 s: at least 1
        m_now += 100ms;
        QVERIFY(l.take(account).allowed);
    }

    void shouldKeepEachAccountsBucketApart()
    {
        RateLimiter l = limiter(3);
        const QString own = QStringLiteral("111122223333");
        const QString partner = QStringLiteral("444455556666");
        QCOMPARE(admittedInARow(l, own), 3);
        QCOMPARE(l.available(partner), 3.0);
        QCOMPARE(admittedInARow(l, partner), 3);
        QVERIFY(!l.take(own).allowed);
        m_now += 1s;
        QCOMPARE(admittedInARow(l, partner), 3);
        QCOMPARE(admittedInARow(l, own), 3);
        QCOMPARE(l.accountCount(), 2);
    }

    void shouldForgetOnlyFullBucketsWhenThereAreMany()
    {
        RateLimiter l = limiter(1);
        const qsizetype many = RateLimiter::forgetFullBucketsAbove + 10;
        for (qsizetype i = 0; i < many; ++i)
            QVERIFY(l.take(QStringLiteral("acct-%1").arg(i)).allowed);
        QCOMPARE(l.accountCount(), many);
        // Half a second on, every one of them still owes: nothing is forgotten, nothing forgiven.
        m_now += 500ms;
        QVERIFY(l.take(QStringLiteral("newcomer")).allowed);
        QCOMPARE(l.accountCount(), many + 1);
        QVERIFY(!l.take(QStringLiteral("acct-0")).allowed);
        // Once they are full again they go, and come back full.
        m_now += 2s;
        QVERIFY(l.take(QStringLiteral("acct-0")).allowed);
        QCOMPARE(l.accountCount(), 1);
        QVERIFY(!l.take(QStringLiteral("acct-0")).allowed);
        QVERIFY(l.take(QStringLiteral("acct-1")).allowed);
    }

    void shouldRunOnTheSteadyClockByDefault()
    {
        RateLimiter l(1000);
        const QString account = QStringLiteral("111122223333");
        const int burst = admittedInARow(l, account);
        // A slow machine may refill a few tokens while the loop runs.
        QVERIFY2(burst >= 1000 && burst < 1100, qPrintable(QString::number(burst)));
        QTRY_VERIFY_WITH_TIMEOUT(l.take(account).allowed, 1000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
