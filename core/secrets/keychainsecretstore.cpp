#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "desk.keychain")

namespace desk {

namespace {

SecretStoreJob::Status statusFor(QKeychain::Error error, SecretStoreJob::Operation operation)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStoreJob::Status::Ok;
    case QKeychain::EntryNotFound:
        return operation == SecretStoreJob::Operation::Remove ? SecretStoreJob::Status::Ok
                                                              : SecretStoreJob::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:          // D-Bus errors, a locked keyring that cannot be opened
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:  // the unlock prompt was dismissed
        return SecretStoreJob::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStoreJob::Status::Failed;
    }
    return SecretStoreJob::Status::Failed;
}

QString messageFor(SecretStoreJob::Status status, const QString &backendMessage)
{
    // The backend's words after a colon, without their own full stop: one sentence, no nesting.
    QString words = backendMessage.trimmed();
    while (words.endsWith(u'.'))
        words.chop(1);
    if (status == SecretStoreJob::Status::Unavailable)
        return QCoreApplication::translate("KeychainSecretStore", "The system keychain is not available: %1.")
            .arg(words.isEmpty() ? QCoreApplication::translate("KeychainSecretStore", "no answer") : words);
    return words.isEmpty() ? QString() : words + u'.';
}

// Runs one QtKeychain job for one SecretStoreJob. The QtKeychain job has no parent: if the
// SecretStoreJob times out first, the QtKeychain job still finishes (and deletes itself), and its
// late answer is dropped because the connection's context is gone.
void runKeychainJob(QKeychain::Job *keychainJob, SecretStoreJob *job)
{
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);  // never a plaintext file
    keychainJob->setKey(job->key());
    QObject::connect(keychainJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *finished) {
        const SecretStoreJob::Status status = statusFor(finished->error(), job->operation());
        QByteArray data;
        if (status == SecretStoreJob::Status::Ok && job->operation() == SecretStoreJob::Operation::Read)
            data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        if (status != SecretStoreJob::Status::Ok)
            qCInfo(lcKeychain) << "keychain" << int(job->operation()) << "of" << job->key() << "ended with"
                               << int(finished->error()) << finished->errorString();
        job->finish(status, status == SecretStoreJob::Status::Ok ? QString() : messageFor(status, finished->errorString()),
                    data);
        data.fill('\0');
    });
    keychainJob->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

SecretStoreJob *KeychainSecretStore::read(const QString &key)
{
    return launch(SecretStoreJob::Operation::Read, key, [service = m_service](SecretStoreJob *job) {
        runKeychainJob(new QKeychain::ReadPasswordJob(service), job);
    });
}

SecretStoreJob *KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    // The secret waits in the work only until the job starts.
    auto pending = std::make_shared<QByteArray>(secret);
    return launch(SecretStoreJob::Operation::Write, key, [service = m_service, pending](SecretStoreJob *job) {
        auto *keychainJob = new QKeychain::WritePasswordJob(service);
        keychainJob->setBinaryData(*pending);
        pending->fill('\0');
        runKeychainJob(keychainJob, job);
    });
}

SecretStoreJob *KeychainSecretStore::remove(const QString &key)
{
    return launch(SecretStoreJob::Operation::Remove, key, [service = m_service](SecretStoreJob *job) {
        runKeychainJob(new QKeychain::DeletePasswordJob(service), job);
    });
}

} // namespace desk
