#pragma once

#include <QMetaType>
#include <QString>

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
    DomainRef domainRef() const { return {domain, domainOwner}; }
    QString displayName() const { return domain + u'/' + repository; }
    bool operator==(const RepositoryRef &) const = default;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::DomainRef)
Q_DECLARE_METATYPE(desk::RepositoryRef)
