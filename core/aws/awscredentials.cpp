#include "aws/awscredentials.h"

#include <QCoreApplication>
#include <QDebug>
#include <QtGlobal>

namespace desk {

void wipeSecret(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

void AwsCredentials::clear()
{
    wipeSecret(secretAccessKey);
    wipeSecret(sessionToken);
    accessKeyId.clear();
}

QDebug operator<<(QDebug debug, const AwsCredentials &credentials)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "AwsCredentials(" << credentials.accessKeyId
                    << ", secret=" << (credentials.secretAccessKey.isEmpty() ? "<none>" : "<redacted>")
                    << ", token=" << (credentials.sessionToken.isEmpty() ? "<none>" : "<redacted>")
                    << ", source=" << credentials.source << ')';
    return debug;
}

QString EnvironmentCredentialsProvider::name() const
{
    return QStringLiteral("environment variables");
}

AwsCredentials EnvironmentCredentialsProvider::credentials() const
{
    AwsCredentials c;
    c.accessKeyId = qEnvironmentVariable("AWS_ACCESS_KEY_ID").trimmed();
    c.secretAccessKey = qgetenv("AWS_SECRET_ACCESS_KEY").trimmed();
    c.sessionToken = qgetenv("AWS_SESSION_TOKEN").trimmed();
    c.source = name();
    if (!c.isValid())
        return {};
    return c;
}

StaticCredentialsProvider::StaticCredentialsProvider(AwsCredentials credentials)
    : m_credentials(std::move(credentials))
{
}

StaticCredentialsProvider::~StaticCredentialsProvider()
{
    m_credentials.clear();
}

QString StaticCredentialsProvider::name() const
{
    return m_credentials.source.isEmpty()
               ? QCoreApplication::translate("StaticCredentialsProvider", "static credentials")
               : m_credentials.source;
}

AwsCredentials StaticCredentialsProvider::credentials() const
{
    return m_credentials;
}

QString regionFromEnvironment()
{
    QString region = qEnvironmentVariable("AWS_REGION").trimmed();
    if (region.isEmpty())
        region = qEnvironmentVariable("AWS_DEFAULT_REGION").trimmed();
    return region;
}

} // namespace desk
