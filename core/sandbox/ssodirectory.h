#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace desk {

// Who signs in through the sandbox's IAM Identity Center and what they may take, in one place
// (the portal answers from it; tests read it): one user, "sandbox-user", assigned
//   - the sandbox's own account ("Sandbox"): ArtifactAdmin and ReadOnly,
//   - the demo seed's partner account 444455556666 ("Partner"): ArtifactAdmin.
// Role credentials act in the role's account, as AWS's do. ReadOnly's may not run a mutation.
class SsoDirectory
{
public:
    // One AWS account, and the roles (permission sets) the user is assigned there. Nested, not
    // desk::SsoAccount: core/api has that name (the portal's answer, client side), and the app
    // and its tests link both libraries.
    struct Account
    {
        QString accountId;
        QString accountName;
        QString emailAddress;
        QStringList roles;   // sorted
    };

    static QString userName() { return QStringLiteral("sandbox-user"); }
    static QString adminRole() { return QStringLiteral("ArtifactAdmin"); }
    static QString readOnlyRole() { return QStringLiteral("ReadOnly"); }

    // Sorted by account id. The partner account is left out when it is the sandbox's own.
    static QList<Account> accounts(const QString &ownAccount);
    // The account, or nullptr when the directory has none of that id.
    static const Account *find(const QList<Account> &accounts, const QString &accountId);
    // The IAM role AWS creates for a permission set in an account: AWSReservedSSO_<role>_<16 hex>,
    // the hex fixed for the account and role (AWS's is fixed too, and opaque).
    static QString reservedRoleName(const QString &accountId, const QString &role);
};

} // namespace desk
