#include "api/assumerolejob.h"

#include <QXmlStreamReader>

namespace desk {

namespace {

OperationInput assumeRoleInput(const AssumeRoleInput &assume)
{
    OperationInput input;
    input.set(QStringLiteral("RoleArn"), assume.roleArn);
    input.set(QStringLiteral("RoleSessionName"), assume.roleSessionName);
    if (assume.durationSeconds > 0)
        input.set(QStringLiteral("DurationSeconds"), assume.durationSeconds);
    input.setIfNotEmpty(QStringLiteral("ExternalId"), assume.externalId);
    if (!assume.serialNumber.isEmpty()) {
        input.set(QStringLiteral("SerialNumber"), assume.serialNumber);
        input.set(QStringLiteral("TokenCode"), assume.tokenCode);
    }
    return input;
}

} // namespace

AssumeRoleJob::AssumeRoleJob(CodeArtifactClient *client, const AssumeRoleInput &input, QObject *parent)
    : AwsRequestJob(client, Operation::AssumeRole, assumeRoleInput(input), parent)
    , m_input(input)
{
}

AssumeRoleJob::~AssumeRoleJob()
{
    m_credentials.clear();
}

AwsCredentials AssumeRoleJob::takeCredentials()
{
    AwsCredentials out = std::move(m_credentials);
    m_credentials = {};
    return out;
}

AwsError AssumeRoleJob::validate() const
{
    auto invalid = [](const QString &field, const QString &message) {
        AwsError e(AwsError::Kind::Validation, message);
        e.setField(field).setService(QStringLiteral("sts"));
        return e;
    };
    if (m_input.roleArn.isEmpty())
        return invalid(QStringLiteral("roleArn"), tr("No role ARN is set."));
    if (m_input.roleSessionName.size() < 2 || m_input.roleSessionName.size() > 64)
        return invalid(QStringLiteral("roleSessionName"), tr("A role session name has 2 to 64 characters."));
    if (m_input.durationSeconds != 0 && (m_input.durationSeconds < 900 || m_input.durationSeconds > 43200))
        return invalid(QStringLiteral("durationSeconds"), tr("duration_seconds must be between 900 and 43200."));
    if (!m_input.serialNumber.isEmpty() && m_input.tokenCode.trimmed().isEmpty())
        return invalid(QStringLiteral("tokenCode"), tr("An MFA code is needed for this role."));
    return {};
}

AwsError AssumeRoleJob::parseBody(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    bool inCredentials = false;
    bool inUser = false;
    AwsCredentials c;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("Credentials"))
                inCredentials = false;
            else if (xml.name() == QLatin1String("AssumedRoleUser"))
                inUser = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Credentials")) {
            inCredentials = true;
        } else if (name == QLatin1String("AssumedRoleUser")) {
            inUser = true;
        } else if (inCredentials && name == QLatin1String("AccessKeyId")) {
            c.accessKeyId = xml.readElementText().trimmed();
        } else if (inCredentials && name == QLatin1String("SecretAccessKey")) {
            c.secretAccessKey = xml.readElementText().trimmed().toUtf8();
        } else if (inCredentials && name == QLatin1String("SessionToken")) {
            c.sessionToken = xml.readElementText().trimmed().toUtf8();
        } else if (inCredentials && name == QLatin1String("Expiration")) {
            const QString text = xml.readElementText().trimmed();
            c.expiration = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!c.expiration.isValid())
                c.expiration = QDateTime::fromString(text, Qt::ISODate);
            c.expiration = c.expiration.toUTC();
        } else if (inUser && name == QLatin1String("Arn")) {
            m_assumedRoleArn = xml.readElementText().trimmed();
        }
    }
    if (xml.hasError() || !c.isValid() || c.sessionToken.isEmpty() || !c.expiration.isValid()) {
        c.clear();
        return AwsError(AwsError::Kind::BadResponse,
                        tr("the AssumeRole response could not be read%1")
                            .arg(xml.hasError() ? QStringLiteral(": ") + xml.errorString() : QString()));
    }
    c.source = tr("role %1").arg(m_input.roleArn);
    m_credentials = std::move(c);
    return {};
}

} // namespace desk
