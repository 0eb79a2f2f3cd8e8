#pragma once

#include "base/awsrequest.h"

#include <QString>

namespace desk {

// "Copy as AWS CLI command": the AWS CLI v2 command line that sends the same request, e.g.
// aws codeartifact associate-external-connection --domain D --domain-owner O --repository R
//     --external-connection public:pypi --region us-east-1
// It is built from the request's operation and query parameters only: no header, no body, no
// credential, no signature, so there is never a secret in it.
class AwsCliCommand
{
public:
    // endpointUrl: the overridden endpoint, or empty for the regional default.
    static QString fromRequest(const AwsRequest &request, const QString &region, const QString &endpointUrl = {});
    // AssociateExternalConnection -> associate-external-connection
    static QString commandName(const QString &operation);
    // Quotes a value for a POSIX shell when it needs it.
    static QString shellQuote(const QString &value);
};

} // namespace desk
