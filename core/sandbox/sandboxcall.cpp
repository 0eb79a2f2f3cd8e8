#include "sandbox/sandboxcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringDecoder>

#include <algorithm>

namespace desk {

namespace {

using Query = QMap<QString, QString>;

AwsError cannotParse(const QString &message, const QString &field = {})
{
    return SandboxState::validation(message, QStringLiteral("CANNOT_PARSE"), field);
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

// The query parameters, percent-decoded, by name.
SandboxOutcome<Query> parseQuery(const QByteArray &rawQuery)
{
    using Result = SandboxOutcome<Query>;
    if (hasBadPercentEncoding(rawQuery))
        return Result::failure(cannotParse(QStringLiteral("The query string is malformed: bad percent-encoding.")));
    Query query;
    for (const auto &[rawName, rawValue] : SigV4Signer::parseQueryString(rawQuery)) {
        QStringDecoder nameDecoder(QStringDecoder::Utf8);
        QStringDecoder valueDecoder(QStringDecoder::Utf8);
        const QString name = nameDecoder(rawName);
        const QString value = valueDecoder(rawValue);
        if (nameDecoder.hasError() || valueDecoder.hasError())
            return Result::failure(cannotParse(QStringLiteral("The query string is malformed: it is not UTF-8.")));
        if (query.contains(name))
            return Result::failure(
                cannotParse(QStringLiteral("The query string is malformed: '%1' is given more than once.").arg(name), name));
        query.insert(name, value);
    }
    return Result::success(query);
}

// An empty body is an empty object: clients leave it out when no body member is set.
SandboxOutcome<QJsonObject> parseBody(const QByteArray &body)
{
    using Result = SandboxOutcome<QJsonObject>;
    if (body.trimmed().isEmpty())
        return Result::success({});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Result::failure(cannotParse(QStringLiteral("The request body could not be parsed as JSON: %1 at offset %2.")
                                               .arg(error.errorString())
                                               .arg(error.offset)));
    if (!doc.isObject())
        return Result::failure(cannotParse(QStringLiteral("The request body must be a JSON object.")));
    return Result::success(doc.object());
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

bool isUpstream(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(QLatin1String("repositoryName")).isString();
}

bool isTag(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return value.isObject() && o.value(QLatin1String("key")).isString() && o.value(QLatin1String("value")).isString();
}

bool isListOf(const QJsonValue &value, bool (*isItem)(const QJsonValue &))
{
    const QJsonArray list = value.toArray();
    return std::all_of(list.cbegin(), list.cend(), isItem);
}

// What a JSON value of this type has to be, as the CANNOT_PARSE message says it; empty when it is.
QString typeProblem(MemberType type, const QJsonValue &value)
{
    switch (type) {
    case MemberType::String:
        return value.isString() ? QString() : QStringLiteral("a string");
    case MemberType::Integer:
        return isInteger(value) ? QString() : QStringLiteral("an integer");
    case MemberType::UpstreamList:
        if (!value.isArray())
            return QStringLiteral("a list");
        return isListOf(value, isUpstream) ? QString() : QStringLiteral("a list of {repositoryName} objects");
    case MemberType::TagList:
        if (!value.isArray())
            return QStringLiteral("a list");
        return isListOf(value, isTag) ? QString() : QStringLiteral("a list of {key, value} strings");
    case MemberType::StringList:
        if (!value.isArray())
            return QStringLiteral("a list");
        return isListOf(value, [](const QJsonValue &v) { return v.isString(); }) ? QString()
                                                                                 : QStringLiteral("a list of strings");
    }
    return {};
}

// A member of the JSON body; null counts as absent (undefined).
SandboxOutcome<QJsonValue> bodyMember(const OperationMember &member, const QJsonObject &body)
{
    using Result = SandboxOutcome<QJsonValue>;
    const QJsonValue value = body.value(QLatin1String(member.wireName));
    if (value.isUndefined() || value.isNull())
        return Result::success(QJsonValue(QJsonValue::Undefined));
    if (const QString expected = typeProblem(member.type, value); !expected.isEmpty())
        return Result::failure(
            cannotParse(QStringLiteral("The member '%1' must be %2.").arg(member.field(), expected), member.field()));
    return Result::success(value);
}

// A member of the query string: text, or a number for an integer member.
SandboxOutcome<QJsonValue> queryMember(const OperationMember &member, const Query &query)
{
    using Result = SandboxOutcome<QJsonValue>;
    const QString field = member.field();
    if (!query.contains(field))
        return Result::success(QJsonValue(QJsonValue::Undefined));
    const QString text = query.value(field);
    if (member.type != MemberType::Integer)
        return Result::success(text);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok)
        return Result::failure(cannotParse(
            QStringLiteral("Value '%1' at '%2' could not be parsed as an integer.").arg(text.left(64), field), field));
    return Result::success(number);
}

// A member sent as an HTTP header (the portal's x-amz-sso_bearer_token): its value as text. Two
// fields of the name leave it open which one counts, so they cannot be read.
SandboxOutcome<QJsonValue> headerMember(const OperationMember &member, const SandboxWireRequest &request)
{
    using Result = SandboxOutcome<QJsonValue>;
    const int count = request.headerCount(member.wireName);
    if (count == 0)
        return Result::success(QJsonValue(QJsonValue::Undefined));
    if (count > 1)
        return Result::failure(
            cannotParse(QStringLiteral("The header '%1' is given more than once.").arg(member.field()), member.field()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(request.header(member.wireName));
    if (decoder.hasError())
        return Result::failure(cannotParse(QStringLiteral("The header '%1' is not UTF-8.").arg(member.field()), member.field()));
    return Result::success(text);
}

SandboxOutcome<QJsonValue> memberValue(const OperationMember &member, const SandboxWireRequest &request,
                                       const Query &query, const QJsonObject &body)
{
    switch (member.location) {
    case MemberLocation::Body:
        return bodyMember(member, body);
    case MemberLocation::Header:
        return headerMember(member, request);
    case MemberLocation::Query:
    case MemberLocation::Form:
        break;
    }
    return queryMember(member, query);
}

} // namespace

std::optional<SandboxResponse> SandboxCall::checkQueryString(const QByteArray &queryFromQt)
{
    QByteArray restored = queryFromQt;
    restored.replace("%25", "%");
    if (!hasBadPercentEncoding(restored))
        return std::nullopt;
    return SandboxResponse::restJsonError(
        cannotParse(QStringLiteral("The query string is malformed: '%' must be followed by two hexadecimal digits.")));
}

SandboxOutcome<SandboxCall> SandboxCall::decode(const OperationSpec &spec, const SandboxWireRequest &request,
                                                const SandboxIdentity &caller, const QDateTime &now)
{
    using Result = SandboxOutcome<SandboxCall>;
    const auto query = parseQuery(request.rawQuery);
    if (!query.ok())
        return Result::failure(query.error);
    // Only an operation with body members reads the body, so the others ignore one as the service does.
    const auto body = spec.hasJsonBody() ? parseBody(request.body) : SandboxOutcome<QJsonObject>::success({});
    if (!body.ok())
        return Result::failure(body.error);

    SandboxCall call;
    call.m_spec = &spec;
    call.m_caller = caller;
    call.m_now = now;
    for (auto it = query.value.cbegin(); it != query.value.cend(); ++it)
        call.m_queryNames.insert(it.key());
    // In the model's order, so the first problem reported is the first member that has one.
    for (const OperationMember &member : spec.members) {
        const auto value = memberValue(member, request, query.value, body.value);
        if (!value.ok())
            return Result::failure(value.error);
        call.m_input.set(member.name, value.value);
    }
    return Result::success(call);
}

std::optional<QString> SandboxCall::optionalString(const QString &member) const
{
    if (!has(member))
        return std::nullopt;
    return string(member);
}

qint64 SandboxCall::integer(const QString &member, qint64 whenAbsent) const
{
    return has(member) ? m_input.value(member).toInteger() : whenAbsent;
}

std::optional<QStringList> SandboxCall::upstreams() const
{
    const QString member = QStringLiteral("upstreams");
    if (!has(member))
        return std::nullopt;
    return OperationInput::upstreamNames(m_input.value(member));
}

QStringList SandboxCall::stringList(const QString &member) const
{
    QStringList out;
    for (const QJsonValue &value : m_input.value(member).toArray())
        out << value.toString();
    return out;
}

QList<Tag> SandboxCall::tags() const
{
    return OperationInput::tagList(m_input.value(QStringLiteral("tags")));
}

} // namespace desk
