#include "base/codeartifacttypes.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace desk {

namespace {

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

void putIfSet(QJsonObject &o, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QDateTime dateTimeFromEpochJson(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!std::isfinite(seconds))
            return {};
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(seconds * 1000.0)), Qt::UTC);
    }
    if (value.isString()) {
        // Some tools print ISO-8601; accept it rather than lose the value.
        QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return {};
}

QJsonValue epochJsonFromDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Undefined;
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms % 1000 == 0)
        return QJsonValue(static_cast<qint64>(ms / 1000));
    return QJsonValue(static_cast<double>(ms) / 1000.0);
}

static void putTime(QJsonObject &o, QLatin1String key, const QDateTime &t)
{
    const QJsonValue v = epochJsonFromDateTime(t);
    if (!v.isUndefined())
        o.insert(key, v);
}

DomainSummary DomainSummary::fromJson(const QJsonObject &o)
{
    DomainSummary d;
    d.name = str(o, QLatin1String("name"));
    d.owner = str(o, QLatin1String("owner"));
    d.arn = str(o, QLatin1String("arn"));
    d.status = str(o, QLatin1String("status"));
    d.createdTime = dateTimeFromEpochJson(o.value(QLatin1String("createdTime")));
    d.encryptionKey = str(o, QLatin1String("encryptionKey"));
    return d;
}

QJsonObject DomainSummary::toJson() const
{
    QJsonObject o;
    putIfSet(o, QLatin1String("name"), name);
    putIfSet(o, QLatin1String("owner"), owner);
    putIfSet(o, QLatin1String("arn"), arn);
    putIfSet(o, QLatin1String("status"), status);
    putTime(o, QLatin1String("createdTime"), createdTime);
    putIfSet(o, QLatin1String("encryptionKey"), encryptionKey);
    return o;
}

DomainDescription DomainDescription::fromJson(const QJsonObject &o)
{
    const DomainSummary summary = DomainSummary::fromJson(o);
    DomainDescription d;
    d.name = summary.name;
    d.owner = summary.owner;
    d.arn = summary.arn;
    d.status = summary.status;
    d.createdTime = summary.createdTime;
    d.encryptionKey = summary.encryptionKey;
    if (o.value(QLatin1String("repositoryCount")).isDouble())
        d.repositoryCount = o.value(QLatin1String("repositoryCount")).toInt();
    if (o.value(QLatin1String("assetSizeBytes")).isDouble())
        d.assetSizeBytes = o.value(QLatin1String("assetSizeBytes")).toInteger();
    d.s3BucketArn = str(o, QLatin1String("s3BucketArn"));
    return d;
}

QJsonObject DomainDescription::toJson() const
{
    QJsonObject o = summary().toJson();
    if (repositoryCount)
        o.insert(QLatin1String("repositoryCount"), *repositoryCount);
    if (assetSizeBytes)
        o.insert(QLatin1String("assetSizeBytes"), *assetSizeBytes);
    putIfSet(o, QLatin1String("s3BucketArn"), s3BucketArn);
    return o;
}

DomainSummary DomainDescription::summary() const
{
    return DomainSummary{name, owner, arn, status, createdTime, encryptionKey};
}

RepositorySummary RepositorySummary::fromJson(const QJsonObject &o)
{
    // One pass over the members instead of one lookup per field: a 1,000-repository page spends
    // most of its parse time finding keys (see the README's performance section).
    RepositorySummary r;
    for (auto it = o.constBegin(), end = o.constEnd(); it != end; ++it) {
        const QString key = it.key();
        QString *field = nullptr;
        if (key == QLatin1String("name"))
            field = &r.name;
        else if (key == QLatin1String("administratorAccount"))
            field = &r.administratorAccount;
        else if (key == QLatin1String("domainName"))
            field = &r.domainName;
        else if (key == QLatin1String("domainOwner"))
            field = &r.domainOwner;
        else if (key == QLatin1String("arn"))
            field = &r.arn;
        else if (key == QLatin1String("description"))
            field = &r.description;
        else if (key == QLatin1String("createdTime"))
            r.createdTime = dateTimeFromEpochJson(it.value());
        if (field)
            *field = it.value().toString();
    }
    return r;
}

QJsonObject RepositorySummary::toJson() const
{
    QJsonObject o;
    putIfSet(o, QLatin1String("name"), name);
    putIfSet(o, QLatin1String("administratorAccount"), administratorAccount);
    putIfSet(o, QLatin1String("domainName"), domainName);
    putIfSet(o, QLatin1String("domainOwner"), domainOwner);
    putIfSet(o, QLatin1String("arn"), arn);
    putIfSet(o, QLatin1String("description"), description);
    putTime(o, QLatin1String("createdTime"), createdTime);
    return o;
}

RepositoryDescription RepositoryDescription::fromJson(const QJsonObject &o)
{
    const RepositorySummary summary = RepositorySummary::fromJson(o);
    RepositoryDescription r;
    r.name = summary.name;
    r.administratorAccount = summary.administratorAccount;
    r.domainName = summary.domainName;
    r.domainOwner = summary.domainOwner;
    r.arn = summary.arn;
    r.description = summary.description;
    r.createdTime = summary.createdTime;
    const QJsonArray upstreams = o.value(QLatin1String("upstreams")).toArray();
    for (const QJsonValue &u : upstreams)
        r.upstreams.append({u.toObject().value(QLatin1String("repositoryName")).toString()});
    const QJsonArray connections = o.value(QLatin1String("externalConnections")).toArray();
    for (const QJsonValue &c : connections) {
        const QJsonObject co = c.toObject();
        r.externalConnections.append({str(co, QLatin1String("externalConnectionName")),
                                      str(co, QLatin1String("packageFormat")),
                                      str(co, QLatin1String("status"))});
    }
    return r;
}

QJsonObject RepositoryDescription::toJson() const
{
    QJsonObject o = summary().toJson();
    QJsonArray ups;
    for (const UpstreamRepositoryInfo &u : upstreams)
        ups.append(QJsonObject{{QLatin1String("repositoryName"), u.repositoryName}});
    o.insert(QLatin1String("upstreams"), ups);
    QJsonArray conns;
    for (const RepositoryExternalConnectionInfo &c : externalConnections) {
        QJsonObject co;
        putIfSet(co, QLatin1String("externalConnectionName"), c.externalConnectionName);
        putIfSet(co, QLatin1String("packageFormat"), c.packageFormat);
        putIfSet(co, QLatin1String("status"), c.status);
        conns.append(co);
    }
    o.insert(QLatin1String("externalConnections"), conns);
    return o;
}

RepositorySummary RepositoryDescription::summary() const
{
    return RepositorySummary{name, administratorAccount, domainName, domainOwner, arn, description, createdTime};
}

bool RepositoryDescription::hasExternalConnection(const QString &connection) const
{
    for (const RepositoryExternalConnectionInfo &c : externalConnections) {
        if (c.externalConnectionName == connection)
            return true;
    }
    return false;
}

} // namespace desk
