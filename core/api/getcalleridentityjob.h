#pragma once

#include "api/awsrequestjob.h"
#include "base/codeartifacttypes.h"

namespace desk {

// STS GetCallerIdentity (query protocol, XML answer): who the credentials belong to.
class GetCallerIdentityJob : public AwsRequestJob
{
    Q_OBJECT

public:
    explicit GetCallerIdentityJob(CodeArtifactClient *client, QObject *parent = nullptr);
    CallerIdentity identity() const { return m_identity; }

protected:
    AwsError parseBody(const QByteArray &body) override;

private:
    CallerIdentity m_identity;
};

} // namespace desk
