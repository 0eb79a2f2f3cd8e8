#include "api/codeartifactclient.h"

#include "aws/logredaction.h"
#include "aws/sigv4signer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace desk {

CodeArtifactClient::CodeArtifactClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    qRegisterMetaType<desk::RequestRecord>();
    qRegisterMetaType<desk::AwsError>();
}

CodeArtifactClient::~CodeArtifactClient() = default;

void CodeArtifactClient::setCredentialsProvider(std::shared_ptr<CredentialsProvider> provider)
{
    m_credentials = std::move(provider);
    Q_EMIT settingsChanged();
}

void CodeArtifactClient::setCaBundle(const QList<QSslCertificate> &certificates)
{
    m_tls.reset();
    if (certificates.isEmpty())
        return;
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls->setCaCertificates(certificates);
}

void CodeArtifactClient::setRegion(const QString &region)
{
    m_region = region.trimmed();
    m_resolvedEndpoints.clear();
    Q_EMIT settingsChanged();
}

void CodeArtifactClient::setEndpointOverride(const QString &url)
{
    m_endpointOverride = url.trimmed();
    m_resolvedEndpoints.clear();
    Q_EMIT settingsChanged();
}

void CodeArtifactClient::setServiceEndpointOverride(const QString &service, const QString &url)
{
    m_serviceEndpointOverrides.insert(service, url.trimmed());
    m_resolvedEndpoints.clear();
    Q_EMIT settingsChanged();
}

void CodeArtifactClient::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    m_resolvedEndpoints.clear();
    Q_EMIT settingsChanged();
}

ResolvedEndpoint CodeArtifactClient::endpoint() const
{
    return EndpointResolver::resolve(QStringLiteral("codeartifact"), m_region, m_endpointOverride, m_environment);
}

ResolvedEndpoint CodeArtifactClient::serviceEndpoint(const QString &service) const
{
    if (service == QLatin1String("codeartifact"))
        return endpoint();
    return EndpointResolver::resolve(service, m_region, m_serviceEndpointOverrides.value(service), m_environment);
}

const ResolvedEndpoint &CodeArtifactClient::cachedServiceEndpoint(const QString &service) const
{
    auto found = m_resolvedEndpoints.constFind(service);
    if (found == m_resolvedEndpoints.cend())
        found = m_resolvedEndpoints.insert(service, serviceEndpoint(service));
    return *found;
}

CodeArtifactClient::Prepared CodeArtifactClient::prepare(const AwsRequest &request) const
{
    Prepared out;
    const ResolvedEndpoint &resolved = cachedServiceEndpoint(request.service);
    if (resolved.error) {
        out.error = resolved.error;
        return out;
    }
    if (m_region.isEmpty() || !EndpointResolver::isValidRegion(m_region)) {
        out.error = AwsError(AwsError::Kind::Configuration,
                             QCoreApplication::translate("CodeArtifactClient",
                                                         "No valid AWS region is set. Choose a region, or set AWS_REGION (for example us-east-1)."));
        return out;
    }
    QUrl url = resolved.url;
    url.setPath(QString::fromLatin1(request.path));
    const QByteArray query = SigV4Signer::buildQueryString(request.query);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    out.url = url;
    static const QByteArray userAgent = QByteArrayLiteral("ArtifactDesk/" DESK_VERSION " Qt/") + QByteArray(qVersion());

    if (!request.isSigned) {
        // IAM Identity Center: no signature, no credentials; the token travels in a header.
        if (!request.body.isEmpty() || !request.contentType.isEmpty())
            out.headers.append({QByteArrayLiteral("Content-Type"), request.contentType});
        out.headers.append(request.headers);
        out.headers.append({QByteArrayLiteral("User-Agent"), userAgent});
        return out;
    }

    AwsCredentials credentials = m_credentials ? m_credentials->credentials() : AwsCredentials();
    if (!credentials.isValid()) {
        out.error = AwsError(AwsError::Kind::Configuration,
                             QCoreApplication::translate("CodeArtifactClient",
                                                         "No AWS credentials are available. Add credentials, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY."));
        out.url.clear();
        return out;
    }

    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';  // IPv6 literal
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());

    SigV4Request toSign;
    toSign.method = request.method;
    toSign.path = request.path;
    toSign.query = request.query;
    toSign.headers.append({QByteArrayLiteral("Host"), host});
    if (!request.body.isEmpty() || !request.contentType.isEmpty())
        toSign.headers.append({QByteArrayLiteral("Content-Type"), request.contentType});
    toSign.payloadHash = request.body.isEmpty() ? QByteArray() : SigV4Signer::sha256Hex(request.body);

    SigV4Options options;
    options.region = m_region;
    options.service = request.service;
    options.time = QDateTime::currentDateTimeUtc();
    const SigV4Signature signature = SigV4Signer::sign(toSign, credentials, options);
    credentials.clear();
    qCDebug(lcSigV4).noquote().nospace() << request.operation << " canonical request:\n"
                                         << LogRedaction::canonicalRequest(signature.canonicalRequest)
                                         << "\nstring to sign:\n" << signature.stringToSign;

    out.headers = toSign.headers;
    out.headers.append(signature.headersToAdd);
    out.headers.append({QByteArrayLiteral("User-Agent"), userAgent});
    return out;
}

void CodeArtifactClient::notifyRequestStarted()
{
    ++m_pending;
    Q_EMIT pendingRequestsChanged(m_pending);
}

void CodeArtifactClient::notifyRequestFinished(const RequestRecord &record)
{
    --m_pending;
    Q_EMIT requestFinished(record);
    Q_EMIT pendingRequestsChanged(m_pending);
}

} // namespace desk
