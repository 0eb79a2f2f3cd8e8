#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QUrl>

#include <functional>
#include <utility>

namespace desk::test {

// A local HTTP responder for client tests that the sandbox cannot stand in for: each request
// gets the next scripted response (or the fallback), and every request is recorded as it came.
class ScriptedHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Response
    {
        enum class Action { Respond, Hang, Drop, Truncate };
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Action action = Action::Respond;

        static Response json(int status, const QByteArray &body, const QByteArray &errorType = {},
                             const QByteArray &requestId = "req-0000");
        static Response hang() { Response r; r.action = Action::Hang; return r; }
        static Response drop() { Response r; r.action = Action::Drop; return r; }
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;      // as on the wire
        QByteArray query;     // as on the wire
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    QUrl url() const;
    void enqueue(const Response &response) { m_script.append(response); }
    void setFallback(const Response &response) { m_fallback = response; }
    // Decide the response from the request instead of the script.
    void setHandler(std::function<Response(const Request &)> handler) { m_handler = std::move(handler); }
    QList<Request> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QList<Response> m_script;
    Response m_fallback;
    std::function<Response(const Request &)> m_handler;
    QList<Request> m_requests;
    quint16 m_port = 0;
};

} // namespace desk::test
