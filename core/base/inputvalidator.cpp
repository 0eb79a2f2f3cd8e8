#include "base/inputvalidator.h"

#include "base/externalconnection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace desk {

namespace {

bool matchesWhole(const QString &value, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(value).hasMatch();
}

// The model's pattern \P{C}* (no "other" character) judged per code point, as the service does:
// a surrogate pair is the one character it encodes (an emoji passes, a private-use character of
// plane 15 does not), and a lone surrogate is itself in category C.
bool hasControlCharacters(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        char32_t c = value.at(i).unicode();
        if (value.at(i).isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            ++i;
        }
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            return true;
        default:
            break;
        }
    }
    return false;
}

AwsError wrongType(const QString &field, const QString &expected)
{
    AwsError error(AwsError::Kind::Validation,
                   QStringLiteral("1 validation error detected: Value at '%1' failed to satisfy constraint: Member must be %2")
                       .arg(field, expected));
    error.setField(field).setReason(QStringLiteral("FIELD_VALIDATION_FAILED")).setCode(QStringLiteral("ValidationException"));
    return error;
}

} // namespace

AwsError InputValidator::validate(const OperationSpec &spec, const OperationInput &input)
{
    for (const OperationMember &member : spec.members) {
        if (!input.has(member.name)) {
            if (member.required)
                return missing(member.field());
            continue;
        }
        if (AwsError e = check(member, input.value(member.name)))
            return e;
    }
    return {};
}

AwsError InputValidator::check(const OperationMember &member, const QJsonValue &value)
{
    const QString field = member.field();
    switch (member.type) {
    case MemberType::String:
        if (!value.isString())
            return wrongType(field, QStringLiteral("a string"));
        break;
    case MemberType::Integer:
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            return wrongType(field, QStringLiteral("an integer"));
        break;
    case MemberType::UpstreamList:
    case MemberType::TagList:
        if (!value.isArray())
            return wrongType(field, QStringLiteral("a list"));
        break;
    case MemberType::StringList:
        if (!value.isArray())
            return wrongType(field, QStringLiteral("a list"));
        for (const QJsonValue &element : value.toArray()) {
            if (!element.isString())
                return wrongType(field, QStringLiteral("a list of strings"));
        }
        break;
    }
    const QString text = value.toString();
    switch (member.rule) {
    case MemberRule::None:
        return {};
    case MemberRule::DomainName:
        return domainName(text, field);
    case MemberRule::RepositoryName:
        return repositoryName(text, field);
    case MemberRule::AccountId:
        return accountId(text, field);
    case MemberRule::ExternalConnection:
        return externalConnection(text, field);
    case MemberRule::PackageFormat:
        return packageFormat(text, field);
    case MemberRule::EndpointType:
        return endpointType(text, field);
    case MemberRule::MaxResults:
        return maxResults(int(qBound(qint64(-1), value.toInteger(), qint64(100000))), field);
    case MemberRule::PaginationToken:
        return paginationToken(text, field);
    case MemberRule::Description:
        return description(text, field);
    case MemberRule::DurationSeconds:
        return durationSeconds(value.toInteger(), field);
    case MemberRule::EncryptionKey:
        return encryptionKey(text, field);
    case MemberRule::Tags: {
        for (const QJsonValue &tag : value.toArray()) {
            const QJsonObject o = tag.toObject();
            if (!o.value(QLatin1String("key")).isString() || !o.value(QLatin1String("value")).isString())
                return wrongType(field, QStringLiteral("a list of {key, value} strings"));
        }
        return tags(OperationInput::tagList(value), field);
    }
    case MemberRule::Upstreams:
        for (const QJsonValue &upstream : value.toArray()) {
            if (!upstream.toObject().value(QLatin1String("repositoryName")).isString())
                return wrongType(field, QStringLiteral("a list of {repositoryName} objects"));
        }
        return upstreams(OperationInput::upstreamNames(value), field);
    case MemberRule::PolicyRevision:
        return policyRevision(text, field);
    case MemberRule::PolicyDocument:
        return policyDocument(text, field);
    }
    return {};
}

AwsError InputValidator::missing(const QString &field)
{
    AwsError error(AwsError::Kind::Validation,
                   QStringLiteral("1 validation error detected: Value null at '%1' failed to satisfy constraint: "
                                  "Member must not be null")
                       .arg(field));
    error.setField(field).setReason(QStringLiteral("FIELD_VALIDATION_FAILED")).setCode(QStringLiteral("ValidationException"));
    return error;
}

AwsError InputValidator::fieldError(const QString &field, const QString &value, const QString &constraint)
{
    // The service's wording: "1 validation error detected: Value 'x' at 'domain' failed to
    // satisfy constraint: Member must ...".
    AwsError error(AwsError::Kind::Validation,
                   QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: %3")
                       .arg(value.left(120), field, constraint));
    error.setField(field).setReason(QStringLiteral("FIELD_VALIDATION_FAILED")).setCode(QStringLiteral("ValidationException"));
    return error;
}

bool InputValidator::isDomainName(const QString &value)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9\\-]{0,48}[a-z0-9]")));
    return value.size() >= 2 && value.size() <= 50 && re.match(value).hasMatch();
}

bool InputValidator::isRepositoryName(const QString &value)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}")));
    return value.size() >= 2 && value.size() <= 100 && re.match(value).hasMatch();
}

bool InputValidator::isAccountId(const QString &value)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{12}")));
    return re.match(value).hasMatch();
}

AwsError InputValidator::domainName(const QString &value, const QString &field)
{
    if (value.size() < 2 || value.size() > 50)
        return fieldError(field, value, QStringLiteral("Member must have length between 2 and 50"));
    if (!isDomainName(value))
        return fieldError(field, value,
                          QStringLiteral("Member must satisfy regular expression pattern: [a-z][a-z0-9\\-]{0,48}[a-z0-9]"));
    return {};
}

AwsError InputValidator::repositoryName(const QString &value, const QString &field)
{
    if (value.size() < 2 || value.size() > 100)
        return fieldError(field, value, QStringLiteral("Member must have length between 2 and 100"));
    if (!isRepositoryName(value))
        return fieldError(field, value,
                          QStringLiteral("Member must satisfy regular expression pattern: [A-Za-z0-9][A-Za-z0-9._\\-]{1,99}"));
    return {};
}

AwsError InputValidator::accountId(const QString &value, const QString &field)
{
    if (value.size() != 12)
        return fieldError(field, value, QStringLiteral("Member must have length between 12 and 12"));
    if (!isAccountId(value))
        return fieldError(field, value, QStringLiteral("Member must satisfy regular expression pattern: [0-9]{12}"));
    return {};
}

AwsError InputValidator::optionalAccountId(const QString &value, const QString &field)
{
    if (value.isEmpty())
        return {};
    return accountId(value, field);
}

AwsError InputValidator::externalConnection(const QString &value, const QString &field)
{
    if (value.size() < 2 || value.size() > 100)
        return fieldError(field, value, QStringLiteral("Member must have length between 2 and 100"));
    if (!matchesWhole(value, QStringLiteral("[A-Za-z0-9][A-Za-z0-9._\\-:]{1,99}")))
        return fieldError(field, value,
                          QStringLiteral("Member must satisfy regular expression pattern: [A-Za-z0-9][A-Za-z0-9._\\-:]{1,99}"));
    if (!ExternalConnections::isSupported(value)) {
        AwsError error(AwsError::Kind::Validation,
                       QStringLiteral("The external connection '%1' is not supported. Supported external connections: %2.")
                           .arg(value, ExternalConnections::names().join(QStringLiteral(", "))));
        error.setField(field).setReason(QStringLiteral("FIELD_VALIDATION_FAILED")).setCode(QStringLiteral("ValidationException"));
        return error;
    }
    return {};
}

AwsError InputValidator::maxResults(int value, const QString &field)
{
    if (value < 1 || value > 1000)
        return fieldError(field, QString::number(value),
                          QStringLiteral("Member must have value greater than or equal to 1 and less than or equal to 1000"));
    return {};
}

AwsError InputValidator::description(const QString &value, const QString &field)
{
    if (value.size() > 1000)
        return fieldError(field, value, QStringLiteral("Member must have length less than or equal to 1000"));
    if (hasControlCharacters(value))
        return fieldError(field, value, QStringLiteral("Member must satisfy regular expression pattern: \\P{C}*"));
    return {};
}

AwsError InputValidator::policyRevision(const QString &value, const QString &field)
{
    if (value.isEmpty() || value.size() > 100)
        return fieldError(field, value, QStringLiteral("Member must have length between 1 and 100"));
    if (!matchesWhole(value, QStringLiteral("\\S+")))
        return fieldError(field, value, QStringLiteral("Member must satisfy regular expression pattern: \\S+"));
    return {};
}

AwsError InputValidator::policyDocument(const QString &value, const QString &field)
{
    if (value.isEmpty() || value.size() > maxPolicyDocumentLength)
        return fieldError(field, value.left(40),
                          QStringLiteral("Member must have length between 1 and %1").arg(maxPolicyDocumentLength));
    // [\P{C}\s]+: no "other" character except whitespace (a policy has line breaks and tabs).
    QString withoutSpace = value;
    withoutSpace.remove(QRegularExpression(QStringLiteral("\\s")));
    if (hasControlCharacters(withoutSpace))
        return fieldError(field, value.left(40), QStringLiteral("Member must satisfy regular expression pattern: [\\P{C}\\s]+"));
    return {};
}

AwsError InputValidator::durationSeconds(qint64 value, const QString &field)
{
    if (value != 0 && (value < 900 || value > 43200))
        return fieldError(field, QString::number(value),
                          QStringLiteral("Member must be 0 or between 900 and 43200 seconds"));
    return {};
}

AwsError InputValidator::paginationToken(const QString &value, const QString &field)
{
    if (value.isEmpty() || value.size() > 2000 || value.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fieldError(field, value, QStringLiteral("Member must satisfy regular expression pattern: \\S+"));
    return {};
}

AwsError InputValidator::packageFormat(const QString &value, const QString &field)
{
    static const QStringList formats = {QStringLiteral("npm"), QStringLiteral("pypi"), QStringLiteral("maven"),
                                        QStringLiteral("nuget"), QStringLiteral("generic"), QStringLiteral("ruby"),
                                        QStringLiteral("swift"), QStringLiteral("cargo")};
    if (!formats.contains(value))
        return fieldError(field, value,
                          QStringLiteral("Member must satisfy enum value set: [%1]").arg(formats.join(QStringLiteral(", "))));
    return {};
}

AwsError InputValidator::endpointType(const QString &value, const QString &field)
{
    if (value != QLatin1String("dualstack") && value != QLatin1String("ipv4"))
        return fieldError(field, value, QStringLiteral("Member must satisfy enum value set: [dualstack, ipv4]"));
    return {};
}

AwsError InputValidator::encryptionKey(const QString &value, const QString &field)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("\\S+")));
    if (value.size() < 1 || value.size() > 1011 || !pattern.match(value).hasMatch())
        return fieldError(field, value, QStringLiteral("Member must satisfy regular expression pattern: \\S+"));
    return {};
}

AwsError InputValidator::tags(const QList<Tag> &tags, const QString &field)
{
    if (tags.size() > 200)
        return fieldError(field, QString::number(tags.size()), QStringLiteral("Member must have length less than or equal to 200"));
    for (const Tag &tag : tags) {
        if (tag.key.isEmpty() || tag.key.size() > 128 || hasControlCharacters(tag.key))
            return fieldError(field + QStringLiteral(".member.key"), tag.key, QStringLiteral("Member must have length between 1 and 128"));
        if (tag.value.size() > 256 || hasControlCharacters(tag.value))
            return fieldError(field + QStringLiteral(".member.value"), tag.value,
                              QStringLiteral("Member must have length less than or equal to 256"));
    }
    return {};
}

AwsError InputValidator::upstreams(const QStringList &repositoryNames, const QString &field)
{
    for (const QString &name : repositoryNames) {
        if (AwsError e = repositoryName(name, field + QStringLiteral(".member.repositoryName")))
            return e;
    }
    return {};
}

} // namespace desk
