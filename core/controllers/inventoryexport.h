#pragma once

#include "api/awsjob.h"
#include "api/requestratelimiter.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace desk {

class DescribeRepositoriesJob;
class InventoryJob;
class ProfileManager;
struct ActiveProfile;
struct SandboxEndpoint;

// Everything the credentials reach, described: the inventory (every domain's repositories, all
// pages), then DescribeRepository for each (only the description has the upstreams and external
// connections), with maxInFlight requests at a time, slowing down when the service throttles.
// What cannot be read is a failure naming the domain or repository; the rest is still there. The
// job fails only when nothing can be listed.
class InventoryExportJob : public AwsJob
{
    Q_OBJECT

public:
    struct Failure
    {
        QString what;    // "domain acme (owner 111122223333)" or "acme/web (owner 111122223333)"
        AwsError error;
    };

    explicit InventoryExportJob(CodeArtifactClient *client, int maxInFlight = 8, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("DescribeRepository"); }

    // By domain owner, domain, then name.
    QList<RepositoryDescription> repositories() const;
    QList<Failure> failures() const { return m_failures; }
    // What paced the describes (no ceiling; it learns from throttling): for the figures.
    const RequestRateLimiter &rateLimiter() const { return *m_limiter; }

Q_SIGNALS:
    void progressChanged(int described, int total);

protected:
    void run() override;
    void subjobFinished(Job *job) override;

private:
    int m_maxInFlight;
    std::shared_ptr<RequestRateLimiter> m_limiter = std::make_shared<RequestRateLimiter>(0);
    QList<RepositoryRef> m_toDescribe;
    QList<RepositoryDescription> m_described;
    QList<Failure> m_failures;
};

// The export's file formats. JSON: {"repositories": [...]}, each a RepositoryDescription under the
// API's member names as `aws codeartifact describe-repository` prints them, createdTime in ISO
// 8601 UTC. CSV (RFC 4180): one row per repository with the same fields, upstreams and external
// connections joined by spaces.
class InventoryExport
{
    Q_DECLARE_TR_FUNCTIONS(InventoryExport)

public:
    enum class Format { None, Json, Csv };
    // From the file name: .json, .csv, or "-" (JSON on stdout); None for anything else.
    static Format formatFor(const QString &fileName);
    static QByteArray toJson(const QList<RepositoryDescription> &repositories);
    static QByteArray toCsv(const QList<RepositoryDescription> &repositories);
    static QStringList csvColumns();
    // Writes the file whole or not at all (a temporary file renamed over it); "-" writes stdout.
    // Empty on success, else what went wrong, naming the file.
    static QString write(const QString &fileName, const QByteArray &content);
    // The repositories in the file name's format (JSON for "-"), written as write() does.
    static QString save(const QString &fileName, const QList<RepositoryDescription> &repositories);
};

// artifact-desk --export-inventory FILE: waits for the credentials (ProfileManager), exports, and
// reports the exit code: 0 when everything was read, 1 when anything failed (each failure is
// reported, naming the domain or repository, and the rows that were read are still written) or
// the credentials could not be used or the file could not be written.
class InventoryExportRun : public QObject
{
    Q_OBJECT

public:
    InventoryExportRun(CodeArtifactClient *client, QString fileName, QObject *parent = nullptr);

    // Starts when the profile is active (or fails with its error).
    void startWith(ProfileManager *profiles);
    // Starts at once against the sandbox.
    void startWith(const SandboxEndpoint &sandbox);
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int requests) { m_maxInFlight = requests; }

Q_SIGNALS:
    // One line for stderr: what failed and why (never a secret).
    void problem(const QString &line);
    void finished(int exitCode);

private:
    void run();
    void fail(const QString &line);

    CodeArtifactClient *m_client;
    QString m_fileName;
    int m_maxInFlight = 8;
};

} // namespace desk
