#include "base/job.h"

#include <QTimer>

namespace desk {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job() = default;

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    m_inStart = true;
    if (AwsError refused = preflight())
        finishWith(refused);
    else
        run();
    m_inStart = false;
}

void Job::startLater()
{
    QMetaObject::invokeMethod(this, &Job::start, Qt::QueuedConnection);
}

void Job::abort()
{
    if (m_finished)
        return;
    const QList<QPointer<Job>> subjobs = std::exchange(m_subjobs, {});
    for (const QPointer<Job> &subjob : subjobs) {
        if (subjob) {
            subjob->disconnect(this);
            subjob->abort();
        }
    }
    doAbort();
    AwsError error(AwsError::Kind::Cancelled);
    error.setOperation(operationName());
    finishWith(error);
}

void Job::finishWith(const AwsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_error && m_error.operation().isEmpty())
        m_error.setOperation(operationName());
    auto emitFinished = [this] {
        Q_EMIT finished(this);
        if (m_autoDelete)
            deleteLater();
    };
    if (m_inStart)
        QTimer::singleShot(0, this, emitFinished);
    else
        emitFinished();
}

void Job::startSubjob(Job *job)
{
    job->setParent(this);
    m_subjobs.append(job);
    connect(job, &Job::finished, this, &Job::handleSubjobFinished);
    job->start();
}

void Job::handleSubjobFinished(Job *job)
{
    m_subjobs.removeAll(job);
    if (!m_finished)
        subjobFinished(job);
}

void Job::subjobFinished(Job *job)
{
    if (job->error())
        finishWith(job->error());
}

int Job::runningSubjobs() const
{
    int running = 0;
    for (const QPointer<Job> &subjob : m_subjobs)
        running += subjob && !subjob->isFinished() ? 1 : 0;
    return running;
}

} // namespace desk
