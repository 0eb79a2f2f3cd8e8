#pragma once

#include "base/awserror.h"
#include "base/awsrequest.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"
#include "base/upstreamgraph.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace desk {

class InventoryController;
class Job;

// Setting up domains and repositories: create a domain, create, edit and delete a repository,
// delete a domain. Each runs its one job (CreateDomain, CreateRepository, UpdateRepository,
// DeleteRepository, DeleteDomain) and puts the service's answer into the inventory in place: a
// row is added, replaced or removed, never a reload. What the dialogs need to know before
// anything is sent comes from here too, read from the inventory: whether a name fits the API
// model's pattern, whether the domain already has it, a cycle the edited upstreams would make,
// and what the repositories that use one would lose with it. Those are hints to the admin; the
// service judges, and its answer is what is shown.
class RepositorySetupController : public QObject
{
    Q_OBJECT

public:
    // A repository's direct upstreams at most (the service's quota).
    static constexpr int kMaxUpstreams = 10;

    explicit RepositorySetupController(InventoryController *inventory, QObject *parent = nullptr);
    ~RepositorySetupController() override;

    InventoryController *inventory() const;
    bool isBusy() const { return !m_job.isNull(); }

    // Why a name does not fit the API model's DomainName / RepositoryName (pattern and length),
    // as one sentence; empty when it fits.
    static QString domainNameProblem(const QString &name);
    static QString repositoryNameProblem(const QString &name);
    // Whether the inventory has a repository of that name in the domain.
    bool isRepositoryNameTaken(const DomainRef &domain, const QString &name) const;
    // The domain's repositories as the inventory lists them (the upstreams one can choose).
    QStringList repositoriesOf(const DomainRef &domain) const;
    // The domain's upstream relations and external connections, as far as they are described.
    UpstreamGraph graphOf(const DomainRef &domain) const;
    // The domain's repositories whose upstreams are not known yet.
    int undescribedIn(const DomainRef &domain) const;
    // The cycle `repository` would be on with `upstreams` (the others as described), as a path
    // ("release", "web-frontend", "release"); empty: none known.
    QStringList cycleWith(const DomainRef &domain, const QString &repository, const QStringList &upstreams) const;

    // What deleting a repository takes from the repositories that search it.
    struct Downstream
    {
        QString repository;
        bool direct = false;    // it names the repository as an upstream (it keeps a dangling name)
        QStringList loses;      // public registries it reaches now and would not reach without it
    };
    QList<Downstream> deleteImpact(const RepositoryRef &repository) const;

public Q_SLOTS:
    void createDomain(const QString &name, const QString &encryptionKey);
    void createRepository(const desk::RepositoryRef &repository, const QString &description, const QStringList &upstreams);
    // One UpdateRepository with the description and the whole upstream list as edited.
    void updateRepository(const desk::RepositoryRef &repository, const QString &description, const QStringList &upstreams);
    void deleteRepository(const desk::RepositoryRef &repository);
    void deleteDomain(const desk::DomainRef &domain);

Q_SIGNALS:
    void busyChanged(bool busy);
    // A request went out (for "Copy as AWS CLI command" of the last action).
    void requestSent(const desk::AwsRequest &request);
    void domainCreated(const desk::DomainDescription &domain);
    void domainDeleted(const desk::DomainRef &domain);
    void repositoryCreated(const desk::RepositoryDescription &repository);
    void repositoryUpdated(const desk::RepositoryDescription &repository);
    void repositoryDeleted(const desk::RepositoryDescription &repository);
    // The request the admin asked for failed; the inventory is as it was.
    void failed(const desk::AwsError &error);

private:
    template <typename J, typename Done>
    void run(J *job, Done done);

    QPointer<InventoryController> m_inventory;
    QPointer<Job> m_job;
};

} // namespace desk
