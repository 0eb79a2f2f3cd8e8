#pragma once

#include "base/job.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace desk {

// One asynchronous keychain operation (a Job: see base/job.h). The store starts it from the
// event loop (connect first); it finishes exactly once, then deletes itself. A backend that does
// not answer within the store's timeout finishes it as Unavailable, so the window never waits
// on a hung keychain.
class SecretStoreJob : public Job
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    enum class Status {
        Ok,
        NotFound,      // read: nothing stored under the key (remove treats this as Ok)
        Unavailable,   // no keychain: no Secret Service, locked, D-Bus error, no answer in time
        Failed,        // the keychain answered with another error
    };
    // What the backend does when the job starts; it ends with finish(), possibly later.
    using Work = std::function<void(SecretStoreJob *job)>;

    SecretStoreJob(Operation operation, const QString &key, const QString &label, int timeoutMs, Work work,
                   QObject *parent = nullptr);
    ~SecretStoreJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    // What a keychain viewer shows for the item (see SecretStore); empty: the store's service.
    QString label() const { return m_label; }
    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    // For people; never contains the secret.
    QString errorString() const { return m_errorString; }
    // Read: the secret. Wiped when the job is destroyed; copy it out in the finished() slot.
    QByteArray data() const { return m_data; }

    // The backend reports its answer; later calls are ignored (e.g. after a timeout).
    void finish(Status status, const QString &errorString = {}, const QByteArray &data = {});

protected:
    void run() override;

private:
    void handleTimeout();

    Operation m_operation;
    QString m_key;
    QString m_label;
    Work m_work;
    Status m_status = Status::Failed;
    QString m_errorString;
    QByteArray m_data;
    QTimer m_timer;
    int m_timeoutMs;
};

// Where the app's own profiles keep their secrets. Values are bytes, keys are strings such as
// "profile/NAME/secret-access-key". An item may carry a label, the words a keychain viewer shows
// for it ("prod (secret access key)", which the store prefixes with the product's name); items
// without one are kept under the service name alone, as every item was before labels existed.
// Reading a labelled item finds such an older item too and moves it under its label; writing or
// removing a labelled item removes the older one, so a secret never lingers under two names.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);

    // The reverse-DNS app id: the keychain service name of items without a label.
    static QString defaultService() { return QStringLiteral("io.github.artifactdesk.ArtifactDesk"); }
    // The product's name, which starts every label (not translated: it names stored items).
    static QString defaultDisplayName() { return QStringLiteral("Artifact Desk"); }

    virtual QString service() const = 0;
    // The jobs start themselves from the event loop; connect to finished() right away.
    virtual SecretStoreJob *read(const QString &key, const QString &label = {}) = 0;
    virtual SecretStoreJob *write(const QString &key, const QByteArray &secret, const QString &label = {}) = 0;
    virtual SecretStoreJob *remove(const QString &key, const QString &label = {}) = 0;

    // A keychain call that takes longer is treated as "keychain unavailable" (default 5 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

protected:
    // A job for the backend's `work`, started from the event loop.
    SecretStoreJob *launch(SecretStoreJob::Operation operation, const QString &key, const QString &label,
                           SecretStoreJob::Work work);

private:
    int m_timeoutMs = 5000;
};

} // namespace desk
