#pragma once

#include "base/awserror.h"
#include "base/codeartifacttypes.h"
#include "sandbox/sandboxstate.h"

#include <QString>

#include <optional>

namespace desk {

// The domain and repository permissions policies the sandbox keeps (Get/Put/Delete
// Domain/RepositoryPermissionsPolicy), over SandboxState: one policy per domain and per
// repository, stored with the domain, saved in the state file with the rest and deleted with its
// domain or repository. The documented behaviour (core/sandbox/README.md, "Permissions policies"):
//  - Get without a policy: ResourceNotFoundException.
//  - Put without policyRevision: sets the policy unconditionally, whether there is one or not
//    (the revision is optional in the model; optimistic locking is the caller's choice).
//  - Put or Delete with a policyRevision that is not the current one, or with a revision when
//    there is no policy: ConflictException, and nothing changes.
//  - Every successful Put gives a new opaque revision.
//  - The document must be JSON with the structure of a resource policy (an object with
//    Statement; each statement with Effect Allow or Deny, a Principal and an Action): otherwise a
//    ValidationException on policyDocument. Its length and characters are the model's
//    (InputValidator::policyDocument, checked before this).
//  - Put and Delete are the domain owner's; Get is allowed to whoever may read the domain.
// An empty `repository` means the domain's policy.
class SandboxPolicies
{
public:
    explicit SandboxPolicies(SandboxState *state);

    SandboxOutcome<ResourcePolicy> get(const QString &caller, const QString &domain, const QString &domainOwner,
                                       const QString &repository) const;
    SandboxOutcome<ResourcePolicy> put(const QString &caller, const QString &domain, const QString &domainOwner,
                                       const QString &repository, const std::optional<QString> &revision,
                                       const QString &document);
    SandboxOutcome<ResourcePolicy> remove(const QString &caller, const QString &domain, const QString &domainOwner,
                                          const QString &repository, const std::optional<QString> &revision);

    // The document's structure as the service judges it; no error when it is a policy.
    static AwsError checkDocument(const QString &document);
    // A new opaque revision (base64 of random bytes, as the service's look).
    static QString newRevision();

private:
    static QString actionName(const char *verb, const QString &repository);
    ResourcePolicy describe(const SandboxDomain &domain, const QString &repository, const SandboxPolicy &policy) const;

    SandboxState *m_state;
};

} // namespace desk
