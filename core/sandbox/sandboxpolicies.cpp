#include "sandbox/sandboxpolicies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace desk {

namespace {

// The domain's policy, or its repository's (null when the domain has no such repository).
SandboxPolicy *policyOf(SandboxDomain &domain, const QString &repository)
{
    if (repository.isEmpty())
        return &domain.policy;
    const auto it = domain.repositories.find(repository);
    return it == domain.repositories.end() ? nullptr : &it->policy;
}

const QString kPolicyDocument = QStringLiteral("policyDocument");

AwsError invalidDocument(const QString &why)
{
    return SandboxState::validation(QStringLiteral("Invalid policy document: %1").arg(why),
                                    QStringLiteral("FIELD_VALIDATION_FAILED"), kPolicyDocument);
}

QString subject(const QString &domain, const QString &repository)
{
    return repository.isEmpty() ? QStringLiteral("domain '%1'").arg(domain)
                                : QStringLiteral("repository '%1' in domain '%2'").arg(repository, domain);
}

AwsError noPolicy(const QString &domain, const QString &repository)
{
    return SandboxState::notFound(QStringLiteral("No resource policy is set on %1.").arg(subject(domain, repository)),
                                  repository.isEmpty() ? domain : repository,
                                  repository.isEmpty() ? QStringLiteral("domain") : QStringLiteral("repository"));
}

AwsError staleRevision(const QString &domain, const QString &repository, const SandboxPolicy &current)
{
    const QString message = current.isSet()
        ? QStringLiteral("The resource policy of %1 has changed: the given policy revision is not the current one.")
              .arg(subject(domain, repository))
        : QStringLiteral("A policy revision was given, but %1 has no resource policy.").arg(subject(domain, repository));
    return SandboxState::conflict(message, repository.isEmpty() ? domain : repository,
                                  repository.isEmpty() ? QStringLiteral("domain") : QStringLiteral("repository"));
}

} // namespace

SandboxPolicies::SandboxPolicies(SandboxState *state)
    : m_state(state)
{
}

QString SandboxPolicies::actionName(const char *verb, const QString &repository)
{
    return QString::fromLatin1(verb) + (repository.isEmpty() ? QStringLiteral("DomainPermissionsPolicy")
                                                              : QStringLiteral("RepositoryPermissionsPolicy"));
}

ResourcePolicy SandboxPolicies::describe(const SandboxDomain &domain, const QString &repository,
                                         const SandboxPolicy &policy) const
{
    const QString arn = repository.isEmpty() ? m_state->domainArn(domain.owner, domain.name)
                                             : m_state->repositoryArn(domain.owner, domain.name, repository);
    return {arn, policy.revision, policy.document};
}

SandboxOutcome<ResourcePolicy> SandboxPolicies::get(const QString &caller, const QString &domain,
                                                    const QString &domainOwner, const QString &repository) const
{
    using Result = SandboxOutcome<ResourcePolicy>;
    const auto d = m_state->readDomain(caller, domain, domainOwner, actionName("Get", repository));
    if (!d.ok())
        return Result::failure(d.error);
    SandboxPolicy policy = d.value.policy;
    if (!repository.isEmpty()) {
        const auto it = d.value.repositories.constFind(repository);
        if (it == d.value.repositories.cend())
            return Result::failure(SandboxState::repositoryNotFound(repository, domain));
        policy = it->policy;
    }
    if (!policy.isSet())
        return Result::failure(noPolicy(domain, repository));
    return Result::success(describe(d.value, repository, policy));
}

SandboxOutcome<ResourcePolicy> SandboxPolicies::put(const QString &caller, const QString &domain,
                                                    const QString &domainOwner, const QString &repository,
                                                    const std::optional<QString> &revision, const QString &document)
{
    using Result = SandboxOutcome<ResourcePolicy>;
    const SandboxPolicy next{document, newRevision()};
    const auto changed = m_state->changeDomain(caller, domain, domainOwner, actionName("Put", repository),
                                               [&](SandboxDomain d) -> SandboxState::DomainOutcome {
        SandboxPolicy *current = policyOf(d, repository);
        if (!current)
            return SandboxState::DomainOutcome::failure(SandboxState::repositoryNotFound(repository, domain));
        if (revision && *revision != current->revision)
            return SandboxState::DomainOutcome::failure(staleRevision(domain, repository, *current));
        if (AwsError e = checkDocument(document))
            return SandboxState::DomainOutcome::failure(e);
        *current = next;
        return SandboxState::DomainOutcome::success(d);
    });
    if (!changed.ok())
        return Result::failure(changed.error);
    return Result::success(describe(changed.value.after, repository, next));
}

SandboxOutcome<ResourcePolicy> SandboxPolicies::remove(const QString &caller, const QString &domain,
                                                       const QString &domainOwner, const QString &repository,
                                                       const std::optional<QString> &revision)
{
    using Result = SandboxOutcome<ResourcePolicy>;
    SandboxPolicy removed;
    const auto changed = m_state->changeDomain(caller, domain, domainOwner, actionName("Delete", repository),
                                               [&](SandboxDomain d) -> SandboxState::DomainOutcome {
        SandboxPolicy *current = policyOf(d, repository);
        if (!current)
            return SandboxState::DomainOutcome::failure(SandboxState::repositoryNotFound(repository, domain));
        if (!current->isSet())
            return SandboxState::DomainOutcome::failure(noPolicy(domain, repository));
        if (revision && *revision != current->revision)
            return SandboxState::DomainOutcome::failure(staleRevision(domain, repository, *current));
        removed = *current;
        *current = {};
        return SandboxState::DomainOutcome::success(d);
    });
    if (!changed.ok())
        return Result::failure(changed.error);
    return Result::success(describe(changed.value.before, repository, removed));
}

AwsError SandboxPolicies::checkDocument(const QString &document)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidDocument(QStringLiteral("not valid JSON (%1 at offset %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!json.isObject())
        return invalidDocument(QStringLiteral("the policy must be a JSON object."));
    const QJsonValue statementValue = json.object().value(QLatin1String("Statement"));
    QJsonArray statements;
    if (statementValue.isObject())
        statements.append(statementValue);
    else if (statementValue.isArray())
        statements = statementValue.toArray();
    else
        return invalidDocument(QStringLiteral("the policy has no Statement."));
    if (statements.isEmpty())
        return invalidDocument(QStringLiteral("Statement is empty."));
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QJsonObject s = statements.at(i).toObject();
        const QString effect = s.value(QLatin1String("Effect")).toString();
        if (effect != QLatin1String("Allow") && effect != QLatin1String("Deny"))
            return invalidDocument(QStringLiteral("statement %1: Effect must be Allow or Deny.").arg(i + 1));
        if (!s.contains(QLatin1String("Principal")) && !s.contains(QLatin1String("NotPrincipal")))
            return invalidDocument(QStringLiteral("statement %1: a resource policy needs a Principal.").arg(i + 1));
        if (!s.contains(QLatin1String("Action")) && !s.contains(QLatin1String("NotAction")))
            return invalidDocument(QStringLiteral("statement %1: Action is missing.").arg(i + 1));
    }
    return {};
}

QString SandboxPolicies::newRevision()
{
    QByteArray random(30, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(random.toBase64());
}

} // namespace desk
