#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace desk {

// Everything a SandboxServer needs to know, filled by SandboxOptions (the executable) or by the
// desktop app's --sandbox mode. The defaults are documented test values, not secrets.
struct SandboxConfig
{
    static QString defaultAccount() { return QStringLiteral("111122223333"); }
    static QString defaultRegion() { return QStringLiteral("us-east-1"); }
    static QString defaultAccessKeyId() { return QStringLiteral("AKIDSANDBOX"); }
    static QByteArray defaultSecretAccessKey() { return QByteArrayLiteral("sandbox-secret-key-not-for-production"); }

    QString account = defaultAccount();
    QString region = defaultRegion();
    // The one long-term key pair the sandbox accepts (plus what STS AssumeRole hands out).
    QString accessKeyId = defaultAccessKeyId();
    QByteArray secretAccessKey = defaultSecretAccessKey();
    QByteArray sessionToken;   // when set, every request with this key must carry it
    QString stateFile;         // empty: state lives in memory only
    QString seed;              // "" or "demo": fills an empty state
    QStringList faults;        // fault specs, e.g. "throttle:0.3", "latency:200ms"
    quint64 faultSeed = 0;
    bool faultSeedSet = false; // false: faults draw from a random seed
};

} // namespace desk
