#include "scriptedhttpserver.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>

namespace desk::test {

ScriptedHttpServer::Response ScriptedHttpServer::Response::json(int status, const QByteArray &body,
                                                               const QByteArray &errorType, const QByteArray &requestId)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("application/json"));
    r.headers.emplaceBack(QByteArray("x-amzn-RequestId"), QByteArray(requestId));
    if (!errorType.isEmpty())
        r.headers.emplaceBack(QByteArray("x-amzn-ErrorType"), QByteArray(errorType));
    return r;
}

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool ScriptedHttpServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_fallback = Response::json(200, "{}");
    m_port = listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool ScriptedHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request recorded;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    recorded.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    recorded.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    recorded.query = request.url().query(QUrl::FullyEncoded).toLatin1();
    for (const auto &h : request.headers())
        recorded.headers.append({h.first, h.second});
    recorded.body = request.body();
    m_requests.append(recorded);

    Response response = m_handler ? m_handler(recorded) : (m_script.isEmpty() ? m_fallback : m_script.takeFirst());
    switch (response.action) {
    case Response::Action::Hang:
        return true;
    case Response::Action::Drop:
        socket->abort();
        return true;
    case Response::Action::Respond:
    case Response::Action::Truncate:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        out += name + ": " + value + "\r\n";
    const qsizetype announced = response.action == Response::Action::Truncate ? response.body.size() * 2 : response.body.size();
    out += "Content-Length: " + QByteArray::number(announced) + "\r\n\r\n";
    out += response.body;
    socket->write(out);
    if (response.action == Response::Action::Truncate) {
        socket->flush();
        socket->disconnectFromHost();
    }
    return true;
}

void ScriptedHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->abort();
}

} // namespace desk::test
