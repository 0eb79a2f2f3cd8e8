#pragma once

#include "secrets/secretstore.h"

namespace desk {

// The OS keychain through QtKeychain (the Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Never falls back to a plain file: NoBackendAvailable, OtherError and
// access errors are reported as Unavailable.
//
// QtKeychain shows an item under its service name (the Secret Service label, the macOS item name,
// the KWallet folder), so a labelled item is stored under "DISPLAY NAME: LABEL" as its service,
// e.g. "Artifact Desk: prod (secret access key)", with the key as its account ("user"). Items
// without a label, and every item written before labels existed, use the reverse-DNS service.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = defaultService(),
                                 const QString &displayName = defaultDisplayName(), QObject *parent = nullptr);

    QString service() const override { return m_service; }
    // The service name an item with this label is stored under (the service itself for none).
    QString itemService(const QString &label) const;

    SecretStoreJob *read(const QString &key, const QString &label = {}) override;
    SecretStoreJob *write(const QString &key, const QByteArray &secret, const QString &label = {}) override;
    SecretStoreJob *remove(const QString &key, const QString &label = {}) override;

private:
    QString m_service;
    QString m_displayName;
};

} // namespace desk
