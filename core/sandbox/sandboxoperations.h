#pragma once

#include "sandbox/paginationtoken.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxsignatureverifier.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace desk {

// The CodeArtifact operations over HTTP: the route table (method + URI from service-2.json),
// wire parsing and validation (query members by their wire names, body members as JSON), the
// state call, pagination, and the JSON answer built with the shapes' toJson().
class SandboxOperations
{
public:
    struct Route
    {
        QByteArray method;
        QString path;
        QString operation;
    };
    struct RouteMatch
    {
        QString operation;        // empty when there is none
        SandboxResponse error;    // 404 UnknownOperationException or 405 MethodNotAllowedException
        bool ok() const { return !operation.isEmpty(); }
    };

    static constexpr int defaultMaxResults = 100;
    static constexpr qint64 defaultTokenDurationSeconds = 12 * 3600;

    static const QList<Route> &routes();
    static RouteMatch match(const QByteArray &method, const QString &path);
    // A 400 ValidationException (CANNOT_PARSE) when the query string as received is not
    // well-formed, checked before authentication as the service's front end does. Qt's parser
    // turns every '%' into "%25" when the query has an invalid escape, so "%25" is read back as
    // '%': a false positive can only hit a value containing '%', which no query member allows.
    static std::optional<SandboxResponse> checkQueryString(const QByteArray &queryFromQt);

    SandboxOperations(SandboxState *state, const SandboxConfig &config);

    SandboxResponse execute(const QString &operation, const SandboxWireRequest &request,
                            const SandboxIdentity &caller, const QDateTime &now);

private:
    SandboxState *m_state;
    QString m_region;
    PaginationToken m_tokens;
};

} // namespace desk
