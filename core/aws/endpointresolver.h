#pragma once

#include "base/awserror.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace desk {

struct ResolvedEndpoint
{
    QUrl url;            // scheme://host[:port] with no path
    QString source;      // "default", "--endpoint-url", "AWS_ENDPOINT_URL_CODEARTIFACT", ...
    AwsError error;      // Configuration error when the endpoint cannot be used
    bool isOverridden() const { return source != QLatin1String("default"); }
};

// Where requests go: the explicit URL (--endpoint-url), then AWS_ENDPOINT_URL_<SERVICE>, then
// AWS_ENDPOINT_URL, then the regional default. Plain http is accepted only for loopback hosts.
class EndpointResolver
{
    Q_DECLARE_TR_FUNCTIONS(EndpointResolver)

public:
    // service: "codeartifact", "sts", "sso-oidc" (oidc.REGION...) or "sso" (portal.sso.REGION...).
    static ResolvedEndpoint resolve(const QString &service, const QString &region, const QString &explicitUrl = {},
                                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static QUrl defaultEndpoint(const QString &service, const QString &region);
    // "AWS_ENDPOINT_URL_SSO_OIDC" for "sso-oidc".
    static QString serviceVariableName(const QString &service);
    // The key of a service in a [services NAME] section: "sso_oidc" for "sso-oidc".
    static QString servicesSectionKey(const QString &service);
    // No error when the URL may be used for signed requests.
    static AwsError checkEndpoint(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    static bool isValidRegion(const QString &region);
    // The regions CodeArtifact runs in (botocore's endpoints.json, aws partition).
    static const QStringList &codeArtifactRegions();
};

} // namespace desk
