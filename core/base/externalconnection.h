#pragma once

#include <QList>
#include <QString>

namespace desk {

// One public repository CodeArtifact can connect to. The one table of them lives in
// externalconnection.cpp; the client's validation, the sandbox and the picker all read it.
struct ExternalConnectionInfo
{
    QString name;           // public:pypi
    QString packageFormat;  // pypi
    QString displayName;    // Python Package Index
    QString description;    // one line for people
};

class ExternalConnections
{
public:
    static const QList<ExternalConnectionInfo> &all();
    // nullptr when the name is not a supported connection (names are case-sensitive).
    static const ExternalConnectionInfo *find(const QString &name);
    static bool isSupported(const QString &name) { return find(name) != nullptr; }
    static QStringList names();
};

} // namespace desk
