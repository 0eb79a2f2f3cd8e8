#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

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

// One QtKeychain answer: the error, its text, and (for a read) the secret, wiped when it goes.
struct Answer
{
    QKeychain::Error error = QKeychain::OtherError;
    QString message;
    QByteArray data;

    Answer() = default;
    Answer(const Answer &) = delete;
    Answer &operator=(const Answer &) = delete;
    ~Answer() { data.fill('\0'); }
};
using Then = std::function<void(const Answer &answer)>;

// Runs one QtKeychain job (`service`, the SecretStoreJob's key) and hands its answer to `then`.
// The QtKeychain job has no parent: if the SecretStoreJob times out first, the QtKeychain job
// still finishes (and deletes itself), and its late answer is dropped because the connection's
// context, the SecretStoreJob, is gone.
void runKeychain(QKeychain::Job *keychainJob, SecretStoreJob *job, Then then)
{
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);  // never a plaintext file
    keychainJob->setKey(job->key());
    QObject::connect(keychainJob, &QKeychain::Job::finished, job, [then = std::move(then)](QKeychain::Job *finished) {
        Answer answer;
        answer.error = finished->error();
        answer.message = finished->errorString();
        if (answer.error == QKeychain::NoError)
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                answer.data = read->binaryData();
        then(answer);
    });
    keychainJob->start();
}

void readItem(const QString &service, SecretStoreJob *job, Then then)
{
    runKeychain(new QKeychain::ReadPasswordJob(service), job, std::move(then));
}

void writeItem(const QString &service, const QByteArray &secret, SecretStoreJob *job, Then then)
{
    auto *keychainJob = new QKeychain::WritePasswordJob(service);
    keychainJob->setBinaryData(secret);
    runKeychain(keychainJob, job, std::move(then));
}

void removeItem(const QString &service, SecretStoreJob *job, Then then)
{
    runKeychain(new QKeychain::DeletePasswordJob(service), job, std::move(then));
}

// Ends the SecretStoreJob with a QtKeychain answer.
void finishWith(SecretStoreJob *job, const Answer &answer)
{
    const SecretStoreJob::Status status = statusFor(answer.error, job->operation());
    if (status != SecretStoreJob::Status::Ok)
        qCInfo(lcKeychain) << "keychain" << int(job->operation()) << "of" << job->key() << "ended with"
                           << int(answer.error) << answer.message;
    job->finish(status, status == SecretStoreJob::Status::Ok ? QString() : messageFor(status, answer.message),
                status == SecretStoreJob::Status::Ok ? answer.data : QByteArray());
}

// Removes the item written before labels existed, once the labelled one is in place. Its answer
// does not change the job's: the secret is where it belongs either way.
void dropUnlabelled(const QString &service, SecretStoreJob *job, std::function<void()> then)
{
    removeItem(service, job, [job, then = std::move(then)](const Answer &answer) {
        if (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound)
            qCInfo(lcKeychain) << "the unlabelled item" << job->key() << "stays:" << int(answer.error) << answer.message;
        then();
    });
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, const QString &displayName, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
    , m_displayName(displayName)
{
}

QString KeychainSecretStore::itemService(const QString &label) const
{
    return label.isEmpty() ? m_service : m_displayName + QStringLiteral(": ") + label;
}

SecretStoreJob *KeychainSecretStore::read(const QString &key, const QString &label)
{
    return launch(SecretStoreJob::Operation::Read, key, label,
                  [labelled = itemService(label), unlabelled = m_service](SecretStoreJob *job) {
        readItem(labelled, job, [=](const Answer &answer) {
            if (answer.error != QKeychain::EntryNotFound || labelled == unlabelled) {
                finishWith(job, answer);
                return;
            }
            // Perhaps written before labels: read it there and move it under its label.
            readItem(unlabelled, job, [=](const Answer &old) {
                if (old.error != QKeychain::NoError) {
                    finishWith(job, old);
                    return;
                }
                auto secret = std::make_shared<QByteArray>(old.data);
                writeItem(labelled, *secret, job, [=](const Answer &moved) {
                    auto done = [job, secret] {
                        job->finish(SecretStoreJob::Status::Ok, {}, *secret);
                        secret->fill('\0');
                    };
                    if (moved.error == QKeychain::NoError) {
                        dropUnlabelled(unlabelled, job, done);
                    } else {
                        qCInfo(lcKeychain) << "the item" << job->key() << "stays unlabelled:" << int(moved.error);
                        done();
                    }
                });
            });
        });
    });
}

SecretStoreJob *KeychainSecretStore::write(const QString &key, const QByteArray &secret, const QString &label)
{
    // The secret waits in the work only until the job starts.
    auto pending = std::make_shared<QByteArray>(secret);
    return launch(SecretStoreJob::Operation::Write, key, label,
                  [labelled = itemService(label), unlabelled = m_service, pending](SecretStoreJob *job) {
        writeItem(labelled, *pending, job, [=](const Answer &answer) {
            if (answer.error != QKeychain::NoError || labelled == unlabelled) {
                finishWith(job, answer);
                return;
            }
            dropUnlabelled(unlabelled, job, [job] { job->finish(SecretStoreJob::Status::Ok); });
        });
        pending->fill('\0');
    });
}

SecretStoreJob *KeychainSecretStore::remove(const QString &key, const QString &label)
{
    return launch(SecretStoreJob::Operation::Remove, key, label,
                  [labelled = itemService(label), unlabelled = m_service](SecretStoreJob *job) {
        removeItem(labelled, job, [=](const Answer &answer) {
            if (statusFor(answer.error, job->operation()) != SecretStoreJob::Status::Ok || labelled == unlabelled) {
                finishWith(job, answer);
                return;
            }
            removeItem(unlabelled, job, [job](const Answer &old) { finishWith(job, old); });
        });
    });
}

} // namespace desk
