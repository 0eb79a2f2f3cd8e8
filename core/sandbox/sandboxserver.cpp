#include "sandbox/sandboxserver.h"

#include "sandbox/sandboxconnection.h"
#include "sandbox/sandboxdemoseed.h"
#include "sandbox/sandboxlistener.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

namespace desk {

namespace {

// The methods HTTP defines (RFC 9110, and PATCH): these reach routing, which answers 405 with
// Allow where the path takes others. Any other token is 501, naming the method as sent.
bool isHttpMethod(const QByteArray &method)
{
    static const QByteArrayList known{"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"};
    return known.contains(method);
}

// The x-amzn-ErrorType of an answer the HTTP layer gives before a request reaches the service.
QString protocolErrorCode(int status)
{
    switch (status) {
    case 408: return QStringLiteral("RequestTimeoutException");
    case 413: return QStringLiteral("RequestEntityTooLargeException");
    case 431: return QStringLiteral("RequestHeaderFieldsTooLargeException");
    case 501: return QStringLiteral("NotImplementedException");
    case 505: return QStringLiteral("HttpVersionNotSupportedException");
    default: return QStringLiteral("BadRequestException");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 402: return QByteArrayLiteral("Payment Required");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 410: return QByteArrayLiteral("Gone");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Unknown");
    }
}

AwsError restError(const QString &code, int status, const QString &message, AwsError::Kind kind)
{
    AwsError e(kind, message);
    e.setCode(code).setHttpStatus(status);
    return e;
}

// 429 as the service throttles: the model's ThrottlingException, retryAfterSeconds in Retry-After.
SandboxResponse throttled(int retryAfterSeconds)
{
    AwsError e = restError(QStringLiteral("ThrottlingException"), 429, QStringLiteral("Rate exceeded"),
                           AwsError::Kind::Throttled);
    e.setRetryAfterSeconds(retryAfterSeconds);
    return SandboxResponse::restJsonError(e);
}

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_state(std::make_unique<SandboxState>(config.region, config.stateFile))
    , m_verifier(std::make_unique<SandboxSignatureVerifier>(config.region))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    AwsCredentials admin;
    admin.accessKeyId = m_config.accessKeyId;
    admin.secretAccessKey = m_config.secretAccessKey;
    admin.sessionToken = m_config.sessionToken;
    admin.source = QStringLiteral("sandbox");
    m_verifier->addCredentials(admin, StsService::adminIdentity(m_config));
    m_sts = std::make_unique<StsService>(m_config, m_verifier.get());
    m_sso = std::make_unique<SsoService>(m_config, m_verifier.get());
    m_operations = std::make_unique<SandboxOperations>(m_state.get(), m_config);
    if (m_config.rateLimit > 0)
        m_rateLimiter = std::make_unique<RateLimiter>(m_config.rateLimit);
}

SandboxServer::~SandboxServer()
{
    // Connections call back into the members; end them while those still exist.
    const auto connections = findChildren<SandboxConnection *>(Qt::FindDirectChildrenOnly);
    for (SandboxConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

void SandboxServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void SandboxServer::setRateLimitClock(RateLimiter::Clock clock)
{
    if (m_rateLimiter)
        m_rateLimiter->setClock(std::move(clock));
}

SandboxServer::Status SandboxServer::open()
{
    const FaultSpecs specs = FaultSpecs::parse(m_config.faults);
    if (!specs.isValid())
        return {false, specs.error};
    if (!m_config.seed.isEmpty() && m_config.seed != QLatin1String("demo"))
        return {false, QStringLiteral("unknown seed '%1' (the only seed is 'demo')").arg(m_config.seed)};
    if (!specs.isEmpty()) {
        const quint64 seed = m_config.faultSeedSet ? m_config.faultSeed : QRandomGenerator::system()->generate64();
        m_faults = std::make_unique<FaultInjector>(specs, seed);
    }
    if (m_config.tls && m_tls.isNull()) {
        if (!QSslSocket::supportsSsl())
            return {false, QStringLiteral("--tls: this Qt has no TLS backend")};
        QString error;
        m_tls = SandboxTls::generate(&error);
        if (m_tls.isNull())
            return {false, error};
    }
    const SandboxState::LoadResult loaded = m_state->load();
    if (!loaded.ok)
        return {false, loaded.message};
    if (m_config.seed == QLatin1String("demo")) {
        const auto seeded = m_state->seed(SandboxDemoSeed::domains(m_config.account, m_config.region));
        if (!seeded.ok())
            return {false, QStringLiteral("cannot write the demo seed: %1").arg(seeded.error.message())};
    }
    m_opened = true;
    return {};
}

SandboxServer::Status SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_opened) {
        if (Status s = open(); !s.ok)
            return s;
    }
    if (m_listener)
        return {false, QStringLiteral("already listening on %1").arg(url().toString())};
    auto *listener = new SandboxListener([this](qintptr descriptor) { acceptConnection(descriptor); }, this);
    if (!listener->listen(address, port)) {
        const QString message = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(listener->errorString());
        delete listener;
        return {false, message};
    }
    m_listener = listener;
    m_address = address;
    return {};
}

quint16 SandboxServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void SandboxServer::acceptConnection(qintptr descriptor)
{
    // Over the cap the connection is closed at once: no socket object, no buffer, no timer.
    if (m_connectionCount >= m_config.maxConnections) {
        ::close(static_cast<int>(descriptor));
        return;
    }
    QTcpSocket *socket = m_config.tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(static_cast<int>(descriptor));
        return;
    }
    if (m_config.tls) {
        // The handshake runs in the event loop; a client that fails it is closed (errorOccurred).
        auto *tls = static_cast<QSslSocket *>(socket);
        tls->setSslConfiguration(m_tls.serverConfiguration());
        tls->startServerEncryption();
    }
    const HttpRequestParser::Limits limits{m_config.maxHeaderBytes, m_config.maxBodyBytes};
    auto *connection = new SandboxConnection(socket, limits, m_config.idleTimeoutMs, this);
    ++m_connectionCount;
    connect(connection, &SandboxConnection::requestReceived, this,
            [this, connection](const HttpRequestParser::Request &request) { handleRequest(connection, request); });
    connect(connection, &SandboxConnection::requestFailed, this,
            [this, connection](const HttpRequestParser::Error &error) { handleRequestFailed(connection, error); });
    connect(connection, &SandboxConnection::closed, this, [this] {
        --m_connectionCount;
        m_listener->resumeIfPaused();
    });
}

QUrl SandboxServer::url() const
{
    QUrl u;
    u.setScheme(m_config.tls ? QStringLiteral("https") : QStringLiteral("http"));
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    u.setHost(host.toString());
    u.setPort(serverPort());
    return u;
}

SandboxServer::Status SandboxServer::saveState() const
{
    const SandboxState::LoadResult r = m_state->save();
    return {r.ok, r.message};
}

QString SandboxServer::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void SandboxServer::handleRequest(SandboxConnection *connection, const HttpRequestParser::Request &request)
{
    const SandboxWireRequest &wire = request.wire;
    const bool closeAfter = !request.keepAlive;

    // Faults are drawn on arrival, in arrival order, for every CodeArtifact request (STS on "/"
    // and IAM Identity Center are exempt), so a seed gives the same sequence whatever the
    // requests turn out to be.
    const QString path = QUrl::fromPercentEncoding(wire.path);
    const bool exempt = path == QLatin1String("/") || SsoService::isSsoPath(path);
    FaultDecision fault;
    if (m_faults && !exempt)
        fault = m_faults->next();

    const QPointer<SandboxConnection> guard(connection);
    if (fault.latencyMs > 0) {
        QTimer::singleShot(fault.latencyMs, this, [this, wire, fault, guard, closeAfter] {
            process(wire, fault, true, guard, closeAfter);
        });
    } else {
        process(wire, fault, !exempt, guard, closeAfter);
    }
}

void SandboxServer::handleRequestFailed(SandboxConnection *connection, const HttpRequestParser::Error &error)
{
    // Found before the request reached the service, whatever its path: a rest-json error.
    const AwsError e = restError(protocolErrorCode(error.status), error.status, error.message,
                                 error.status >= 500 ? AwsError::Kind::Server : AwsError::Kind::Validation);
    writeResponse(connection, SandboxResponse::restJsonError(e), newRequestId(), true);
    Q_EMIT requestHandled(QString(), error.status);
}

void SandboxServer::process(const SandboxWireRequest &request, const FaultDecision &fault, bool faultApplies,
                            const QPointer<SandboxConnection> &connection, bool closeAfter)
{
    if (!connection || !connection->isOpen())
        return;
    const QString requestId = newRequestId();
    const Answer a = answer(request, requestId, fault, faultApplies);
    if (a.drop) {
        connection->abort();
        Q_EMIT requestHandled(a.operation, 0);
        return;
    }
    writeResponse(connection, a.response, requestId, closeAfter, request.method != "HEAD");
    Q_EMIT requestHandled(a.operation, a.response.status);
}

SandboxServer::Answer SandboxServer::answer(const SandboxWireRequest &request, const QString &requestId,
                                            const FaultDecision &fault, bool faultApplies)
{
    const QDateTime now = m_clock();
    const QString path = QUrl::fromPercentEncoding(request.path);
    const bool isSts = path == QLatin1String("/");

    if (!isHttpMethod(request.method)) {
        const AwsError e = restError(protocolErrorCode(501), 501,
                                     QStringLiteral("The method %1 is not implemented.").arg(QString::fromLatin1(request.method)),
                                     AwsError::Kind::Validation);
        return {QString(), isSts ? StsService::xmlError(e, requestId) : SandboxResponse::restJsonError(e)};
    }

    if (isSts) {
        if (request.method != "POST" && request.method != "GET") {
            const AwsError e = restError(QStringLiteral("InvalidAction"), 405, QStringLiteral("STS takes POST or GET."),
                                         AwsError::Kind::Validation);
            return {QString(), StsService::xmlError(e, requestId)};
        }
        const auto verified = m_verifier->verify(request, QStringLiteral("sts"), now);
        if (!verified.ok())
            return {QStringLiteral("sts"), StsService::xmlError(verified.error, requestId)};
        return {QStringLiteral("sts"), m_sts->handle(request, verified.identity, requestId, now)};
    }

    // IAM Identity Center is unsigned, as in AWS: the portal takes its access token in a header.
    if (SsoService::isSsoPath(path)) {
        const SsoService::Answer a = m_sso->handle(request, path, url(), now);
        return {a.operation, a.response};
    }

    const SandboxOperations::RouteMatch route = SandboxOperations::match(request.method, path);
    if (!route.ok())
        return {QString(), route.error};
    const QString operation = route.operation();
    if (const auto malformed = SandboxCall::checkQueryString(request.rawQuery))
        return {operation, *malformed};
    const auto verified = m_verifier->verify(request, QStringLiteral("codeartifact"), now);
    if (!verified.ok())
        return {operation, SandboxResponse::restJsonError(verified.error)};
    // Every signed CodeArtifact request counts against its account, whatever it turns out to be;
    // one that failed the signature check cannot spend an account's tokens, and a throttled one
    // takes none.
    if (m_rateLimiter) {
        if (const RateLimiter::Decision d = m_rateLimiter->take(verified.identity.account); !d.allowed)
            return {operation, throttled(d.retryAfterSeconds)};
    }
    if (verified.identity.readOnly && route.spec->mutates) {
        // What IAM answers when no identity-based policy allows the action.
        const AwsError e = SandboxSignatureVerifier::authError(
            QStringLiteral("AccessDeniedException"),
            QStringLiteral("User: %1 is not authorized to perform: %2 because no identity-based policy allows the %2 action")
                .arg(verified.identity.arn, route.spec->iamAction));
        return {operation, SandboxResponse::restJsonError(e)};
    }
    if (faultApplies && fault.drop)
        return {operation, {}, true};
    if (faultApplies && fault.throttle)
        return {operation, throttled(FaultInjector::retryAfterSeconds)};
    if (faultApplies && fault.serverError) {
        return {operation,
                SandboxResponse::restJsonError(restError(QStringLiteral("InternalServerException"), 500,
                                                         QStringLiteral("An internal error occurred (injected fault); "
                                                                        "the operation was not run."),
                                                         AwsError::Kind::Server))};
    }
    return {operation, m_operations->execute(*route.spec, request, verified.identity, now)};
}

void SandboxServer::writeResponse(SandboxConnection *connection, const SandboxResponse &response,
                                  const QString &requestId, bool closeAfter, bool withBody) const
{
    QByteArray out;
    out.reserve(response.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "x-amzn-RequestId: " + requestId.toLatin1() + "\r\n";
    out += "Date: "
        + QLocale::c().toString(m_clock(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    // A HEAD answer has the headers of a GET and no body (RFC 9110 9.3.2): a body would be read
    // as the start of the next answer.
    if (withBody)
        out += response.body;
    connection->respond(out, closeAfter);
}

} // namespace desk
