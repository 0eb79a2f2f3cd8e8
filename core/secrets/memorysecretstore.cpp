#include "secrets/memorysecretstore.h"

#include <QCoreApplication>

namespace desk {

MemorySecretStore::MemorySecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray &secret : m_secrets)
        secret.fill('\0');
}

SecretStoreJob *MemorySecretStore::run(SecretStoreJob::Operation operation, const QString &key, const QString &label,
                                       SecretStoreJob::Work work)
{
    ++m_operations;
    return launch(operation, key, label, [this, work = std::move(work)](SecretStoreJob *job) {
        if (m_behaviour == Behaviour::Hang)
            return;  // only the job's timeout ends it
        if (m_behaviour == Behaviour::Unavailable) {
            job->finish(SecretStoreJob::Status::Unavailable,
                        QCoreApplication::translate("MemorySecretStore", "The system keychain is not available (simulated)."));
            return;
        }
        work(job);
    });
}

SecretStoreJob *MemorySecretStore::read(const QString &key, const QString &label)
{
    return run(SecretStoreJob::Operation::Read, key, label, [this](SecretStoreJob *j) {
        const auto it = m_secrets.constFind(j->key());
        if (it == m_secrets.cend())
            j->finish(SecretStoreJob::Status::NotFound);
        else
            j->finish(SecretStoreJob::Status::Ok, {}, it.value());
    });
}

SecretStoreJob *MemorySecretStore::write(const QString &key, const QByteArray &secret, const QString &label)
{
    return run(SecretStoreJob::Operation::Write, key, label, [this, secret](SecretStoreJob *j) {
        QByteArray &slot = m_secrets[j->key()];
        slot.fill('\0');
        slot = secret;
        m_labels.insert(j->key(), j->label());
        j->finish(SecretStoreJob::Status::Ok);
    });
}

SecretStoreJob *MemorySecretStore::remove(const QString &key, const QString &label)
{
    return run(SecretStoreJob::Operation::Remove, key, label, [this](SecretStoreJob *j) {
        m_labels.remove(j->key());
        auto it = m_secrets.find(j->key());
        if (it != m_secrets.end()) {
            it.value().fill('\0');
            m_secrets.erase(it);
        }
        j->finish(SecretStoreJob::Status::Ok);
    });
}

} // namespace desk
