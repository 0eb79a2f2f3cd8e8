#pragma once

#include "api/repositoryjobs.h"

#include <optional>

namespace desk {

// Associate and Disassociate share this: after an ambiguous failure (a timeout, a dropped
// connection or a 5xx after the request was sent) or a conflict, they re-read the repository and
// report what is true instead of guessing or replaying the mutation.
class ExternalConnectionJob : public RepositoryJob
{
public:
    ExternalConnectionJob(CodeArtifactClient *client, const RepositoryRef &repository, const QString &externalConnection,
                          QObject *parent = nullptr);
    QString externalConnection() const { return m_connection; }
    // True when the result comes from re-reading the repository after an ambiguous failure or a
    // conflict, and the repository shows the change asked for.
    bool wasRecovered() const { return m_recovered; }
    // After a failure: the repository as a re-read found it, when that worked.
    std::optional<RepositoryDescription> currentRepository() const { return m_current; }

protected:
    AwsError validate() const override;
    void handleFailure(const AwsError &error) override;
    // Whether the repository shows the change this job asked for.
    virtual bool isDone(const RepositoryDescription &repository) const = 0;
    AwsRequest connectionRequest(const QString &operation, const QByteArray &method) const;

private:
    QString m_connection;
    std::optional<RepositoryDescription> m_current;
    bool m_recovered = false;
};

// POST /v1/repository/external-connection
class AssociateExternalConnectionJob : public ExternalConnectionJob
{
public:
    using ExternalConnectionJob::ExternalConnectionJob;

protected:
    AwsRequest buildRequest() const override;
    bool isDone(const RepositoryDescription &repository) const override;
};

// DELETE /v1/repository/external-connection
class DisassociateExternalConnectionJob : public ExternalConnectionJob
{
public:
    using ExternalConnectionJob::ExternalConnectionJob;

protected:
    AwsRequest buildRequest() const override;
    bool isDone(const RepositoryDescription &repository) const override;
};

} // namespace desk
