#include "credentials/refreshingcredentialsprovider.h"

#include <QCoreApplication>

namespace desk {

RefreshingCredentialsProvider::RefreshingCredentialsProvider(QObject *parent)
    : QObject(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RefreshingCredentialsProvider::refresh);
}

RefreshingCredentialsProvider::~RefreshingCredentialsProvider()
{
    m_cached.clear();
}

bool RefreshingCredentialsProvider::hasValidCredentials() const
{
    if (!m_cached.isValid())
        return false;
    // A few seconds of slack: a request signed now must still be valid when it arrives.
    return !m_cached.expiration.isValid() || QDateTime::currentDateTimeUtc().secsTo(m_cached.expiration) > 5;
}

AwsCredentials RefreshingCredentialsProvider::credentials() const
{
    if (hasValidCredentials())
        return m_cached;
    if (!m_fetching) {
        auto *self = const_cast<RefreshingCredentialsProvider *>(this);
        QMetaObject::invokeMethod(self, &RefreshingCredentialsProvider::refresh, Qt::QueuedConnection);
    }
    return {};
}

void RefreshingCredentialsProvider::refresh()
{
    if (m_fetching)
        return;
    m_fetching = true;
    ++m_fetchCount;
    m_refreshTimer.stop();
    fetch();
}

void RefreshingCredentialsProvider::deliver(AwsCredentials credentials)
{
    if (!m_fetching)
        return;
    m_fetching = false;
    if (credentials.expiration.isValid() && QDateTime::currentDateTimeUtc().secsTo(credentials.expiration) <= 5) {
        const QString expiration = credentials.expiration.toUTC().toString(Qt::ISODate);
        credentials.clear();
        // Said as it is: the source gave out-of-date credentials (no request was refused yet).
        fail(AwsError(AwsError::Kind::Configuration,
                      QCoreApplication::translate("RefreshingCredentialsProvider",
                                                  "%1 returned credentials that have already expired (Expiration %2).")
                          .arg(name(), expiration)));
        return;
    }
    m_cached.clear();
    m_cached = std::move(credentials);
    m_cached.source = name();
    m_lastError = {};
    scheduleRefresh();
    Q_EMIT refreshed();
}

void RefreshingCredentialsProvider::fail(const AwsError &error)
{
    m_fetching = false;
    m_lastError = error;
    // Try again while the cached set is still good, so a passing failure goes unnoticed.
    if (hasValidCredentials()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_cached.expiration);
        m_refreshTimer.start(static_cast<int>(qBound(qint64(1000), left / 4, qint64(60000))));
    }
    Q_EMIT refreshFailed(error);
}

void RefreshingCredentialsProvider::scheduleRefresh()
{
    if (!m_cached.expiration.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_cached.expiration);
    const qint64 delay = qMax<qint64>(qMax(left - qint64(m_marginSeconds) * 1000, left / 2), 1000);
    m_refreshTimer.start(static_cast<int>(qMin<qint64>(delay, std::numeric_limits<int>::max())));
}

} // namespace desk
