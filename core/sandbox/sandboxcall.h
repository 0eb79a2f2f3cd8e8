#pragma once

#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"
#include "base/operations.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxsignatureverifier.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace desk {

// One CodeArtifact call as a handler sees it: the operation, its members decoded from the wire
// into an OperationInput (by the table's model names), who signed it and when it arrived.
//
// decode() reads the members the table gives the operation, wherever they are on the wire:
// query members by their wire names, JSON body members by their keys, header members (the SSO
// portal's access token) by their header names. What cannot be read is a 400
// ValidationException with reason CANNOT_PARSE: a malformed query string (bad percent escapes,
// text that is not UTF-8, a member given twice), a header given twice or not UTF-8, a body that is not a JSON object, a
// member of the wrong JSON type, an integer query member that is not a number. Members the
// operation does not take are ignored, as the service does. The values are not checked against
// their rules here: that is InputValidator::validate() on input().
class SandboxCall
{
public:
    SandboxCall() = default;
    // A 400 ValidationException (CANNOT_PARSE) when the query string as received is not
    // well-formed, checked before authentication as the service's front end does. Qt's QUrl (so
    // QNetworkAccessManager) turns every '%' into "%25" when the query has an invalid escape, so
    // "%25" is read back as '%': a false positive can only hit a value containing '%', which no
    // query member allows.
    static std::optional<SandboxResponse> checkQueryString(const QByteArray &queryFromQt);
    static SandboxOutcome<SandboxCall> decode(const OperationSpec &spec, const SandboxWireRequest &request,
                                              const SandboxIdentity &caller, const QDateTime &now);

    const OperationSpec &spec() const { return *m_spec; }
    const OperationInput &input() const { return m_input; }
    const SandboxIdentity &caller() const { return m_caller; }
    const QString &account() const { return m_caller.account; }
    const QDateTime &now() const { return m_now; }

    // The members most operations take; empty when absent (no domainOwner: the caller's account).
    QString domain() const { return string(QStringLiteral("domain")); }
    QString owner() const { return string(QStringLiteral("domainOwner")); }
    QString repository() const { return string(QStringLiteral("repository")); }

    bool has(const QString &member) const { return m_input.has(member); }
    QString string(const QString &member) const { return m_input.string(member); }
    // Absent stays absent: UpdateRepository keeps what is not given.
    std::optional<QString> optionalString(const QString &member) const;
    qint64 integer(const QString &member, qint64 whenAbsent) const;
    std::optional<QStringList> upstreams() const;
    // A list-of-strings member (SSO OIDC's scopes, grantTypes); empty when absent.
    QStringList stringList(const QString &member) const;
    QList<Tag> tags() const;
    // Whether the query string names this parameter, whether or not the operation takes it.
    bool hasQueryParameter(const QString &wireName) const { return m_queryNames.contains(wireName); }

private:
    const OperationSpec *m_spec = nullptr;
    OperationInput m_input;
    QSet<QString> m_queryNames;
    SandboxIdentity m_caller;
    QDateTime m_now;
};

} // namespace desk
