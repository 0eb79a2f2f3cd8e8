#pragma once

#include "base/awserror.h"
#include "aws/awscredentials.h"

#include <QObject>
#include <QTimer>

namespace desk {

// Credentials that expire and are fetched asynchronously (credential_process, STS AssumeRole).
// credentials() stays synchronous for the client: it returns the cached set, and the provider
// refreshes itself in the background before the set expires, so requests never notice. Lives on
// the thread it was created on (the GUI thread).
class RefreshingCredentialsProvider : public QObject, public CredentialsProvider
{
    Q_OBJECT

public:
    explicit RefreshingCredentialsProvider(QObject *parent = nullptr);
    ~RefreshingCredentialsProvider() override;

    // The cached set while it is valid; an invalid set once it has expired (and a refresh starts).
    AwsCredentials credentials() const override;

    // Fetches a new set unless a fetch is already running; refreshed() or refreshFailed() follows.
    void refresh();
    bool isRefreshing() const { return m_fetching; }
    // True while the cached set can be used.
    bool hasValidCredentials() const;
    QDateTime expiration() const { return m_cached.expiration; }
    AwsError lastError() const { return m_lastError; }
    int fetchCount() const { return m_fetchCount; }

    // How long before expiry a refresh starts (default 15 minutes, like the AWS SDKs); for a
    // short-lived set it starts at half its lifetime.
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = seconds; }

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const desk::AwsError &error);

protected:
    // Starts fetching; must end with exactly one deliver() or fail(), possibly later.
    virtual void fetch() = 0;
    void deliver(AwsCredentials credentials);
    void fail(const AwsError &error);

private:
    void scheduleRefresh();

    AwsCredentials m_cached;
    AwsError m_lastError;
    QTimer m_refreshTimer;
    int m_marginSeconds = 15 * 60;
    int m_fetchCount = 0;
    bool m_fetching = false;
};

} // namespace desk
