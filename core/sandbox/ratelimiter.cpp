#include "sandbox/ratelimiter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace desk {

namespace {

using std::chrono::nanoseconds;

nanoseconds nanosecondsOf(double seconds)
{
    return nanoseconds(std::llround(seconds * 1e9));
}

} // namespace

RateLimiter::RateLimiter(double requestsPerSecond, Clock clock)
    : m_rate(std::clamp(requestsPerSecond, minRate, maxRate))
    , m_capacity(std::max(m_rate, 1.0))
    , m_interval(nanosecondsOf(1.0 / m_rate))
    , m_window(nanosecondsOf(m_capacity / m_rate))
    , m_clock(std::move(clock))
{
}

RateLimiter::Clock RateLimiter::steadyClock()
{
    return [] { return std::chrono::duration_cast<nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()); };
}

RateLimiter::Decision RateLimiter::take(const QString &account)
{
    const nanoseconds now = m_clock();
    if (m_arrival.size() > forgetFullBucketsAbove)
        m_arrival.removeIf([now](const auto &entry) { return entry.value() <= now; });

    // The bucket is full once its arrival time has passed; each token taken moves it on.
    const auto found = m_arrival.constFind(account);
    const nanoseconds from = found == m_arrival.cend() ? now : std::max(*found, now);
    const nanoseconds next = from + m_interval;
    const nanoseconds over = next - now - m_window;
    if (over > nanoseconds::zero()) {
        const auto seconds = (over.count() + 999999999) / 1000000000;
        return {false, static_cast<int>(std::clamp<qint64>(seconds, 1, std::numeric_limits<int>::max()))};
    }
    m_arrival.insert(account, next);
    return {true, 0};
}

double RateLimiter::available(const QString &account) const
{
    const nanoseconds now = m_clock();
    const auto found = m_arrival.constFind(account);
    if (found == m_arrival.cend() || *found <= now)
        return m_capacity;
    const double owed = std::chrono::duration<double>(*found - now).count() * m_rate;
    return std::max(0.0, m_capacity - owed);
}

} // namespace desk
