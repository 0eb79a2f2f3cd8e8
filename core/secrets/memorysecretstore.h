#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace desk {

// Secrets in this process's memory only: the stand-in for the keychain in tests, and able to
// play a keychain that is missing (Unavailable) or hangs (never answers).
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    enum class Behaviour { Normal, Unavailable, Hang };

    explicit MemorySecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~MemorySecretStore() override;

    QString service() const override { return m_service; }
    SecretStoreJob *read(const QString &key, const QString &label = {}) override;
    SecretStoreJob *write(const QString &key, const QByteArray &secret, const QString &label = {}) override;
    SecretStoreJob *remove(const QString &key, const QString &label = {}) override;

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    // The label the item was last written with (memory needs no name to find it by).
    QString labelOf(const QString &key) const { return m_labels.value(key); }
    QStringList keys() const { return m_secrets.keys(); }
    int operations() const { return m_operations; }

private:
    // Runs `work` as the backend unless the store plays a missing or hung keychain.
    SecretStoreJob *run(SecretStoreJob::Operation operation, const QString &key, const QString &label,
                        SecretStoreJob::Work work);

    QString m_service;
    QHash<QString, QByteArray> m_secrets;
    QHash<QString, QString> m_labels;
    Behaviour m_behaviour = Behaviour::Normal;
    int m_operations = 0;
};

} // namespace desk
