#pragma once

#include "aws/awscredentials.h"
#include "aws/endpointresolver.h"
#include "base/awsrequest.h"
#include "api/retrypolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSslConfiguration>

#include <memory>
#include <optional>

#include <QNetworkAccessManager>
class QNetworkRequest;

namespace desk {

// The one object that talks to CodeArtifact (and STS): it owns the connection settings, builds
// URLs, signs each attempt with SigV4 and sends through the injected QNetworkAccessManager.
// Operations are jobs (awsjob.h) created against a client.
class CodeArtifactClient : public QObject
{
    Q_OBJECT

public:
    explicit CodeArtifactClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CodeArtifactClient() override;

    QNetworkAccessManager *network() const { return m_network; }

    void setCredentialsProvider(std::shared_ptr<CredentialsProvider> provider);
    std::shared_ptr<CredentialsProvider> credentialsProvider() const { return m_credentials; }

    void setRegion(const QString &region);
    QString region() const { return m_region; }
    // --endpoint-url: the CodeArtifact endpoint; empty: environment, then the regional default.
    void setEndpointOverride(const QString &url);
    QString endpointOverride() const { return m_endpointOverride; }
    // The STS endpoint override (the sandbox serves both); empty: AWS_ENDPOINT_URL_STS,
    // AWS_ENDPOINT_URL, then the regional STS endpoint.
    void setStsEndpointOverride(const QString &url) { setServiceEndpointOverride(QStringLiteral("sts"), url); }
    // The endpoint of another service ("sts", "sso-oidc", "sso"); empty: AWS_ENDPOINT_URL_<SERVICE>,
    // AWS_ENDPOINT_URL, then the regional default.
    void setServiceEndpointOverride(const QString &service, const QString &url);
    // The environment the endpoint variables are read from (tests set their own).
    void setEnvironment(const QProcessEnvironment &environment);
    ResolvedEndpoint endpoint() const;
    ResolvedEndpoint stsEndpoint() const { return serviceEndpoint(QStringLiteral("sts")); }
    ResolvedEndpoint serviceEndpoint(const QString &service) const;

    // Per-attempt timeout for a response (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    RetryQuota &retryQuota() { return m_retryQuota; }
    // Largest response body accepted (default 64 MiB); larger is a BadResponse error.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // The certificates HTTPS answers must chain to, instead of the system's (as the AWS CLI's
    // --ca-bundle, `ca_bundle` and AWS_CA_BUNDLE do: the sandbox's --tls certificate, a company
    // proxy's root). Empty: the system's trust store.
    void setCaBundle(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> caBundle() const { return m_tls ? m_tls->caCertificates() : QList<QSslCertificate>(); }
    // What requests carry: the bundle over Qt's defaults; empty without a bundle.
    const std::optional<QSslConfiguration> &sslConfiguration() const { return m_tls; }

    int pendingRequests() const { return m_pending; }
    // The account the credentials belong to, once known (GetCallerIdentity): a refusal on another
    // account's domain says that the domain's owner decides (AwsError::isOnAnotherAccountsDomain).
    void setCallerAccount(const QString &account) { m_callerAccount = account; }
    QString callerAccount() const { return m_callerAccount; }

    // Signs a request for sending now; error when credentials or the endpoint are missing.
    struct Prepared
    {
        AwsError error;
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;  // to set on the QNetworkRequest
    };
    Prepared prepare(const AwsRequest &request) const;

    // Used by the jobs: bookkeeping for the activity log and the pending count.
    void notifyRequestStarted();
    void notifyRequestFinished(const RequestRecord &record);

Q_SIGNALS:
    void requestFinished(const desk::RequestRecord &record);
    void pendingRequestsChanged(int pending);
    void settingsChanged();

private:
    const ResolvedEndpoint &cachedServiceEndpoint(const QString &service) const;

    QPointer<QNetworkAccessManager> m_network;
    std::shared_ptr<CredentialsProvider> m_credentials;
    QString m_region;
    QString m_endpointOverride;
    QHash<QString, QString> m_serviceEndpointOverrides;
    QProcessEnvironment m_environment;
    // serviceEndpoint() per service, resolved once for the settings in effect (every request
    // needs it; resolving reads the environment and parses the URL). Cleared by every setter
    // the resolution depends on.
    mutable QHash<QString, ResolvedEndpoint> m_resolvedEndpoints;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = 64 * 1024 * 1024;
    RetryPolicy m_retryPolicy;
    RetryQuota m_retryQuota;
    std::optional<QSslConfiguration> m_tls;
    int m_pending = 0;
    QString m_callerAccount;
};

} // namespace desk
