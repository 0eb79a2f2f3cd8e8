#include "base/awserror.h"

#include "base/operations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace desk {

AwsError::AwsError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{
}

QString AwsError::iamAction() const
{
    if (m_operation.isEmpty())
        return {};
    const OperationSpec *spec = Operations::find(m_operation);
    if (spec && spec->service == m_service)
        return spec->iamAction;
    return m_service + u':' + m_operation;
}

bool AwsError::isOnAnotherAccountsDomain() const
{
    if (m_domainOwner.isEmpty())
        return false;
    QString caller = m_callerAccount;
    if (caller.isEmpty()) {
        // "User: arn:aws:iam::111122223333:user/x is not authorized ..." (or sts::...:assumed-role/...)
        static const QRegularExpression principal(QStringLiteral("arn:aws[a-z-]*:(?:iam|sts)::([0-9]{12}):"));
        const QRegularExpressionMatch m = principal.match(m_message);
        if (m.hasMatch())
            caller = m.captured(1);
    }
    return !caller.isEmpty() && caller != m_domainOwner;
}

bool AwsError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Throttled:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

AwsError::Kind AwsError::kindFor(const QString &code, int httpStatus)
{
    static const QHash<QString, Kind> byCode = {
        {QStringLiteral("AccessDeniedException"), Kind::AccessDenied},
        {QStringLiteral("ConflictException"), Kind::Conflict},
        {QStringLiteral("InternalServerException"), Kind::Server},
        {QStringLiteral("ResourceNotFoundException"), Kind::NotFound},
        {QStringLiteral("ServiceQuotaExceededException"), Kind::QuotaExceeded},
        {QStringLiteral("ThrottlingException"), Kind::Throttled},
        {QStringLiteral("ValidationException"), Kind::Validation},
        {QStringLiteral("UnrecognizedClientException"), Kind::Authentication},
        {QStringLiteral("InvalidSignatureException"), Kind::Authentication},
        {QStringLiteral("IncompleteSignatureException"), Kind::Authentication},
        {QStringLiteral("ExpiredTokenException"), Kind::Authentication},
        {QStringLiteral("ExpiredToken"), Kind::Authentication},   // STS's spelling
        {QStringLiteral("InvalidClientTokenId"), Kind::Authentication},
        {QStringLiteral("SignatureDoesNotMatch"), Kind::Authentication},
        {QStringLiteral("MissingAuthenticationTokenException"), Kind::Authentication},
        {QStringLiteral("TooManyRequestsException"), Kind::Throttled},
        {QStringLiteral("Throttling"), Kind::Throttled},
        {QStringLiteral("RequestLimitExceeded"), Kind::Throttled},
        {QStringLiteral("ServiceUnavailableException"), Kind::Server},
    };
    const auto it = byCode.constFind(code);
    if (it != byCode.constEnd())
        return *it;
    if (httpStatus == 400)
        return Kind::Validation;
    if (httpStatus == 401)
        return Kind::Authentication;
    if (httpStatus == 402)
        return Kind::QuotaExceeded;
    if (httpStatus == 403)
        return Kind::AccessDenied;
    if (httpStatus == 404)
        return Kind::NotFound;
    if (httpStatus == 409)
        return Kind::Conflict;
    if (httpStatus == 429)
        return Kind::Throttled;
    if (httpStatus >= 500)
        return Kind::Server;
    return Kind::BadResponse;
}

QString AwsError::cleanErrorCode(const QString &raw)
{
    QString code = raw.trimmed();
    const qsizetype colon = code.indexOf(u':');
    if (colon >= 0)
        code.truncate(colon);
    const qsizetype hash = code.lastIndexOf(u'#');
    if (hash >= 0)
        code = code.mid(hash + 1);
    return code;
}

AwsError AwsError::configuration(const QString &message)
{
    AwsError e(Kind::Configuration, message);
    e.setService(QStringLiteral("configuration"));
    return e;
}

AwsError AwsError::fromHttpResponse(int httpStatus, const QByteArray &errorTypeHeader,
                                    const QByteArray &requestId, const QByteArray &retryAfterHeader,
                                    const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject object = doc.object();

    QString code = QString::fromUtf8(errorTypeHeader);
    QString xmlMessage;
    QString xmlRequestId;
    const bool isXml = !isJson && body.trimmed().startsWith('<') && body.contains("<ErrorResponse");
    if (isXml) {
        // The query protocol (STS): <ErrorResponse><Error><Code/><Message/></Error><RequestId/>
        QXmlStreamReader xml(body);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("Code") && code.isEmpty())
                code = xml.readElementText();
            else if (xml.name() == QLatin1String("Message"))
                xmlMessage = xml.readElementText();
            else if (xml.name() == QLatin1String("RequestId"))
                xmlRequestId = xml.readElementText();
        }
    }
    if (code.isEmpty() && isJson) {
        for (const auto key : {QLatin1String("code"), QLatin1String("Code"), QLatin1String("__type")}) {
            code = object.value(key).toString();
            if (!code.isEmpty())
                break;
        }
    }
    code = cleanErrorCode(code);

    QString message = xmlMessage;
    if (isJson) {
        message = object.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = object.value(QLatin1String("Message")).toString();
        // OAuth's form (SSO OIDC): {"error": "authorization_pending", "error_description": "..."}
        if (message.isEmpty())
            message = object.value(QLatin1String("error_description")).toString();
        if (code.isEmpty())
            code = object.value(QLatin1String("error")).toString();
    }

    Kind kind = kindFor(code, httpStatus);
    if (!isJson && !isXml && code.isEmpty()) {
        // Not the service talking: a proxy, a load balancer, a captive portal. Keep a short,
        // readable excerpt of what came back.
        kind = httpStatus >= 500 ? Kind::Server : Kind::BadResponse;
        QString excerpt = QString::fromUtf8(body.left(2000)).simplified();
        if (excerpt.size() > 300)
            excerpt = excerpt.left(300) + QStringLiteral("...");
        message = excerpt;
    }
    if (code.isEmpty())
        code = QString::number(httpStatus);

    AwsError error(kind, message);
    error.setHttpStatus(httpStatus).setCode(code).setRequestId(
        requestId.isEmpty() ? xmlRequestId : QString::fromLatin1(requestId));
    if (isJson) {
        error.setResource(object.value(QLatin1String("resourceId")).toString(),
                          object.value(QLatin1String("resourceType")).toString());
        error.setReason(object.value(QLatin1String("reason")).toString());
    }
    bool ok = false;
    const int retryAfter = retryAfterHeader.trimmed().toInt(&ok);
    if (ok && retryAfter >= 0)
        error.setRetryAfterSeconds(retryAfter);
    return error;
}

QString AwsError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Authentication: return QStringLiteral("authentication");
    case Kind::AccessDenied: return QStringLiteral("access denied");
    case Kind::NotFound: return QStringLiteral("not found");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::QuotaExceeded: return QStringLiteral("quota exceeded");
    case Kind::Throttled: return QStringLiteral("throttled");
    case Kind::Server: return QStringLiteral("server");
    case Kind::BadResponse: return QStringLiteral("bad response");
    case Kind::KeychainUnavailable: return QStringLiteral("keychain unavailable");
    case Kind::Configuration: return QStringLiteral("configuration");
    }
    return QStringLiteral("unknown");
}

namespace {

// The service's (or the system's) own words inside one of our sentences: after a colon, without
// their closing full stop, so the sentence does not end in ".)." or nest parentheses.
QString quoted(const QString &message)
{
    QString words = message.trimmed();
    while (words.endsWith(u'.'))
        words.chop(1);
    return words.isEmpty() ? QString() : QStringLiteral(": ") + words;
}

} // namespace

QString AwsError::userMessage() const
{
    // A credential_process failure is described by who saw it (exit code, the tool's own words,
    // the time limit): no network or service sentence fits it.
    if (m_service == QLatin1String("credential_process") && !m_message.isEmpty() && m_kind != Kind::Cancelled)
        return m_message;
    // IAM Identity Center's sign-in and role credentials are told by the provider that saw them
    // (which session, which role, what to do), with the cause inside.
    if ((m_service == QLatin1String("sso") || m_service == QLatin1String("sso-oidc")) && !m_message.isEmpty())
        return m_message;
    const QString said = quoted(m_message);
    // The request may have taken effect and no one could tell: trying again blindly could do it
    // twice, so the advice is to look first (and nothing offers Retry).
    if (m_ambiguous && (m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::Server))
        return tr("The answer was lost%1, so the change may or may not have been made. Reload to see what is true "
                  "before you change it again.").arg(said);
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        // The service the request was for: an STS failure is not CodeArtifact's.
        if (!m_endpoint.isEmpty())
            return tr("Could not reach the %1 endpoint %2%3. Check your network connection and the endpoint URL, then try "
                      "again.")
                .arg(serviceName(), m_endpoint, said);
        return tr("Could not reach the %1 endpoint%2. Check your network connection and the endpoint URL, then try again.")
            .arg(serviceName(), said);
    case Kind::Timeout:
        return tr("The request timed out without an answer. The service or the network may be slow; try again.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Tls:
        return tr("The secure connection to the endpoint failed%1. Check the endpoint URL and the system's certificates.")
            .arg(said);
    case Kind::Authentication:
        return authenticationMessage();
    case Kind::AccessDenied:
        if (isOnAnotherAccountsDomain()) {
            const QString action = iamAction().isEmpty() ? tr("this action") : iamAction();
            return tr("Access denied: the domain belongs to account %1, and its owner's domain policy decides who may "
                      "perform %2 there, not your IAM user's permissions. Ask the administrators of account %1 to allow "
                      "your account in the domain's permissions policy.")
                .arg(m_domainOwner, action);
        }
        if (!iamAction().isEmpty())
            return tr("Access denied: your credentials are not allowed to perform %1. Ask an administrator to grant this IAM action.")
                .arg(iamAction());
        return tr("Access denied%1. Ask an administrator for the needed IAM permissions.").arg(said);
    case Kind::NotFound:
        if (!m_resourceId.isEmpty())
            return tr("The %1 \"%2\" was not found. It may have been deleted, or it belongs to another account or region.")
                .arg(m_resourceType.isEmpty() ? tr("resource") : m_resourceType, m_resourceId);
        return tr("Not found%1. Check the names, the domain owner and the region.").arg(said);
    case Kind::Conflict:
        return tr("The change conflicts with the current state%1. Refresh to see what is there now.").arg(said);
    case Kind::Validation:
        if (!m_field.isEmpty())
            return tr("The value of %1 is not valid%2.").arg(m_field, said);
        return tr("The service refused the request as invalid%1.").arg(said);
    case Kind::QuotaExceeded:
        return tr("A service quota was reached%1. Delete unused resources or ask AWS for a higher quota.").arg(said);
    case Kind::Throttled:
        if (m_retryAfterSeconds >= 0)
            return tr("AWS is throttling requests. Wait %n second(s) and try again.", nullptr, m_retryAfterSeconds);
        return tr("AWS is throttling requests. Wait a moment and try again.");
    case Kind::Server:
        return tr("%1 had an internal error%2. Try again in a moment.").arg(serviceName(), said);
    case Kind::BadResponse:
        return tr("The endpoint sent a response that is not from %1 or could not be read%2. Check the endpoint URL or proxy.")
            .arg(serviceName(), said);
    case Kind::KeychainUnavailable:
        // The store's message already says what happened to which secret.
        return m_message.isEmpty() ? tr("The system keychain is not available. Secrets are kept for this session only.")
                                   : m_message;
    case Kind::Configuration:
        return m_message.isEmpty() ? tr("The connection settings are incomplete.") : m_message;
    }
    return m_message;
}

QString AwsError::serviceName() const
{
    if (m_service == QLatin1String("sts"))
        return QStringLiteral("STS");
    if (m_service.isEmpty() || m_service == QLatin1String("codeartifact"))
        return QStringLiteral("CodeArtifact");
    return m_service;
}

QString AwsError::authenticationMessage() const
{
    // The headline follows the service's reason; its own words stay in details().
    const auto says = [this](const char *words) { return m_message.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (m_code == QLatin1String("ExpiredTokenException") || m_code == QLatin1String("ExpiredToken")
        || says("security token included in the request is expired"))
        return tr("The session token of these credentials has expired. Refresh the credentials (or sign in again), then reload.");
    if (m_code == QLatin1String("UnrecognizedClientException") || m_code == QLatin1String("InvalidClientTokenId"))
        return tr("AWS does not recognise the access key. Check the access key ID of these credentials.");
    if (says("scoped to a valid region"))
        return tr("The request was signed for a region this endpoint does not serve. Choose the endpoint's region in "
                  "the connection bar, or check the endpoint URL.");
    if (says("scoped to correct service"))
        return tr("The endpoint expects a signature for another AWS service: it is not a CodeArtifact endpoint. "
                  "Check the endpoint URL.");
    if (says("Signature expired") || says("Signature not yet current") || says("Date in Credential scope"))
        return tr("The request was refused because this computer's clock is off by more than 15 minutes. Set the "
                  "system clock correctly, then reload.");
    // "The request signature we calculated does not match the signature you provided", and any
    // signature problem the service does not explain further.
    return tr("AWS refused the request signature. Check that the secret access key matches the access key ID.");
}

QString AwsError::details() const
{
    QStringList lines;
    auto add = [&lines](const QString &name, const QString &value) {
        if (!value.isEmpty())
            lines << name + QStringLiteral(": ") + value;
    };
    add(QStringLiteral("Kind"), kindName(m_kind));
    add(QStringLiteral("Operation"), m_operation);
    add(QStringLiteral("Endpoint"), m_endpoint);
    add(QStringLiteral("AWS error code"), m_code);
    add(QStringLiteral("HTTP status"), m_httpStatus > 0 ? QString::number(m_httpStatus) : QString());
    add(QStringLiteral("Request ID"), m_requestId);
    add(QStringLiteral("Message"), m_message);
    add(QStringLiteral("Reason"), m_reason);
    add(QStringLiteral("Field"), m_field);
    add(QStringLiteral("Resource"), m_resourceId.isEmpty() ? QString() : m_resourceType + u' ' + m_resourceId);
    add(QStringLiteral("Retry after"), m_retryAfterSeconds >= 0 ? QString::number(m_retryAfterSeconds) + QStringLiteral(" s") : QString());
    add(QStringLiteral("IAM action"), m_kind == Kind::AccessDenied ? iamAction() : QString());
    add(QStringLiteral("Domain owner"), m_domainOwner);
    add(QStringLiteral("Caller account"), m_callerAccount);
    add(QStringLiteral("Attempts"), m_attempts > 0 ? QString::number(m_attempts) : QString());
    if (m_ambiguous)
        add(QStringLiteral("Outcome"), QStringLiteral("unknown: the request may have taken effect"));
    return lines.join(u'\n');
}

} // namespace desk
