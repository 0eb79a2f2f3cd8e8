#include "base/externalconnection.h"

#include <QCoreApplication>

namespace desk {

QString ExternalConnectionInfo::description() const
{
    return descriptionSource ? QCoreApplication::translate("ExternalConnections", descriptionSource) : QString();
}

const QList<ExternalConnectionInfo> &ExternalConnections::all()
{
    static const QList<ExternalConnectionInfo> table = {
        {QStringLiteral("public:npmjs"), QStringLiteral("npm"), QStringLiteral("npm public registry"),
         QT_TRANSLATE_NOOP("ExternalConnections", "JavaScript packages from the npm public registry (registry.npmjs.com).")},
        {QStringLiteral("public:pypi"), QStringLiteral("pypi"), QStringLiteral("Python Package Index"),
         QT_TRANSLATE_NOOP("ExternalConnections", "Python packages from the Python Package Index (pypi.org).")},
        {QStringLiteral("public:maven-central"), QStringLiteral("maven"), QStringLiteral("Maven Central"),
         QT_TRANSLATE_NOOP("ExternalConnections", "Java and JVM libraries from Maven Central.")},
        {QStringLiteral("public:maven-googleandroid"), QStringLiteral("maven"), QStringLiteral("Google Android repository"),
         QT_TRANSLATE_NOOP("ExternalConnections", "Android libraries from Google's Maven repository.")},
        {QStringLiteral("public:maven-gradleplugins"), QStringLiteral("maven"), QStringLiteral("Gradle plugins repository"),
         QT_TRANSLATE_NOOP("ExternalConnections", "Gradle plugins from the Gradle Plugin Portal.")},
        {QStringLiteral("public:maven-commonsware"), QStringLiteral("maven"), QStringLiteral("CommonsWare Android repository"),
         QT_TRANSLATE_NOOP("ExternalConnections", "Android libraries published by CommonsWare.")},
        {QStringLiteral("public:maven-clojars"), QStringLiteral("maven"), QStringLiteral("Clojars"),
         QT_TRANSLATE_NOOP("ExternalConnections", "Clojure libraries from Clojars.")},
        {QStringLiteral("public:nuget-org"), QStringLiteral("nuget"), QStringLiteral("NuGet Gallery"),
         QT_TRANSLATE_NOOP("ExternalConnections", ".NET packages from the NuGet Gallery (nuget.org).")},
        {QStringLiteral("public:ruby-gems-org"), QStringLiteral("ruby"), QStringLiteral("RubyGems.org"),
         QT_TRANSLATE_NOOP("ExternalConnections", "Ruby gems from RubyGems.org.")},
        {QStringLiteral("public:crates-io"), QStringLiteral("cargo"), QStringLiteral("crates.io"),
         QT_TRANSLATE_NOOP("ExternalConnections", "Rust crates from crates.io.")},
    };
    return table;
}

const ExternalConnectionInfo *ExternalConnections::find(const QString &name)
{
    for (const ExternalConnectionInfo &info : all()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

QStringList ExternalConnections::names()
{
    QStringList out;
    for (const ExternalConnectionInfo &info : all())
        out << info.name;
    return out;
}

} // namespace desk
