#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxoperations.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxsignatureverifier.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/stsservice.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHostAddress>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

namespace desk {

// The local, wire-compatible CodeArtifact service (plus STS on "/"), over real HTTP.
//
// Each request goes through, in this order: the body size limit (413), STS or the operation
// route table (404 UnknownOperationException, 405), SigV4 verification (403), the faults decided
// for it on arrival (drop, 429, 500: the operation is then not run), and the operation itself,
// whose state change is on disk before the answer is written. Every answer carries
// x-amzn-RequestId. Qt's HTTP server parses the requests; the sandbox writes the responses
// itself so that it can answer late (latency fault), with any status, or not at all (drop).
//
// In-process use (the desktop app's --sandbox mode, tests):
//     SandboxServer server(config);
//     if (auto s = server.open(); !s.ok) ...;       // loads/creates the state file, seeds
//     if (auto s = server.listen(QHostAddress::LocalHost, 0); !s.ok) ...;
//     server.url();                                 // http://127.0.0.1:PORT
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Status
    {
        bool ok = true;
        QString message;
    };

    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Checks the fault specs, loads the state file (a corrupt one is refused and left alone),
    // creates it when absent, and applies the seed to an empty state.
    Status open();
    Status listen(const QHostAddress &address, quint16 port = 0);
    quint16 serverPort() const;
    QUrl url() const;
    // Writes the state once more (on shutdown); every change was already written when made.
    Status saveState() const;

    const SandboxState &state() const { return *m_state; }
    const SandboxConfig &config() const { return m_config; }
    quint64 faultSeed() const { return m_faults ? m_faults->seed() : 0; }
    // The time the signature check and token expirations use (tests move it).
    void setClock(std::function<QDateTime()> clock);
    QDateTime currentTime() const { return m_clock(); }

Q_SIGNALS:
    // After each answer (or drop): the operation ("" when none matched) and the HTTP status
    // (0 for a dropped connection).
    void requestHandled(const QString &operation, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void process(const SandboxWireRequest &request, const FaultDecision &fault, bool faultApplies,
                 const QPointer<QTcpSocket> &socket, bool closeAfter);
    void writeResponse(QTcpSocket *socket, const SandboxResponse &response, const QString &requestId,
                       bool closeAfter) const;
    static QString newRequestId();

    SandboxConfig m_config;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxSignatureVerifier> m_verifier;
    std::unique_ptr<StsService> m_sts;
    std::unique_ptr<SandboxOperations> m_operations;
    std::unique_ptr<FaultInjector> m_faults;
    std::function<QDateTime()> m_clock;
    QHostAddress m_address;
    bool m_opened = false;
};

} // namespace desk
