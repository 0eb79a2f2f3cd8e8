#include "api/requestratelimiter.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace desk {

RequestRateLimiter::RequestRateLimiter(double ceilingPerSecond, Clock clock)
    : m_clock(std::move(clock))
    , m_ceiling(std::max(0.0, ceilingPerSecond))
{
    if (!m_clock)
        m_elapsed.start();
    m_lastBucket = std::floor(now() / kBucketSeconds) * kBucketSeconds;
}

double RequestRateLimiter::now() const
{
    return m_clock ? m_clock() : double(m_elapsed.nsecsElapsed()) / 1e9;
}

void RequestRateLimiter::setCeiling(double perSecond)
{
    QMutexLocker locker(&m_mutex);
    m_ceiling = std::max(0.0, perSecond);
}

double RequestRateLimiter::ceiling() const
{
    QMutexLocker locker(&m_mutex);
    return m_ceiling;
}

double RequestRateLimiter::currentRate() const
{
    QMutexLocker locker(&m_mutex);
    if (!m_throttlingSeen)
        return m_ceiling;
    return m_ceiling > 0 ? std::min(m_fillRate, m_ceiling) : m_fillRate;
}

double RequestRateLimiter::measuredRate() const
{
    QMutexLocker locker(&m_mutex);
    return m_measuredRate;
}

int RequestRateLimiter::throttledResponses() const
{
    QMutexLocker locker(&m_mutex);
    return m_throttled;
}

void RequestRateLimiter::refill(double t)
{
    const double rate = m_throttlingSeen ? (m_ceiling > 0 ? std::min(m_fillRate, m_ceiling) : m_fillRate) : m_ceiling;
    const double capacity = std::max(1.0, rate);
    if (m_lastRefill < 0) {
        // A ceiling starts with a full bucket (a burst of one second's worth); a bucket that
        // throttling switched on starts empty, as botocore's does.
        m_tokens = m_throttlingSeen ? 0 : capacity;
    } else if (t > m_lastRefill) {
        m_tokens = std::min(capacity, m_tokens + (t - m_lastRefill) * rate);
    }
    m_lastRefill = std::max(m_lastRefill, t);
}

int RequestRateLimiter::reserveDelayMs()
{
    QMutexLocker locker(&m_mutex);
    const double rate = m_throttlingSeen ? (m_ceiling > 0 ? std::min(m_fillRate, m_ceiling) : m_fillRate) : m_ceiling;
    if (rate <= 0)
        return 0;
    refill(now());
    m_tokens -= 1;
    if (m_tokens >= 0)
        return 0;
    return int(std::ceil(-m_tokens / rate * 1000.0));
}

void RequestRateLimiter::updateMeasuredRate(double t)
{
    const double bucket = std::floor(t / kBucketSeconds) * kBucketSeconds;
    if (m_firstResponse < 0)
        m_firstResponse = t;
    ++m_responses;
    ++m_requestCount;
    if (bucket > m_lastBucket) {
        const double rate = m_requestCount / (bucket - m_lastBucket);
        m_measuredRate = rate * kSmoothing + m_measuredRate * (1 - kSmoothing);
        m_requestCount = 0;
        m_lastBucket = bucket;
    }
}

double RequestRateLimiter::rateSoFar(double t) const
{
    // Until the first half-second bucket closes, botocore's measured rate is 0, and a throttle
    // that early would drop the rate to its minimum (0.5/s) and leave it to climb back from
    // there: the rate since the first answer stands in for it (over at least 50 ms).
    if (m_measuredRate > 0 || m_firstResponse < 0)
        return m_measuredRate;
    return m_responses / std::max(t - m_firstResponse, kBucketSeconds / 10);
}

double RequestRateLimiter::cubicSuccess(double t) const
{
    return kScaleConstant * std::pow(t - m_lastFailure - m_inflection, 3.0) + m_wMax;
}

void RequestRateLimiter::setFillRate(double rate, double t)
{
    refill(t);   // tokens earned at the old rate are kept
    m_fillRate = std::max(rate, kMinimumRate);
    const double capacity = std::max(1.0, m_ceiling > 0 ? std::min(m_fillRate, m_ceiling) : m_fillRate);
    m_tokens = std::min(m_tokens, capacity);
}

void RequestRateLimiter::recordResponse(bool throttled)
{
    QMutexLocker locker(&m_mutex);
    const double t = now();
    updateMeasuredRate(t);
    double rate;
    if (throttled) {
        ++m_throttled;
        const double measured = rateSoFar(t);
        double achieved = m_throttlingSeen ? std::min(measured, m_fillRate) : measured;
        if (m_ceiling > 0)
            achieved = std::min(achieved, m_ceiling);
        m_wMax = achieved;
        m_inflection = std::cbrt(m_wMax * (1 - kBeta) / kScaleConstant);
        m_lastFailure = t;
        rate = achieved * kBeta;
        if (!m_throttlingSeen) {
            m_throttlingSeen = true;
            m_lastRefill = -1;   // the pacing bucket starts now, empty
            refill(t);
        }
    } else {
        if (!m_throttlingSeen)
            return;   // nothing paces the requests but the ceiling
        rate = cubicSuccess(t);
    }
    setFillRate(std::min(rate, kMaxRateAdjustScale * rateSoFar(t)), t);
}

} // namespace desk
