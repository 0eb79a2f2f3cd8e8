#include "api/externalconnectionjobs.h"

namespace desk {

namespace {

OperationInput connectionInput(const RepositoryRef &repository, const QString &externalConnection)
{
    OperationInput input = OperationInput::forRepository(repository);
    input.set(QStringLiteral("externalConnection"), externalConnection);
    return input;
}

} // namespace

ExternalConnectionJob::ExternalConnectionJob(CodeArtifactClient *client, Operation operation,
                                             const RepositoryRef &repository, const QString &externalConnection,
                                             QObject *parent)
    : RepositoryJob(client, operation, connectionInput(repository, externalConnection), parent)
{
}

void ExternalConnectionJob::handleFailure(const AwsError &error)
{
    const bool reRead = error.isAmbiguous() || error.kind() == AwsError::Kind::Conflict;
    if (!reRead || !client()) {
        finishWith(error);
        return;
    }
    m_failure = error;
    startSubjob(new DescribeRepositoryJob(client(), repositoryRef()));
}

void ExternalConnectionJob::subjobFinished(Job *reRead)
{
    if (reRead->error()) {
        finishWith(m_failure);
        return;
    }
    const RepositoryDescription repository = static_cast<DescribeRepositoryJob *>(reRead)->repository();
    m_current = repository;
    // The repository already shows what was asked for: after an ambiguous failure the request
    // took effect; after a conflict an earlier (or transport-level resent) request did. Either
    // way the admin's intent holds, and the answer is the repository as it is.
    if (isDone(repository)) {
        m_recovered = true;
        setResult(repository);
        finishWith({});
        return;
    }
    AwsError known = m_failure;
    // The re-read shows the change did not happen: no longer ambiguous, safe to retry.
    if (known.isAmbiguous())
        known.setAmbiguous(false);
    finishWith(known);
}

AssociateExternalConnectionJob::AssociateExternalConnectionJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                                               const QString &externalConnection, QObject *parent)
    : ExternalConnectionJob(client, Operation::AssociateExternalConnection, repository, externalConnection, parent)
{
}

bool AssociateExternalConnectionJob::isDone(const RepositoryDescription &repository) const
{
    return repository.hasExternalConnection(externalConnection());
}

DisassociateExternalConnectionJob::DisassociateExternalConnectionJob(CodeArtifactClient *client,
                                                                     const RepositoryRef &repository,
                                                                     const QString &externalConnection, QObject *parent)
    : ExternalConnectionJob(client, Operation::DisassociateExternalConnection, repository, externalConnection, parent)
{
}

bool DisassociateExternalConnectionJob::isDone(const RepositoryDescription &repository) const
{
    return !repository.hasExternalConnection(externalConnection());
}

} // namespace desk
