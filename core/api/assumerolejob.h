#pragma once

#include "aws/awscredentials.h"
#include "api/awsrequestjob.h"

namespace desk {

// What STS AssumeRole needs (query protocol).
struct AssumeRoleInput
{
    QString roleArn;
    QString roleSessionName;
    QString externalId;       // empty: not sent
    int durationSeconds = 0;  // 0: the service default (one hour)
    QString serialNumber;     // mfa_serial; empty: no MFA
    QString tokenCode;        // the current MFA code
};

// STS AssumeRole, signed with the client's (source profile's) credentials; the answer is a set of
// temporary credentials and the assumed role's ARN. XML in, XML out.
class AssumeRoleJob : public AwsRequestJob
{
    Q_OBJECT

public:
    AssumeRoleJob(CodeArtifactClient *client, const AssumeRoleInput &input, QObject *parent = nullptr);
    ~AssumeRoleJob() override;

    // Moves the credentials out (the job keeps no copy of the secret afterwards).
    AwsCredentials takeCredentials();
    QString assumedRoleArn() const { return m_assumedRoleArn; }

protected:
    AwsError validate() const override;
    AwsError parseBody(const QByteArray &body) override;

private:
    AssumeRoleInput m_input;
    AwsCredentials m_credentials;
    QString m_assumedRoleArn;
};

} // namespace desk
