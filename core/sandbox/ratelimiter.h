#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>

namespace desk {

// The sandbox's --rate-limit: a token bucket per account. Each account's bucket holds
// capacity() tokens (the rate, and at least 1, so that a rate under one a second still lets a
// request through), starts full, and refills at rate() tokens a second; a request takes one
// token or is refused, and a refused request takes nothing. The clock is injected (monotonic,
// any epoch), so tests move time by hand.
//
// It is kept exactly, in whole nanoseconds, as a "theoretical arrival time" per account (the
// GCRA form of a token bucket): each request moves it on by 1/rate seconds, and a request is
// admitted while that time stays within capacity/rate seconds of now. An account whose time has
// passed has a full bucket, so it is forgotten when there are many accounts; the memory is at
// most one entry per account seen within the last capacity/rate seconds.
class RateLimiter
{
public:
    using Clock = std::function<std::chrono::nanoseconds()>;

    struct Decision
    {
        bool allowed = true;
        // When refused: the whole seconds until the account has a token again, at least 1 (the
        // Retry-After of the 429).
        int retryAfterSeconds = 0;
    };

    // The limits --rate-limit accepts.
    static constexpr double minRate = 0.001;
    static constexpr double maxRate = 1000000.0;
    // Past this many accounts, those with a full bucket are forgotten.
    static constexpr qsizetype forgetFullBucketsAbove = 1024;

    // requestsPerSecond is clamped to [minRate, maxRate].
    explicit RateLimiter(double requestsPerSecond, Clock clock = steadyClock());

    // Takes a token from the account's bucket, or says how long to wait for one.
    Decision take(const QString &account);
    // The tokens the account has now (capacity() for one not seen).
    double available(const QString &account) const;

    double rate() const { return m_rate; }
    double capacity() const { return m_capacity; }
    qsizetype accountCount() const { return m_arrival.size(); }
    // Replaces the clock; call it before the first request.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // std::chrono::steady_clock.
    static Clock steadyClock();

private:
    double m_rate = 1.0;
    double m_capacity = 1.0;
    std::chrono::nanoseconds m_interval{};   // what one request costs: 1/rate s
    std::chrono::nanoseconds m_window{};     // what a full bucket holds: capacity/rate s
    Clock m_clock;
    QHash<QString, std::chrono::nanoseconds> m_arrival;   // by account
};

} // namespace desk
