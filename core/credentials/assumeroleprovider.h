#pragma once

#include "api/assumerolejob.h"
#include "credentials/refreshingcredentialsprovider.h"

#include <QPointer>
#include <QProcessEnvironment>

#include <memory>

class QNetworkAccessManager;

namespace desk {

class MfaPrompt;
class CodeArtifactClient;

// A role profile (role_arn + source_profile): STS AssumeRole signed with the source profile's
// credentials, refreshed before the temporary set expires. With mfa_serial the code is asked
// through the MfaPrompt seam each time a new set is needed.
class AssumeRoleProvider : public RefreshingCredentialsProvider
{
    Q_OBJECT

public:
    struct Settings
    {
        QString profile;          // the role profile's name, for messages
        AssumeRoleInput input;    // role_arn, role_session_name, external_id, duration_seconds, mfa_serial
        QString region;           // the STS region (the profile's, else us-east-1)
        QString stsEndpoint;      // empty: AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL / regional default
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        int timeoutMs = 30000;
    };

    AssumeRoleProvider(QNetworkAccessManager *network, std::shared_ptr<CredentialsProvider> source,
                       const Settings &settings, QObject *parent = nullptr);
    ~AssumeRoleProvider() override;

    QString name() const override;
    // Not owned; must outlive the provider (or be reset). Without one, mfa_serial fails clearly.
    void setMfaPrompt(MfaPrompt *prompt) { m_mfaPrompt = prompt; }
    QString assumedRoleArn() const { return m_assumedRoleArn; }
    std::shared_ptr<CredentialsProvider> source() const { return m_source; }

protected:
    void fetch() override;

private:
    void sourceReady();
    void assume(const QString &tokenCode);

    std::shared_ptr<CredentialsProvider> m_source;
    Settings m_settings;
    MfaPrompt *m_mfaPrompt = nullptr;
    CodeArtifactClient *m_client = nullptr;
    QPointer<AssumeRoleJob> m_job;
    QString m_assumedRoleArn;
    QMetaObject::Connection m_sourceOk;
    QMetaObject::Connection m_sourceFailed;
};

} // namespace desk
