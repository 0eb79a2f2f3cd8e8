#include "api/awsjob.h"

#include "api/codeartifactclient.h"

#include <QTimer>

namespace desk {

AwsJob::AwsJob(CodeArtifactClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

AwsJob::~AwsJob() = default;

void AwsJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        finishWith(AwsError(AwsError::Kind::Configuration, tr("The job has no client.")));
        return;
    }
    m_inStart = true;
    run();
    m_inStart = false;
}

void AwsJob::abort()
{
    if (m_finished)
        return;
    doAbort();
    AwsError error(AwsError::Kind::Cancelled);
    error.setOperation(operationName());
    finishWith(error);
}

void AwsJob::finishWith(const AwsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_error && m_error.operation().isEmpty())
        m_error.setOperation(operationName());
    auto emitFinished = [this] {
        Q_EMIT finished();
        if (m_autoDelete)
            deleteLater();
    };
    if (m_inStart)
        QTimer::singleShot(0, this, emitFinished);
    else
        emitFinished();
}

} // namespace desk
