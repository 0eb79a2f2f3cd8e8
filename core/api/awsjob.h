#pragma once

#include "base/awserror.h"
#include "api/codeartifactclient.h"

#include <QObject>
#include <QPointer>

namespace desk {


// The base of every operation (KDE's KJob and Nextcloud's AbstractNetworkJob, made smaller):
// start() once, finished() exactly once, error() afterwards. A job deletes itself after
// finished() unless setAutoDelete(false).
class AwsJob : public QObject
{
    Q_OBJECT

public:
    explicit AwsJob(CodeArtifactClient *client, QObject *parent = nullptr);
    ~AwsJob() override;

    void start();
    // Stops the job; it finishes with a Cancelled error (never mistaken for a timeout).
    void abort();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    AwsError error() const { return m_error; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    CodeArtifactClient *client() const { return m_client; }

    virtual QString operationName() const = 0;

Q_SIGNALS:
    void finished();

protected:
    virtual void run() = 0;
    virtual void doAbort() {}
    // Ends the job; later calls are ignored. Emits finished() from the event loop when called
    // from inside start(), so a caller always connects before it fires.
    void finishWith(const AwsError &error = {});

private:
    QPointer<CodeArtifactClient> m_client;
    AwsError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_inStart = false;
    bool m_autoDelete = true;
};

} // namespace desk
