#pragma once

#include "base/awserror.h"
#include "base/codeartifacttypes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace desk {

// A value or the service error that stands in for it.
template <typename T>
struct SandboxOutcome
{
    AwsError error;
    T value{};

    bool ok() const { return !error.isError(); }
    static SandboxOutcome failure(AwsError e) { return SandboxOutcome{std::move(e), T{}}; }
    static SandboxOutcome success(T v) { return SandboxOutcome{AwsError(), std::move(v)}; }
};

// A permissions policy as the sandbox keeps it: the document as it was sent and its revision,
// which changes on every put. No revision: no policy.
struct SandboxPolicy
{
    QString document;
    QString revision;

    bool isSet() const { return !revision.isEmpty(); }
    bool operator==(const SandboxPolicy &) const = default;
};

struct SandboxRepository
{
    QString name;
    QString administratorAccount;
    QString description;
    QStringList upstreams;        // search order
    QString externalConnection;   // empty: none (the service allows at most one)
    QList<Tag> tags;              // as CreateRepository gave them
    QDateTime createdTime;
    SandboxPolicy policy;         // PutRepositoryPermissionsPolicy's (sandboxpolicies.h)

    bool operator==(const SandboxRepository &) const = default;
};

struct SandboxDomain
{
    QString name;
    QString owner;
    QString encryptionKey;
    QStringList sharedWith;       // other accounts a domain policy lets read this domain
    QList<Tag> tags;
    QDateTime createdTime;
    SandboxPolicy policy;         // PutDomainPermissionsPolicy's (sandboxpolicies.h)
    QMap<QString, SandboxRepository> repositories;  // by name

    bool operator==(const SandboxDomain &) const = default;
};

// The sandbox's domains and repositories, the service's rules over them, and their JSON file.
// Every mutation is applied to a copy, written to the state file (atomically, fsync'ed), and
// only then made current: a change that could not be saved is not made, and the caller gets an
// InternalServerException instead of an acknowledgement.
//
// Each operation takes the calling account. Inputs are assumed to have passed InputValidator
// (the server checks the wire fields); the rules here are the ones that depend on state.
class SandboxState
{
public:
    // The documented behavioural choices, each in one place.
    static constexpr int domainQuotaPerAccount = 10;
    static constexpr int repositoryQuotaPerDomain = 1000;
    static constexpr int maxUpstreamsPerRepository = 10;
    // The service's docs call upstreams and an external connection alternatives; the sandbox
    // refuses a repository that would have both (ConflictException), whichever comes second.
    static constexpr bool upstreamsExcludeExternalConnection = true;
    // A repository other repositories use as an upstream can be deleted, as in AWS: the
    // downstream repositories keep its name in their upstream lists (a dangling upstream), and
    // a state file with such a name loads.
    static constexpr bool keepDanglingUpstreams = true;

    struct LoadResult
    {
        bool ok = true;
        bool created = false;   // the file did not exist and was created
        QString message;        // names the file and what is wrong with it
    };

    SandboxState(QString region, QString stateFile = {});

    // Reads the state file; creates it (empty) when absent. A file that cannot be parsed or
    // breaks the rules is refused and left as it is.
    LoadResult load();
    // Writes the current state (a no-op without a state file).
    LoadResult save() const;
    // Replaces an empty state (no domains) with the given domains and saves. The value says
    // whether it did: a state that already has domains is left alone (false, no error).
    SandboxOutcome<bool> seed(const QList<SandboxDomain> &domains);

    const QString &stateFile() const { return m_stateFile; }
    const QString &region() const { return m_region; }
    const QMap<QString, SandboxDomain> &domains() const { return m_domains; }
    bool isEmpty() const { return m_domains.isEmpty(); }

    // Reads
    QList<DomainSummary> listDomains(const QString &caller) const;
    SandboxOutcome<DomainDescription> describeDomain(const QString &caller, const QString &domain,
                                                     const QString &domainOwner) const;
    SandboxOutcome<QList<RepositorySummary>> listRepositoriesInDomain(const QString &caller, const QString &domain,
                                                                      const QString &domainOwner,
                                                                      const QString &administratorAccount,
                                                                      const QString &prefix) const;
    QList<RepositorySummary> listRepositories(const QString &caller, const QString &prefix) const;
    SandboxOutcome<RepositoryDescription> describeRepository(const QString &caller, const QString &domain,
                                                             const QString &domainOwner, const QString &repository) const;

    // Mutations
    SandboxOutcome<DomainDescription> createDomain(const QString &caller, const QString &domain,
                                                   const QString &encryptionKey, const QList<Tag> &tags);
    SandboxOutcome<DomainDescription> deleteDomain(const QString &caller, const QString &domain,
                                                   const QString &domainOwner);
    SandboxOutcome<RepositoryDescription> createRepository(const QString &caller, const QString &domain,
                                                           const QString &domainOwner, const QString &repository,
                                                           const QString &description, const QStringList &upstreams,
                                                           const QList<Tag> &tags);
    SandboxOutcome<RepositoryDescription> updateRepository(const QString &caller, const QString &domain,
                                                           const QString &domainOwner, const QString &repository,
                                                           const std::optional<QString> &description,
                                                           const std::optional<QStringList> &upstreams);
    SandboxOutcome<RepositoryDescription> deleteRepository(const QString &caller, const QString &domain,
                                                           const QString &domainOwner, const QString &repository);
    SandboxOutcome<RepositoryDescription> associateExternalConnection(const QString &caller, const QString &domain,
                                                                      const QString &domainOwner,
                                                                      const QString &repository,
                                                                      const QString &connection);
    SandboxOutcome<RepositoryDescription> disassociateExternalConnection(const QString &caller, const QString &domain,
                                                                         const QString &domainOwner,
                                                                         const QString &repository,
                                                                         const QString &connection);

    // The domain as it is, after the checks a read makes (it exists, the caller may read it);
    // `action` is the operation a refusal names.
    SandboxOutcome<SandboxDomain> readDomain(const QString &caller, const QString &domain, const QString &domainOwner,
                                             const QString &action) const;

    // The ARNs the service uses.
    QString domainArn(const QString &owner, const QString &domain) const;
    QString repositoryArn(const QString &owner, const QString &domain, const QString &repository) const;

    DomainDescription describe(const SandboxDomain &domain) const;
    RepositoryDescription describe(const SandboxDomain &domain, const SandboxRepository &repository) const;

    // Errors the rules produce, with the service's codes, statuses and resource fields.
    static AwsError notFound(const QString &message, const QString &resourceId, const QString &resourceType);
    static AwsError repositoryNotFound(const QString &repository, const QString &domain);
    static AwsError conflict(const QString &message, const QString &resourceId, const QString &resourceType);
    static AwsError quotaExceeded(const QString &message, const QString &resourceId, const QString &resourceType);
    static AwsError accessDenied(const QString &message);
    static AwsError validation(const QString &message, const QString &reason, const QString &field = {});
    static AwsError internalError(const QString &message);

    // The service's rules on members the model only bounds (ValidationException, or none):
    // a tag key starting with "aws:" (in any case) is reserved for AWS;
    static AwsError checkTags(const QList<Tag> &tags);
    // a domain's encryption key is a KMS key ARN, key id (UUID or mrk-...), alias (alias/NAME)
    // or alias ARN.
    static AwsError checkEncryptionKey(const QString &encryptionKey);

    static QString domainKey(const QString &owner, const QString &name) { return owner + u'/' + name; }

    // The shape of every change inside an existing domain, public so that a new operation's
    // handler can state its rule with it: resolve the domain for writing, let
    // `edit` check the rules against the domain as it is and return it as it will be, commit, and
    // hand back both (an answer describes one or the other).
    struct DomainChange
    {
        SandboxDomain before;
        SandboxDomain after;
    };
    using DomainOutcome = SandboxOutcome<SandboxDomain>;
    using DomainEdit = std::function<DomainOutcome(SandboxDomain domain)>;
    SandboxOutcome<DomainChange> changeDomain(const QString &caller, const QString &domain, const QString &domainOwner,
                                              const QString &action, const DomainEdit &edit);
    // The same for one repository that must exist (ResourceNotFoundException otherwise): `edit`
    // gets the domain and a copy of the repository and returns the repository as it will be. The
    // answer describes the repository after the change.
    using RepositoryOutcome = SandboxOutcome<SandboxRepository>;
    using RepositoryEdit = std::function<RepositoryOutcome(const SandboxDomain &domain, SandboxRepository repository)>;
    SandboxOutcome<RepositoryDescription> changeRepository(const QString &caller, const QString &domain,
                                                           const QString &domainOwner, const QString &repository,
                                                           const QString &action, const RepositoryEdit &edit);
private:
    enum class Access { Read, Write };
    // Finds the domain (domainOwner empty: the caller's) and checks the caller may use it.
    SandboxOutcome<QString> resolveDomain(const QString &caller, const QString &domain, const QString &domainOwner,
                                          Access access, const QString &action) const;
    // The repository in the domain, or ResourceNotFoundException.
    static SandboxOutcome<SandboxRepository> findRepository(const SandboxDomain &domain, const QString &repository);
    AwsError checkUpstreams(const SandboxDomain &domain, const QString &repository, const QStringList &upstreams) const;

    // Saves `next` and makes it current, or leaves everything as it was.
    AwsError commit(QMap<QString, SandboxDomain> next);
    static QByteArray serialize(const QMap<QString, SandboxDomain> &domains);
    static LoadResult writeFile(const QString &path, const QByteArray &data);

    QString m_region;
    QString m_stateFile;
    QMap<QString, SandboxDomain> m_domains;   // by domainKey(owner, name)
};

} // namespace desk
