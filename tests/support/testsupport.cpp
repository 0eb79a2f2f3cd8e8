#include "testsupport.h"

#include "api/codeartifactclient.h"
#include "api/retrypolicy.h"
#include "aws/awscredentials.h"

#include <QProcessEnvironment>
#include <QtGlobal>

namespace desk::test {

QString binDir()
{
    return qEnvironmentVariable("DESK_BIN_DIR");
}

QString testDataDir()
{
    return qEnvironmentVariable("DESK_TEST_DATA_DIR");
}

std::unique_ptr<CodeArtifactClient> makeLocalClient(QNetworkAccessManager *network, const QString &endpoint,
                                                    const QString &accessKeyId, const QByteArray &secretAccessKey,
                                                    const QByteArray &sessionToken)
{
    auto client = std::make_unique<CodeArtifactClient>(network);
    AwsCredentials credentials;
    credentials.accessKeyId = accessKeyId;
    credentials.secretAccessKey = secretAccessKey;
    credentials.sessionToken = sessionToken;
    client->setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(credentials));
    client->setRegion(QStringLiteral("us-east-1"));
    client->setEnvironment(QProcessEnvironment());
    client->setEndpointOverride(endpoint);
    client->setStsEndpointOverride(endpoint);
    RetryPolicy fast;
    fast.baseDelayMs = 1;
    fast.maxBackoffMs = 5;
    client->setRetryPolicy(fast);
    return client;
}

} // namespace desk::test
