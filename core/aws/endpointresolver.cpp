#include "aws/endpointresolver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace desk {

const QStringList &EndpointResolver::codeArtifactRegions()
{
    static const QStringList regions = {
        QStringLiteral("us-east-1"), QStringLiteral("us-east-2"), QStringLiteral("us-west-2"),
        QStringLiteral("ap-northeast-1"), QStringLiteral("ap-south-1"), QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"), QStringLiteral("eu-central-1"), QStringLiteral("eu-north-1"),
        QStringLiteral("eu-south-1"), QStringLiteral("eu-west-1"), QStringLiteral("eu-west-2"),
        QStringLiteral("eu-west-3"),
    };
    return regions;
}

bool EndpointResolver::isValidRegion(const QString &region)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(-[a-z0-9]+)+")));
    return re.match(region).hasMatch();
}

bool EndpointResolver::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl EndpointResolver::defaultEndpoint(const QString &service, const QString &region)
{
    const QString suffix = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                   : QStringLiteral("amazonaws.com");
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    // The endpoint prefix is the service name except for IAM Identity Center's two services.
    const QString prefix = service == QLatin1String("sso-oidc") ? QStringLiteral("oidc")
        : service == QLatin1String("sso")                     ? QStringLiteral("portal.sso")
                                                               : service;
    url.setHost(prefix + u'.' + region + u'.' + suffix);
    return url;
}

AwsError EndpointResolver::checkEndpoint(const QUrl &url)
{
    auto fail = [&url](const QString &why) {
        return AwsError(AwsError::Kind::Configuration,
                        tr("The endpoint URL \"%1\" cannot be used: %2").arg(url.toDisplayString(), why));
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("it is not a valid URL with a host name."));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return fail(tr("plain http is accepted only for this computer (127.0.0.1, ::1, localhost); use https."));
    }
    return fail(tr("the scheme must be https (or http for this computer only)."));
}

QString EndpointResolver::serviceVariableName(const QString &service)
{
    // The SDKs' rule: the service id, upper case, spaces and dashes as underscores.
    QString name = service.toUpper();
    name.replace(u'-', u'_').replace(u' ', u'_');
    return QStringLiteral("AWS_ENDPOINT_URL_") + name;
}

QString EndpointResolver::servicesSectionKey(const QString &service)
{
    // A [services] section names a service by its id in lower case with underscores: sso_oidc.
    QString key = service.toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    return key;
}

ResolvedEndpoint EndpointResolver::resolve(const QString &service, const QString &region, const QString &explicitUrl,
                                           const QProcessEnvironment &environment)
{
    ResolvedEndpoint out;
    QString text;
    const QString serviceVariable = serviceVariableName(service);
    if (!explicitUrl.trimmed().isEmpty()) {
        text = explicitUrl.trimmed();
        out.source = QStringLiteral("--endpoint-url");
    } else if (!environment.value(serviceVariable).trimmed().isEmpty()) {
        text = environment.value(serviceVariable).trimmed();
        out.source = serviceVariable;
    } else if (!environment.value(QStringLiteral("AWS_ENDPOINT_URL")).trimmed().isEmpty()) {
        text = environment.value(QStringLiteral("AWS_ENDPOINT_URL")).trimmed();
        out.source = QStringLiteral("AWS_ENDPOINT_URL");
    }
    if (!text.isEmpty()) {
        QUrl url(text, QUrl::StrictMode);
        if (url.path() == QLatin1String("/"))
            url.setPath({});
        out.url = url;
        out.error = checkEndpoint(url);
        if (!out.error && !url.path().isEmpty())
            out.error = AwsError(AwsError::Kind::Configuration,
                                 tr("The endpoint URL \"%1\" cannot be used: it must not have a path.").arg(url.toDisplayString()));
        return out;
    }
    out.source = QStringLiteral("default");
    if (region.isEmpty()) {
        out.error = AwsError(AwsError::Kind::Configuration,
                             tr("No AWS region is set. Choose a region, or set AWS_REGION (for example us-east-1)."));
        return out;
    }
    if (!isValidRegion(region)) {
        out.error = AwsError(AwsError::Kind::Configuration,
                             tr("\"%1\" is not a valid AWS region name (for example us-east-1).").arg(region));
        return out;
    }
    out.url = defaultEndpoint(service, region);
    return out;
}

} // namespace desk
