#pragma once

#include "base/awserror.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace desk {

// The base of every asynchronous operation (KDE's KJob and KCompositeJob, made smaller): start()
// once, finished() exactly once, error() afterwards; by default the job deletes itself after
// finished(). A job can run sub-jobs: it owns them while they run, a sub-job's error ends the
// parent with that error unless the parent decides otherwise (subjobFinished()), and abort()
// aborts them first.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Runs the job. A job that ends inside start() still emits finished() from the event loop,
    // so a caller always connects before it fires. Later calls do nothing.
    void start();
    // start() from the event loop: for jobs handed out by a store whose caller connects first.
    void startLater();
    // Stops the job and its sub-jobs; it finishes with a Cancelled error (never a timeout).
    void abort();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    AwsError error() const { return m_error; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // The operation an error names ("AssociateExternalConnection"); empty when none.
    virtual QString operationName() const { return {}; }

Q_SIGNALS:
    void finished(desk::Job *job);

protected:
    virtual void run() = 0;
    // Checked by start() before run(): an error ends the job at once.
    virtual AwsError preflight() const { return {}; }
    // Called by abort() after the sub-jobs were aborted and before the job finishes.
    virtual void doAbort() {}
    // Ends the job with `error` (none: success); later calls are ignored.
    void finishWith(const AwsError &error = {});

    // Adopts `job` (it becomes a child of this one) and starts it. When it ends,
    // subjobFinished(job) is called; the sub-job deletes itself afterwards unless told otherwise.
    void startSubjob(Job *job);
    // The default: a sub-job's error ends this job with that error; a success does nothing.
    virtual void subjobFinished(Job *job);
    int runningSubjobs() const;

private:
    void handleSubjobFinished(Job *job);

    QList<QPointer<Job>> m_subjobs;
    AwsError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_inStart = false;
    bool m_autoDelete = true;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::Job *)
