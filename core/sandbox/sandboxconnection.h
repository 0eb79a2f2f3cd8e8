#pragma once

#include "sandbox/httprequestparser.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace desk {

// One client connection of the sandbox: reads requests with HttpRequestParser, one at a time,
// hands each out, writes its answer, and closes when it must. What one client can cost is
// bounded here:
//   - memory: the socket buffers at most readBufferBytes; the parser holds one request at most
//     (maxHeaderBytes + maxBodyBytes) plus one read; nothing more is read while a request is
//     being answered, nor while more than maxUnsentBytes of answers wait for the client to read;
//   - time: from the moment it waits for a request (accepted, or the previous answer written)
//     the client has idleTimeoutMs to send it whole; a partial request then gets 408, an idle
//     keep-alive connection is closed quietly. A byte now and then buys no time (slowloris).
// It closes gracefully (RFC 9112 9.6): the last answer written, it shuts its sending side and
// reads and drops what the client still sends, for at most lingerMs or maxLingerBytes, so the
// client reads the answer before the connection is reset.
class SandboxConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 readBufferBytes = 64 * 1024;
    static constexpr qint64 maxUnsentBytes = 256 * 1024;
    static constexpr int lingerMs = 2000;
    // Enough for what a client had in flight; one that goes on sending is reset.
    static constexpr qint64 maxLingerBytes = 4 * 1024 * 1024;

    // Takes `socket` (connected) as its child.
    SandboxConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, int idleTimeoutMs,
                      QObject *parent = nullptr);
    ~SandboxConnection() override;

    // Answers what requestReceived() or requestFailed() handed out; then reads the next request,
    // or, with closeAfter (always after requestFailed()), closes.
    void respond(const QByteArray &bytes, bool closeAfter);
    // Closes at once without an answer (the drop fault).
    void abort();
    bool isOpen() const { return m_state != State::Closed; }

Q_SIGNALS:
    void requestReceived(const desk::HttpRequestParser::Request &request);
    // A request that cannot be served (its status: 400, 408, 413, 431, 501, 505): answer it,
    // then the connection closes, since what follows in the stream cannot be trusted.
    void requestFailed(const desk::HttpRequestParser::Error &error);
    void closed();

private:
    enum class State { Reading, Answering, Closing, Closed };

    void readInput();
    void handleReadyRead();
    void handleBytesWritten();
    void handleTimeout();
    void handOut(const HttpRequestParser::Result &result);
    void shutDownSending();
    void discardInput();
    void finish();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    int m_idleTimeoutMs;
    QTimer m_deadline;
    State m_state = State::Reading;
    bool m_lingering = false;
    qint64 m_discardedBytes = 0;
};

} // namespace desk
