#include "api/permissionspolicyjobs.h"

namespace desk {

Operation PermissionsPolicyJob::operationFor(Action action, const PermissionsPolicyTarget &target)
{
    const bool repository = target.isRepository();
    switch (action) {
    case Action::Get:
        return repository ? Operation::GetRepositoryPermissionsPolicy : Operation::GetDomainPermissionsPolicy;
    case Action::Put:
        return repository ? Operation::PutRepositoryPermissionsPolicy : Operation::PutDomainPermissionsPolicy;
    case Action::Delete:
        return repository ? Operation::DeleteRepositoryPermissionsPolicy : Operation::DeleteDomainPermissionsPolicy;
    }
    return Operation::GetDomainPermissionsPolicy;
}

OperationInput PermissionsPolicyJob::inputFor(Action action, const PermissionsPolicyTarget &target,
                                              const std::optional<QString> &revision, const QString &document)
{
    OperationInput input = target.isRepository() ? OperationInput::forRepository(target.repositoryRef())
                                                 : OperationInput::forDomain(target.domain);
    if (action != Action::Get && revision)
        input.set(QStringLiteral("policyRevision"), *revision);
    if (action == Action::Put)
        input.set(QStringLiteral("policyDocument"), document);
    return input;
}

PermissionsPolicyJob::PermissionsPolicyJob(CodeArtifactClient *client, Action action,
                                           const PermissionsPolicyTarget &target, const std::optional<QString> &revision,
                                           const QString &document, QObject *parent)
    : ShapeResultJob(client, operationFor(action, target), inputFor(action, target, revision, document),
                     QLatin1String("policy"), parent)
    , m_action(action)
    , m_target(target)
{
}

} // namespace desk
