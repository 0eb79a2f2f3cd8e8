#include "secrets/secretstore.h"

#include <QCoreApplication>

namespace desk {

SecretStoreJob::SecretStoreJob(Operation operation, const QString &key, const QString &label, int timeoutMs, Work work,
                               QObject *parent)
    : Job(parent)
    , m_operation(operation)
    , m_key(key)
    , m_label(label)
    , m_work(std::move(work))
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretStoreJob::handleTimeout);
}

void SecretStoreJob::run()
{
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    if (m_work)
        m_work(this);
}

SecretStoreJob::~SecretStoreJob()
{
    m_data.fill('\0');
}

void SecretStoreJob::finish(Status status, const QString &errorString, const QByteArray &data)
{
    if (isFinished())
        return;
    m_timer.stop();
    m_status = status;
    m_errorString = errorString;
    m_data = data;
    AwsError error;
    if (status == Status::NotFound)
        error = AwsError(AwsError::Kind::NotFound, errorString);
    else if (status != Status::Ok)
        error = AwsError(AwsError::Kind::KeychainUnavailable, errorString);
    finishWith(error.setService(QStringLiteral("keychain")));
}

void SecretStoreJob::handleTimeout()
{
    finish(Status::Unavailable,
           QCoreApplication::translate("SecretStoreJob", "The keychain did not answer within %1 seconds.")
               .arg(m_timeoutMs / 1000.0));
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStoreJob *SecretStore::launch(SecretStoreJob::Operation operation, const QString &key, const QString &label,
                                    SecretStoreJob::Work work)
{
    auto *job = new SecretStoreJob(operation, key, label, m_timeoutMs, std::move(work), this);
    job->startLater();
    return job;
}

} // namespace desk
