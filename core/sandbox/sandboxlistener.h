#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace desk {

// The sandbox's listening socket. QTcpServer binds and listens; the accepting is done here,
// because Qt 6.4's QTcpServer treats a failed accept() at the process's file-descriptor limit
// (EMFILE) as "try again": the pending connection keeps the socket readable and the event loop
// spins at 100% CPU (measured: 8,900 failed accept4() calls a second). Here such a failure
// (EMFILE, ENFILE, ENOBUFS, ENOMEM) pauses accepting for pauseAfterAcceptErrorMs, or until a
// descriptor is freed; the connection waits in the kernel's backlog meanwhile. Each accepted
// descriptor goes to a callback, which decides at once whether to keep it.
class SandboxListener : public QObject
{
public:
    static constexpr int pauseAfterAcceptErrorMs = 100;
    // Connections accepted per wake-up at most, so that a flood cannot starve the rest.
    static constexpr int maxAcceptsPerWakeup = 256;
    // The kernel's queue of connections not yet accepted (Qt's default is 50). A burst beyond it
    // has its SYNs dropped, and each such client waits a second for its retry.
    static constexpr int listenBacklog = 1024;

    explicit SandboxListener(std::function<void(qintptr)> onAccepted, QObject *parent = nullptr);
    ~SandboxListener() override;

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_server.errorString(); }
    quint16 serverPort() const { return m_server.serverPort(); }

    // A descriptor was freed: accept again now rather than at the end of the pause.
    void resumeIfPaused();
    bool isPaused() const { return m_paused; }
    int acceptErrors() const { return m_acceptErrors; }

private:
    void acceptPending();

    std::function<void(qintptr)> m_onAccepted;
    QTcpServer m_server;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_resume;
    bool m_paused = false;
    int m_acceptErrors = 0;
};

} // namespace desk
