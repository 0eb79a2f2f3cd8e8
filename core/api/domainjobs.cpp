#include "api/domainjobs.h"

#include "base/inputvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace desk {

ByteArrayPairs domainQuery(const DomainRef &domain)
{
    ByteArrayPairs query{{QByteArrayLiteral("domain"), domain.domain.toUtf8()}};
    if (!domain.domainOwner.isEmpty())
        query.append({QByteArrayLiteral("domain-owner"), domain.domainOwner.toUtf8()});
    return query;
}

AwsError validateDomainRef(const DomainRef &domain)
{
    if (AwsError e = InputValidator::domainName(domain.domain))
        return e;
    return InputValidator::optionalAccountId(domain.domainOwner);
}

AwsError requireObject(const QJsonObject &object, QLatin1String key, QJsonObject *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isObject())
        return AwsError(AwsError::Kind::BadResponse,
                        QCoreApplication::translate("AwsRequestJob", "the response has no \"%1\" object").arg(key));
    *out = value.toObject();
    return {};
}

ListDomainsJob::ListDomainsJob(CodeArtifactClient *client, int maxResults, const QString &nextToken, QObject *parent)
    : AwsRequestJob(client, parent)
    , m_maxResults(maxResults)
    , m_requestToken(nextToken)
{
}

AwsRequest ListDomainsJob::buildRequest() const
{
    AwsRequest r;
    r.operation = QStringLiteral("ListDomains");
    r.method = "POST";
    r.path = "/v1/domains";
    QJsonObject body;
    if (m_maxResults > 0)
        body.insert(QLatin1String("maxResults"), m_maxResults);
    if (!m_requestToken.isEmpty())
        body.insert(QLatin1String("nextToken"), m_requestToken);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    r.target = QStringLiteral("all domains");
    return r;
}

AwsError ListDomainsJob::validate() const
{
    if (m_maxResults != 0)
        if (AwsError e = InputValidator::maxResults(m_maxResults))
            return e;
    if (!m_requestToken.isEmpty())
        return InputValidator::paginationToken(m_requestToken);
    return {};
}

AwsError ListDomainsJob::parseJson(const QJsonObject &object)
{
    const QJsonValue domains = object.value(QLatin1String("domains"));
    if (!domains.isArray() && !domains.isUndefined())
        return AwsError(AwsError::Kind::BadResponse, tr("\"domains\" is not a list"));
    const QJsonArray array = domains.toArray();
    m_domains.reserve(array.size());
    for (const QJsonValue &d : array)
        m_domains.append(DomainSummary::fromJson(d.toObject()));
    m_nextToken = object.value(QLatin1String("nextToken")).toString();
    return {};
}

AwsError DomainResultJob::parseJson(const QJsonObject &object)
{
    QJsonObject domain;
    if (AwsError e = requireObject(object, QLatin1String("domain"), &domain))
        return e;
    m_result = DomainDescription::fromJson(domain);
    return {};
}

DescribeDomainJob::DescribeDomainJob(CodeArtifactClient *client, const DomainRef &domain, QObject *parent)
    : DomainResultJob(client, parent)
    , m_domain(domain)
{
}

AwsRequest DescribeDomainJob::buildRequest() const
{
    AwsRequest r;
    r.operation = QStringLiteral("DescribeDomain");
    r.method = "GET";
    r.path = "/v1/domain";
    r.query = domainQuery(m_domain);
    r.target = m_domain.domain;
    return r;
}

AwsError DescribeDomainJob::validate() const
{
    return validateDomainRef(m_domain);
}

CreateDomainJob::CreateDomainJob(CodeArtifactClient *client, const QString &domain, const QString &encryptionKey,
                                 const QList<Tag> &tags, QObject *parent)
    : DomainResultJob(client, parent)
    , m_domain(domain)
    , m_encryptionKey(encryptionKey)
    , m_tags(tags)
{
}

AwsRequest CreateDomainJob::buildRequest() const
{
    AwsRequest r;
    r.operation = QStringLiteral("CreateDomain");
    r.method = "POST";
    r.path = "/v1/domain";
    r.query = {{QByteArrayLiteral("domain"), m_domain.toUtf8()}};
    QJsonObject body;
    if (!m_encryptionKey.isEmpty())
        body.insert(QLatin1String("encryptionKey"), m_encryptionKey);
    if (!m_tags.isEmpty()) {
        QJsonArray tags;
        for (const Tag &t : m_tags)
            tags.append(QJsonObject{{QLatin1String("key"), t.key}, {QLatin1String("value"), t.value}});
        body.insert(QLatin1String("tags"), tags);
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    r.isMutation = true;
    r.target = m_domain;
    return r;
}

AwsError CreateDomainJob::validate() const
{
    return InputValidator::domainName(m_domain);
}

DeleteDomainJob::DeleteDomainJob(CodeArtifactClient *client, const DomainRef &domain, QObject *parent)
    : DomainResultJob(client, parent)
    , m_domain(domain)
{
}

AwsRequest DeleteDomainJob::buildRequest() const
{
    AwsRequest r;
    r.operation = QStringLiteral("DeleteDomain");
    r.method = "DELETE";
    r.path = "/v1/domain";
    r.query = domainQuery(m_domain);
    r.isMutation = true;
    r.target = m_domain.domain;
    return r;
}

AwsError DeleteDomainJob::validate() const
{
    return validateDomainRef(m_domain);
}

} // namespace desk
