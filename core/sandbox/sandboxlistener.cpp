#include "sandbox/sandboxlistener.h"

#include <QSocketNotifier>

#include <cerrno>

#include <sys/socket.h>

namespace desk {

SandboxListener::SandboxListener(std::function<void(qintptr)> onAccepted, QObject *parent)
    : QObject(parent)
    , m_onAccepted(std::move(onAccepted))
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(pauseAfterAcceptErrorMs);
    connect(&m_resume, &QTimer::timeout, this, &SandboxListener::resumeIfPaused);
}

SandboxListener::~SandboxListener() = default;

bool SandboxListener::listen(const QHostAddress &address, quint16 port)
{
    m_server.setListenBacklogSize(listenBacklog);
    if (!m_server.listen(address, port))
        return false;
    // QTcpServer keeps the socket (and closes it); its own accepting stays off for good.
    m_server.pauseAccepting();
    m_notifier = std::make_unique<QSocketNotifier>(m_server.socketDescriptor(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &SandboxListener::acceptPending);
    return true;
}

void SandboxListener::acceptPending()
{
    const int listening = static_cast<int>(m_server.socketDescriptor());
    for (int i = 0; i < maxAcceptsPerWakeup; ++i) {
        const int descriptor = ::accept4(listening, nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor >= 0) {
            m_onAccepted(descriptor);
            continue;
        }
        // That client gave up before we took it, or a signal came: try the next one.
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        ++m_acceptErrors;
        m_paused = true;
        m_notifier->setEnabled(false);
        m_resume.start();
        return;
    }
}

void SandboxListener::resumeIfPaused()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_resume.stop();
    m_notifier->setEnabled(true);
}

} // namespace desk
