#include "base/operationinputs.h"

#include <QJsonArray>

namespace desk {

OperationInput OperationInput::forDomain(const DomainRef &domain)
{
    OperationInput input;
    input.set(QStringLiteral("domain"), domain.domain);
    input.setIfNotEmpty(QStringLiteral("domainOwner"), domain.domainOwner);
    return input;
}

OperationInput OperationInput::forRepository(const RepositoryRef &repository)
{
    OperationInput input = forDomain(repository.domainRef());
    input.set(QStringLiteral("repository"), repository.repository);
    return input;
}

OperationInput &OperationInput::set(const QString &member, const QJsonValue &value)
{
    if (value.isUndefined())
        m_members.remove(member);
    else
        m_members.insert(member, value);
    return *this;
}

OperationInput &OperationInput::setIfNotEmpty(const QString &member, const QString &value)
{
    if (!value.isEmpty())
        m_members.insert(member, value);
    return *this;
}

QJsonValue OperationInput::upstreamsValue(const QStringList &repositoryNames)
{
    QJsonArray list;
    for (const QString &name : repositoryNames)
        list.append(QJsonObject{{QLatin1String("repositoryName"), name}});
    return list;
}

QStringList OperationInput::upstreamNames(const QJsonValue &value)
{
    QStringList names;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &upstream : list)
        names << upstream.toObject().value(QLatin1String("repositoryName")).toString();
    return names;
}

QJsonValue OperationInput::tagsValue(const QList<Tag> &tags)
{
    QJsonArray list;
    for (const Tag &tag : tags)
        list.append(QJsonObject{{QLatin1String("key"), tag.key}, {QLatin1String("value"), tag.value}});
    return list;
}

QList<Tag> OperationInput::tagList(const QJsonValue &value)
{
    QList<Tag> tags;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &tag : list) {
        const QJsonObject o = tag.toObject();
        tags.append({o.value(QLatin1String("key")).toString(), o.value(QLatin1String("value")).toString()});
    }
    return tags;
}

} // namespace desk
