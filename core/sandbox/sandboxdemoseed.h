#pragma once

#include "sandbox/sandboxstate.h"

#include <QList>
#include <QString>

namespace desk {

// The "--seed demo" content: what an administrator of a small company would see. Several
// domains of the caller's account, every public external connection on its own "store"
// repository, team repositories that use them as upstreams (some chained), an empty domain,
// and a domain of a partner account shared with the caller (read-only for the caller).
class SandboxDemoSeed
{
public:
    static QString partnerAccount() { return QStringLiteral("444455556666"); }
    static QList<SandboxDomain> domains(const QString &account, const QString &region);
};

} // namespace desk
