#pragma once

#include "base/codeartifacttypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace desk {

// A domain as requests name it; domainOwner is optional (empty: the caller's account).
struct DomainRef
{
    QString domain;
    QString domainOwner;
    bool operator==(const DomainRef &) const = default;
};

// A repository as requests name it.
struct RepositoryRef
{
    QString domain;
    QString domainOwner;
    QString repository;
    static RepositoryRef of(const RepositorySummary &r) { return {r.domainName, r.domainOwner, r.name}; }
    DomainRef domainRef() const { return {domain, domainOwner}; }
    QString displayName() const { return domain + u'/' + repository; }
    bool operator==(const RepositoryRef &) const = default;
};

// The members of one call of an operation (base/operations.h), by the API model's member names,
// each a JSON value of its MemberType: a string, a number, or a list of {repositoryName} or
// {key, value} objects. A member that is not set is not sent. The client encodes it into a
// request (AwsRequest::forOperation), the sandbox decodes a request into one, and "Copy as AWS
// CLI command" renders it.
class OperationInput
{
public:
    OperationInput() = default;
    // domain, and domainOwner when it is given.
    static OperationInput forDomain(const DomainRef &domain);
    // domain, domainOwner when it is given, and repository.
    static OperationInput forRepository(const RepositoryRef &repository);

    // Sets a member; an undefined value unsets it.
    OperationInput &set(const QString &member, const QJsonValue &value);
    // Sets a string member unless the value is empty.
    OperationInput &setIfNotEmpty(const QString &member, const QString &value);

    bool has(const QString &member) const { return m_members.contains(member); }
    QJsonValue value(const QString &member) const { return m_members.value(member); }
    QString string(const QString &member) const { return m_members.value(member).toString(); }
    const QJsonObject &members() const { return m_members; }
    bool operator==(const OperationInput &) const = default;

    // The JSON forms of the list members, and back.
    static QJsonValue upstreamsValue(const QStringList &repositoryNames);
    static QStringList upstreamNames(const QJsonValue &value);
    static QJsonValue tagsValue(const QList<Tag> &tags);
    static QList<Tag> tagList(const QJsonValue &value);

private:
    QJsonObject m_members;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::DomainRef)
Q_DECLARE_METATYPE(desk::RepositoryRef)
