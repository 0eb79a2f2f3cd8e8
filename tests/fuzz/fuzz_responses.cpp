// Every answer the client reads, from any bytes: the shapes (codeartifacttypes.h, fromJson of
// each), a page (ListPageJob::parsePage) and every job's answer reader (parseBody) on the input
// as a response body.
// Checks: each shape read and written back reads back the same (the sandbox answers with
// toJson(), so this is a promise); a page has one item per element of its list, or an error when
// the list is not a list, and written back reads back the same; a job either reads a result that
// holds what it must (an endpoint, a token, credentials, the same shape fromJson gives) or ends
// with a BadResponse error of bounded length; the answers that carry a secret are never quoted in
// the error.

#include "api/assumerolejob.h"
#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/externalconnectionjobs.h"
#include "api/getcalleridentityjob.h"
#include "api/listpagejob.h"
#include "api/repositoryjobs.h"
#include "base/codeartifacttypes.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace desk;

namespace {

template <typename Shape>
void checkShape(const QJsonObject &object)
{
    const Shape shape = Shape::fromJson(object);
    const QJsonObject written = shape.toJson();
    const Shape back = Shape::fromJson(written);
    FUZZ_CHECK(back == shape);
    FUZZ_CHECK(back.toJson() == written);
}

void checkShapes(const QJsonObject &object)
{
    checkShape<DomainSummary>(object);
    checkShape<DomainDescription>(object);
    checkShape<RepositorySummary>(object);
    checkShape<RepositoryDescription>(object);
    FUZZ_CHECK(DomainDescription::fromJson(object).summary() == DomainSummary::fromJson(object));
    FUZZ_CHECK(RepositoryDescription::fromJson(object).summary() == RepositorySummary::fromJson(object));
}

template <typename Item>
void checkPage(const QJsonObject &answer, const QString &member)
{
    const auto page = ListPageJob<Item>::parsePage(answer, member);
    const QJsonValue list = answer.value(member);
    if (!list.isArray() && !list.isUndefined()) {
        FUZZ_CHECK(page.error.kind() == AwsError::Kind::BadResponse);
        FUZZ_CHECK(page.items.isEmpty());
        return;
    }
    FUZZ_CHECK(!page.error);
    FUZZ_CHECK(page.items.size() == list.toArray().size());
    FUZZ_CHECK(page.nextToken == answer.value(QLatin1String("nextToken")).toString());
    QJsonArray items;
    for (const Item &item : page.items)
        items.append(item.toJson());
    QJsonObject written{{member, items}};
    if (!page.nextToken.isEmpty())
        written.insert(QLatin1String("nextToken"), page.nextToken);
    const auto back = ListPageJob<Item>::parsePage(written, member);
    FUZZ_CHECK(!back.error);
    FUZZ_CHECK(back.items == page.items);
    FUZZ_CHECK(back.nextToken == page.nextToken);
}

// A job whose answer reader can be called without sending anything.
template <typename Job>
class Reader : public Job
{
public:
    using Job::Job;
    using Job::parseBody;
};

void checkError(const AwsError &error, bool carriesSecret)
{
    FUZZ_CHECK(error.kind() == AwsError::Kind::BadResponse);
    FUZZ_CHECK(!error.message().isEmpty());
    FUZZ_CHECK(error.message().size() <= 600);
    FUZZ_CHECK(!error.userMessage().isEmpty());
    if (carriesSecret)
        FUZZ_CHECK(!error.message().contains(QLatin1String("it begins")));
}

template <typename Job, typename Shape>
void checkShapeJob(Job &&job, const QByteArray &body, const QJsonObject &answer, QLatin1String member)
{
    const AwsError error = job.parseBody(body);
    if (error) {
        checkError(error, false);
        return;
    }
    FUZZ_CHECK(answer.value(member).isObject());
    FUZZ_CHECK(job.result() == Shape::fromJson(answer.value(member).toObject()));
}

template <typename Job>
void checkPageJob(Job &&job, const QByteArray &body, const QJsonObject &answer, const QString &member)
{
    const AwsError error = job.parseBody(body);
    if (error) {
        checkError(error, false);
        return;
    }
    const auto page = ListPageJob<typename Job::ItemType>::parsePage(answer, member);
    FUZZ_CHECK(job.items() == page.items);
    FUZZ_CHECK(job.nextToken() == page.nextToken);
}

void checkJobs(const QByteArray &body, const QJsonObject &answer)
{
    static CodeArtifactClient *const client = new CodeArtifactClient(nullptr);
    const RepositoryRef repository{QStringLiteral("dd"), QStringLiteral("111122223333"), QStringLiteral("rr")};
    const DomainRef domain{QStringLiteral("dd"), QStringLiteral("111122223333")};
    const auto repositoryMember = QLatin1String("repository");
    const auto domainMember = QLatin1String("domain");

    checkPageJob(Reader<ListDomainsJob>(client), body, answer, QStringLiteral("domains"));
    checkPageJob(Reader<ListRepositoriesJob>(client), body, answer, QStringLiteral("repositories"));
    checkPageJob(Reader<ListRepositoriesInDomainJob>(client, ListRepositoriesInDomainInput{domain, {}, {}, 0, {}}), body,
                 answer, QStringLiteral("repositories"));
    checkShapeJob<Reader<DescribeDomainJob>, DomainDescription>(Reader<DescribeDomainJob>(client, domain), body, answer,
                                                                domainMember);
    checkShapeJob<Reader<CreateDomainJob>, DomainDescription>(Reader<CreateDomainJob>(client, QStringLiteral("dd")), body,
                                                              answer, domainMember);
    checkShapeJob<Reader<DescribeRepositoryJob>, RepositoryDescription>(Reader<DescribeRepositoryJob>(client, repository),
                                                                        body, answer, repositoryMember);
    checkShapeJob<Reader<AssociateExternalConnectionJob>, RepositoryDescription>(
        Reader<AssociateExternalConnectionJob>(client, repository, QStringLiteral("public:npmjs")), body, answer,
        repositoryMember);

    {
        Reader<GetRepositoryEndpointJob> job(client, repository, QStringLiteral("npm"));
        const AwsError error = job.parseBody(body);
        if (error)
            checkError(error, false);
        else
            FUZZ_CHECK(!job.repositoryEndpoint().isEmpty());
    }
    {
        Reader<GetAuthorizationTokenJob> job(client, domain);
        const AwsError error = job.parseBody(body);
        if (error)
            checkError(error, true);
        else
            FUZZ_CHECK(!job.token().token.isEmpty());
    }
    {
        Reader<GetCallerIdentityJob> job(client);
        const AwsError error = job.parseBody(body);
        if (error) {
            checkError(error, false);
        } else {
            FUZZ_CHECK(!job.identity().account.isEmpty());
            FUZZ_CHECK(!job.identity().arn.isEmpty());
        }
    }
    {
        AssumeRoleInput input;
        input.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/fuzz");
        input.roleSessionName = QStringLiteral("fuzz-session");
        Reader<AssumeRoleJob> job(client, input);
        const AwsError error = job.parseBody(body);
        AwsCredentials credentials = job.takeCredentials();
        if (error) {
            checkError(error, true);
            FUZZ_CHECK(credentials.accessKeyId.isEmpty() && credentials.secretAccessKey.isEmpty()
                       && credentials.sessionToken.isEmpty());
        } else {
            FUZZ_CHECK(credentials.isValid());
            FUZZ_CHECK(!credentials.sessionToken.isEmpty());
            FUZZ_CHECK(credentials.expiration.isValid());
        }
        credentials.clear();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    checkShapes(answer);
    for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
        if (it.value().isObject())
            checkShapes(it.value().toObject());
        const QJsonArray array = it.value().toArray();
        for (qsizetype i = 0; i < array.size() && i < 64; ++i)
            checkShapes(array.at(i).toObject());
    }
    checkPage<DomainSummary>(answer, QStringLiteral("domains"));
    checkPage<RepositorySummary>(answer, QStringLiteral("repositories"));
    checkJobs(body, answer);
    return 0;
}
