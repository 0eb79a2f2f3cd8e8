#pragma once

#include <QMutex>

namespace desk {

// The AWS SDKs' "standard" retry mode: at most 3 attempts, a random delay of up to
// min(base * 2^(attempt-1), 20 s), Retry-After honoured, and a retry quota shared by all requests
// of a client (500 tokens; a retry costs 5, or 10 after a timeout; a success gives 1 back), so a
// failing service is not hammered.
class RetryPolicy
{
public:
    int maxAttempts = 3;
    int baseDelayMs = 1000;
    int maxBackoffMs = 20000;

    // The delay before attempt (attempt + 1), given the attempt that just failed (1-based).
    int delayMs(int failedAttempt, int retryAfterSeconds, double random01) const;
};

class RetryQuota
{
public:
    static constexpr int kCapacity = 500;
    static constexpr int kRetryCost = 5;
    static constexpr int kTimeoutRetryCost = 10;

    // Takes the cost of one retry; false when the quota is spent (do not retry).
    bool acquire(bool afterTimeout);
    void releaseOnSuccess(bool wasRetry, bool afterTimeout);
    int available() const;

private:
    mutable QMutex m_mutex;
    int m_available = kCapacity;
};

} // namespace desk
