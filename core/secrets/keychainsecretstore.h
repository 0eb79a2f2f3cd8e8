#pragma once

#include "secrets/secretstore.h"

namespace desk {

// The OS keychain through QtKeychain (the Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Never falls back to a plain file: NoBackendAvailable, OtherError and
// access errors are reported as Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = defaultService(), QObject *parent = nullptr);

    QString service() const override { return m_service; }
    SecretStoreJob *read(const QString &key) override;
    SecretStoreJob *write(const QString &key, const QByteArray &secret) override;
    SecretStoreJob *remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace desk
