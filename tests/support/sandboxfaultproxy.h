#pragma once

// A local HTTP front for an in-process SandboxServer that passes every request to the sandbox
// (SandboxServer::answer(), signature check and all) except the ones a test tells it to fail:
// the sandbox's own fault injection draws faults at random, and a test of "the second step fails"
// needs that one request to fail. Header-only: tests/support itself does not link the sandbox.

#include "scriptedhttpserver.h"

#include "base/operations.h"
#include "sandbox/sandboxserver.h"

#include <QPointer>
#include <QUrl>
#include <QUuid>

namespace desk::test {

class SandboxFaultProxy : public ScriptedHttpServer
{
public:
    explicit SandboxFaultProxy(SandboxServer *server, QObject *parent = nullptr)
        : ScriptedHttpServer(parent)
        , m_server(server)
    {
        setHandler([this](const Request &request) { return forward(request); });
    }

    // The next `count` requests of `operation` get `error` (as the service writes it) instead of
    // reaching the sandbox, which then never runs them.
    void failNext(const QString &operation, const AwsError &error, int count = 1)
    {
        m_operation = operation;
        m_error = error;
        m_count = count;
    }
    // How many requests were failed so far.
    int failed() const { return m_failed; }

private:
    Response forward(const Request &request)
    {
        const OperationSpec *spec =
            Operations::route(request.method, QUrl::fromPercentEncoding(request.path));
        if (spec && spec->name == m_operation && m_count > 0) {
            --m_count;
            ++m_failed;
            const SandboxResponse failure = SandboxResponse::restJsonError(m_error);
            Response r = Response::json(failure.status, failure.body, {}, "req-injected-" + QByteArray::number(m_failed));
            r.headers.append(failure.headers);
            return r;
        }
        if (!m_server)
            return Response::drop();
        SandboxWireRequest wire;
        wire.method = request.method;
        wire.path = request.path;
        wire.rawQuery = request.query;
        for (const auto &[name, value] : request.headers)
            wire.headers.append({name, value});
        wire.body = request.body;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const SandboxServer::Answer answer = m_server->answer(wire, id);
        if (answer.drop)
            return Response::drop();
        Response r;
        r.status = answer.response.status;
        r.headers.append({QByteArrayLiteral("Content-Type"), answer.response.contentType});
        r.headers.append({QByteArrayLiteral("x-amzn-RequestId"), id.toLatin1()});
        r.headers.append(answer.response.headers);
        r.body = answer.response.body;
        return r;
    }

    QPointer<SandboxServer> m_server;
    QString m_operation;
    AwsError m_error;
    int m_count = 0;
    int m_failed = 0;
};

} // namespace desk::test
