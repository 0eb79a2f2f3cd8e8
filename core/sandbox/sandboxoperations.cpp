#include "sandbox/sandboxoperations.h"

#include "base/inputvalidator.h"

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
    return (this->*handler)(call.value);
}

SandboxOperations::Handler SandboxOperations::handlerFor(Operation operation)
{
    // No default: a new row in the operation table does not build until it has its handler here.
    switch (operation) {
    case Operation::ListDomains: return &SandboxOperations::handleListDomains;
    case Operation::DescribeDomain: return &SandboxOperations::handleDescribeDomain;
    case Operation::CreateDomain: return &SandboxOperations::handleCreateDomain;
    case Operation::DeleteDomain: return &SandboxOperations::handleDeleteDomain;
    case Operation::ListRepositoriesInDomain: return &SandboxOperations::handleListRepositoriesInDomain;
    case Operation::ListRepositories: return &SandboxOperations::handleListRepositories;
    case Operation::DescribeRepository: return &SandboxOperations::handleDescribeRepository;
    case Operation::CreateRepository: return &SandboxOperations::handleCreateRepository;
    case Operation::UpdateRepository: return &SandboxOperations::handleUpdateRepository;
    case Operation::DeleteRepository: return &SandboxOperations::handleDeleteRepository;
    case Operation::AssociateExternalConnection: return &SandboxOperations::handleAssociateExternalConnection;
    case Operation::DisassociateExternalConnection: return &SandboxOperations::handleDisassociateExternalConnection;
    case Operation::GetRepositoryEndpoint: return &SandboxOperations::handleGetRepositoryEndpoint;
    case Operation::GetAuthorizationToken: return &SandboxOperations::handleGetAuthorizationToken;
    case Operation::GetCallerIdentity:
    case Operation::AssumeRole:
        return nullptr;   // STS, on "/": StsService answers those
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

SandboxResponse SandboxOperations::handleListDomains(const SandboxCall &call)
{
    // Sorted by name, then owner: two accounts can each have a domain of the same name.
    return pageAnswer(call, m_state->listDomains(call.account()),
                      [](const DomainSummary &d) -> QString { return d.name + u'\n' + d.owner; },
                      QStringLiteral("ListDomains/") + call.account());
}

SandboxResponse SandboxOperations::handleDescribeDomain(const SandboxCall &call)
{
    return domainAnswer(m_state->describeDomain(call.account(), call.domain(), call.owner()));
}

SandboxResponse SandboxOperations::handleCreateDomain(const SandboxCall &call)
{
    // The model has no domainOwner here, but a client may still send one: a domain is always
    // created in the caller's account, so the service refuses it rather than ignore it.
    if (call.hasQueryParameter(QStringLiteral("domain-owner"))) {
        return errorResponse(SandboxState::validation(QStringLiteral("CreateDomain does not take domain-owner: a domain "
                                                                     "is always created in the caller's account."),
                                                      kFieldFailed, QStringLiteral("domain-owner")));
    }
    return domainAnswer(
        m_state->createDomain(call.account(), call.domain(), call.string(QStringLiteral("encryptionKey")), call.tags()));
}

SandboxResponse SandboxOperations::handleDeleteDomain(const SandboxCall &call)
{
    return domainAnswer(m_state->deleteDomain(call.account(), call.domain(), call.owner()));
}

SandboxResponse SandboxOperations::handleListRepositoriesInDomain(const SandboxCall &call)
{
    const QString administrator = call.string(QStringLiteral("administratorAccount"));
    const QString prefix = call.string(QStringLiteral("repositoryPrefix"));
    const auto listed = m_state->listRepositoriesInDomain(call.account(), call.domain(), call.owner(), administrator, prefix);
    if (!listed.ok())
        return errorResponse(listed.error);
    const QString listingKey =
        QStringList{call.spec().name, call.account(), call.domain(), call.owner(), administrator, prefix}.join(u'\n');
    return pageAnswer(call, listed.value, [](const RepositorySummary &r) -> QString { return r.name; }, listingKey);
}

SandboxResponse SandboxOperations::handleListRepositories(const SandboxCall &call)
{
    const QString prefix = call.string(QStringLiteral("repositoryPrefix"));
    // Sorted by name, then ARN: the same name can stand in several domains.
    return pageAnswer(call, m_state->listRepositories(call.account(), prefix),
                      [](const RepositorySummary &r) -> QString { return r.name + u'\n' + r.arn; },
                      QStringList{call.spec().name, call.account(), prefix}.join(u'\n'));
}

SandboxResponse SandboxOperations::handleDescribeRepository(const SandboxCall &call)
{
    return repositoryAnswer(m_state->describeRepository(call.account(), call.domain(), call.owner(), call.repository()));
}

SandboxResponse SandboxOperations::handleCreateRepository(const SandboxCall &call)
{
    return repositoryAnswer(m_state->createRepository(call.account(), call.domain(), call.owner(), call.repository(),
                                                      call.string(QStringLiteral("description")),
                                                      call.upstreams().value_or(QStringList()), call.tags()));
}

SandboxResponse SandboxOperations::handleUpdateRepository(const SandboxCall &call)
{
    return repositoryAnswer(m_state->updateRepository(call.account(), call.domain(), call.owner(), call.repository(),
                                                      call.optionalString(QStringLiteral("description")),
                                                      call.upstreams()));
}

SandboxResponse SandboxOperations::handleDeleteRepository(const SandboxCall &call)
{
    return repositoryAnswer(m_state->deleteRepository(call.account(), call.domain(), call.owner(), call.repository()));
}

SandboxResponse SandboxOperations::handleAssociateExternalConnection(const SandboxCall &call)
{
    return repositoryAnswer(m_state->associateExternalConnection(call.account(), call.domain(), call.owner(),
                                                                 call.repository(),
                                                                 call.string(QStringLiteral("externalConnection"))));
}

SandboxResponse SandboxOperations::handleDisassociateExternalConnection(const SandboxCall &call)
{
    return repositoryAnswer(m_state->disassociateExternalConnection(call.account(), call.domain(), call.owner(),
                                                                    call.repository(),
                                                                    call.string(QStringLiteral("externalConnection"))));
}

SandboxResponse SandboxOperations::handleGetRepositoryEndpoint(const SandboxCall &call)
{
    const auto repository = m_state->describeRepository(call.account(), call.domain(), call.owner(), call.repository());
    if (!repository.ok())
        return errorResponse(repository.error);
    const bool dualStack = call.string(QStringLiteral("endpointType")) == QLatin1String("dualstack");
    const QString url = QStringLiteral("https://%1-%2.d.codeartifact.%3.%4/%5/%6/")
                            .arg(call.domain(), repository.value.domainOwner, m_region,
                                 dualStack ? QStringLiteral("on.aws") : QStringLiteral("amazonaws.com"),
                                 call.string(QStringLiteral("format")), call.repository());
    return SandboxResponse::json({{QLatin1String("repositoryEndpoint"), url}});
}

SandboxResponse SandboxOperations::handleGetAuthorizationToken(const SandboxCall &call)
{
    const auto domain = m_state->describeDomain(call.account(), call.domain(), call.owner());
    if (!domain.ok())
        return errorResponse(domain.error);
    const QDateTime expiration =
        tokenExpiration(call, call.integer(QStringLiteral("durationSeconds"), defaultTokenDurationSeconds));
    return SandboxResponse::json(
        {{QLatin1String("authorizationToken"), newAuthorizationToken()},
         {QLatin1String("expiration"),
          epochJsonFromDateTime(QDateTime::fromSecsSinceEpoch(expiration.toSecsSinceEpoch(), Qt::UTC))}});
}

} // namespace desk
