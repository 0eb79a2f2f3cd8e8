#include "api/externalconnectionjobs.h"

#include "base/inputvalidator.h"

namespace desk {

ExternalConnectionJob::ExternalConnectionJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                             const QString &externalConnection, QObject *parent)
    : RepositoryJob(client, repository, parent)
    , m_connection(externalConnection)
{
}

AwsError ExternalConnectionJob::validate() const
{
    if (AwsError e = RepositoryJob::validate())
        return e;
    return InputValidator::externalConnection(m_connection);
}

AwsRequest ExternalConnectionJob::connectionRequest(const QString &operation, const QByteArray &method) const
{
    AwsRequest r = baseRequest(operation, method, "/v1/repository/external-connection");
    r.query.append({QByteArrayLiteral("external-connection"), m_connection.toUtf8()});
    r.isMutation = true;
    r.target = repositoryRef().displayName() + QStringLiteral(" \u2190 ") + m_connection;
    return r;
}

void ExternalConnectionJob::handleFailure(const AwsError &error)
{
    const bool reRead = error.isAmbiguous() || error.kind() == AwsError::Kind::Conflict;
    if (!reRead || !client()) {
        finishWith(error);
        return;
    }
    auto *describe = new DescribeRepositoryJob(client(), repositoryRef(), this);
    connect(describe, &AwsJob::finished, this, [this, describe, error] {
        if (describe->error()) {
            finishWith(error);
            return;
        }
        const RepositoryDescription repository = describe->repository();
        m_current = repository;
        // The repository already shows what was asked for: after an ambiguous failure the
        // request took effect; after a conflict an earlier (or transport-level resent) request
        // did. Either way the admin's intent holds, and the answer is the repository as it is.
        if (isDone(repository)) {
            m_recovered = true;
            setResult(repository);
            finishWith({});
            return;
        }
        AwsError known = error;
        if (error.isAmbiguous()) {
            // The re-read shows the change did not happen: no longer ambiguous, safe to retry.
            known.setAmbiguous(false);
        }
        finishWith(known);
    });
    describe->start();
}

AwsRequest AssociateExternalConnectionJob::buildRequest() const
{
    return connectionRequest(QStringLiteral("AssociateExternalConnection"), "POST");
}

bool AssociateExternalConnectionJob::isDone(const RepositoryDescription &repository) const
{
    return repository.hasExternalConnection(externalConnection());
}

AwsRequest DisassociateExternalConnectionJob::buildRequest() const
{
    return connectionRequest(QStringLiteral("DisassociateExternalConnection"), "DELETE");
}

bool DisassociateExternalConnectionJob::isDone(const RepositoryDescription &repository) const
{
    return !repository.hasExternalConnection(externalConnection());
}

} // namespace desk
