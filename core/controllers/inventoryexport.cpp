#include "controllers/inventoryexport.h"

#include "api/describerepositoriesjob.h"
#include "api/paginatedjobs.h"
#include "aws/sandboxendpoint.h"
#include "credentials/profilemanager.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

namespace desk {

namespace {

QString ownerText(const QString &owner)
{
    return owner.isEmpty() ? QString() : QStringLiteral(" (owner %1)").arg(owner);
}

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QStringList connectionNames(const RepositoryDescription &r)
{
    QStringList names;
    for (const RepositoryExternalConnectionInfo &c : r.externalConnections)
        names << c.externalConnectionName;
    return names;
}

} // namespace

InventoryExportJob::InventoryExportJob(CodeArtifactClient *client, int maxInFlight, QObject *parent)
    : AwsJob(client, parent)
    , m_maxInFlight(qMax(1, maxInFlight))
{
}

QList<RepositoryDescription> InventoryExportJob::repositories() const
{
    QList<RepositoryDescription> sorted = m_described;
    std::sort(sorted.begin(), sorted.end(), [](const RepositoryDescription &a, const RepositoryDescription &b) {
        return std::tie(a.domainOwner, a.domainName, a.name) < std::tie(b.domainOwner, b.domainName, b.name);
    });
    return sorted;
}

void InventoryExportJob::run()
{
    auto *inventory = new InventoryJob(client());
    connect(inventory, &InventoryJob::domainFailed, this, [this](const DomainSummary &domain, const AwsError &error) {
        m_failures.append({tr("domain %1%2").arg(domain.name, ownerText(domain.owner)), error});
    });
    startSubjob(inventory);
}

void InventoryExportJob::subjobFinished(Job *job)
{
    if (auto *inventory = qobject_cast<InventoryJob *>(job)) {
        if (inventory->error()) {
            finishWith(inventory->error());
            return;
        }
        for (const DomainSummary &domain : inventory->domains()) {
            for (const RepositorySummary &repository : inventory->repositories(domain))
                m_toDescribe.append(RepositoryRef::of(repository));
        }
        Q_EMIT progressChanged(0, int(m_toDescribe.size()));
        if (m_toDescribe.isEmpty()) {
            finishWith();
            return;
        }
        auto *describe = new DescribeRepositoriesJob(client(), m_toDescribe, m_maxInFlight);
        // Asked for: as fast as the service allows, slowing down when it throttles.
        describe->setRateLimiter(m_limiter);
        connect(describe, &DescribeRepositoriesJob::repositoryDescribed, this, [this](const RepositoryDescription &r) {
            m_described.append(r);
            Q_EMIT progressChanged(int(m_described.size()), int(m_toDescribe.size()));
        });
        connect(describe, &DescribeRepositoriesJob::repositoryFailed, this,
                [this](const RepositoryRef &r, const AwsError &error) {
                    m_failures.append({QStringLiteral("%1/%2%3").arg(r.domain, r.repository, ownerText(r.domainOwner)), error});
                });
        startSubjob(describe);
        return;
    }
    finishWith(job->error());
}

InventoryExport::Format InventoryExport::formatFor(const QString &fileName)
{
    if (fileName == QLatin1String("-") || fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return Format::None;
}

QByteArray InventoryExport::toJson(const QList<RepositoryDescription> &repositories)
{
    QJsonArray list;
    for (const RepositoryDescription &r : repositories) {
        QJsonObject o = r.toJson();
        // As the AWS CLI prints it: a date, not the wire's seconds since the epoch.
        if (r.createdTime.isValid())
            o.insert(QStringLiteral("createdTime"), timestamp(r.createdTime));
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("repositories"), list}}).toJson(QJsonDocument::Indented);
}

QStringList InventoryExport::csvColumns()
{
    return {QStringLiteral("name"),        QStringLiteral("domainName"), QStringLiteral("domainOwner"),
            QStringLiteral("administratorAccount"), QStringLiteral("description"), QStringLiteral("arn"),
            QStringLiteral("upstreams"),   QStringLiteral("externalConnections"), QStringLiteral("createdTime")};
}

QByteArray InventoryExport::toCsv(const QList<RepositoryDescription> &repositories)
{
    QByteArray out = csvColumns().join(u',').toUtf8() + "\r\n";
    for (const RepositoryDescription &r : repositories) {
        const QStringList fields{r.name,
                                 r.domainName,
                                 r.domainOwner,
                                 r.administratorAccount,
                                 r.description,
                                 r.arn,
                                 r.upstreamNames().join(u' '),
                                 connectionNames(r).join(u' '),
                                 timestamp(r.createdTime)};
        QByteArrayList row;
        for (const QString &field : fields)
            row << csvField(field);
        out += row.join(',') + "\r\n";
    }
    return out;
}

QString InventoryExport::write(const QString &fileName, const QByteArray &content)
{
    if (fileName == QLatin1String("-")) {
        const size_t written = std::fwrite(content.constData(), 1, size_t(content.size()), stdout);
        std::fflush(stdout);
        return written == size_t(content.size()) ? QString() : tr("The inventory could not be written to stdout.");
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    file.write(content);
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    return {};
}

QString InventoryExport::save(const QString &fileName, const QList<RepositoryDescription> &repositories)
{
    return write(fileName, formatFor(fileName) == Format::Csv ? toCsv(repositories) : toJson(repositories));
}

InventoryExportRun::InventoryExportRun(CodeArtifactClient *client, QString fileName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_fileName(std::move(fileName))
{
}

void InventoryExportRun::startWith(ProfileManager *profiles)
{
    connect(profiles, &ProfileManager::activated, this,
            [this](const ActiveProfile &profile) {
                ProfileManager::applyTo(profile, m_client);
                run();
            },
            Qt::SingleShotConnection);
    connect(profiles, &ProfileManager::activationFailed, this,
            [this](const QString &, const AwsError &error) { fail(error.userMessage()); }, Qt::SingleShotConnection);
    profiles->activateInitial();
}

void InventoryExportRun::startWith(const SandboxEndpoint &sandbox)
{
    m_client->setCredentialsProvider(sandbox.credentials);
    m_client->setRegion(sandbox.region);
    m_client->setEndpointOverride(sandbox.url);
    m_client->setStsEndpointOverride(sandbox.url);
    QMetaObject::invokeMethod(this, &InventoryExportRun::run, Qt::QueuedConnection);
}

void InventoryExportRun::fail(const QString &line)
{
    Q_EMIT problem(line);
    Q_EMIT finished(1);
}

void InventoryExportRun::run()
{
    auto *job = new InventoryExportJob(m_client, m_maxInFlight, this);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            fail(InventoryExport::tr("The inventory could not be listed: %1").arg(job->error().userMessage()));
            return;
        }
        for (const InventoryExportJob::Failure &failure : job->failures())
            Q_EMIT problem(InventoryExport::tr("%1 could not be read: %2").arg(failure.what, failure.error.userMessage()));
        if (const QString error = InventoryExport::save(m_fileName, job->repositories()); !error.isEmpty()) {
            fail(error);
            return;
        }
        Q_EMIT finished(job->failures().isEmpty() ? 0 : 1);
    });
    job->start();
}

} // namespace desk
