#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/httprequestparser.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxoperations.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxsignatureverifier.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/sandboxtls.h"
#include "sandbox/ssoservice.h"
#include "sandbox/stsservice.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace desk {

class SandboxConnection;
class SandboxListener;

// The local, wire-compatible CodeArtifact service (plus STS on "/", and IAM Identity Center's
// SSO OIDC, portal and verification page, SsoService), over real HTTP.
//
// Its HTTP edge is its own: a QTcpServer (SandboxListener) accepts at most maxConnections, and a
// SandboxConnection per client reads requests with HttpRequestParser under the limits of the
// config (header bytes, body bytes, idle time): a client cannot make it hold more than one
// request, nor wait forever. A request that cannot be framed is answered (400, 408, 413, 431, 501,
// 505) and its connection closed. Each request then goes through, in this order: the method
// (501 for one HTTP does not know), STS, IAM Identity Center (unsigned, no faults) or the
// operation route table (404 UnknownOperationException, 405), SigV4 verification (403), the
// caller's account's rate limit when config().rateLimit is set (RateLimiter: 429
// ThrottlingException with Retry-After), a read-only caller's mutation refused (403), the faults
// decided for it on arrival (drop, 429, 500: the operation is then not run), and the operation
// itself, whose state change is on disk before the answer is written. Every answer carries
// x-amzn-RequestId. Requests on one connection are answered in order, one at a time, late when
// the latency fault says so.
//
// In-process use (the desktop app's --sandbox mode, tests):
//     SandboxServer server(config);
//     if (auto s = server.open(); !s.ok) ...;       // loads/creates the state file, seeds
//     if (auto s = server.listen(QHostAddress::LocalHost, 0); !s.ok) ...;
//     server.url();                                 // http://127.0.0.1:PORT
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Status
    {
        bool ok = true;
        QString message;
    };

    // The default body limit; config().maxBodyBytes is the one in force.
    static constexpr qsizetype maxBodyBytes = SandboxConfig::defaultMaxBodyBytes;

    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Checks the fault specs, loads the state file (a corrupt one is refused and left alone),
    // creates it when absent, and applies the seed to an empty state.
    Status open();
    Status listen(const QHostAddress &address, quint16 port = 0);
    quint16 serverPort() const;
    // Client connections open now (at most config().maxConnections).
    int connectionCount() const { return m_connectionCount; }
    QUrl url() const;   // https:// with config().tls
    // The certificate clients must trust with config().tls (made by open()); null without.
    QSslCertificate tlsCertificate() const { return m_tls.certificate; }
    // Writes the state once more (on shutdown); every change was already written when made.
    Status saveState() const;

    const SandboxState &state() const { return *m_state; }
    const SandboxConfig &config() const { return m_config; }
    quint64 faultSeed() const { return m_faults ? m_faults->seed() : 0; }
    // The time the signature check and token expirations use (tests move it).
    void setClock(std::function<QDateTime()> clock);
    QDateTime currentTime() const { return m_clock(); }
    // The monotonic clock of the rate limit (tests move it); nothing without config().rateLimit.
    void setRateLimitClock(RateLimiter::Clock clock);

    // What the service makes of one framed request, without a socket (process() writes it; the
    // fuzz target and tests call it directly): the operation it named ("" when none) and the
    // answer, or a dropped connection. The faults are those drawn for the request on arrival.
    struct Answer
    {
        QString operation;
        SandboxResponse response;
        bool drop = false;   // close the connection without a response
    };
    Answer answer(const SandboxWireRequest &request, const QString &requestId, const FaultDecision &fault = {},
                  bool faultApplies = false);

Q_SIGNALS:
    // After each answer (or drop): the operation ("" when none matched) and the HTTP status
    // (0 for a dropped connection).
    void requestHandled(const QString &operation, int status);

private:
    void acceptConnection(qintptr descriptor);
    void handleRequest(SandboxConnection *connection, const HttpRequestParser::Request &request);
    void handleRequestFailed(SandboxConnection *connection, const HttpRequestParser::Error &error);
    void process(const SandboxWireRequest &request, const FaultDecision &fault, bool faultApplies,
                 const QPointer<SandboxConnection> &connection, bool closeAfter);
    void writeResponse(SandboxConnection *connection, const SandboxResponse &response, const QString &requestId,
                       bool closeAfter, bool withBody = true) const;
    static QString newRequestId();

    SandboxConfig m_config;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxSignatureVerifier> m_verifier;
    std::unique_ptr<StsService> m_sts;
    std::unique_ptr<SsoService> m_sso;
    std::unique_ptr<SandboxOperations> m_operations;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RateLimiter> m_rateLimiter;   // null: no limit
    std::function<QDateTime()> m_clock;
    SandboxTls m_tls;   // null without config().tls
    QHostAddress m_address;
    SandboxListener *m_listener = nullptr;   // child
    int m_connectionCount = 0;
    bool m_opened = false;
};

} // namespace desk
