#include "sandbox/sandboxconnection.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace desk {

SandboxConnection::SandboxConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, int idleTimeoutMs,
                                     QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_idleTimeoutMs(idleTimeoutMs)
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel when this much waits unread: TCP then slows the client.
    m_socket->setReadBufferSize(readBufferBytes);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SandboxConnection::handleTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::handleReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SandboxConnection::handleBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &SandboxConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &SandboxConnection::finish);
    m_deadline.start(m_idleTimeoutMs);
    // Bytes may have arrived with the connection; readyRead is only for what comes later.
    QMetaObject::invokeMethod(this, &SandboxConnection::readInput, Qt::QueuedConnection);
}

SandboxConnection::~SandboxConnection()
{
    m_socket->disconnect(this);
}

void SandboxConnection::readInput()
{
    // One request at a time, and only while the client reads its answers: pipelined requests
    // are answered in order and cannot pile answers up in memory.
    while (m_state == State::Reading && m_socket->bytesToWrite() <= maxUnsentBytes) {
        HttpRequestParser::Result r = m_parser.next();
        if (r.status == HttpRequestParser::Status::NeedMore) {
            const QByteArray chunk = m_socket->read(readBufferBytes);
            if (chunk.isEmpty())
                return;
            r = m_parser.feed(chunk);
        }
        if (r.status == HttpRequestParser::Status::ContinueExpected) {
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        } else if (r.status != HttpRequestParser::Status::NeedMore) {
            handOut(r);
            return;   // the answer queues the next read: other connections get their turn
        }
    }
}

void SandboxConnection::handOut(const HttpRequestParser::Result &result)
{
    m_state = State::Answering;
    m_deadline.stop();
    if (result.status == HttpRequestParser::Status::Complete)
        Q_EMIT requestReceived(result.request);
    else
        Q_EMIT requestFailed(result.error);
}

void SandboxConnection::respond(const QByteArray &bytes, bool closeAfter)
{
    if (m_state != State::Answering)
        return;
    m_socket->write(bytes);
    // The client gets the same time to read its answer as to send a request.
    m_deadline.start(m_idleTimeoutMs);
    if (closeAfter) {
        m_state = State::Closing;
        if (m_socket->bytesToWrite() == 0)
            shutDownSending();
        return;
    }
    m_state = State::Reading;
    // Queued: an answer given from within requestReceived() must not read the next request
    // from inside this one, and other connections get their turn between pipelined requests.
    QMetaObject::invokeMethod(this, &SandboxConnection::readInput, Qt::QueuedConnection);
}

void SandboxConnection::abort()
{
    finish();
}

void SandboxConnection::handleReadyRead()
{
    if (m_state == State::Reading)
        readInput();
    else if (m_state == State::Closing)
        discardInput();
}

void SandboxConnection::handleBytesWritten()
{
    if (m_state == State::Reading)
        readInput();
    else if (m_state == State::Closing && !m_lingering && m_socket->bytesToWrite() == 0)
        shutDownSending();
}

void SandboxConnection::handleTimeout()
{
    if (m_state == State::Reading && !m_parser.isIdle()) {
        handOut({HttpRequestParser::Status::Error, {},
                 {408, QStringLiteral("The request did not arrive whole within %1 ms.").arg(m_idleTimeoutMs)}});
        return;
    }
    finish();
}

void SandboxConnection::shutDownSending()
{
    // The answer is out: send FIN, then drop what the client still sends until it closes too.
    // Closing with unread bytes would send a reset, which can destroy the answer on its way.
    m_lingering = true;
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket); tls && tls->isEncrypted()) {
        // TLS ends with its close_notify, which Qt sends before it closes the connection.
        tls->disconnectFromHost();
        return;
    }
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_deadline.start(qMin(lingerMs, m_idleTimeoutMs));
    discardInput();
}

void SandboxConnection::discardInput()
{
    while (m_socket->bytesAvailable() > 0)
        m_discardedBytes += m_socket->read(readBufferBytes).size();
    if (m_discardedBytes > maxLingerBytes)
        finish();
}

void SandboxConnection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_deadline.stop();
    m_socket->abort();
    Q_EMIT closed();
    deleteLater();
}

} // namespace desk
