#pragma once

#include <QElapsedTimer>
#include <QMutex>

#include <functional>

namespace desk {

// How fast a group of requests may be sent: the AWS SDKs' "adaptive" retry mode (botocore's
// ClientRateLimiter), which the requests of one background task share.
//
// - Until the service first throttles, the rate is only capped by the ceiling (none: no limit).
// - On a throttling answer, the rate drops to 0.7 x what was being achieved (CUBIC's
//   multiplicative decrease); after that, each success grows it again along the CUBIC curve
//   towards, and past, the rate at which the throttling came. It never grows beyond twice the
//   rate measured (so a quiet client does not claim a rate it never used) nor beyond the ceiling.
//   One departure from botocore: before its first measurement closes (half a second), the rate
//   since the first answer stands in for it, so a throttle in the first moments (a burst against
//   a service that was already busy) does not drop the rate to the minimum of 0.5/s.
// - A token bucket holding up to one second of the current rate (at least one token) paces the
//   requests. reserveDelayMs() never blocks: it takes a token and answers how long to wait
//   before sending, so several callers queue up in order.
//
// The ceiling keeps background work modest (the account's API quota is shared with the admin's
// pipelines); 0 lets requests go as fast as the service allows.
class RequestRateLimiter
{
public:
    // Seconds on a monotonic clock. The default is a QElapsedTimer started now.
    using Clock = std::function<double()>;

    explicit RequestRateLimiter(double ceilingPerSecond = 0, Clock clock = {});

    // Requests per second at most; 0: no ceiling.
    void setCeiling(double perSecond);
    double ceiling() const;

    // Takes a token: the delay (ms) before the request may be sent, 0 to send now.
    int reserveDelayMs();
    // An answer arrived (any answer, counted for the measured rate); `throttled`: a throttling
    // error (HTTP 429, ThrottlingException and its relatives).
    void recordResponse(bool throttled);

    // The pacing rate in effect (requests/s); 0 when nothing paces the requests.
    double currentRate() const;
    // The smoothed rate of answers (requests/s), as the SDKs measure it.
    double measuredRate() const;
    // Throttling answers seen so far.
    int throttledResponses() const;

    // botocore's constants.
    static constexpr double kMinimumRate = 0.5;
    static constexpr double kBeta = 0.7;
    static constexpr double kScaleConstant = 0.4;
    static constexpr double kSmoothing = 0.8;
    static constexpr double kBucketSeconds = 0.5;
    static constexpr double kMaxRateAdjustScale = 2.0;

private:
    double now() const;
    void refill(double now);
    void setFillRate(double rate, double now);
    double cubicSuccess(double now) const;
    void updateMeasuredRate(double now);
    double rateSoFar(double now) const;

    mutable QMutex m_mutex;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    double m_ceiling = 0;

    // Token bucket (only when pacing).
    bool m_throttlingSeen = false;   // botocore's "enabled": the service has throttled us
    double m_fillRate = 0;           // tokens per second the adaptive part allows (when enabled)
    double m_tokens = 0;             // may go below zero: reservations waiting for their token
    double m_lastRefill = -1;

    // CUBIC.
    double m_wMax = 0;
    double m_lastFailure = 0;
    double m_inflection = 0;

    // Measured rate.
    double m_measuredRate = 0;
    double m_lastBucket = -1;
    int m_requestCount = 0;
    double m_firstResponse = -1;
    qint64 m_responses = 0;

    int m_throttled = 0;
};

} // namespace desk
