#include "sandbox/ssodirectory.h"

#include "sandbox/sandboxdemoseed.h"

#include <QCryptographicHash>

#include <algorithm>

namespace desk {

QList<SsoDirectory::Account> SsoDirectory::accounts(const QString &ownAccount)
{
    QList<Account> out;
    out << Account{ownAccount, QStringLiteral("Sandbox"), QStringLiteral("aws-sandbox@example.com"),
                      {adminRole(), readOnlyRole()}};
    const QString partner = SandboxDemoSeed::partnerAccount();
    if (partner != ownAccount)
        out << Account{partner, QStringLiteral("Partner"), QStringLiteral("aws-partner@example.com"), {adminRole()}};
    std::sort(out.begin(), out.end(), [](const Account &a, const Account &b) { return a.accountId < b.accountId; });
    return out;
}

const SsoDirectory::Account *SsoDirectory::find(const QList<Account> &accounts, const QString &accountId)
{
    for (const Account &account : accounts) {
        if (account.accountId == accountId)
            return &account;
    }
    return nullptr;
}

QString SsoDirectory::reservedRoleName(const QString &accountId, const QString &role)
{
    const QByteArray digest = QCryptographicHash::hash((accountId + u'/' + role).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("AWSReservedSSO_%1_%2").arg(role, QString::fromLatin1(digest.left(8).toHex()));
}

} // namespace desk
