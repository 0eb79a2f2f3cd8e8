#include "base/inputvalidator.h"

#include "base/externalconnection.h"

#include <QRegularExpression>

namespace desk {

namespace {

bool matchesWhole(const QString &value, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(value).hasMatch();
}

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_NotAssigned
            || cat == QChar::Other_PrivateUse)
            return true;
    }
    return false;
}

} // namespace

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

} // namespace desk
