// RequestRateLimiter on a simulated clock: the ceiling's pacing, botocore's adaptive decrease
// and CUBIC recovery, and a simulated service with a token bucket, where the limiter must keep
// close to the service's rate with few throttled answers.

#include "api/requestratelimiter.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace desk;

namespace {

struct FakeClock
{
    double seconds = 100.0;
    RequestRateLimiter::Clock clock()
    {
        return [this] { return seconds; };
    }
};

// The service's side: a token bucket of `rate` per second, burst `rate`.
struct SimulatedService
{
    explicit SimulatedService(double rate) : rate(rate), tokens(rate) {}
    bool accept(double now)
    {
        tokens = std::min(rate, tokens + (now - last) * rate);
        last = now;
        if (tokens < 1)
            return false;
        tokens -= 1;
        return true;
    }
    double rate;
    double tokens;
    double last = 100.0;
};

struct Run
{
    int accepted = 0;
    int throttled = 0;
};

// One client sending back to back (`latency` per answer) through the limiter for `seconds`.
Run simulate(RequestRateLimiter &limiter, FakeClock &clock, SimulatedService &service, double seconds, double latency)
{
    Run run;
    const double end = clock.seconds + seconds;
    while (clock.seconds < end) {
        clock.seconds += limiter.reserveDelayMs() / 1000.0;
        const bool ok = service.accept(clock.seconds);
        clock.seconds += latency;
        limiter.recordResponse(!ok);
        ok ? ++run.accepted : ++run.throttled;
    }
    return run;
}

} // namespace

class TestRequestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNotPaceWithoutCeilingOrThrottling()
    {
        FakeClock clock;
        RequestRateLimiter limiter(0, clock.clock());
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(limiter.reserveDelayMs(), 0);
            limiter.recordResponse(false);
        }
        QCOMPARE(limiter.currentRate(), 0.0);
    }

    void shouldPaceAtTheCeilingAfterABurstOfOneSecond()
    {
        FakeClock clock;
        RequestRateLimiter limiter(10, clock.clock());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.reserveDelayMs(), 0);
        // The next ones queue up a tenth of a second apart.
        QCOMPARE(limiter.reserveDelayMs(), 100);
        QCOMPARE(limiter.reserveDelayMs(), 200);
        QCOMPARE(limiter.reserveDelayMs(), 300);
        // Half a second later, five tokens came; three were already promised.
        clock.seconds += 0.5;
        QCOMPARE(limiter.reserveDelayMs(), 0);
        QCOMPARE(limiter.reserveDelayMs(), 0);
        QCOMPARE(limiter.reserveDelayMs(), 100);
    }

    void shouldHoldTheCeilingOverTime()
    {
        FakeClock clock;
        RequestRateLimiter limiter(10, clock.clock());
        SimulatedService service(1000);   // never throttles
        const Run run = simulate(limiter, clock, service, 20.0, 0.002);
        QCOMPARE(run.throttled, 0);
        // 10 per second plus the first second's burst.
        QVERIFY2(run.accepted >= 205 && run.accepted <= 212, qPrintable(QString::number(run.accepted)));
    }

    void shouldDropTheRateOnThrottlingAndRecoverAlongTheCubicCurve()
    {
        FakeClock clock;
        RequestRateLimiter limiter(0, clock.clock());
        // 100 answers per second for three seconds: the measured rate settles near 100.
        for (int i = 0; i < 300; ++i) {
            clock.seconds += 0.01;
            limiter.recordResponse(false);
        }
        QVERIFY(std::abs(limiter.measuredRate() - 100) < 5);
        QCOMPARE(limiter.currentRate(), 0.0);   // not pacing yet
        clock.seconds += 0.01;
        limiter.recordResponse(true);
        const double measured = limiter.measuredRate();
        QVERIFY(std::abs(limiter.currentRate() - 0.7 * measured) < 0.01);
        QCOMPARE(limiter.throttledResponses(), 1);
        // CUBIC: back at the rate of the failure after K = cbrt(W * 0.3 / 0.4) seconds, and
        // higher after that (while the measured rate keeps up).
        const double inflection = std::cbrt(measured * 0.3 / 0.4);
        double before = limiter.currentRate();
        const double failure = clock.seconds;
        while (clock.seconds < failure + inflection + 1.0) {
            clock.seconds += 1.0 / 120;
            limiter.recordResponse(false);
            QVERIFY2(limiter.currentRate() >= before - 1e-9, "the rate only grows between failures");
            before = limiter.currentRate();
        }
        QVERIFY2(limiter.currentRate() > measured, qPrintable(QString::number(limiter.currentRate())));
    }

    void shouldNotCollapseOnAThrottleInTheFirstMoments()
    {
        // The service's burst is used up within the first half second: the rate must land near
        // the service's, not at the minimum.
        FakeClock clock;
        RequestRateLimiter limiter(0, clock.clock());
        SimulatedService service(100);
        const Run first = simulate(limiter, clock, service, 10.0, 0.001);
        qInfo("first 10 s: %d accepted, %d throttled", first.accepted, first.throttled);
        QVERIFY2(first.accepted >= 0.85 * 100 * 10, qPrintable(QString::number(first.accepted)));
    }

    void shouldNeverClaimMoreThanTwiceTheMeasuredRate()
    {
        FakeClock clock;
        RequestRateLimiter limiter(0, clock.clock());
        for (int i = 0; i < 100; ++i) {
            clock.seconds += 0.1;   // 10 per second
            limiter.recordResponse(false);
        }
        limiter.recordResponse(true);
        for (int i = 0; i < 100; ++i) {
            clock.seconds += 0.1;
            limiter.recordResponse(false);
        }
        QVERIFY(limiter.currentRate() <= 2 * limiter.measuredRate() + 1e-9);
    }

    void shouldKeepTheCeilingAfterThrottling()
    {
        FakeClock clock;
        RequestRateLimiter limiter(5, clock.clock());
        SimulatedService service(3);
        simulate(limiter, clock, service, 30.0, 0.002);
        QVERIFY(limiter.currentRate() <= 5.0);
        QVERIFY(limiter.throttledResponses() > 0);
    }

    void shouldStayCloseToTheServicesRateWithFewThrottledAnswers_data()
    {
        QTest::addColumn<double>("serviceRate");
        QTest::addColumn<double>("latency");
        QTest::newRow("100/s, 2 ms") << 100.0 << 0.002;
        QTest::newRow("100/s, 0.5 ms") << 100.0 << 0.0005;
        QTest::newRow("10/s, 5 ms") << 10.0 << 0.005;
    }
    void shouldStayCloseToTheServicesRateWithFewThrottledAnswers()
    {
        QFETCH(double, serviceRate);
        QFETCH(double, latency);
        FakeClock clock;
        RequestRateLimiter limiter(0, clock.clock());
        SimulatedService service(serviceRate);
        const double seconds = 60;
        const Run run = simulate(limiter, clock, service, seconds, latency);
        const double achieved = run.accepted / seconds;
        const double throttledShare = double(run.throttled) / (run.accepted + run.throttled);
        qInfo("service %.0f/s: %.1f/s accepted (%.0f%%), %d throttled (%.1f%% of answers)", serviceRate, achieved,
              100 * achieved / serviceRate, run.throttled, 100 * throttledShare);
        QVERIFY2(achieved >= 0.85 * serviceRate, qPrintable(QString::number(achieved)));
        QVERIFY2(throttledShare < 0.08, qPrintable(QString::number(throttledShare)));
    }
};

QTEST_GUILESS_MAIN(TestRequestRateLimiter)
#include "tst_requestratelimiter.moc"
