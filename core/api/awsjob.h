#pragma once

#include "api/codeartifactclient.h"
#include "base/job.h"

#include <QPointer>

namespace desk {


// A job that talks to AWS through a CodeArtifactClient (see base/job.h for the life cycle).
class AwsJob : public Job
{
    Q_OBJECT

public:
    explicit AwsJob(CodeArtifactClient *client, QObject *parent = nullptr);
    ~AwsJob() override;

    CodeArtifactClient *client() const { return m_client; }

protected:
    // A job without a client ends at once with a Configuration error.
    AwsError preflight() const override;

private:
    QPointer<CodeArtifactClient> m_client;
};

} // namespace desk
