#include "sandbox/sandboxstate.h"

#include "base/externalconnection.h"
#include "base/inputvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace desk {

namespace {

const QLatin1String kFormat("artifact-desk-sandbox-state");
constexpr int kVersion = 1;

QDateTime now()
{
    // Milliseconds are what the state file keeps; answer with the same value before and after a restart.
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray tagsToArray(const QList<Tag> &tags)
{
    QJsonArray list;
    for (const Tag &t : tags)
        list.append(QJsonObject{{QLatin1String("key"), t.key}, {QLatin1String("value"), t.value}});
    return list;
}

QList<Tag> tagsFromArray(const QJsonValue &value)
{
    QList<Tag> tags;
    for (const QJsonValue &t : value.toArray())
        tags.append({t.toObject().value(QLatin1String("key")).toString(), t.toObject().value(QLatin1String("value")).toString()});
    return tags;
}

bool readStringList(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isArray())
        return false;
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return false;
        list << v.toString();
    }
    *out = list;
    return true;
}

QJsonObject policyToJson(const SandboxPolicy &policy)
{
    return {{QLatin1String("document"), policy.document}, {QLatin1String("revision"), policy.revision}};
}

// Absent: no policy. Present: both members, as strings, the revision not empty.
bool readPolicy(const QJsonValue &value, SandboxPolicy *out)
{
    *out = {};
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonObject o = value.toObject();
    if (!o.value(QLatin1String("document")).isString() || !o.value(QLatin1String("revision")).isString())
        return false;
    out->document = o.value(QLatin1String("document")).toString();
    out->revision = o.value(QLatin1String("revision")).toString();
    return out->isSet() && !out->document.isEmpty();
}

// fsync() on the directory, so the rename QSaveFile did is durable too.
bool syncDirectory(const QString &filePath)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

SandboxState::SandboxState(QString region, QString stateFile)
    : m_region(std::move(region))
    , m_stateFile(std::move(stateFile))
{
}

AwsError SandboxState::repositoryNotFound(const QString &repository, const QString &domain)
{
    return notFound(QStringLiteral("Repository not found. Repository '%1' does not exist in domain '%2'.").arg(repository, domain),
                    repository, QStringLiteral("repository"));
}

AwsError SandboxState::notFound(const QString &message, const QString &resourceId, const QString &resourceType)
{
    AwsError e(AwsError::Kind::NotFound, message);
    e.setCode(QStringLiteral("ResourceNotFoundException")).setHttpStatus(404).setResource(resourceId, resourceType);
    return e;
}

AwsError SandboxState::conflict(const QString &message, const QString &resourceId, const QString &resourceType)
{
    AwsError e(AwsError::Kind::Conflict, message);
    e.setCode(QStringLiteral("ConflictException")).setHttpStatus(409).setResource(resourceId, resourceType);
    return e;
}

AwsError SandboxState::quotaExceeded(const QString &message, const QString &resourceId, const QString &resourceType)
{
    AwsError e(AwsError::Kind::QuotaExceeded, message);
    e.setCode(QStringLiteral("ServiceQuotaExceededException")).setHttpStatus(402).setResource(resourceId, resourceType);
    return e;
}

AwsError SandboxState::accessDenied(const QString &message)
{
    AwsError e(AwsError::Kind::AccessDenied, message);
    e.setCode(QStringLiteral("AccessDeniedException")).setHttpStatus(403);
    return e;
}

AwsError SandboxState::validation(const QString &message, const QString &reason, const QString &field)
{
    AwsError e(AwsError::Kind::Validation, message);
    e.setCode(QStringLiteral("ValidationException")).setHttpStatus(400).setReason(reason).setField(field);
    return e;
}

AwsError SandboxState::internalError(const QString &message)
{
    AwsError e(AwsError::Kind::Server, message);
    e.setCode(QStringLiteral("InternalServerException")).setHttpStatus(500);
    return e;
}

QString SandboxState::domainArn(const QString &owner, const QString &domain) const
{
    return QStringLiteral("arn:aws:codeartifact:%1:%2:domain/%3").arg(m_region, owner, domain);
}

QString SandboxState::repositoryArn(const QString &owner, const QString &domain, const QString &repository) const
{
    return QStringLiteral("arn:aws:codeartifact:%1:%2:repository/%3/%4").arg(m_region, owner, domain, repository);
}

DomainDescription SandboxState::describe(const SandboxDomain &domain) const
{
    DomainDescription d;
    d.name = domain.name;
    d.owner = domain.owner;
    d.arn = domainArn(domain.owner, domain.name);
    d.status = QStringLiteral("Active");
    d.createdTime = domain.createdTime;
    d.encryptionKey = domain.encryptionKey;
    d.repositoryCount = static_cast<int>(domain.repositories.size());
    d.assetSizeBytes = 0;
    d.s3BucketArn = QStringLiteral("arn:aws:s3:::assets-%1-%2").arg(domain.owner, m_region);
    return d;
}

RepositoryDescription SandboxState::describe(const SandboxDomain &domain, const SandboxRepository &repository) const
{
    RepositoryDescription r;
    r.name = repository.name;
    r.administratorAccount = repository.administratorAccount;
    r.domainName = domain.name;
    r.domainOwner = domain.owner;
    r.arn = repositoryArn(domain.owner, domain.name, repository.name);
    r.description = repository.description;
    r.createdTime = repository.createdTime;
    for (const QString &u : repository.upstreams)
        r.upstreams.append({u});
    if (!repository.externalConnection.isEmpty()) {
        const ExternalConnectionInfo *info = ExternalConnections::find(repository.externalConnection);
        r.externalConnections.append({repository.externalConnection, info ? info->packageFormat : QString(),
                                      QStringLiteral("Available")});
    }
    return r;
}

SandboxOutcome<QString> SandboxState::resolveDomain(const QString &caller, const QString &domain,
                                                    const QString &domainOwner, Access access,
                                                    const QString &action) const
{
    const QString owner = domainOwner.isEmpty() ? caller : domainOwner;
    const QString key = domainKey(owner, domain);
    const auto it = m_domains.constFind(key);
    if (it == m_domains.constEnd()) {
        return SandboxOutcome<QString>::failure(
            notFound(QStringLiteral("Domain not found. Domain '%1' owned by account %2 does not exist.").arg(domain, owner),
                     domain, QStringLiteral("domain")));
    }
    const bool isOwner = owner == caller;
    const bool mayRead = isOwner || it->sharedWith.contains(caller);
    if (!isOwner && (access == Access::Write || !mayRead)) {
        return SandboxOutcome<QString>::failure(accessDenied(
            QStringLiteral("User: arn:aws:iam::%1:root is not authorized to perform: codeartifact:%2 on resource: %3 "
                           "because no resource-based policy allows the codeartifact:%2 action")
                .arg(caller, action, domainArn(owner, domain))));
    }
    return SandboxOutcome<QString>::success(key);
}

SandboxOutcome<SandboxDomain> SandboxState::readDomain(const QString &caller, const QString &domain,
                                                       const QString &domainOwner, const QString &action) const
{
    const auto key = resolveDomain(caller, domain, domainOwner, Access::Read, action);
    if (!key.ok())
        return SandboxOutcome<SandboxDomain>::failure(key.error);
    return SandboxOutcome<SandboxDomain>::success(m_domains.value(key.value));
}

QList<DomainSummary> SandboxState::listDomains(const QString &caller) const
{
    QList<DomainSummary> out;
    for (const SandboxDomain &d : m_domains) {
        if (d.owner == caller || d.sharedWith.contains(caller))
            out.append(describe(d).summary());
    }
    std::stable_sort(out.begin(), out.end(), [](const DomainSummary &a, const DomainSummary &b) {
        return a.name != b.name ? a.name < b.name : a.owner < b.owner;
    });
    return out;
}

SandboxOutcome<DomainDescription> SandboxState::describeDomain(const QString &caller, const QString &domain,
                                                               const QString &domainOwner) const
{
    const auto key = resolveDomain(caller, domain, domainOwner, Access::Read, QStringLiteral("DescribeDomain"));
    if (!key.ok())
        return SandboxOutcome<DomainDescription>::failure(key.error);
    return SandboxOutcome<DomainDescription>::success(describe(m_domains.value(key.value)));
}

SandboxOutcome<QList<RepositorySummary>> SandboxState::listRepositoriesInDomain(
    const QString &caller, const QString &domain, const QString &domainOwner, const QString &administratorAccount,
    const QString &prefix) const
{
    using Result = SandboxOutcome<QList<RepositorySummary>>;
    const auto key = resolveDomain(caller, domain, domainOwner, Access::Read, QStringLiteral("ListRepositoriesInDomain"));
    if (!key.ok())
        return Result::failure(key.error);
    const SandboxDomain &d = m_domains[key.value];
    QList<RepositorySummary> out;
    for (const SandboxRepository &r : d.repositories) {
        if (!administratorAccount.isEmpty() && r.administratorAccount != administratorAccount)
            continue;
        if (!prefix.isEmpty() && !r.name.startsWith(prefix))
            continue;
        out.append(describe(d, r).summary());
    }
    return Result::success(out);
}

QList<RepositorySummary> SandboxState::listRepositories(const QString &caller, const QString &prefix) const
{
    QList<RepositorySummary> out;
    for (const SandboxDomain &d : m_domains) {
        for (const SandboxRepository &r : d.repositories) {
            if (r.administratorAccount != caller)
                continue;
            if (!prefix.isEmpty() && !r.name.startsWith(prefix))
                continue;
            out.append(describe(d, r).summary());
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const RepositorySummary &a, const RepositorySummary &b) {
        if (a.name != b.name)
            return a.name < b.name;
        return a.arn < b.arn;
    });
    return out;
}

SandboxOutcome<RepositoryDescription> SandboxState::describeRepository(const QString &caller, const QString &domain,
                                                                       const QString &domainOwner,
                                                                       const QString &repository) const
{
    using Result = SandboxOutcome<RepositoryDescription>;
    const auto key = resolveDomain(caller, domain, domainOwner, Access::Read, QStringLiteral("DescribeRepository"));
    if (!key.ok())
        return Result::failure(key.error);
    const SandboxDomain &d = m_domains[key.value];
    const auto found = findRepository(d, repository);
    if (!found.ok())
        return Result::failure(found.error);
    return Result::success(describe(d, found.value));
}

SandboxOutcome<SandboxRepository> SandboxState::findRepository(const SandboxDomain &domain, const QString &repository)
{
    const auto it = domain.repositories.constFind(repository);
    if (it == domain.repositories.constEnd())
        return SandboxOutcome<SandboxRepository>::failure(repositoryNotFound(repository, domain.name));
    return SandboxOutcome<SandboxRepository>::success(*it);
}

AwsError SandboxState::checkUpstreams(const SandboxDomain &domain, const QString &repository,
                                      const QStringList &upstreams) const
{
    if (upstreams.size() > maxUpstreamsPerRepository) {
        return quotaExceeded(QStringLiteral("A repository can have at most %1 upstream repositories; %2 were given.")
                                 .arg(maxUpstreamsPerRepository)
                                 .arg(upstreams.size()),
                             repository, QStringLiteral("repository"));
    }
    QStringList seen;
    for (const QString &u : upstreams) {
        if (AwsError e = InputValidator::repositoryName(u, QStringLiteral("upstreams.member.repositoryName")))
            return e.setHttpStatus(400);
        if (u == repository)
            return validation(QStringLiteral("Repository '%1' cannot be its own upstream.").arg(repository),
                              QStringLiteral("FIELD_VALIDATION_FAILED"), QStringLiteral("upstreams"));
        if (seen.contains(u))
            return validation(QStringLiteral("Upstream repository '%1' is listed more than once.").arg(u),
                              QStringLiteral("FIELD_VALIDATION_FAILED"), QStringLiteral("upstreams"));
        seen << u;
        if (!domain.repositories.contains(u))
            return notFound(QStringLiteral("Upstream repository '%1' does not exist in domain '%2'.").arg(u, domain.name),
                            u, QStringLiteral("repository"));
    }
    // No cycles: walking up from each new upstream must never reach `repository`.
    QStringList stack = upstreams;
    QStringList visited;
    while (!stack.isEmpty()) {
        const QString current = stack.takeLast();
        if (current == repository)
            return validation(QStringLiteral("The upstreams of repository '%1' would form a cycle.").arg(repository),
                              QStringLiteral("OTHER"), QStringLiteral("upstreams"));
        if (visited.contains(current))
            continue;
        visited << current;
        stack << domain.repositories.value(current).upstreams;
    }
    return {};
}

AwsError SandboxState::checkTags(const QList<Tag> &tags)
{
    for (const Tag &tag : tags) {
        if (tag.key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive))
            return validation(QStringLiteral("Tag key '%1' is not allowed: tag keys starting with 'aws:' are reserved "
                                             "for AWS use.")
                                  .arg(tag.key),
                              QStringLiteral("FIELD_VALIDATION_FAILED"), QStringLiteral("tags.member.key"));
    }
    return {};
}

AwsError SandboxState::checkEncryptionKey(const QString &encryptionKey)
{
    // KMS's own forms (KMS's API reference, "KeyId"): a key id is a UUID or a multi-Region
    // key's "mrk-" and 32 hex digits; an alias name is "alias/" and letters, digits, "/", "_"
    // and "-"; either may be given as an ARN in any partition.
    static const QString keyId = QStringLiteral("(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                                "[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32})");
    static const QString alias = QStringLiteral("alias/[A-Za-z0-9/_-]{1,250}");
    static const QString arnPrefix = QStringLiteral("arn:aws(?:-[a-z]+)*:kms:[a-z]{2}(?:-[a-z]+)+-[0-9]+:[0-9]{12}:");
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("%1|%2|%3key/%1|%3%2").arg(keyId, alias, arnPrefix)));
    if (pattern.match(encryptionKey).hasMatch())
        return {};
    return validation(QStringLiteral("Encryption key '%1' is not valid: give a KMS key ARN, key ID, alias name "
                                     "(alias/NAME) or alias ARN.")
                          .arg(encryptionKey),
                      QStringLiteral("ENCRYPTION_KEY_ERROR"), QStringLiteral("encryptionKey"));
}

SandboxOutcome<DomainDescription> SandboxState::createDomain(const QString &caller, const QString &domain,
                                                             const QString &encryptionKey, const QList<Tag> &tags)
{
    using Result = SandboxOutcome<DomainDescription>;
    if (!encryptionKey.isEmpty()) {
        if (AwsError e = checkEncryptionKey(encryptionKey))
            return Result::failure(e);
    }
    if (AwsError e = checkTags(tags))
        return Result::failure(e);
    const QString key = domainKey(caller, domain);
    if (m_domains.contains(key))
        return Result::failure(conflict(QStringLiteral("Domain '%1' already exists in account %2.").arg(domain, caller),
                                        domain, QStringLiteral("domain")));
    const auto owned = std::count_if(m_domains.cbegin(), m_domains.cend(),
                                     [&](const SandboxDomain &d) { return d.owner == caller; });
    if (owned >= domainQuotaPerAccount)
        return Result::failure(quotaExceeded(QStringLiteral("Account %1 already has the maximum of %2 domains in %3.")
                                                 .arg(caller)
                                                 .arg(domainQuotaPerAccount)
                                                 .arg(m_region),
                                             domain, QStringLiteral("domain")));
    SandboxDomain d;
    d.name = domain;
    d.owner = caller;
    d.encryptionKey = encryptionKey.isEmpty()
        ? QStringLiteral("arn:aws:kms:%1:%2:alias/aws/codeartifact").arg(m_region, caller)
        : encryptionKey;
    d.tags = tags;
    d.createdTime = now();
    auto next = m_domains;
    next.insert(key, d);
    if (AwsError e = commit(std::move(next)))
        return Result::failure(e);
    return Result::success(describe(d));
}

SandboxOutcome<DomainDescription> SandboxState::deleteDomain(const QString &caller, const QString &domain,
                                                             const QString &domainOwner)
{
    using Result = SandboxOutcome<DomainDescription>;
    const auto key = resolveDomain(caller, domain, domainOwner, Access::Write, QStringLiteral("DeleteDomain"));
    if (!key.ok())
        return Result::failure(key.error);
    const SandboxDomain d = m_domains.value(key.value);
    if (!d.repositories.isEmpty())
        return Result::failure(conflict(QStringLiteral("Domain '%1' cannot be deleted: it still contains %2 repositories.")
                                            .arg(domain)
                                            .arg(d.repositories.size()),
                                        domain, QStringLiteral("domain")));
    auto next = m_domains;
    next.remove(key.value);
    if (AwsError e = commit(std::move(next)))
        return Result::failure(e);
    DomainDescription out = describe(d);
    out.status = QStringLiteral("Deleted");
    return Result::success(out);
}

SandboxOutcome<RepositoryDescription> SandboxState::createRepository(const QString &caller, const QString &domain,
                                                                     const QString &domainOwner,
                                                                     const QString &repository,
                                                                     const QString &description,
                                                                     const QStringList &upstreams,
                                                                     const QList<Tag> &tags)
{
    using Result = SandboxOutcome<RepositoryDescription>;
    if (AwsError e = checkTags(tags))
        return Result::failure(e);
    const auto changed = changeDomain(caller, domain, domainOwner, QStringLiteral("CreateRepository"), [&](SandboxDomain d) {
        if (d.repositories.contains(repository))
            return DomainOutcome::failure(
                conflict(QStringLiteral("Repository '%1' already exists in domain '%2'.").arg(repository, domain),
                         repository, QStringLiteral("repository")));
        if (d.repositories.size() >= repositoryQuotaPerDomain)
            return DomainOutcome::failure(
                quotaExceeded(QStringLiteral("Domain '%1' already has the maximum of %2 repositories.")
                                  .arg(domain)
                                  .arg(repositoryQuotaPerDomain),
                              repository, QStringLiteral("repository")));
        if (AwsError e = checkUpstreams(d, repository, upstreams))
            return DomainOutcome::failure(e);
        SandboxRepository r;
        r.name = repository;
        r.administratorAccount = caller;
        r.description = description;
        r.upstreams = upstreams;
        r.tags = tags;
        r.createdTime = now();
        d.repositories.insert(repository, r);
        return DomainOutcome::success(d);
    });
    if (!changed.ok())
        return Result::failure(changed.error);
    const SandboxDomain &after = changed.value.after;
    return Result::success(describe(after, after.repositories.value(repository)));
}

SandboxOutcome<RepositoryDescription> SandboxState::updateRepository(const QString &caller, const QString &domain,
                                                                     const QString &domainOwner,
                                                                     const QString &repository,
                                                                     const std::optional<QString> &description,
                                                                     const std::optional<QStringList> &upstreams)
{
    return changeRepository(caller, domain, domainOwner, repository, QStringLiteral("UpdateRepository"),
                            [&](const SandboxDomain &d, SandboxRepository r) {
        if (upstreams) {
            if (AwsError e = checkUpstreams(d, repository, *upstreams))
                return RepositoryOutcome::failure(e);
            if (upstreamsExcludeExternalConnection && !upstreams->isEmpty() && !r.externalConnection.isEmpty())
                return RepositoryOutcome::failure(conflict(
                    QStringLiteral("Repository '%1' has the external connection '%2'; a repository can have upstream "
                                   "repositories or an external connection, not both.")
                        .arg(repository, r.externalConnection),
                    repository, QStringLiteral("repository")));
            r.upstreams = *upstreams;
        }
        if (description)
            r.description = *description;
        return RepositoryOutcome::success(r);
    });
}

SandboxOutcome<RepositoryDescription> SandboxState::deleteRepository(const QString &caller, const QString &domain,
                                                                     const QString &domainOwner,
                                                                     const QString &repository)
{
    using Result = SandboxOutcome<RepositoryDescription>;
    const auto changed = changeDomain(caller, domain, domainOwner, QStringLiteral("DeleteRepository"), [&](SandboxDomain d) {
        if (const auto found = findRepository(d, repository); !found.ok())
            return DomainOutcome::failure(found.error);
        // Repositories that use it as an upstream keep its name (keepDanglingUpstreams).
        d.repositories.remove(repository);
        return DomainOutcome::success(d);
    });
    if (!changed.ok())
        return Result::failure(changed.error);
    const SandboxDomain &before = changed.value.before;
    return Result::success(describe(before, before.repositories.value(repository)));
}

SandboxOutcome<RepositoryDescription> SandboxState::associateExternalConnection(const QString &caller,
                                                                                const QString &domain,
                                                                                const QString &domainOwner,
                                                                                const QString &repository,
                                                                                const QString &connection)
{
    return changeRepository(caller, domain, domainOwner, repository, QStringLiteral("AssociateExternalConnection"),
                            [&](const SandboxDomain &, SandboxRepository r) {
        if (!r.externalConnection.isEmpty()) {
            return RepositoryOutcome::failure(conflict(
                QStringLiteral("Repository '%1' already has the external connection '%2'; a repository can have only one.")
                    .arg(repository, r.externalConnection),
                repository, QStringLiteral("repository")));
        }
        if (upstreamsExcludeExternalConnection && !r.upstreams.isEmpty()) {
            return RepositoryOutcome::failure(conflict(
                QStringLiteral("Repository '%1' has upstream repositories; a repository can have upstream repositories "
                               "or an external connection, not both.")
                    .arg(repository),
                repository, QStringLiteral("repository")));
        }
        r.externalConnection = connection;
        return RepositoryOutcome::success(r);
    });
}

SandboxOutcome<RepositoryDescription> SandboxState::disassociateExternalConnection(const QString &caller,
                                                                                   const QString &domain,
                                                                                   const QString &domainOwner,
                                                                                   const QString &repository,
                                                                                   const QString &connection)
{
    return changeRepository(caller, domain, domainOwner, repository, QStringLiteral("DisassociateExternalConnection"),
                            [&](const SandboxDomain &, SandboxRepository r) {
        if (r.externalConnection != connection)
            return RepositoryOutcome::failure(
                notFound(QStringLiteral("External connection '%1' is not associated with repository '%2'.")
                             .arg(connection, repository),
                         repository, QStringLiteral("repository")));
        r.externalConnection.clear();
        return RepositoryOutcome::success(r);
    });
}

SandboxOutcome<SandboxState::DomainChange> SandboxState::changeDomain(const QString &caller, const QString &domain,
                                                                      const QString &domainOwner, const QString &action,
                                                                      const DomainEdit &edit)
{
    using Result = SandboxOutcome<DomainChange>;
    const auto key = resolveDomain(caller, domain, domainOwner, Access::Write, action);
    if (!key.ok())
        return Result::failure(key.error);
    const SandboxDomain before = m_domains.value(key.value);
    const auto after = edit(before);
    if (!after.ok())
        return Result::failure(after.error);
    auto next = m_domains;
    next.insert(key.value, after.value);
    if (AwsError e = commit(std::move(next)))
        return Result::failure(e);
    return Result::success({before, after.value});
}

SandboxOutcome<RepositoryDescription> SandboxState::changeRepository(const QString &caller, const QString &domain,
                                                                     const QString &domainOwner,
                                                                     const QString &repository, const QString &action,
                                                                     const RepositoryEdit &edit)
{
    using Result = SandboxOutcome<RepositoryDescription>;
    const auto changed = changeDomain(caller, domain, domainOwner, action, [&](SandboxDomain d) {
        const auto found = findRepository(d, repository);
        if (!found.ok())
            return DomainOutcome::failure(found.error);
        const auto edited = edit(d, found.value);
        if (!edited.ok())
            return DomainOutcome::failure(edited.error);
        d.repositories.insert(repository, edited.value);
        return DomainOutcome::success(d);
    });
    if (!changed.ok())
        return Result::failure(changed.error);
    const SandboxDomain &after = changed.value.after;
    return Result::success(describe(after, after.repositories.value(repository)));
}

SandboxOutcome<bool> SandboxState::seed(const QList<SandboxDomain> &domains)
{
    using Result = SandboxOutcome<bool>;
    if (!m_domains.isEmpty())
        return Result::success(false);
    QMap<QString, SandboxDomain> next;
    for (const SandboxDomain &d : domains)
        next.insert(domainKey(d.owner, d.name), d);
    if (AwsError e = commit(std::move(next)))
        return Result::failure(e);
    return Result::success(true);
}

AwsError SandboxState::commit(QMap<QString, SandboxDomain> next)
{
    if (!m_stateFile.isEmpty()) {
        const LoadResult written = writeFile(m_stateFile, serialize(next));
        if (!written.ok)
            return internalError(QStringLiteral("The sandbox could not save its state; the change was not made."));
    }
    m_domains = std::move(next);
    return {};
}

QByteArray SandboxState::serialize(const QMap<QString, SandboxDomain> &domains)
{
    QJsonArray list;
    for (const SandboxDomain &d : domains) {
        QJsonObject o;
        o.insert(QLatin1String("name"), d.name);
        o.insert(QLatin1String("owner"), d.owner);
        o.insert(QLatin1String("encryptionKey"), d.encryptionKey);
        o.insert(QLatin1String("createdTimeMs"), d.createdTime.toMSecsSinceEpoch());
        o.insert(QLatin1String("sharedWith"), toArray(d.sharedWith));
        o.insert(QLatin1String("tags"), tagsToArray(d.tags));
        QJsonArray repos;
        for (const SandboxRepository &r : d.repositories) {
            QJsonObject ro;
            ro.insert(QLatin1String("name"), r.name);
            ro.insert(QLatin1String("administratorAccount"), r.administratorAccount);
            ro.insert(QLatin1String("description"), r.description);
            ro.insert(QLatin1String("upstreams"), toArray(r.upstreams));
            ro.insert(QLatin1String("externalConnection"), r.externalConnection);
            if (!r.tags.isEmpty())
                ro.insert(QLatin1String("tags"), tagsToArray(r.tags));
            ro.insert(QLatin1String("createdTimeMs"), r.createdTime.toMSecsSinceEpoch());
            if (r.policy.isSet())
                ro.insert(QLatin1String("policy"), policyToJson(r.policy));
            repos.append(ro);
        }
        o.insert(QLatin1String("repositories"), repos);
        if (d.policy.isSet())
            o.insert(QLatin1String("policy"), policyToJson(d.policy));
        list.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormat);
    root.insert(QLatin1String("version"), kVersion);
    root.insert(QLatin1String("domains"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SandboxState::LoadResult SandboxState::writeFile(const QString &path, const QByteArray &data)
{
    LoadResult result;
    QSaveFile file(path);
    // QSaveFile writes a temporary file beside the target, fsyncs it in commit() and renames it
    // over the target: a reader sees the old file or the new one, never a mix.
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        result.ok = false;
        result.message = QStringLiteral("cannot write state file %1: %2").arg(path, file.errorString());
        return result;
    }
    syncDirectory(path);
    return result;
}

SandboxState::LoadResult SandboxState::save() const
{
    if (m_stateFile.isEmpty())
        return {};
    return writeFile(m_stateFile, serialize(m_domains));
}

SandboxState::LoadResult SandboxState::load()
{
    LoadResult result;
    if (m_stateFile.isEmpty())
        return result;
    QFile file(m_stateFile);
    if (!file.exists()) {
        m_domains.clear();
        result = save();
        result.created = result.ok;
        return result;
    }
    auto corrupt = [&](const QString &why) {
        LoadResult r;
        r.ok = false;
        r.message = QStringLiteral("state file %1 is not a valid sandbox state (%2); refusing to start and leaving "
                                   "the file untouched")
                        .arg(QDir::toNativeSeparators(m_stateFile), why);
        return r;
    };
    if (!file.open(QIODevice::ReadOnly)) {
        result.ok = false;
        result.message = QStringLiteral("cannot read state file %1: %2").arg(QDir::toNativeSeparators(m_stateFile),
                                                                              file.errorString());
        return result;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(QStringLiteral("JSON error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return corrupt(QStringLiteral("the top level is not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return corrupt(QStringLiteral("\"format\" is not \"%1\"").arg(kFormat));
    if (root.value(QLatin1String("version")).toInt() != kVersion)
        return corrupt(QStringLiteral("unsupported version %1").arg(root.value(QLatin1String("version")).toInt()));
    if (!root.value(QLatin1String("domains")).isArray())
        return corrupt(QStringLiteral("\"domains\" is not a list"));

    QMap<QString, SandboxDomain> loaded;
    const QJsonArray domains = root.value(QLatin1String("domains")).toArray();
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const QString where = QStringLiteral("domains[%1]").arg(i);
        if (!domains.at(i).isObject())
            return corrupt(where + QStringLiteral(" is not an object"));
        const QJsonObject o = domains.at(i).toObject();
        SandboxDomain d;
        d.name = o.value(QLatin1String("name")).toString();
        d.owner = o.value(QLatin1String("owner")).toString();
        d.encryptionKey = o.value(QLatin1String("encryptionKey")).toString();
        d.createdTime = QDateTime::fromMSecsSinceEpoch(o.value(QLatin1String("createdTimeMs")).toInteger(), Qt::UTC);
        if (!InputValidator::isDomainName(d.name))
            return corrupt(where + QStringLiteral(": bad domain name '%1'").arg(d.name));
        if (!InputValidator::isAccountId(d.owner))
            return corrupt(where + QStringLiteral(": bad owner '%1'").arg(d.owner));
        if (!o.value(QLatin1String("createdTimeMs")).isDouble())
            return corrupt(where + QStringLiteral(": createdTimeMs is missing"));
        if (!readStringList(o.value(QLatin1String("sharedWith")), &d.sharedWith))
            return corrupt(where + QStringLiteral(": sharedWith is not a list of strings"));
        d.tags = tagsFromArray(o.value(QLatin1String("tags")));
        if (!readPolicy(o.value(QLatin1String("policy")), &d.policy))
            return corrupt(where + QStringLiteral(": policy needs a document and a revision"));
        const QString key = domainKey(d.owner, d.name);
        if (loaded.contains(key))
            return corrupt(where + QStringLiteral(": domain '%1' appears twice").arg(d.name));
        if (!o.value(QLatin1String("repositories")).isArray())
            return corrupt(where + QStringLiteral(": repositories is not a list"));
        const QJsonArray repos = o.value(QLatin1String("repositories")).toArray();
        for (qsizetype j = 0; j < repos.size(); ++j) {
            const QString rwhere = where + QStringLiteral(".repositories[%1]").arg(j);
            const QJsonObject ro = repos.at(j).toObject();
            SandboxRepository r;
            r.name = ro.value(QLatin1String("name")).toString();
            r.administratorAccount = ro.value(QLatin1String("administratorAccount")).toString();
            r.description = ro.value(QLatin1String("description")).toString();
            r.externalConnection = ro.value(QLatin1String("externalConnection")).toString();
            r.createdTime = QDateTime::fromMSecsSinceEpoch(ro.value(QLatin1String("createdTimeMs")).toInteger(), Qt::UTC);
            if (!InputValidator::isRepositoryName(r.name))
                return corrupt(rwhere + QStringLiteral(": bad repository name '%1'").arg(r.name));
            if (!InputValidator::isAccountId(r.administratorAccount))
                return corrupt(rwhere + QStringLiteral(": bad administratorAccount"));
            if (!r.externalConnection.isEmpty() && !ExternalConnections::isSupported(r.externalConnection))
                return corrupt(rwhere + QStringLiteral(": unknown external connection '%1'").arg(r.externalConnection));
            r.tags = tagsFromArray(ro.value(QLatin1String("tags")));
            if (!readStringList(ro.value(QLatin1String("upstreams")), &r.upstreams))
                return corrupt(rwhere + QStringLiteral(": upstreams is not a list of strings"));
            if (!readPolicy(ro.value(QLatin1String("policy")), &r.policy))
                return corrupt(rwhere + QStringLiteral(": policy needs a document and a revision"));
            if (d.repositories.contains(r.name))
                return corrupt(rwhere + QStringLiteral(": repository '%1' appears twice").arg(r.name));
            d.repositories.insert(r.name, r);
        }
        // An upstream name no repository has is kept as it is (keepDanglingUpstreams).
        loaded.insert(key, d);
    }
    m_domains = loaded;
    return result;
}

} // namespace desk
