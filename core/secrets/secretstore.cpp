#include "secrets/secretstore.h"

#include <QCoreApplication>

namespace desk {

SecretStoreJob::SecretStoreJob(Operation operation, const QString &key, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretStoreJob::handleTimeout);
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
}

SecretStoreJob::~SecretStoreJob()
{
    m_data.fill('\0');
}

void SecretStoreJob::finish(Status status, const QString &errorString, const QByteArray &data)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_status = status;
    m_errorString = errorString;
    m_data = data;
    Q_EMIT finished(this);
    deleteLater();
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

} // namespace desk
