#pragma once

#include "base/awsrequest.h"

#include <QList>
#include <QString>

namespace desk {

// "Copy as AWS CLI command": the AWS CLI v2 command line that sends the same request, rendered
// from the operation table and the request's input, e.g.
//   aws codeartifact update-repository --domain D --repository R --description 'Team packages'
//       --upstreams repositoryName=a repositoryName=b --region us-east-1
// Query and body members become options as the CLI takes them (lists of structures in the CLI's
// shorthand, or as JSON when a value would need quoting inside it). Never a header, a credential,
// a signature or a secret member; a pagination token is left out (a person re-runs from the start).
class AwsCliCommand
{
public:
    // endpointUrl: the overridden endpoint, or empty for the regional default. profile: the
    // "--profile NAME" option, or empty (the CLI's default credentials).
    static QString fromRequest(const AwsRequest &request, const QString &region, const QString &endpointUrl = {},
                               const QString &profile = {});
    // Several requests that run in order (a replace is a disassociate, then an associate): one
    // command per line, joined with "&&" so that a step that fails stops the ones after it.
    static QString fromRequests(const QList<AwsRequest> &requests, const QString &region,
                                const QString &endpointUrl = {}, const QString &profile = {});
    // A plan of several steps as a POSIX shell script: "set -e" on the first line, then one
    // command per line as fromRequest() renders it, so the first step that fails stops the rest.
    static QString script(const QList<AwsRequest> &requests, const QString &region, const QString &endpointUrl = {},
                          const QString &profile = {});
    // `text` as shell comment lines: "# " in front of each of its lines.
    static QString comment(const QString &text);
    // `note` (comment lines, or empty) on top of `commands`: how a copied text says what the
    // commands cannot, e.g. that the AWS CLI does not know the active profile
    // (SessionController::cliNote()).
    static QString withNote(const QString &note, const QString &commands);
    // A command the operation table does not describe (the CLI's own "aws codeartifact login"):
    // "aws SERVICE COMMAND" and `arguments` as given (already quoted where they need it), then
    // --region, --endpoint-url and the profile as fromRequest() adds them.
    static QString fromArguments(const QString &service, const QString &command, const QStringList &arguments,
                                 const QString &region, const QString &endpointUrl = {}, const QString &profile = {});
    // AssociateExternalConnection -> associate-external-connection
    static QString commandName(const QString &operation);
    // Quotes a value for a POSIX shell when it needs it.
    static QString shellQuote(const QString &value);
};

} // namespace desk
