#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxsignatureverifier.h"

#include <QDateTime>

namespace desk {

// The two STS actions the sandbox answers on "POST /" (form-encoded, signed for service "sts"):
// GetCallerIdentity and AssumeRole. AssumeRole's temporary credentials are registered with the
// verifier, which accepts them (with their session token) until they expire. STS speaks XML,
// errors included.
class StsService
{
public:
    StsService(const SandboxConfig &config, SandboxSignatureVerifier *verifier);

    SandboxResponse handle(const SandboxWireRequest &request, const SandboxIdentity &caller,
                           const QString &requestId, const QDateTime &now);

    // The STS form of an error: <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>.
    // Codes of the CodeArtifact signature errors are translated to the ones STS uses.
    static SandboxResponse xmlError(const AwsError &error, const QString &requestId);
    // The identity of the sandbox's long-term key.
    static SandboxIdentity adminIdentity(const SandboxConfig &config);
    // A fresh temporary key pair (ASIA..., a secret, a session token) expiring at expiration:
    // what AssumeRole and the SSO portal's GetRoleCredentials hand out.
    static AwsCredentials temporaryCredentials(const QDateTime &expiration, const QString &source);

private:
    SandboxResponse assumeRole(const QMap<QString, QString> &params, const SandboxIdentity &caller,
                               const QString &requestId, const QDateTime &now);
    SandboxResponse getCallerIdentity(const SandboxIdentity &caller, const QString &requestId);

    SandboxConfig m_config;
    SandboxSignatureVerifier *m_verifier;
};

} // namespace desk
