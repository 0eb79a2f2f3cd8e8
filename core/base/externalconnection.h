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
    const char *descriptionSource = nullptr;   // one line for people, in English

    // The line in the language the application shows now (translated on each call: the table is
    // built once, perhaps before a translator is installed).
    QString description() const;
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
