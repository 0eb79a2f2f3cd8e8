#include "sandbox/stsservice.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <functional>

namespace desk {

namespace {

const QString kNamespace = QStringLiteral("https://sts.amazonaws.com/doc/2011-06-15/");

QByteArray randomChars(int count, const char *alphabet)
{
    const int n = static_cast<int>(qstrlen(alphabet));
    QByteArray out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(alphabet[QRandomGenerator::system()->bounded(n)]);
    return out;
}

AwsError stsError(const QString &code, const QString &message, int status = 400)
{
    AwsError e(AwsError::Kind::Validation, message);
    e.setCode(code).setHttpStatus(status).setService(QStringLiteral("sts"));
    return e;
}

QMap<QString, QString> formParameters(const SandboxWireRequest &request)
{
    QMap<QString, QString> params;
    QByteArray form = request.body;
    form.replace('+', "%20");   // application/x-www-form-urlencoded spaces
    for (const auto &[k, v] : SigV4Signer::parseQueryString(request.rawQuery))
        params.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    for (const auto &[k, v] : SigV4Signer::parseQueryString(form))
        params.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return params;
}

SandboxResponse xmlResponse(const QByteArray &xml, int status = 200)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/xml");
    r.body = xml;
    return r;
}

// Every STS answer has one shape: <ActionResponse><ActionResult>...</ActionResult>
// <ResponseMetadata><RequestId/></ResponseMetadata></ActionResponse>; writeResult fills the result.
SandboxResponse stsAnswer(const QString &action, const QString &requestId,
                          const std::function<void(QXmlStreamWriter &)> &writeResult)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(action + QStringLiteral("Response"));
    w.writeDefaultNamespace(kNamespace);
    w.writeStartElement(action + QStringLiteral("Result"));
    writeResult(w);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("ResponseMetadata"));
    w.writeTextElement(QStringLiteral("RequestId"), requestId);
    w.writeEndElement();
    w.writeEndElement();
    return xmlResponse(xml);
}

} // namespace

StsService::StsService(const SandboxConfig &config, SandboxSignatureVerifier *verifier)
    : m_config(config)
    , m_verifier(verifier)
{
    m_config.secretAccessKey.clear();   // not needed here
}

SandboxIdentity StsService::adminIdentity(const SandboxConfig &config)
{
    SandboxIdentity id;
    id.accessKeyId = config.accessKeyId;
    id.account = config.account;
    id.arn = QStringLiteral("arn:aws:iam::%1:user/sandbox-admin").arg(config.account);
    id.userId = QStringLiteral("AIDASANDBOXADMIN0001");
    return id;
}

AwsCredentials StsService::temporaryCredentials(const QDateTime &expiration, const QString &source)
{
    const char *base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("ASIA") + QString::fromLatin1(randomChars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    credentials.secretAccessKey = randomChars(40, base64);
    credentials.sessionToken = QByteArrayLiteral("SBX") + randomChars(180, base64);
    credentials.expiration = expiration;
    credentials.source = source;
    return credentials;
}

SandboxResponse StsService::xmlError(const AwsError &error, const QString &requestId)
{
    QString code = error.code();
    if (code == QLatin1String("InvalidSignatureException"))
        code = QStringLiteral("SignatureDoesNotMatch");
    else if (code == QLatin1String("UnrecognizedClientException"))
        code = QStringLiteral("InvalidClientTokenId");
    else if (code == QLatin1String("ExpiredTokenException"))
        code = QStringLiteral("ExpiredToken");
    else if (code == QLatin1String("MissingAuthenticationTokenException"))
        code = QStringLiteral("MissingAuthenticationToken");
    else if (code == QLatin1String("IncompleteSignatureException"))
        code = QStringLiteral("IncompleteSignature");
    const int status = error.httpStatus() > 0 ? error.httpStatus() : 400;

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("ErrorResponse"));
    w.writeDefaultNamespace(kNamespace);
    w.writeStartElement(QStringLiteral("Error"));
    w.writeTextElement(QStringLiteral("Type"), status >= 500 ? QStringLiteral("Receiver") : QStringLiteral("Sender"));
    w.writeTextElement(QStringLiteral("Code"), code);
    w.writeTextElement(QStringLiteral("Message"), error.message());
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("RequestId"), requestId);
    w.writeEndElement();
    return xmlResponse(xml, status);
}

SandboxResponse StsService::handle(const SandboxWireRequest &request, const SandboxIdentity &caller,
                                   const QString &requestId, const QDateTime &now)
{
    const QMap<QString, QString> params = formParameters(request);
    const QString action = params.value(QStringLiteral("Action"));
    if (action == QLatin1String("GetCallerIdentity"))
        return getCallerIdentity(caller, requestId);
    if (action == QLatin1String("AssumeRole"))
        return assumeRole(params, caller, requestId, now);
    if (action.isEmpty())
        return xmlError(stsError(QStringLiteral("MissingAction"), QStringLiteral("Missing Action")), requestId);
    return xmlError(stsError(QStringLiteral("InvalidAction"),
                             QStringLiteral("Could not find operation %1 for version %2")
                                 .arg(action, params.value(QStringLiteral("Version")))),
                    requestId);
}

SandboxResponse StsService::getCallerIdentity(const SandboxIdentity &caller, const QString &requestId)
{
    return stsAnswer(QStringLiteral("GetCallerIdentity"), requestId, [&](QXmlStreamWriter &w) {
        w.writeTextElement(QStringLiteral("Arn"), caller.arn);
        w.writeTextElement(QStringLiteral("UserId"), caller.userId);
        w.writeTextElement(QStringLiteral("Account"), caller.account);
    });
}

SandboxResponse StsService::assumeRole(const QMap<QString, QString> &params, const SandboxIdentity &caller,
                                       const QString &requestId, const QDateTime &now)
{
    Q_UNUSED(caller);
    static const QRegularExpression roleArnPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("arn:aws:iam::([0-9]{12}):role/((?:[\\w+=,.@-]+/)*)([\\w+=,.@-]{1,64})")));
    static const QRegularExpression sessionPattern(QRegularExpression::anchoredPattern(QStringLiteral("[\\w+=,.@-]{2,64}")));
    static const QRegularExpression externalIdPattern(QRegularExpression::anchoredPattern(QStringLiteral("[\\w+=,.@:/-]{2,1224}")));

    const QString roleArn = params.value(QStringLiteral("RoleArn"));
    const QString session = params.value(QStringLiteral("RoleSessionName"));
    auto validationError = [&](const QString &value, const QString &field, const QString &constraint) {
        return xmlError(stsError(QStringLiteral("ValidationError"),
                                 QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: %3")
                                     .arg(value, field, constraint)),
                        requestId);
    };
    if (!params.contains(QStringLiteral("RoleArn")))
        return validationError(QString(), QStringLiteral("roleArn"), QStringLiteral("Member must not be null"));
    if (!params.contains(QStringLiteral("RoleSessionName")))
        return validationError(QString(), QStringLiteral("roleSessionName"), QStringLiteral("Member must not be null"));
    const QRegularExpressionMatch arnMatch = roleArnPattern.match(roleArn);
    if (!arnMatch.hasMatch())
        return validationError(roleArn, QStringLiteral("roleArn"),
                               QStringLiteral("Member must satisfy regular expression pattern: arn:aws:iam::[0-9]{12}:role/[\\w+=,.@/-]+"));
    if (!sessionPattern.match(session).hasMatch())
        return validationError(session, QStringLiteral("roleSessionName"),
                               QStringLiteral("Member must satisfy regular expression pattern: [\\w+=,.@-]{2,64}"));
    if (params.contains(QStringLiteral("ExternalId"))
        && !externalIdPattern.match(params.value(QStringLiteral("ExternalId"))).hasMatch())
        return validationError(params.value(QStringLiteral("ExternalId")), QStringLiteral("externalId"),
                               QStringLiteral("Member must satisfy regular expression pattern: [\\w+=,.@:/-]{2,1224}"));
    qint64 duration = 3600;
    if (params.contains(QStringLiteral("DurationSeconds"))) {
        bool ok = false;
        duration = params.value(QStringLiteral("DurationSeconds")).toLongLong(&ok);
        if (!ok || duration < 900 || duration > 43200)
            return validationError(params.value(QStringLiteral("DurationSeconds")), QStringLiteral("durationSeconds"),
                                   QStringLiteral("Member must have value greater than or equal to 900 and less than or equal to 43200"));
    }

    const QString roleAccount = arnMatch.captured(1);
    const QString roleName = arnMatch.captured(3);
    const QByteArray upperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const AwsCredentials credentials =
        temporaryCredentials(QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + duration, Qt::UTC),
                             QStringLiteral("sandbox AssumeRole"));

    SandboxIdentity identity;
    identity.accessKeyId = credentials.accessKeyId;
    identity.account = roleAccount;
    identity.arn = QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3").arg(roleAccount, roleName, session);
    const QString roleId = QStringLiteral("AROA") + QString::fromLatin1(randomChars(17, upperAlnum.constData()));
    identity.userId = roleId + u':' + session;
    identity.expiration = credentials.expiration;
    m_verifier->removeExpired(now);
    m_verifier->addCredentials(credentials, identity);

    return stsAnswer(QStringLiteral("AssumeRole"), requestId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("AssumedRoleUser"));
        w.writeTextElement(QStringLiteral("AssumedRoleId"), identity.userId);
        w.writeTextElement(QStringLiteral("Arn"), identity.arn);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("Credentials"));
        w.writeTextElement(QStringLiteral("AccessKeyId"), credentials.accessKeyId);
        w.writeTextElement(QStringLiteral("SecretAccessKey"), QString::fromLatin1(credentials.secretAccessKey));
        w.writeTextElement(QStringLiteral("SessionToken"), QString::fromLatin1(credentials.sessionToken));
        w.writeTextElement(QStringLiteral("Expiration"), credentials.expiration.toString(Qt::ISODate));
        w.writeEndElement();
    });
}

} // namespace desk
