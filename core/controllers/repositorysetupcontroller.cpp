#include "controllers/repositorysetupcontroller.h"

#include "api/domainjobs.h"
#include "api/repositoryjobs.h"
#include "base/inputvalidator.h"
#include "controllers/inventorycontroller.h"
#include "models/inventorymodel.h"

#include <QSet>

namespace desk {

namespace {

bool isLower(QChar c) { return c >= u'a' && c <= u'z'; }
bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isLetter(QChar c) { return isLower(c) || (c >= u'A' && c <= u'Z'); }

// The first character of `name` from position `from` on that `allowed` refuses, quoted; empty: none.
template <typename Allowed>
QString firstRefused(const QString &name, qsizetype from, Allowed allowed)
{
    for (qsizetype i = from; i < name.size(); ++i) {
        if (!allowed(name.at(i)))
            return name.at(i) == u' ' ? RepositorySetupController::tr("a space") : QStringLiteral("\u201c%1\u201d").arg(name.at(i));
    }
    return {};
}

} // namespace

RepositorySetupController::RepositorySetupController(InventoryController *inventory, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
{
}

RepositorySetupController::~RepositorySetupController()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

InventoryController *RepositorySetupController::inventory() const
{
    return m_inventory;
}

QString RepositorySetupController::domainNameProblem(const QString &name)
{
    // service-2.json DomainName: 2 to 50 characters, [a-z][a-z0-9\-]{0,48}[a-z0-9].
    if (name.isEmpty())
        return tr("Enter a name: 2 to 50 lowercase letters, digits and hyphens.");
    if (!isLower(name.front()))
        return tr("A domain name starts with a lowercase letter (a\u2013z).");
    if (const QString bad = firstRefused(name, 1, [](QChar c) { return isLower(c) || isDigit(c) || c == u'-'; }); !bad.isEmpty())
        return tr("A domain name has only lowercase letters, digits and hyphens: %1 is not allowed.").arg(bad);
    if (name.size() < 2)
        return tr("A domain name has at least 2 characters.");
    if (name.size() > 50)
        return tr("A domain name has at most 50 characters; this one has %1.").arg(name.size());
    if (name.back() == u'-')
        return tr("A domain name ends with a letter or a digit, not a hyphen.");
    if (!InputValidator::isDomainName(name))
        return tr("The name does not fit the service's pattern [a-z][a-z0-9-]{0,48}[a-z0-9].");
    return {};
}

QString RepositorySetupController::repositoryNameProblem(const QString &name)
{
    // service-2.json RepositoryName: 2 to 100 characters, [A-Za-z0-9][A-Za-z0-9._\-]{1,99}.
    if (name.isEmpty())
        return tr("Enter a name: 2 to 100 letters, digits, dots, hyphens and underscores.");
    if (!isLetter(name.front()) && !isDigit(name.front()))
        return tr("A repository name starts with a letter or a digit.");
    if (const QString bad = firstRefused(name, 1, [](QChar c) {
            return isLetter(c) || isDigit(c) || c == u'.' || c == u'_' || c == u'-';
        });
        !bad.isEmpty())
        return tr("A repository name has only letters, digits, dots, hyphens and underscores: %1 is not allowed.").arg(bad);
    if (name.size() < 2)
        return tr("A repository name has at least 2 characters.");
    if (name.size() > 100)
        return tr("A repository name has at most 100 characters; this one has %1.").arg(name.size());
    if (!InputValidator::isRepositoryName(name))
        return tr("The name does not fit the service's pattern [A-Za-z0-9][A-Za-z0-9._-]{1,99}.");
    return {};
}

bool RepositorySetupController::isRepositoryNameTaken(const DomainRef &domain, const QString &name) const
{
    return m_inventory->model()->repositoryIndex(RepositoryRef{domain.domain, domain.domainOwner, name}).isValid();
}

QStringList RepositorySetupController::repositoriesOf(const DomainRef &domain) const
{
    const InventoryModel *model = m_inventory->model();
    const QModelIndex parent = model->domainIndex(domain.domainOwner, domain.domain);
    QStringList names;
    if (!parent.isValid())
        return names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (child.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>() == InventoryModel::ItemKind::Repository)
            names << child.data(Qt::DisplayRole).toString();
    }
    return names;
}

UpstreamGraph RepositorySetupController::graphOf(const DomainRef &domain) const
{
    const InventoryModel *model = m_inventory->model();
    const QModelIndex parent = model->domainIndex(domain.domainOwner, domain.domain);
    UpstreamGraph graph;
    for (int row = 0; parent.isValid() && row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        const QVariant upstreams = child.data(InventoryModel::UpstreamsRole);
        if (upstreams.isValid()) {
            graph.setRepository(child.data(Qt::DisplayRole).toString(),
                                child.data(InventoryModel::ExternalConnectionRole).toString(), upstreams.toStringList());
        }
    }
    return graph;
}

int RepositorySetupController::undescribedIn(const DomainRef &domain) const
{
    return int(m_inventory->model()->domainUpstreams(domain).unknown.size());
}

QStringList RepositorySetupController::cycleWith(const DomainRef &domain, const QString &repository,
                                                 const QStringList &upstreams) const
{
    UpstreamGraph graph = graphOf(domain);
    graph.setRepository(repository, graph.externalConnectionOf(repository), upstreams);
    return graph.cycleThrough(repository);
}

QList<RepositorySetupController::Downstream> RepositorySetupController::deleteImpact(const RepositoryRef &repository) const
{
    const UpstreamGraph before = graphOf(repository.domainRef());
    // Without it: the others keep its name, which leads nowhere.
    UpstreamGraph after = before;
    after.setRepository(repository.repository, {}, {});
    const QStringList direct = before.usersOf(repository.repository);
    QList<Downstream> out;
    for (const QString &name : before.downstreamOf(repository.repository)) {
        QSet<QString> still;
        for (const UpstreamReach &reach : after.reachesFrom(name).registries)
            still.insert(reach.connection);
        Downstream d{name, direct.contains(name), {}};
        for (const UpstreamReach &reach : before.reachesFrom(name).registries) {
            if (!still.contains(reach.connection))
                d.loses << reach.connection;
        }
        out << d;
    }
    return out;
}

template <typename J, typename Done>
void RepositorySetupController::run(J *job, Done done)
{
    m_job = job;
    Q_EMIT busyChanged(true);
    connect(job, &Job::finished, this, [this, job, done] {
        m_job = nullptr;
        const AwsError error = job->error();
        if (error)
            Q_EMIT failed(error);
        else
            done(job);
        Q_EMIT busyChanged(false);
    });
    job->start();
    Q_EMIT requestSent(job->request());
}

void RepositorySetupController::createDomain(const QString &name, const QString &encryptionKey)
{
    if (isBusy())
        return;
    run(new CreateDomainJob(m_inventory->client(), name, encryptionKey.trimmed(), {}, this), [this](CreateDomainJob *job) {
        const DomainDescription domain = job->domain();
        m_inventory->model()->addDomain(domain.summary());
        Q_EMIT domainCreated(domain);
    });
}

void RepositorySetupController::createRepository(const RepositoryRef &repository, const QString &description,
                                                 const QStringList &upstreams)
{
    if (isBusy())
        return;
    run(new CreateRepositoryJob(m_inventory->client(), repository, CreateRepositoryInput{description, upstreams, {}}, this),
        [this](CreateRepositoryJob *job) {
            m_inventory->applyRepository(job->repository());
            Q_EMIT repositoryCreated(job->repository());
        });
}

void RepositorySetupController::updateRepository(const RepositoryRef &repository, const QString &description,
                                                 const QStringList &upstreams)
{
    if (isBusy())
        return;
    run(new UpdateRepositoryJob(m_inventory->client(), repository, description, upstreams, this),
        [this](UpdateRepositoryJob *job) {
            m_inventory->applyRepository(job->repository());
            Q_EMIT repositoryUpdated(job->repository());
        });
}

void RepositorySetupController::deleteRepository(const RepositoryRef &repository)
{
    if (isBusy())
        return;
    run(new DeleteRepositoryJob(m_inventory->client(), repository, this), [this, repository](DeleteRepositoryJob *job) {
        m_inventory->model()->removeRepository(repository);
        Q_EMIT repositoryDeleted(job->repository());
    });
}

void RepositorySetupController::deleteDomain(const DomainRef &domain)
{
    if (isBusy())
        return;
    run(new DeleteDomainJob(m_inventory->client(), domain, this), [this, domain](DeleteDomainJob *) {
        m_inventory->model()->removeDomain(domain);
        Q_EMIT domainDeleted(domain);
    });
}

} // namespace desk
