#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace desk {

// The one error type: every failure of a request, from the network up to the service, is one
// of these, with what a person needs (userMessage) and what support needs (details).
class AwsError
{
    Q_DECLARE_TR_FUNCTIONS(AwsError)

public:
    enum class Kind {
        None,
        Network,          // connection refused, reset, DNS, dropped without a response
        Timeout,          // no answer in time (never a cancel)
        Cancelled,        // the caller aborted
        Tls,              // certificate or handshake failure
        Authentication,   // unknown key, bad signature, expired token
        AccessDenied,     // 403 AccessDeniedException
        NotFound,         // 404 ResourceNotFoundException
        Conflict,         // 409 ConflictException
        Validation,       // 400 ValidationException, or refused before sending
        QuotaExceeded,    // 402 ServiceQuotaExceededException
        Throttled,        // 429 ThrottlingException
        Server,           // 5xx
        BadResponse,      // a response we cannot understand (HTML from a proxy, broken JSON)
        KeychainUnavailable,
        Configuration,    // no credentials, no region, an endpoint we refuse
    };

    AwsError() = default;
    explicit AwsError(Kind kind, QString message = {});

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }           // AWS error code, e.g. ConflictException
    QString message() const { return m_message; }     // the server's (or our) message
    QString requestId() const { return m_requestId; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }  // -1 when not given
    QString resourceId() const { return m_resourceId; }
    QString resourceType() const { return m_resourceType; }
    QString reason() const { return m_reason; }       // ValidationException reason
    QString field() const { return m_field; }         // the input field a validation names
    QString operation() const { return m_operation; } // e.g. AssociateExternalConnection
    QString service() const { return m_service; }     // "codeartifact", "sts", "keychain", ...
    QString endpoint() const { return m_endpoint; }   // where the request went: "https://host:port"
    QString iamAction() const;                        // codeartifact:AssociateExternalConnection
    QString domainOwner() const { return m_domainOwner; }     // the account of the domain the request named
    QString callerAccount() const { return m_callerAccount; } // the account of the credentials, when known
    // The request named a domain of another account than the caller's: what the caller may do
    // there is decided by that domain's resource policy. The caller's account is the one known,
    // else the one in the refusal's "User: arn:aws:...::<account>:..." text.
    bool isOnAnotherAccountsDomain() const;
    int attempts() const { return m_attempts; }
    // True when a mutation may or may not have taken effect (timeout or drop after sending, 5xx).
    bool isAmbiguous() const { return m_ambiguous; }
    // True when sending the same request again can help.
    bool isRetryable() const;

    AwsError &setHttpStatus(int status) { m_httpStatus = status; return *this; }
    AwsError &setCode(const QString &code) { m_code = code; return *this; }
    AwsError &setMessage(const QString &message) { m_message = message; return *this; }
    AwsError &setRequestId(const QString &id) { m_requestId = id; return *this; }
    AwsError &setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; return *this; }
    AwsError &setResource(const QString &id, const QString &type) { m_resourceId = id; m_resourceType = type; return *this; }
    AwsError &setReason(const QString &reason) { m_reason = reason; return *this; }
    AwsError &setField(const QString &field) { m_field = field; return *this; }
    AwsError &setOperation(const QString &operation) { m_operation = operation; return *this; }
    AwsError &setService(const QString &service) { m_service = service; return *this; }
    AwsError &setEndpoint(const QString &endpoint) { m_endpoint = endpoint; return *this; }
    AwsError &setAttempts(int attempts) { m_attempts = attempts; return *this; }
    AwsError &setAmbiguous(bool ambiguous) { m_ambiguous = ambiguous; return *this; }
    AwsError &setDomainOwner(const QString &account) { m_domainOwner = account; return *this; }
    AwsError &setCallerAccount(const QString &account) { m_callerAccount = account; return *this; }

    // One translated sentence a person can act on.
    QString userMessage() const;
    // Everything, one "Name: value" per line, for a Details expander and the activity log.
    QString details() const;
    static QString kindName(Kind kind);

    // A Configuration error of the local setup (shared files, profiles, IAM Identity Center
    // settings): its service is "configuration".
    static AwsError configuration(const QString &message);

    // The kind an AWS error code and HTTP status stand for.
    static Kind kindFor(const QString &code, int httpStatus);
    // Builds the error of an HTTP response the service answered with a non-2xx status, the way
    // botocore's rest-json parser reads it.
    static AwsError fromHttpResponse(int httpStatus, const QByteArray &errorTypeHeader,
                                     const QByteArray &requestId, const QByteArray &retryAfterHeader,
                                     const QByteArray &body);
    // The AWS error code from "x-amzn-ErrorType"/"code"/"__type" values: cuts at ':' and after '#'.
    static QString cleanErrorCode(const QString &raw);

private:
    QString authenticationMessage() const;
    // The service as people know it: "CodeArtifact", "STS".
    QString serviceName() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_requestId;
    int m_retryAfterSeconds = -1;
    QString m_resourceId;
    QString m_resourceType;
    QString m_reason;
    QString m_field;
    QString m_operation;
    QString m_service = QStringLiteral("codeartifact");
    QString m_endpoint;
    QString m_domainOwner;
    QString m_callerAccount;
    int m_attempts = 0;
    bool m_ambiguous = false;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::AwsError)
