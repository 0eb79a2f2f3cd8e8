#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The CodeArtifact shapes the client reads and writes, with every member the API model defines.
// Enum-valued members are strings so that a value newer than this build is kept, not dropped.
// Each shape reads itself from the service's JSON and writes itself back in the same form (the
// sandbox answers with toJson()).

namespace desk {

struct DomainSummary
{
    QString name;
    QString owner;
    QString arn;
    QString status;          // Active | Deleted | newer values
    QDateTime createdTime;   // UTC
    QString encryptionKey;

    static DomainSummary fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    bool operator==(const DomainSummary &) const = default;
};

// DescribeDomain's answer: the summary's members, and the domain's totals.
struct DomainDescription : DomainSummary
{
    std::optional<int> repositoryCount;
    std::optional<qint64> assetSizeBytes;
    QString s3BucketArn;

    static DomainDescription fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    DomainSummary summary() const { return *this; }
    bool operator==(const DomainDescription &) const = default;
};

struct RepositorySummary
{
    QString name;
    QString administratorAccount;
    QString domainName;
    QString domainOwner;
    QString arn;
    QString description;
    QDateTime createdTime;

    static RepositorySummary fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    bool operator==(const RepositorySummary &) const = default;
};

struct UpstreamRepositoryInfo
{
    QString repositoryName;
    bool operator==(const UpstreamRepositoryInfo &) const = default;
};

struct RepositoryExternalConnectionInfo
{
    QString externalConnectionName;
    QString packageFormat;   // npm | pypi | maven | nuget | generic | ruby | swift | cargo | newer
    QString status;          // Available | newer values (compare case-insensitively)

    bool operator==(const RepositoryExternalConnectionInfo &) const = default;
};

// Every repository operation's answer: the summary's members, the upstreams and the external
// connections. A summary the list operations gave is a description with those two unknown.
struct RepositoryDescription : RepositorySummary
{
    QList<UpstreamRepositoryInfo> upstreams;   // in search priority order
    QList<RepositoryExternalConnectionInfo> externalConnections;

    RepositoryDescription() = default;
    explicit RepositoryDescription(const RepositorySummary &summary) : RepositorySummary(summary) {}
    static RepositoryDescription fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    RepositorySummary summary() const { return *this; }
    bool hasExternalConnection(const QString &name) const;
    // The upstreams' names, in search order.
    QStringList upstreamNames() const;
    bool operator==(const RepositoryDescription &) const = default;
};

// A permissions policy (ResourcePolicy): what Get/Put/Delete*PermissionsPolicy answer with. The
// revision is opaque; a Put or Delete that names it is refused when the policy changed since.
struct ResourcePolicy
{
    QString resourceArn;
    QString revision;
    QString document;   // the policy as JSON text, as stored (not reformatted)

    static ResourcePolicy fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    bool operator==(const ResourcePolicy &) const = default;
};

struct Tag
{
    QString key;
    QString value;
    bool operator==(const Tag &) const = default;
};

struct AuthorizationToken
{
    QByteArray token;       // a secret: never logged
    QDateTime expiration;
};

// Who the credentials belong to (STS GetCallerIdentity).
struct CallerIdentity
{
    QString account;
    QString arn;
    QString userId;
};

// Timestamps on the wire: epoch seconds as a JSON number, possibly with a fraction.
QDateTime dateTimeFromEpochJson(const QJsonValue &value);
QJsonValue epochJsonFromDateTime(const QDateTime &time);

} // namespace desk

Q_DECLARE_METATYPE(desk::DomainSummary)
Q_DECLARE_METATYPE(desk::RepositorySummary)
Q_DECLARE_METATYPE(desk::RepositoryDescription)
Q_DECLARE_METATYPE(desk::DomainDescription)
Q_DECLARE_METATYPE(desk::ResourcePolicy)
