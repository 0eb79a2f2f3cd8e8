#include "sandbox/sandboxserver.h"

#include "sandbox/sandboxdemoseed.h"

#include <QHttpServerRequest>
#include <QLocale>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace desk {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 402: return QByteArrayLiteral("Payment Required");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    default: return QByteArrayLiteral("Unknown");
    }
}

AwsError restError(const QString &code, int status, const QString &message, AwsError::Kind kind)
{
    AwsError e(kind, message);
    e.setCode(code).setHttpStatus(status);
    return e;
}

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
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
    m_operations = std::make_unique<SandboxOperations>(m_state.get(), m_config);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
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
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        const QString message = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(tcp->errorString());
        delete tcp;
        return {false, message};
    }
    bind(tcp);
    m_address = address;
    return {};
}

quint16 SandboxServer::serverPort() const
{
    const QList<QTcpServer *> list = servers();
    return list.isEmpty() ? 0 : list.constFirst()->serverPort();
}

QUrl SandboxServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
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

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxWireRequest wire;
    wire.method = methodName(request.method());
    const QUrl url = request.url();
    wire.path = url.path(QUrl::FullyEncoded).toLatin1();
    if (wire.path.isEmpty())
        wire.path = QByteArrayLiteral("/");
    wire.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &header : request.headers())
        wire.headers.append({header.first, header.second});
    wire.body = request.body();
    const bool closeAfter = wire.header("connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;

    // Faults are drawn on arrival, in arrival order, for every CodeArtifact request (STS on "/"
    // is exempt), so a seed gives the same sequence whatever the requests turn out to be.
    const bool isSts = url.path() == QLatin1String("/");
    FaultDecision fault;
    if (m_faults && !isSts)
        fault = m_faults->next();

    const QPointer<QTcpSocket> guard(socket);
    if (fault.latencyMs > 0) {
        QTimer::singleShot(fault.latencyMs, this, [this, wire, fault, guard, closeAfter] {
            process(wire, fault, true, guard, closeAfter);
        });
    } else {
        process(wire, fault, !isSts, guard, closeAfter);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only here because the base class wants it.
    Q_UNUSED(request);
    writeResponse(socket,
                  SandboxResponse::restJsonError(restError(QStringLiteral("UnknownOperationException"), 404,
                                                           QStringLiteral("No operation matches the request."),
                                                           AwsError::Kind::NotFound)),
                  newRequestId(), false);
}

void SandboxServer::process(const SandboxWireRequest &request, const FaultDecision &fault, bool faultApplies,
                            const QPointer<QTcpSocket> &socket, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QString requestId = newRequestId();
    const QDateTime now = m_clock();
    const QString path = QUrl::fromPercentEncoding(request.path);
    const bool isSts = path == QLatin1String("/");

    auto finish = [&](const QString &operation, const SandboxResponse &response) {
        writeResponse(socket, response, requestId, closeAfter);
        Q_EMIT requestHandled(operation, response.status);
    };

    if (request.body.size() > maxBodyBytes) {
        const AwsError e = restError(QStringLiteral("RequestEntityTooLargeException"), 413,
                                     QStringLiteral("The request body is %1 bytes; the limit is %2 bytes.")
                                         .arg(request.body.size())
                                         .arg(maxBodyBytes),
                                     AwsError::Kind::Validation);
        finish(QString(), isSts ? StsService::xmlError(e, requestId) : SandboxResponse::restJsonError(e));
        return;
    }

    if (isSts) {
        if (request.method != "POST" && request.method != "GET") {
            const AwsError e = restError(QStringLiteral("InvalidAction"), 405, QStringLiteral("STS takes POST or GET."),
                                         AwsError::Kind::Validation);
            finish(QString(), StsService::xmlError(e, requestId));
            return;
        }
        const auto verified = m_verifier->verify(request, QStringLiteral("sts"), now);
        if (!verified.ok()) {
            finish(QStringLiteral("sts"), StsService::xmlError(verified.error, requestId));
            return;
        }
        finish(QStringLiteral("sts"), m_sts->handle(request, verified.identity, requestId, now));
        return;
    }

    const SandboxOperations::RouteMatch route = SandboxOperations::match(request.method, path);
    if (!route.ok()) {
        finish(QString(), route.error);
        return;
    }
    const QString operation = route.operation();
    if (const auto malformed = SandboxCall::checkQueryString(request.rawQuery)) {
        finish(operation, *malformed);
        return;
    }
    const auto verified = m_verifier->verify(request, QStringLiteral("codeartifact"), now);
    if (!verified.ok()) {
        finish(operation, SandboxResponse::restJsonError(verified.error));
        return;
    }
    if (faultApplies && fault.drop) {
        socket->abort();
        Q_EMIT requestHandled(operation, 0);
        return;
    }
    if (faultApplies && fault.throttle) {
        AwsError e = restError(QStringLiteral("ThrottlingException"), 429, QStringLiteral("Rate exceeded"),
                               AwsError::Kind::Throttled);
        e.setRetryAfterSeconds(FaultInjector::retryAfterSeconds);
        finish(operation, SandboxResponse::restJsonError(e));
        return;
    }
    if (faultApplies && fault.serverError) {
        finish(operation,
               SandboxResponse::restJsonError(restError(QStringLiteral("InternalServerException"), 500,
                                                        QStringLiteral("An internal error occurred (injected fault); "
                                                                       "the operation was not run."),
                                                        AwsError::Kind::Server)));
        return;
    }
    finish(operation, m_operations->execute(*route.spec, request, verified.identity, now));
}

void SandboxServer::writeResponse(QTcpSocket *socket, const SandboxResponse &response, const QString &requestId,
                                  bool closeAfter) const
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
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
    out += response.body;
    socket->write(out);
    if (closeAfter)
        socket->disconnectFromHost();
}

} // namespace desk
