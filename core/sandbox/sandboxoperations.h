#pragma once

#include "base/operations.h"
#include "sandbox/paginationtoken.h"
#include "sandbox/sandboxcall.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxsignatureverifier.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace desk {

// The CodeArtifact operations over HTTP. The routes are the operation table's (method + URI,
// base/operations.h); a request is decoded into a SandboxCall from the table's members, checked
// with InputValidator::validate(), and handed to the one handler of its operation, which asks
// SandboxState and answers with the shapes' toJson(). A new operation is a table row, a handler
// here and a state method.
class SandboxOperations
{
public:
    struct RouteMatch
    {
        const OperationSpec *spec = nullptr;   // nullptr when there is none
        SandboxResponse error;                 // 404 UnknownOperationException or 405 MethodNotAllowedException
        bool ok() const { return spec != nullptr; }
        QString operation() const { return spec ? spec->name : QString(); }
    };

    static constexpr int defaultMaxResults = 100;
    static constexpr qint64 defaultTokenDurationSeconds = 12 * 3600;

    static RouteMatch match(const QByteArray &method, const QString &path);

    SandboxOperations(SandboxState *state, const SandboxConfig &config);

    SandboxResponse execute(const OperationSpec &spec, const SandboxWireRequest &request, const SandboxIdentity &caller,
                            const QDateTime &now);

private:
    // One static function per operation, defined in sandboxoperations.cpp only: a new operation's
    // handler is written there and nowhere else.
    struct Handlers;
    using Handler = SandboxResponse (*)(SandboxOperations &self, const SandboxCall &call);
    static Handler handlerFor(Operation operation);

    struct Page
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QString nextToken;
    };
    // The page of a listing the call asks for (maxResults, nextToken). listingKey names the
    // listing, so a token only fits the listing it came from; sortKeys are the listed items'
    // keys, strictly ascending, and a page ends after a key.
    SandboxOutcome<Page> page(const SandboxCall &call, const QStringList &sortKeys, const QString &listingKey) const;
    // {"<pageItems>": [this page's items], "nextToken": ...}; sortKey gives an item's key.
    template <typename Item, typename SortKey>
    SandboxResponse pageAnswer(const SandboxCall &call, const QList<Item> &items, SortKey sortKey,
                               const QString &listingKey) const;

    SandboxState *m_state;
    QString m_region;
    PaginationToken m_tokens;
};

} // namespace desk
