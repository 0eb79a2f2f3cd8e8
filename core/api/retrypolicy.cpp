#include "api/retrypolicy.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace desk {

int RetryPolicy::delayMs(int failedAttempt, int retryAfterSeconds, double random01) const
{
    const double cap = std::min<double>(baseDelayMs * std::pow(2.0, failedAttempt - 1), maxBackoffMs);
    int delay = static_cast<int>(random01 * cap);
    if (retryAfterSeconds >= 0)
        delay = std::max(delay, std::min(retryAfterSeconds * 1000, maxBackoffMs));
    return delay;
}

bool RetryQuota::acquire(bool afterTimeout)
{
    QMutexLocker locker(&m_mutex);
    const int cost = afterTimeout ? kTimeoutRetryCost : kRetryCost;
    if (m_available < cost)
        return false;
    m_available -= cost;
    return true;
}

void RetryQuota::releaseOnSuccess(bool wasRetry, bool afterTimeout)
{
    QMutexLocker locker(&m_mutex);
    const int refund = wasRetry ? (afterTimeout ? kTimeoutRetryCost : kRetryCost) : 1;
    m_available = std::min(kCapacity, m_available + refund);
}

int RetryQuota::available() const
{
    QMutexLocker locker(&m_mutex);
    return m_available;
}

} // namespace desk
