#pragma once

#include "base/awserror.h"
#include "base/operationinputs.h"
#include "base/operations.h"

#include <QString>

namespace desk {

// The service's own input constraints (service-2.json), checked before anything is sent and
// enforced by the sandbox. Each check returns no error, or a Validation error that names the
// field (the wire name, e.g. "domain-owner") with the service's style of message and
// reason FIELD_VALIDATION_FAILED.
class InputValidator
{
public:
    // Every member of the call against the table: required members are present, and each
    // present member satisfies its rule. The first problem in the model's member order.
    static AwsError validate(const OperationSpec &spec, const OperationInput &input);
    // One member's value against its rule (a value of the wrong JSON type is refused too).
    static AwsError check(const OperationMember &member, const QJsonValue &value);
    // A required member that is absent, in the service's words.
    static AwsError missing(const QString &field);

    static AwsError domainName(const QString &value, const QString &field = QStringLiteral("domain"));
    static AwsError repositoryName(const QString &value, const QString &field = QStringLiteral("repository"));
    static AwsError accountId(const QString &value, const QString &field = QStringLiteral("domain-owner"));
    // Optional account: empty is fine.
    static AwsError optionalAccountId(const QString &value, const QString &field = QStringLiteral("domain-owner"));
    // The name must be one of the supported external connections.
    static AwsError externalConnection(const QString &value, const QString &field = QStringLiteral("external-connection"));
    static AwsError maxResults(int value, const QString &field = QStringLiteral("maxResults"));
    static AwsError description(const QString &value, const QString &field = QStringLiteral("description"));
    static AwsError durationSeconds(qint64 value, const QString &field = QStringLiteral("duration"));
    static AwsError paginationToken(const QString &value, const QString &field = QStringLiteral("nextToken"));
    static AwsError packageFormat(const QString &value, const QString &field = QStringLiteral("format"));
    static AwsError endpointType(const QString &value, const QString &field = QStringLiteral("endpointType"));
    static AwsError encryptionKey(const QString &value, const QString &field = QStringLiteral("encryptionKey"));
    static AwsError tags(const QList<Tag> &tags, const QString &field = QStringLiteral("tags"));
    static AwsError upstreams(const QStringList &repositoryNames, const QString &field = QStringLiteral("upstreams"));
    static AwsError policyRevision(const QString &value, const QString &field = QStringLiteral("policyRevision"));
    // The model's length (1 to 7168) and pattern; whether it is a policy is the service's to judge.
    static AwsError policyDocument(const QString &value, const QString &field = QStringLiteral("policyDocument"));
    static constexpr int maxPolicyDocumentLength = 7168;

    static bool isDomainName(const QString &value);
    static bool isRepositoryName(const QString &value);
    static bool isAccountId(const QString &value);

    static AwsError fieldError(const QString &field, const QString &value, const QString &constraint);
};

} // namespace desk
