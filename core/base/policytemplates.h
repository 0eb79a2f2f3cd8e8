#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace desk {

// The common permissions policies, after AWS's examples in the CodeArtifact user guide
// ("Repository policies", "Domain policies"): each is one statement for another account,
// added to the policy being edited.
class PolicyTemplates
{
    Q_DECLARE_TR_FUNCTIONS(PolicyTemplates)

public:
    enum class Kind {
        ReadRepository,        // a repository's policy: let account X read this repository
        UseDomainRepositories, // a domain's policy: let account X use its repositories as upstreams, create repositories
        ReadDomain,            // a domain's policy: let account X get authorization tokens (read packages) in the domain
    };
    struct Template
    {
        Kind kind;
        QString title;         // translated, for a menu
        QString description;   // translated: what it allows and what else is needed
    };

    // The templates that fit a domain's policy or a repository's.
    static QList<Template> forTarget(bool repository);
    // The IAM actions a template allows.
    static QStringList actions(Kind kind);
    // The statement for the account (12 digits).
    static QJsonObject statement(Kind kind, const QString &account);

    struct Result
    {
        QString text;    // the new document, pretty-printed; empty on error
        QString error;   // translated
    };
    // The document with the template's statement added (replacing a statement of the same Sid);
    // an empty document becomes a new policy. A document that does not parse is an error: the
    // template is not merged into text that cannot be read.
    static Result apply(const QString &document, Kind kind, const QString &account);
};

} // namespace desk
