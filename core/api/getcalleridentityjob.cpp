#include "api/getcalleridentityjob.h"

#include <QXmlStreamReader>

namespace desk {

GetCallerIdentityJob::GetCallerIdentityJob(CodeArtifactClient *client, QObject *parent)
    : AwsRequestJob(client, Operation::GetCallerIdentity, {}, parent)
{
}

AwsError GetCallerIdentityJob::parseBody(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Account"))
            m_identity.account = xml.readElementText();
        else if (name == QLatin1String("Arn"))
            m_identity.arn = xml.readElementText();
        else if (name == QLatin1String("UserId"))
            m_identity.userId = xml.readElementText();
    }
    if (xml.hasError() || m_identity.account.isEmpty() || m_identity.arn.isEmpty())
        return AwsError(AwsError::Kind::BadResponse,
                        tr("the GetCallerIdentity response could not be read%1")
                            .arg(xml.hasError() ? QStringLiteral(": ") + xml.errorString() : QString()));
    return {};
}

} // namespace desk
