#include "base/policytemplates.h"

#include "base/inputvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace desk {

QList<PolicyTemplates::Template> PolicyTemplates::forTarget(bool repository)
{
    if (repository) {
        return {{Kind::ReadRepository, tr("Let an account read this repository"),
                 tr("Lets the account list, describe and download packages. Package managers also need "
                    "codeartifact:GetAuthorizationToken from the domain's policy.")}};
    }
    return {{Kind::UseDomainRepositories, tr("Let an account use this domain's repositories as upstreams"),
             tr("Lets the account create repositories in this domain (they can use its repositories as upstreams), "
                "list them and get authorization tokens.")},
            {Kind::ReadDomain, tr("Let an account get authorization tokens for this domain"),
             tr("Needed to read packages from any repository of another account's domain; each repository's "
                "policy still says what may be read.")}};
}

QStringList PolicyTemplates::actions(Kind kind)
{
    switch (kind) {
    case Kind::ReadRepository:
        return {QStringLiteral("codeartifact:DescribePackageVersion"), QStringLiteral("codeartifact:DescribeRepository"),
                QStringLiteral("codeartifact:GetPackageVersionReadme"), QStringLiteral("codeartifact:GetRepositoryEndpoint"),
                QStringLiteral("codeartifact:ListPackages"), QStringLiteral("codeartifact:ListPackageVersions"),
                QStringLiteral("codeartifact:ListPackageVersionAssets"), QStringLiteral("codeartifact:ReadFromRepository")};
    case Kind::UseDomainRepositories:
        return {QStringLiteral("codeartifact:CreateRepository"), QStringLiteral("codeartifact:DescribeDomain"),
                QStringLiteral("codeartifact:GetAuthorizationToken"), QStringLiteral("codeartifact:GetDomainPermissionsPolicy"),
                QStringLiteral("codeartifact:ListRepositoriesInDomain")};
    case Kind::ReadDomain:
        return {QStringLiteral("codeartifact:GetAuthorizationToken")};
    }
    return {};
}

namespace {

QString sidFor(PolicyTemplates::Kind kind, const QString &account)
{
    switch (kind) {
    case PolicyTemplates::Kind::ReadRepository: return QStringLiteral("ReadRepository") + account;
    case PolicyTemplates::Kind::UseDomainRepositories: return QStringLiteral("UseDomain") + account;
    case PolicyTemplates::Kind::ReadDomain: return QStringLiteral("AuthorizationToken") + account;
    }
    return {};
}

} // namespace

QJsonObject PolicyTemplates::statement(Kind kind, const QString &account)
{
    return {{QLatin1String("Sid"), sidFor(kind, account)},
            {QLatin1String("Effect"), QStringLiteral("Allow")},
            {QLatin1String("Principal"),
             QJsonObject{{QLatin1String("AWS"), QStringLiteral("arn:aws:iam::%1:root").arg(account)}}},
            {QLatin1String("Action"), QJsonArray::fromStringList(actions(kind))},
            {QLatin1String("Resource"), QStringLiteral("*")}};
}

PolicyTemplates::Result PolicyTemplates::apply(const QString &document, Kind kind, const QString &account)
{
    if (!InputValidator::isAccountId(account))
        return {{}, tr("Enter the 12-digit ID of the account to allow.")};
    QJsonObject policy;
    if (!document.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(document.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !json.isObject())
            return {{}, tr("The policy in the editor is not valid JSON; correct it (or clear it) before adding a template.")};
        policy = json.object();
    }
    if (!policy.contains(QLatin1String("Version")))
        policy.insert(QLatin1String("Version"), QStringLiteral("2012-10-17"));
    QJsonArray statements;
    const QJsonValue existing = policy.value(QLatin1String("Statement"));
    if (existing.isObject())
        statements.append(existing);
    else if (existing.isArray())
        statements = existing.toArray();
    const QJsonObject added = statement(kind, account);
    const QString sid = added.value(QLatin1String("Sid")).toString();
    bool replaced = false;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (statements.at(i).toObject().value(QLatin1String("Sid")).toString() == sid) {
            statements.replace(i, added);
            replaced = true;
        }
    }
    if (!replaced)
        statements.append(added);
    policy.insert(QLatin1String("Statement"), statements);
    return {QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Indented)).trimmed(), {}};
}

} // namespace desk
