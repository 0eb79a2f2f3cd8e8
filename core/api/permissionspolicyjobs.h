#pragma once

#include "api/awsrequestjob.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QString>

#include <optional>

// The domain and repository permissions policies: Get/Put/Delete DomainPermissionsPolicy and
// RepositoryPermissionsPolicy. Each is a row of the operation table; these classes only give them
// typed inputs and read their answer, {"policy": ResourcePolicy}.

namespace desk {

// Whose policy: a domain's, or (repository set) a repository's.
struct PermissionsPolicyTarget
{
    DomainRef domain;
    QString repository;   // empty: the domain's policy

    static PermissionsPolicyTarget forDomain(const DomainRef &domain) { return {domain, {}}; }
    static PermissionsPolicyTarget forRepository(const RepositoryRef &repository)
    {
        return {repository.domainRef(), repository.repository};
    }
    bool isRepository() const { return !repository.isEmpty(); }
    RepositoryRef repositoryRef() const { return {domain.domain, domain.domainOwner, repository}; }
    // "domain" or "domain/repository"
    QString displayName() const { return isRepository() ? repositoryRef().displayName() : domain.domain; }
    bool operator==(const PermissionsPolicyTarget &) const = default;
};

class PermissionsPolicyJob : public ShapeResultJob<ResourcePolicy>
{
public:
    enum class Action { Get, Put, Delete };

    // The operation of an action on a target: PutRepositoryPermissionsPolicy, ...
    static Operation operationFor(Action action, const PermissionsPolicyTarget &target);
    // The call's members; revision and document are sent when given (document: Put only).
    static OperationInput inputFor(Action action, const PermissionsPolicyTarget &target,
                                   const std::optional<QString> &revision = std::nullopt, const QString &document = {});

    PermissionsPolicyJob(CodeArtifactClient *client, Action action, const PermissionsPolicyTarget &target,
                         const std::optional<QString> &revision = std::nullopt, const QString &document = {},
                         QObject *parent = nullptr);

    Action action() const { return m_action; }
    const PermissionsPolicyTarget &target() const { return m_target; }
    // The policy as the service answered: the current one (Get), the one set (Put), the one
    // deleted (Delete).
    ResourcePolicy policy() const { return result(); }

private:
    Action m_action;
    PermissionsPolicyTarget m_target;
};

// GET /v1/domain/permissions/policy or /v1/repository/permissions/policy. No policy:
// ResourceNotFoundException.
class GetPermissionsPolicyJob : public PermissionsPolicyJob
{
public:
    GetPermissionsPolicyJob(CodeArtifactClient *client, const PermissionsPolicyTarget &target, QObject *parent = nullptr)
        : PermissionsPolicyJob(client, Action::Get, target, std::nullopt, {}, parent)
    {
    }
};

// PUT .../permissions/policy. With the revision read, a policy changed since is refused
// (ConflictException); without one, the policy is set whatever is there.
class PutPermissionsPolicyJob : public PermissionsPolicyJob
{
public:
    PutPermissionsPolicyJob(CodeArtifactClient *client, const PermissionsPolicyTarget &target, const QString &document,
                            const std::optional<QString> &revision, QObject *parent = nullptr)
        : PermissionsPolicyJob(client, Action::Put, target, revision, document, parent)
    {
    }
};

// DELETE /v1/domain/permissions/policy or /v1/repository/permissions/policies.
class DeletePermissionsPolicyJob : public PermissionsPolicyJob
{
public:
    DeletePermissionsPolicyJob(CodeArtifactClient *client, const PermissionsPolicyTarget &target,
                               const std::optional<QString> &revision, QObject *parent = nullptr)
        : PermissionsPolicyJob(client, Action::Delete, target, revision, {}, parent)
    {
    }
};

} // namespace desk

Q_DECLARE_METATYPE(desk::PermissionsPolicyTarget)
