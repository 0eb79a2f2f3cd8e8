#include "base/codeartifacttypes.h"

#include <QJsonArray>
#include <QJsonValue>

#include <array>
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

namespace {

void putTime(QJsonObject &o, QLatin1String key, const QDateTime &t)
{
    const QJsonValue v = epochJsonFromDateTime(t);
    if (!v.isUndefined())
        o.insert(key, v);
}

// The text members of a summary shape, and its createdTime: read in one pass over the JSON
// object (looking seven keys up one by one in Qt 6.4's QJsonObject costs as much as parsing the
// text of a 1,000-repository page), written back in the same form.
template <typename Shape>
struct TextMember
{
    QLatin1String key;
    QString Shape::*field;
};

template <typename Shape, size_t N>
Shape readSummary(const QJsonObject &o, const std::array<TextMember<Shape>, N> &members)
{
    Shape shape;
    for (auto it = o.constBegin(), end = o.constEnd(); it != end; ++it) {
        const QString key = it.key();
        if (key == QLatin1String("createdTime")) {
            shape.createdTime = dateTimeFromEpochJson(it.value());
            continue;
        }
        for (const TextMember<Shape> &member : members) {
            if (key == member.key) {
                shape.*(member.field) = it.value().toString();
                break;
            }
        }
    }
    return shape;
}

template <typename Shape, size_t N>
QJsonObject writeSummary(const Shape &shape, const std::array<TextMember<Shape>, N> &members)
{
    QJsonObject o;
    for (const TextMember<Shape> &member : members)
        putIfSet(o, member.key, shape.*(member.field));
    putTime(o, QLatin1String("createdTime"), shape.createdTime);
    return o;
}

const std::array<TextMember<DomainSummary>, 5> kDomainMembers = {{
    {QLatin1String("name"), &DomainSummary::name},
    {QLatin1String("owner"), &DomainSummary::owner},
    {QLatin1String("arn"), &DomainSummary::arn},
    {QLatin1String("status"), &DomainSummary::status},
    {QLatin1String("encryptionKey"), &DomainSummary::encryptionKey},
}};

const std::array<TextMember<RepositorySummary>, 6> kRepositoryMembers = {{
    {QLatin1String("name"), &RepositorySummary::name},
    {QLatin1String("administratorAccount"), &RepositorySummary::administratorAccount},
    {QLatin1String("domainName"), &RepositorySummary::domainName},
    {QLatin1String("domainOwner"), &RepositorySummary::domainOwner},
    {QLatin1String("arn"), &RepositorySummary::arn},
    {QLatin1String("description"), &RepositorySummary::description},
}};

} // namespace

DomainSummary DomainSummary::fromJson(const QJsonObject &o)
{
    return readSummary(o, kDomainMembers);
}

QJsonObject DomainSummary::toJson() const
{
    return writeSummary(*this, kDomainMembers);
}

DomainDescription DomainDescription::fromJson(const QJsonObject &o)
{
    DomainDescription d;
    static_cast<DomainSummary &>(d) = DomainSummary::fromJson(o);
    if (o.value(QLatin1String("repositoryCount")).isDouble())
        d.repositoryCount = o.value(QLatin1String("repositoryCount")).toInt();
    if (o.value(QLatin1String("assetSizeBytes")).isDouble())
        d.assetSizeBytes = o.value(QLatin1String("assetSizeBytes")).toInteger();
    d.s3BucketArn = str(o, QLatin1String("s3BucketArn"));
    return d;
}

QJsonObject DomainDescription::toJson() const
{
    QJsonObject o = DomainSummary::toJson();
    if (repositoryCount)
        o.insert(QLatin1String("repositoryCount"), *repositoryCount);
    if (assetSizeBytes)
        o.insert(QLatin1String("assetSizeBytes"), *assetSizeBytes);
    putIfSet(o, QLatin1String("s3BucketArn"), s3BucketArn);
    return o;
}

RepositorySummary RepositorySummary::fromJson(const QJsonObject &o)
{
    return readSummary(o, kRepositoryMembers);
}

QJsonObject RepositorySummary::toJson() const
{
    return writeSummary(*this, kRepositoryMembers);
}

RepositoryDescription RepositoryDescription::fromJson(const QJsonObject &o)
{
    RepositoryDescription r(RepositorySummary::fromJson(o));
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

QStringList RepositoryDescription::upstreamNames() const
{
    QStringList names;
    names.reserve(upstreams.size());
    for (const UpstreamRepositoryInfo &u : upstreams)
        names << u.repositoryName;
    return names;
}

QJsonObject RepositoryDescription::toJson() const
{
    QJsonObject o = RepositorySummary::toJson();
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

bool RepositoryDescription::hasExternalConnection(const QString &connection) const
{
    for (const RepositoryExternalConnectionInfo &c : externalConnections) {
        if (c.externalConnectionName == connection)
            return true;
    }
    return false;
}

ResourcePolicy ResourcePolicy::fromJson(const QJsonObject &o)
{
    return {str(o, QLatin1String("resourceArn")), str(o, QLatin1String("revision")), str(o, QLatin1String("document"))};
}

QJsonObject ResourcePolicy::toJson() const
{
    QJsonObject o;
    if (!resourceArn.isEmpty())
        o.insert(QLatin1String("resourceArn"), resourceArn);
    if (!revision.isEmpty())
        o.insert(QLatin1String("revision"), revision);
    if (!document.isEmpty())
        o.insert(QLatin1String("document"), document);
    return o;
}

} // namespace desk
