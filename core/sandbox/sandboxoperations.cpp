#include "sandbox/sandboxoperations.h"

#include "base/externalconnection.h"
#include "base/inputvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <functional>

namespace desk {

namespace {

const QString kFieldFailed = QStringLiteral("FIELD_VALIDATION_FAILED");
const QString kCannotParse = QStringLiteral("CANNOT_PARSE");

AwsError nullField(const QString &field)
{
    return SandboxState::validation(
        QStringLiteral("1 validation error detected: Value null at '%1' failed to satisfy constraint: Member must not be null")
            .arg(field),
        kFieldFailed, field);
}

AwsError withStatus(AwsError e)
{
    if (e.httpStatus() == 0)
        e.setHttpStatus(400);
    return e;
}

bool hasBadPercentEncoding(const QByteArray &raw)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%')
            continue;
        if (i + 2 >= raw.size() || !isxdigit(static_cast<unsigned char>(raw.at(i + 1)))
            || !isxdigit(static_cast<unsigned char>(raw.at(i + 2))))
            return true;
        i += 2;
    }
    return false;
}

// The query members of one request, percent-decoded.
class QueryParams
{
public:
    static SandboxOutcome<QueryParams> parse(const QByteArray &rawQuery)
    {
        using Result = SandboxOutcome<QueryParams>;
        if (hasBadPercentEncoding(rawQuery))
            return Result::failure(SandboxState::validation(QStringLiteral("The query string is malformed: bad percent-encoding."),
                                                            kCannotParse));
        QueryParams out;
        for (const auto &[rawName, rawValue] : SigV4Signer::parseQueryString(rawQuery)) {
            QStringDecoder nameDecoder(QStringDecoder::Utf8);
            QStringDecoder valueDecoder(QStringDecoder::Utf8);
            const QString name = nameDecoder(rawName);
            const QString value = valueDecoder(rawValue);
            if (nameDecoder.hasError() || valueDecoder.hasError())
                return Result::failure(SandboxState::validation(QStringLiteral("The query string is malformed: it is not UTF-8."),
                                                                kCannotParse));
            if (out.m_values.contains(name))
                return Result::failure(SandboxState::validation(
                    QStringLiteral("The query string is malformed: '%1' is given more than once.").arg(name), kCannotParse, name));
            out.m_values.insert(name, value);
        }
        return Result::success(out);
    }

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

    // A required member checked with its validator.
    AwsError required(const QString &name, const std::function<AwsError(const QString &, const QString &)> &check) const
    {
        if (!has(name))
            return nullField(name);
        return withStatus(check(value(name), name));
    }
    AwsError optional(const QString &name, const std::function<AwsError(const QString &, const QString &)> &check) const
    {
        if (!has(name))
            return {};
        return withStatus(check(value(name), name));
    }
    // An optional integer member; `out` keeps its default when absent.
    AwsError integer(const QString &name, qint64 *out) const
    {
        if (!has(name))
            return {};
        bool ok = false;
        const qint64 v = value(name).toLongLong(&ok);
        if (!ok)
            return SandboxState::validation(
                QStringLiteral("Value '%1' at '%2' could not be parsed as an integer.").arg(value(name).left(64), name),
                kCannotParse, name);
        *out = v;
        return {};
    }

private:
    QMap<QString, QString> m_values;
};

struct Page
{
    AwsError error;
    qsizetype begin = 0;
    qsizetype end = 0;
    QString nextToken;
};

SandboxResponse errorResponse(const AwsError &e)
{
    return SandboxResponse::restJsonError(withStatus(e));
}

AwsError checkEncryptionKey(const QString &value)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("\\S+")));
    if (value.size() < 1 || value.size() > 1011 || !pattern.match(value).hasMatch())
        return withStatus(InputValidator::fieldError(QStringLiteral("encryptionKey"), value,
                                                     QStringLiteral("Member must satisfy regular expression pattern: \\S+")));
    return {};
}

SandboxOutcome<QJsonObject> parseBody(const QByteArray &body)
{
    using Result = SandboxOutcome<QJsonObject>;
    if (body.trimmed().isEmpty())
        return Result::success({});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result::failure(SandboxState::validation(
            error.error != QJsonParseError::NoError
                ? QStringLiteral("The request body could not be parsed as JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset)
                : QStringLiteral("The request body must be a JSON object."),
            kCannotParse));
    return Result::success(doc.object());
}

AwsError typeError(const QString &member, const QString &expected)
{
    return SandboxState::validation(QStringLiteral("The member '%1' must be %2.").arg(member, expected), kCannotParse, member);
}

SandboxOutcome<QList<Tag>> parseTags(const QJsonObject &body)
{
    using Result = SandboxOutcome<QList<Tag>>;
    const QJsonValue v = body.value(QLatin1String("tags"));
    QList<Tag> tags;
    if (v.isUndefined() || v.isNull())
        return Result::success(tags);
    if (!v.isArray())
        return Result::failure(typeError(QStringLiteral("tags"), QStringLiteral("a list")));
    const QJsonArray array = v.toArray();
    if (array.size() > 200)
        return Result::failure(withStatus(InputValidator::fieldError(QStringLiteral("tags"), QString::number(array.size()),
                                                                     QStringLiteral("Member must have length less than or equal to 200"))));
    static const QRegularExpression noControl(QRegularExpression::anchoredPattern(QStringLiteral("\\P{C}*")));
    for (const QJsonValue &t : array) {
        const QJsonObject o = t.toObject();
        if (!t.isObject() || !o.value(QLatin1String("key")).isString() || !o.value(QLatin1String("value")).isString())
            return Result::failure(typeError(QStringLiteral("tags"), QStringLiteral("a list of {key, value} strings")));
        const QString key = o.value(QLatin1String("key")).toString();
        const QString value = o.value(QLatin1String("value")).toString();
        if (key.isEmpty() || key.size() > 128 || !noControl.match(key).hasMatch())
            return Result::failure(withStatus(InputValidator::fieldError(QStringLiteral("tags.member.key"), key,
                                                                         QStringLiteral("Member must have length between 1 and 128"))));
        if (value.size() > 256 || !noControl.match(value).hasMatch())
            return Result::failure(withStatus(InputValidator::fieldError(QStringLiteral("tags.member.value"), value,
                                                                         QStringLiteral("Member must have length less than or equal to 256"))));
        tags.append({key, value});
    }
    return Result::success(tags);
}

SandboxOutcome<std::optional<QStringList>> parseUpstreams(const QJsonObject &body)
{
    using Result = SandboxOutcome<std::optional<QStringList>>;
    const QJsonValue v = body.value(QLatin1String("upstreams"));
    if (v.isUndefined() || v.isNull())
        return Result::success(std::nullopt);
    if (!v.isArray())
        return Result::failure(typeError(QStringLiteral("upstreams"), QStringLiteral("a list")));
    QStringList names;
    for (const QJsonValue &u : v.toArray()) {
        const QJsonValue name = u.toObject().value(QLatin1String("repositoryName"));
        if (!u.isObject() || !name.isString())
            return Result::failure(typeError(QStringLiteral("upstreams"), QStringLiteral("a list of {repositoryName} objects")));
        names << name.toString();
    }
    return Result::success(names);
}

SandboxOutcome<std::optional<QString>> parseDescription(const QJsonObject &body)
{
    using Result = SandboxOutcome<std::optional<QString>>;
    const QJsonValue v = body.value(QLatin1String("description"));
    if (v.isUndefined() || v.isNull())
        return Result::success(std::nullopt);
    if (!v.isString())
        return Result::failure(typeError(QStringLiteral("description"), QStringLiteral("a string")));
    if (AwsError e = InputValidator::description(v.toString()))
        return Result::failure(withStatus(e));
    return Result::success(v.toString());
}

} // namespace

const QList<SandboxOperations::Route> &SandboxOperations::routes()
{
    static const QList<Route> table = {
        {"POST", QStringLiteral("/v1/domains"), QStringLiteral("ListDomains")},
        {"POST", QStringLiteral("/v1/domain/repositories"), QStringLiteral("ListRepositoriesInDomain")},
        {"POST", QStringLiteral("/v1/repositories"), QStringLiteral("ListRepositories")},
        {"GET", QStringLiteral("/v1/domain"), QStringLiteral("DescribeDomain")},
        {"POST", QStringLiteral("/v1/domain"), QStringLiteral("CreateDomain")},
        {"DELETE", QStringLiteral("/v1/domain"), QStringLiteral("DeleteDomain")},
        {"GET", QStringLiteral("/v1/repository"), QStringLiteral("DescribeRepository")},
        {"POST", QStringLiteral("/v1/repository"), QStringLiteral("CreateRepository")},
        {"PUT", QStringLiteral("/v1/repository"), QStringLiteral("UpdateRepository")},
        {"DELETE", QStringLiteral("/v1/repository"), QStringLiteral("DeleteRepository")},
        {"POST", QStringLiteral("/v1/repository/external-connection"), QStringLiteral("AssociateExternalConnection")},
        {"DELETE", QStringLiteral("/v1/repository/external-connection"), QStringLiteral("DisassociateExternalConnection")},
        {"GET", QStringLiteral("/v1/repository/endpoint"), QStringLiteral("GetRepositoryEndpoint")},
        {"POST", QStringLiteral("/v1/authorization-token"), QStringLiteral("GetAuthorizationToken")},
    };
    return table;
}

SandboxOperations::RouteMatch SandboxOperations::match(const QByteArray &method, const QString &path)
{
    RouteMatch out;
    QList<QByteArray> allowed;
    for (const Route &route : routes()) {
        if (route.path != path)
            continue;
        if (route.method == method) {
            out.operation = route.operation;
            return out;
        }
        allowed << route.method;
    }
    if (allowed.isEmpty()) {
        AwsError e(AwsError::Kind::NotFound,
                   QStringLiteral("No operation matches %1 %2.").arg(QString::fromLatin1(method), path.left(200)));
        e.setCode(QStringLiteral("UnknownOperationException")).setHttpStatus(404);
        out.error = SandboxResponse::restJsonError(e);
    } else {
        AwsError e(AwsError::Kind::Validation,
                   QStringLiteral("Method %1 is not allowed on %2; allowed: %3.")
                       .arg(QString::fromLatin1(method.left(20)), path, QString::fromLatin1(allowed.join(", "))));
        e.setCode(QStringLiteral("MethodNotAllowedException")).setHttpStatus(405);
        out.error = SandboxResponse::restJsonError(e);
        out.error.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    }
    return out;
}

std::optional<SandboxResponse> SandboxOperations::checkQueryString(const QByteArray &queryFromQt)
{
    QByteArray restored = queryFromQt;
    restored.replace("%25", "%");
    if (!hasBadPercentEncoding(restored))
        return std::nullopt;
    return errorResponse(SandboxState::validation(
        QStringLiteral("The query string is malformed: '%' must be followed by two hexadecimal digits."), kCannotParse));
}

SandboxOperations::SandboxOperations(SandboxState *state, const SandboxConfig &config)
    : m_state(state)
    , m_region(config.region)
{
}

SandboxResponse SandboxOperations::execute(const QString &operation, const SandboxWireRequest &request,
                                           const SandboxIdentity &caller, const QDateTime &now)
{
    const QString account = caller.account;
    const auto queryOutcome = QueryParams::parse(request.rawQuery);
    if (!queryOutcome.ok())
        return errorResponse(queryOutcome.error);
    const QueryParams &q = queryOutcome.value;

    const auto domainCheck = [](const QString &v, const QString &f) { return InputValidator::domainName(v, f); };
    const auto repoCheck = [](const QString &v, const QString &f) { return InputValidator::repositoryName(v, f); };
    const auto accountCheck = [](const QString &v, const QString &f) { return InputValidator::accountId(v, f); };
    const auto connectionCheck = [](const QString &v, const QString &f) { return InputValidator::externalConnection(v, f); };
    const auto formatCheck = [](const QString &v, const QString &f) { return InputValidator::packageFormat(v, f); };
    const auto tokenCheck = [](const QString &v, const QString &f) { return InputValidator::paginationToken(v, f); };

    const QString domain = q.value(QStringLiteral("domain"));
    const QString owner = q.value(QStringLiteral("domain-owner"));
    const QString repository = q.value(QStringLiteral("repository"));

    // One pass over the members an operation takes, in the order the model lists them.
    auto validate = [&](std::initializer_list<AwsError> errors) -> AwsError {
        for (const AwsError &e : errors) {
            if (e)
                return e;
        }
        return {};
    };

    // Pagination: listingKey names the listing, so a token only fits the listing it came from;
    // sortKeys are the listed items' keys, strictly ascending, and a page ends after a key.
    auto paginate = [&](const QStringList &sortKeys, const QString &listingKey, qint64 maxResults, bool hasToken,
                        const QString &token, const QString &maxField, const QString &tokenField) {
        Q_ASSERT(std::adjacent_find(sortKeys.cbegin(), sortKeys.cend(), std::greater_equal<QString>()) == sortKeys.cend());
        const qsizetype total = sortKeys.size();
        Page page;
        if (AwsError e = InputValidator::maxResults(static_cast<int>(qBound(qint64(-1), maxResults, qint64(100000))), maxField)) {
            page.error = withStatus(e);
            return page;
        }
        qsizetype begin = 0;
        if (hasToken) {
            if (AwsError e = InputValidator::paginationToken(token, tokenField)) {
                page.error = withStatus(e);
                return page;
            }
            const auto decoded = m_tokens.decode(listingKey, token);
            if (!decoded) {
                page.error = SandboxState::validation(
                    QStringLiteral("The pagination token is invalid: it was not issued for this request or it was changed."),
                    kFieldFailed, tokenField);
                return page;
            }
            begin = std::upper_bound(sortKeys.cbegin(), sortKeys.cend(), *decoded) - sortKeys.cbegin();
        }
        page.begin = begin;
        page.end = qMin<qsizetype>(page.begin + maxResults, total);
        if (page.end < total)
            page.nextToken = m_tokens.encode(listingKey, sortKeys.at(page.end - 1));
        return page;
    };

    if (operation == QLatin1String("ListDomains")) {
        const auto body = parseBody(request.body);
        if (!body.ok())
            return errorResponse(body.error);
        qint64 maxResults = defaultMaxResults;
        const QJsonValue mr = body.value.value(QLatin1String("maxResults"));
        if (!mr.isUndefined() && !mr.isNull()) {
            if (!mr.isDouble() || mr.toDouble() != static_cast<double>(static_cast<qint64>(mr.toDouble())))
                return errorResponse(typeError(QStringLiteral("maxResults"), QStringLiteral("an integer")));
            maxResults = static_cast<qint64>(mr.toDouble());
        }
        const QJsonValue nt = body.value.value(QLatin1String("nextToken"));
        if (!nt.isUndefined() && !nt.isNull() && !nt.isString())
            return errorResponse(typeError(QStringLiteral("nextToken"), QStringLiteral("a string")));
        const QList<DomainSummary> all = m_state->listDomains(account);
        QStringList sortKeys;   // the listing's order: name, then owner
        sortKeys.reserve(all.size());
        for (const DomainSummary &d : all)
            sortKeys << d.name + u'\n' + d.owner;
        const Page page = paginate(sortKeys, QStringLiteral("ListDomains/") + account, maxResults, nt.isString(),
                                   nt.toString(), QStringLiteral("maxResults"), QStringLiteral("nextToken"));
        if (page.error)
            return errorResponse(page.error);
        QJsonArray items;
        for (qsizetype i = page.begin; i < page.end; ++i)
            items.append(all.at(i).toJson());
        QJsonObject out{{QLatin1String("domains"), items}};
        if (!page.nextToken.isEmpty())
            out.insert(QLatin1String("nextToken"), page.nextToken);
        return SandboxResponse::json(out);
    }

    if (operation == QLatin1String("ListRepositoriesInDomain") || operation == QLatin1String("ListRepositories")) {
        const bool inDomain = operation == QLatin1String("ListRepositoriesInDomain");
        qint64 maxResults = defaultMaxResults;
        const QString prefix = q.value(QStringLiteral("repository-prefix"));
        const QString admin = q.value(QStringLiteral("administrator-account"));
        AwsError e = inDomain ? validate({q.required(QStringLiteral("domain"), domainCheck),
                                          q.optional(QStringLiteral("domain-owner"), accountCheck),
                                          q.optional(QStringLiteral("administrator-account"), accountCheck),
                                          q.optional(QStringLiteral("repository-prefix"), repoCheck),
                                          q.integer(QStringLiteral("max-results"), &maxResults),
                                          q.optional(QStringLiteral("next-token"), tokenCheck)})
                              : validate({q.optional(QStringLiteral("repository-prefix"), repoCheck),
                                          q.integer(QStringLiteral("max-results"), &maxResults),
                                          q.optional(QStringLiteral("next-token"), tokenCheck)});
        if (e)
            return errorResponse(e);
        QList<RepositorySummary> all;
        QString listingKey;
        if (inDomain) {
            const auto listed = m_state->listRepositoriesInDomain(account, domain, owner, admin, prefix);
            if (!listed.ok())
                return errorResponse(listed.error);
            all = listed.value;
            listingKey = QStringList{operation, account, domain, owner, admin, prefix}.join(u'\n');
        } else {
            all = m_state->listRepositories(account, prefix);
            listingKey = QStringList{operation, account, prefix}.join(u'\n');
        }
        QStringList sortKeys;   // the listing's order: name (then ARN across domains)
        sortKeys.reserve(all.size());
        for (const RepositorySummary &r : all)
            sortKeys << (inDomain ? r.name : r.name + u'\n' + r.arn);
        const Page page = paginate(sortKeys, listingKey, maxResults, q.has(QStringLiteral("next-token")),
                                   q.value(QStringLiteral("next-token")), QStringLiteral("max-results"),
                                   QStringLiteral("next-token"));
        if (page.error)
            return errorResponse(page.error);
        QJsonArray items;
        for (qsizetype i = page.begin; i < page.end; ++i)
            items.append(all.at(i).toJson());
        QJsonObject out{{QLatin1String("repositories"), items}};
        if (!page.nextToken.isEmpty())
            out.insert(QLatin1String("nextToken"), page.nextToken);
        return SandboxResponse::json(out);
    }

    if (operation == QLatin1String("DescribeDomain") || operation == QLatin1String("DeleteDomain")) {
        if (AwsError e = validate({q.required(QStringLiteral("domain"), domainCheck),
                                   q.optional(QStringLiteral("domain-owner"), accountCheck)}))
            return errorResponse(e);
        const auto result = operation == QLatin1String("DescribeDomain") ? m_state->describeDomain(account, domain, owner)
                                                                         : m_state->deleteDomain(account, domain, owner);
        if (!result.ok())
            return errorResponse(result.error);
        return SandboxResponse::json({{QLatin1String("domain"), result.value.toJson()}});
    }

    if (operation == QLatin1String("CreateDomain")) {
        if (AwsError e = q.required(QStringLiteral("domain"), domainCheck))
            return errorResponse(e);
        if (q.has(QStringLiteral("domain-owner")))
            return errorResponse(SandboxState::validation(QStringLiteral("CreateDomain does not take domain-owner: a domain "
                                                                         "is always created in the caller's account."),
                                                          kFieldFailed, QStringLiteral("domain-owner")));
        const auto body = parseBody(request.body);
        if (!body.ok())
            return errorResponse(body.error);
        const QJsonValue key = body.value.value(QLatin1String("encryptionKey"));
        if (!key.isUndefined() && !key.isNull()) {
            if (!key.isString())
                return errorResponse(typeError(QStringLiteral("encryptionKey"), QStringLiteral("a string")));
            if (AwsError e = checkEncryptionKey(key.toString()))
                return errorResponse(e);
        }
        const auto tags = parseTags(body.value);
        if (!tags.ok())
            return errorResponse(tags.error);
        const auto result = m_state->createDomain(account, domain, key.toString(), tags.value);
        if (!result.ok())
            return errorResponse(result.error);
        return SandboxResponse::json({{QLatin1String("domain"), result.value.toJson()}});
    }

    const bool repositoryOperation = operation == QLatin1String("DescribeRepository")
        || operation == QLatin1String("CreateRepository") || operation == QLatin1String("UpdateRepository")
        || operation == QLatin1String("DeleteRepository");
    if (repositoryOperation) {
        if (AwsError e = validate({q.required(QStringLiteral("domain"), domainCheck),
                                   q.optional(QStringLiteral("domain-owner"), accountCheck),
                                   q.required(QStringLiteral("repository"), repoCheck)}))
            return errorResponse(e);
        SandboxOutcome<RepositoryDescription> result;
        if (operation == QLatin1String("DescribeRepository")) {
            result = m_state->describeRepository(account, domain, owner, repository);
        } else if (operation == QLatin1String("DeleteRepository")) {
            result = m_state->deleteRepository(account, domain, owner, repository);
        } else {
            const auto body = parseBody(request.body);
            if (!body.ok())
                return errorResponse(body.error);
            const auto description = parseDescription(body.value);
            if (!description.ok())
                return errorResponse(description.error);
            const auto upstreams = parseUpstreams(body.value);
            if (!upstreams.ok())
                return errorResponse(upstreams.error);
            if (operation == QLatin1String("CreateRepository")) {
                const auto tags = parseTags(body.value);
                if (!tags.ok())
                    return errorResponse(tags.error);
                result = m_state->createRepository(account, domain, owner, repository,
                                                   description.value.value_or(QString()),
                                                   upstreams.value.value_or(QStringList()), tags.value);
            } else {
                result = m_state->updateRepository(account, domain, owner, repository, description.value, upstreams.value);
            }
        }
        if (!result.ok())
            return errorResponse(result.error);
        return SandboxResponse::json({{QLatin1String("repository"), result.value.toJson()}});
    }

    if (operation == QLatin1String("AssociateExternalConnection")
        || operation == QLatin1String("DisassociateExternalConnection")) {
        if (AwsError e = validate({q.required(QStringLiteral("domain"), domainCheck),
                                   q.optional(QStringLiteral("domain-owner"), accountCheck),
                                   q.required(QStringLiteral("repository"), repoCheck),
                                   q.required(QStringLiteral("external-connection"), connectionCheck)}))
            return errorResponse(e);
        const QString connection = q.value(QStringLiteral("external-connection"));
        const auto result = operation == QLatin1String("AssociateExternalConnection")
            ? m_state->associateExternalConnection(account, domain, owner, repository, connection)
            : m_state->disassociateExternalConnection(account, domain, owner, repository, connection);
        if (!result.ok())
            return errorResponse(result.error);
        return SandboxResponse::json({{QLatin1String("repository"), result.value.toJson()}});
    }

    if (operation == QLatin1String("GetRepositoryEndpoint")) {
        if (AwsError e = validate({q.required(QStringLiteral("domain"), domainCheck),
                                   q.optional(QStringLiteral("domain-owner"), accountCheck),
                                   q.required(QStringLiteral("repository"), repoCheck),
                                   q.required(QStringLiteral("format"), formatCheck)}))
            return errorResponse(e);
        const QString endpointType = q.value(QStringLiteral("endpointType"));
        if (q.has(QStringLiteral("endpointType")) && endpointType != QLatin1String("ipv4")
            && endpointType != QLatin1String("dualstack"))
            return errorResponse(withStatus(InputValidator::fieldError(QStringLiteral("endpointType"), endpointType,
                                                                       QStringLiteral("Member must satisfy enum value set: [dualstack, ipv4]"))));
        const auto result = m_state->describeRepository(account, domain, owner, repository);
        if (!result.ok())
            return errorResponse(result.error);
        const QString host = endpointType == QLatin1String("dualstack") ? QStringLiteral("on.aws")
                                                                         : QStringLiteral("amazonaws.com");
        const QString url = QStringLiteral("https://%1-%2.d.codeartifact.%3.%4/%5/%6/")
                                .arg(domain, result.value.domainOwner, m_region, host,
                                     q.value(QStringLiteral("format")), repository);
        return SandboxResponse::json({{QLatin1String("repositoryEndpoint"), url}});
    }

    if (operation == QLatin1String("GetAuthorizationToken")) {
        qint64 duration = defaultTokenDurationSeconds;
        if (AwsError e = validate({q.required(QStringLiteral("domain"), domainCheck),
                                   q.optional(QStringLiteral("domain-owner"), accountCheck),
                                   q.integer(QStringLiteral("duration"), &duration)}))
            return errorResponse(e);
        if (AwsError e = InputValidator::durationSeconds(duration, QStringLiteral("duration")))
            return errorResponse(e);
        const auto result = m_state->describeDomain(account, domain, owner);
        if (!result.ok())
            return errorResponse(result.error);
        QDateTime expiration;
        if (duration == 0)
            expiration = caller.expiration.isValid() ? caller.expiration : now.addSecs(defaultTokenDurationSeconds);
        else
            expiration = now.addSecs(duration);
        QByteArray random(48, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 12);
        const QString token = QStringLiteral("sbx.") + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        return SandboxResponse::json({{QLatin1String("authorizationToken"), token},
                                      {QLatin1String("expiration"), epochJsonFromDateTime(
                                                                        QDateTime::fromSecsSinceEpoch(expiration.toSecsSinceEpoch(), Qt::UTC))}});
    }

    AwsError e(AwsError::Kind::NotFound, QStringLiteral("Unknown operation %1.").arg(operation));
    e.setCode(QStringLiteral("UnknownOperationException")).setHttpStatus(404);
    return errorResponse(e);
}

} // namespace desk
