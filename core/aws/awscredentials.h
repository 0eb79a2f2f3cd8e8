#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QDebug;

namespace desk {

// A set of AWS credentials. The secret and the session token are kept as bytes so that they are
// never converted to a QString by accident, and QDebug prints them redacted.
struct AwsCredentials
{
    QString accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken;
    QDateTime expiration;  // invalid: does not expire
    QString source;        // where they came from, for people: "environment", "profile dev", ...

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    // Overwrites the secret bytes before they are released.
    void clear();
};

QDebug operator<<(QDebug debug, const AwsCredentials &credentials);

// Overwrites secret bytes, then empties them.
void wipeSecret(QByteArray &bytes);

// Where credentials come from. The environment provider is here; shared files, profiles and the
// keychain implement the same interface.
class CredentialsProvider
{
public:
    virtual ~CredentialsProvider() = default;
    // A person-readable name of the source ("environment variables").
    virtual QString name() const = 0;
    // The current credentials; invalid when the source has none.
    virtual AwsCredentials credentials() const = 0;
};

// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, read when asked.
class EnvironmentCredentialsProvider : public CredentialsProvider
{
public:
    QString name() const override;
    AwsCredentials credentials() const override;
};

// Fixed credentials (the sandbox's, a test's).
class StaticCredentialsProvider : public CredentialsProvider
{
public:
    explicit StaticCredentialsProvider(AwsCredentials credentials);
    ~StaticCredentialsProvider() override;
    QString name() const override;
    AwsCredentials credentials() const override;

private:
    AwsCredentials m_credentials;
};

// AWS_REGION, then AWS_DEFAULT_REGION; empty when neither is set.
QString regionFromEnvironment();

} // namespace desk
