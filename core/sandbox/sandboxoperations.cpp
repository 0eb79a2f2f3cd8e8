#include "sandbox/sandboxoperations.h"

#include "base/inputvalidator.h"
#include "sandbox/sandboxpolicies.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>

namespace desk {

namespace {

const QString kFieldFailed = QStringLiteral("FIELD_VALIDATION_FAILED");

// InputValidator's errors carry no status: on the wire a validation error is a 400.
AwsError withStatus(AwsError e)
{
    if (e.httpStatus() == 0)
        e.setHttpStatus(400);
    return e;
}

SandboxResponse errorResponse(const AwsError &e)
{
    return SandboxResponse::restJsonError(withStatus(e));
}

// {"domain": ...} or {"repository": ...}: the answer of every operation on one of them.
template <typename Description>
SandboxResponse answer(const QString &member, const SandboxOutcome<Description> &outcome)
{
    if (!outcome.ok())
        return errorResponse(outcome.error);
    return SandboxResponse::json({{member, outcome.value.toJson()}});
}

SandboxResponse domainAnswer(const SandboxOutcome<DomainDescription> &outcome)
{
    return answer(QStringLiteral("domain"), outcome);
}

SandboxResponse repositoryAnswer(const SandboxOutcome<RepositoryDescription> &outcome)
{
    return answer(QStringLiteral("repository"), outcome);
}

SandboxResponse policyAnswer(const SandboxOutcome<ResourcePolicy> &outcome)
{
    return answer(QStringLiteral("policy"), outcome);
}

AwsError unknownOperation(const QString &message)
{
    AwsError e(AwsError::Kind::NotFound, message);
    e.setCode(QStringLiteral("UnknownOperationException")).setHttpStatus(404);
    return e;
}

SandboxResponse methodNotAllowed(const QByteArray &method, const QString &path, const QList<QByteArray> &allowed)
{
    AwsError e(AwsError::Kind::Validation, QStringLiteral("Method %1 is not allowed on %2; allowed: %3.")
                                               .arg(QString::fromLatin1(method.left(20)), path,
                                                    QString::fromLatin1(allowed.join(", "))));
    e.setCode(QStringLiteral("MethodNotAllowedException")).setHttpStatus(405);
    SandboxResponse response = SandboxResponse::restJsonError(e);
    response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    return response;
}

// durationSeconds 0 means "as long as the credentials": the AssumeRole expiration, or the
// default for the long-term key, which never expires.
QDateTime tokenExpiration(const SandboxCall &call, qint64 durationSeconds)
{
    if (durationSeconds != 0)
        return call.now().addSecs(durationSeconds);
    if (call.caller().expiration.isValid())
        return call.caller().expiration;
    return call.now().addSecs(SandboxOperations::defaultTokenDurationSeconds);
}

QString newAuthorizationToken()
{
    QByteArray random(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 12);
    return QStringLiteral("sbx.")
        + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SandboxOperations::RouteMatch SandboxOperations::match(const QByteArray &method, const QString &path)
{
    RouteMatch out;
    out.spec = Operations::route(method, path);
    if (out.spec)
        return out;
    const QList<QByteArray> allowed = Operations::methodsFor(path);
    if (allowed.isEmpty()) {
        out.error = SandboxResponse::restJsonError(unknownOperation(
            QStringLiteral("No operation matches %1 %2.").arg(QString::fromLatin1(method), path.left(200))));
    } else {
        out.error = methodNotAllowed(method, path, allowed);
    }
    return out;
}

SandboxOperations::SandboxOperations(SandboxState *state, const SandboxConfig &config)
    : m_state(state)
    , m_region(config.region)
{
}

SandboxResponse SandboxOperations::execute(const OperationSpec &spec, const SandboxWireRequest &request,
                                           const SandboxIdentity &caller, const QDateTime &now)
{
    const auto call = SandboxCall::decode(spec, request, caller, now);
    if (!call.ok())
        return errorResponse(call.error);
    if (AwsError e = InputValidator::validate(spec, call.value.input()))
        return errorResponse(e);
    const Handler handler = handlerFor(spec.id);
    if (!handler)
        return errorResponse(unknownOperation(QStringLiteral("Unknown operation %1.").arg(spec.name)));
    return handler(*this, call.value);
}

struct SandboxOperations::Handlers
{
    static SandboxResponse listDomains(SandboxOperations &self, const SandboxCall &call)
    {
        // Sorted by name, then owner: two accounts can each have a domain of the same name.
        return self.pageAnswer(call, self.m_state->listDomains(call.account()),
                               [](const DomainSummary &d) -> QString { return d.name + u'\n' + d.owner; },
                               QStringLiteral("ListDomains/") + call.account());
    }

    static SandboxResponse describeDomain(SandboxOperations &self, const SandboxCall &call)
    {
        return domainAnswer(self.m_state->describeDomain(call.account(), call.domain(), call.owner()));
    }

    static SandboxResponse createDomain(SandboxOperations &self, const SandboxCall &call)
    {
        // The model has no domainOwner here, but a client may still send one: a domain is always
        // created in the caller's account, so the service refuses it rather than ignore it.
        if (call.hasQueryParameter(QStringLiteral("domain-owner"))) {
            return errorResponse(SandboxState::validation(QStringLiteral("CreateDomain does not take domain-owner: a domain "
                                                                         "is always created in the caller's account."),
                                                          kFieldFailed, QStringLiteral("domain-owner")));
        }
        return domainAnswer(
            self.m_state->createDomain(call.account(), call.domain(), call.string(QStringLiteral("encryptionKey")), call.tags()));
    }

    static SandboxResponse deleteDomain(SandboxOperations &self, const SandboxCall &call)
    {
        return domainAnswer(self.m_state->deleteDomain(call.account(), call.domain(), call.owner()));
    }

    static SandboxResponse listRepositoriesInDomain(SandboxOperations &self, const SandboxCall &call)
    {
        const QString administrator = call.string(QStringLiteral("administratorAccount"));
        const QString prefix = call.string(QStringLiteral("repositoryPrefix"));
        const auto listed = self.m_state->listRepositoriesInDomain(call.account(), call.domain(), call.owner(), administrator, prefix);
        if (!listed.ok())
            return errorResponse(listed.error);
        const QString listingKey =
            QStringList{call.spec().name, call.account(), call.domain(), call.owner(), administrator, prefix}.join(u'\n');
        return self.pageAnswer(call, listed.value, [](const RepositorySummary &r) -> QString { return r.name; }, listingKey);
    }

    static SandboxResponse listRepositories(SandboxOperations &self, const SandboxCall &call)
    {
        const QString prefix = call.string(QStringLiteral("repositoryPrefix"));
        // Sorted by name, then ARN: the same name can stand in several domains.
        return self.pageAnswer(call, self.m_state->listRepositories(call.account(), prefix),
                               [](const RepositorySummary &r) -> QString { return r.name + u'\n' + r.arn; },
                               QStringList{call.spec().name, call.account(), prefix}.join(u'\n'));
    }

    static SandboxResponse describeRepository(SandboxOperations &self, const SandboxCall &call)
    {
        return repositoryAnswer(self.m_state->describeRepository(call.account(), call.domain(), call.owner(), call.repository()));
    }

    static SandboxResponse createRepository(SandboxOperations &self, const SandboxCall &call)
    {
        return repositoryAnswer(self.m_state->createRepository(call.account(), call.domain(), call.owner(), call.repository(),
                                                               call.string(QStringLiteral("description")),
                                                               call.upstreams().value_or(QStringList()), call.tags()));
    }

    static SandboxResponse updateRepository(SandboxOperations &self, const SandboxCall &call)
    {
        return repositoryAnswer(self.m_state->updateRepository(call.account(), call.domain(), call.owner(), call.repository(),
                                                               call.optionalString(QStringLiteral("description")),
                                                               call.upstreams()));
    }

    static SandboxResponse deleteRepository(SandboxOperations &self, const SandboxCall &call)
    {
        return repositoryAnswer(self.m_state->deleteRepository(call.account(), call.domain(), call.owner(), call.repository()));
    }

    static SandboxResponse associateExternalConnection(SandboxOperations &self, const SandboxCall &call)
    {
        return repositoryAnswer(self.m_state->associateExternalConnection(call.account(), call.domain(), call.owner(),
                                                                          call.repository(),
                                                                          call.string(QStringLiteral("externalConnection"))));
    }

    static SandboxResponse disassociateExternalConnection(SandboxOperations &self, const SandboxCall &call)
    {
        return repositoryAnswer(self.m_state->disassociateExternalConnection(call.account(), call.domain(), call.owner(),
                                                                             call.repository(),
                                                                             call.string(QStringLiteral("externalConnection"))));
    }

    static SandboxResponse getRepositoryEndpoint(SandboxOperations &self, const SandboxCall &call)
    {
        const auto repository = self.m_state->describeRepository(call.account(), call.domain(), call.owner(), call.repository());
        if (!repository.ok())
            return errorResponse(repository.error);
        const bool dualStack = call.string(QStringLiteral("endpointType")) == QLatin1String("dualstack");
        const QString url = QStringLiteral("https://%1-%2.d.codeartifact.%3.%4/%5/%6/")
                                .arg(call.domain(), repository.value.domainOwner, self.m_region,
                                          dualStack ? QStringLiteral("on.aws") : QStringLiteral("amazonaws.com"),
                                          call.string(QStringLiteral("format")), call.repository());
        return SandboxResponse::json({{QLatin1String("repositoryEndpoint"), url}});
    }

    static SandboxResponse getAuthorizationToken(SandboxOperations &self, const SandboxCall &call)
    {
        const auto domain = self.m_state->describeDomain(call.account(), call.domain(), call.owner());
        if (!domain.ok())
            return errorResponse(domain.error);
        const QDateTime expiration =
            tokenExpiration(call, call.integer(QStringLiteral("durationSeconds"), defaultTokenDurationSeconds));
        return SandboxResponse::json(
            {{QLatin1String("authorizationToken"), newAuthorizationToken()},
             {QLatin1String("expiration"),
              epochJsonFromDateTime(QDateTime::fromSecsSinceEpoch(expiration.toSecsSinceEpoch(), Qt::UTC))}});
    }

    // The permissions policies; a domain's when the call names no repository.
    static SandboxResponse getPermissionsPolicy(SandboxOperations &self, const SandboxCall &call)
    {
        return policyAnswer(SandboxPolicies(self.m_state).get(call.account(), call.domain(), call.owner(), call.repository()));
    }

    static SandboxResponse putPermissionsPolicy(SandboxOperations &self, const SandboxCall &call)
    {
        return policyAnswer(SandboxPolicies(self.m_state).put(call.account(), call.domain(), call.owner(), call.repository(),
                                                              call.optionalString(QStringLiteral("policyRevision")),
                                                              call.string(QStringLiteral("policyDocument"))));
    }

    static SandboxResponse deletePermissionsPolicy(SandboxOperations &self, const SandboxCall &call)
    {
        return policyAnswer(SandboxPolicies(self.m_state).remove(call.account(), call.domain(), call.owner(),
                                                                 call.repository(),
                                                                 call.optionalString(QStringLiteral("policyRevision"))));
    }
};

SandboxOperations::Handler SandboxOperations::handlerFor(Operation operation)
{
    // No default: a new row in the operation table does not build until it has its handler here.
    switch (operation) {
    case Operation::ListDomains: return &Handlers::listDomains;
    case Operation::DescribeDomain: return &Handlers::describeDomain;
    case Operation::CreateDomain: return &Handlers::createDomain;
    case Operation::DeleteDomain: return &Handlers::deleteDomain;
    case Operation::ListRepositoriesInDomain: return &Handlers::listRepositoriesInDomain;
    case Operation::ListRepositories: return &Handlers::listRepositories;
    case Operation::DescribeRepository: return &Handlers::describeRepository;
    case Operation::CreateRepository: return &Handlers::createRepository;
    case Operation::UpdateRepository: return &Handlers::updateRepository;
    case Operation::DeleteRepository: return &Handlers::deleteRepository;
    case Operation::AssociateExternalConnection: return &Handlers::associateExternalConnection;
    case Operation::DisassociateExternalConnection: return &Handlers::disassociateExternalConnection;
    case Operation::GetRepositoryEndpoint: return &Handlers::getRepositoryEndpoint;
    case Operation::GetAuthorizationToken: return &Handlers::getAuthorizationToken;
    case Operation::GetDomainPermissionsPolicy:
    case Operation::GetRepositoryPermissionsPolicy:
        return &Handlers::getPermissionsPolicy;
    case Operation::PutDomainPermissionsPolicy:
    case Operation::PutRepositoryPermissionsPolicy:
        return &Handlers::putPermissionsPolicy;
    case Operation::DeleteDomainPermissionsPolicy:
    case Operation::DeleteRepositoryPermissionsPolicy:
        return &Handlers::deletePermissionsPolicy;
    case Operation::GetCallerIdentity:
    case Operation::AssumeRole:
        return nullptr;   // STS, on "/": StsService answers those
    case Operation::RegisterClient:
    case Operation::StartDeviceAuthorization:
    case Operation::CreateToken:
    case Operation::GetRoleCredentials:
    case Operation::ListAccounts:
    case Operation::ListAccountRoles:
    case Operation::Logout:
        return nullptr;   // IAM Identity Center: not CodeArtifact's routes
    }
    return nullptr;
}

SandboxOutcome<SandboxOperations::Page> SandboxOperations::page(const SandboxCall &call, const QStringList &sortKeys,
                                                                const QString &listingKey) const
{
    // maxResults (1 to 1000) and the token's pattern were checked with the other members.
    using Result = SandboxOutcome<Page>;
    Q_ASSERT(std::adjacent_find(sortKeys.cbegin(), sortKeys.cend(), std::greater_equal<QString>()) == sortKeys.cend());
    const QString tokenMember = QStringLiteral("nextToken");
    Page page;
    if (call.has(tokenMember)) {
        const auto after = m_tokens.decode(listingKey, call.string(tokenMember));
        if (!after) {
            return Result::failure(SandboxState::validation(
                QStringLiteral("The pagination token is invalid: it was not issued for this request or it was changed."),
                kFieldFailed, call.spec().member(tokenMember)->field()));
        }
        page.begin = std::upper_bound(sortKeys.cbegin(), sortKeys.cend(), *after) - sortKeys.cbegin();
    }
    const qint64 maxResults = call.integer(QStringLiteral("maxResults"), defaultMaxResults);
    page.end = qMin<qsizetype>(page.begin + maxResults, sortKeys.size());
    if (page.end < sortKeys.size())
        page.nextToken = m_tokens.encode(listingKey, sortKeys.at(page.end - 1));
    return Result::success(page);
}

template <typename Item, typename SortKey>
SandboxResponse SandboxOperations::pageAnswer(const SandboxCall &call, const QList<Item> &items, SortKey sortKey,
                                              const QString &listingKey) const
{
    QStringList sortKeys;
    sortKeys.reserve(items.size());
    for (const Item &item : items)
        sortKeys << sortKey(item);
    const auto page = this->page(call, sortKeys, listingKey);
    if (!page.ok())
        return errorResponse(page.error);
    QJsonArray list;
    for (qsizetype i = page.value.begin; i < page.value.end; ++i)
        list.append(items.at(i).toJson());
    QJsonObject out{{call.spec().pageItems, list}};
    if (!page.value.nextToken.isEmpty())
        out.insert(QLatin1String("nextToken"), page.value.nextToken);
    return SandboxResponse::json(out);
}

} // namespace desk
