#include "api/awsjob.h"

#include "api/codeartifactclient.h"

namespace desk {

AwsJob::AwsJob(CodeArtifactClient *client, QObject *parent)
    : Job(parent)
    , m_client(client)
{
}

AwsJob::~AwsJob() = default;

AwsError AwsJob::preflight() const
{
    if (!m_client)
        return AwsError(AwsError::Kind::Configuration, tr("The job has no client."));
    return {};
}

} // namespace desk
