#pragma once

#include "api/repositoryjobs.h"

#include <optional>

namespace desk {

// Associate and Disassociate share this: after an ambiguous failure (a timeout, a dropped
// connection or a 5xx after the request was sent) or a conflict, they re-read the repository (a
// DescribeRepository sub-job) and report what is true instead of guessing or replaying the
// mutation.
class ExternalConnectionJob : public RepositoryJob
{
public:
    QString externalConnection() const { return input().string(QStringLiteral("externalConnection")); }
    // True when the result comes from re-reading the repository after an ambiguous failure or a
    // conflict, and the repository shows the change asked for.
    bool wasRecovered() const { return m_recovered; }
    // After a failure: the repository as a re-read found it, when that worked.
    std::optional<RepositoryDescription> currentRepository() const { return m_current; }

protected:
    ExternalConnectionJob(CodeArtifactClient *client, Operation operation, const RepositoryRef &repository,
                          const QString &externalConnection, QObject *parent);
    void handleFailure(const AwsError &error) override;
    void subjobFinished(Job *reRead) override;
    // Whether the repository shows the change this job asked for.
    virtual bool isDone(const RepositoryDescription &repository) const = 0;

private:
    AwsError m_failure;   // what the request ended with, while the re-read runs
    std::optional<RepositoryDescription> m_current;
    bool m_recovered = false;
};

// POST /v1/repository/external-connection
class AssociateExternalConnectionJob : public ExternalConnectionJob
{
public:
    AssociateExternalConnectionJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                   const QString &externalConnection, QObject *parent = nullptr);

protected:
    bool isDone(const RepositoryDescription &repository) const override;
};

// DELETE /v1/repository/external-connection
class DisassociateExternalConnectionJob : public ExternalConnectionJob
{
public:
    DisassociateExternalConnectionJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                      const QString &externalConnection, QObject *parent = nullptr);

protected:
    bool isDone(const RepositoryDescription &repository) const override;
};

} // namespace desk
