#include "sandbox/sandboxdemoseed.h"

namespace desk {

namespace {

struct RepoSpec
{
    const char *name;
    const char *description;
    const char *connection;
    QList<const char *> upstreams;
};

SandboxDomain makeDomain(const QString &name, const QString &owner, const QString &region, int dayOffset,
                         const QList<RepoSpec> &repos, const QString &administrator)
{
    const QDateTime base = QDateTime(QDate(2024, 3, 4), QTime(9, 30), Qt::UTC);
    SandboxDomain d;
    d.name = name;
    d.owner = owner;
    d.encryptionKey = QStringLiteral("arn:aws:kms:%1:%2:key/5f1c2e0a-7b3d-4c8e-9a61-%3")
                          .arg(region, owner, QStringLiteral("0000000000%1").arg(dayOffset, 2, 10, QLatin1Char('0')));
    d.createdTime = base.addDays(dayOffset);
    d.tags = {{QStringLiteral("team"), QStringLiteral("platform")}};
    int minute = 0;
    for (const RepoSpec &spec : repos) {
        SandboxRepository r;
        r.name = QString::fromLatin1(spec.name);
        r.administratorAccount = administrator;
        r.description = QString::fromUtf8(spec.description);
        r.externalConnection = QString::fromLatin1(spec.connection);
        for (const char *u : spec.upstreams)
            r.upstreams << QString::fromLatin1(u);
        r.createdTime = d.createdTime.addSecs(60 * (++minute) * 7);
        d.repositories.insert(r.name, r);
    }
    return d;
}

} // namespace

QList<SandboxDomain> SandboxDemoSeed::domains(const QString &account, const QString &region)
{
    QList<SandboxDomain> out;
    out << makeDomain(QStringLiteral("acme-prod"), account, region, 0,
                      {
                          {"npm-store", "Proxy of the npm public registry", "public:npmjs", {}},
                          {"pypi-store", "Proxy of the Python Package Index", "public:pypi", {}},
                          {"maven-central-store", "Proxy of Maven Central", "public:maven-central", {}},
                          {"google-android-store", "Proxy of Google's Android repository", "public:maven-googleandroid", {}},
                          {"gradle-plugins-store", "Proxy of the Gradle Plugin Portal", "public:maven-gradleplugins", {}},
                          {"commonsware-store", "Proxy of the CommonsWare repository", "public:maven-commonsware", {}},
                          {"clojars-store", "Proxy of Clojars", "public:maven-clojars", {}},
                          {"nuget-store", "Proxy of the NuGet Gallery", "public:nuget-org", {}},
                          {"rubygems-store", "Proxy of RubyGems.org", "public:ruby-gems-org", {}},
                          {"crates-store", "Proxy of crates.io", "public:crates-io", {}},
                          {"web-frontend", "JavaScript packages of the web team", "", {"npm-store"}},
                          {"data-science", "Python packages of the data team", "", {"pypi-store"}},
                          {"backend-jvm", "JVM libraries of the backend team", "",
                           {"maven-central-store", "gradle-plugins-store", "clojars-store"}},
                          {"mobile", "Android libraries", "",
                           {"google-android-store", "commonsware-store", "maven-central-store"}},
                          {"dotnet-services", ".NET packages", "", {"nuget-store"}},
                          {"tooling", "Ruby and Rust tooling", "", {"rubygems-store", "crates-store"}},
                          {"release", "Everything that ships, promoted from the team repositories", "",
                           {"web-frontend", "backend-jvm", "data-science"}},
                      },
                      account);
    out << makeDomain(QStringLiteral("acme-staging"), account, region, 12,
                      {
                          {"npm-store", "Proxy of the npm public registry", "public:npmjs", {}},
                          {"pypi-store", "Proxy of the Python Package Index", "public:pypi", {}},
                          {"staging-apps", "Release candidates", "", {"npm-store", "pypi-store"}},
                          // Left over from a migration: a second npm proxy (the package flow marks
                          // it as a duplicate store).
                          {"npm-mirror", "Second npm proxy, left over from the 2023 migration", "public:npmjs", {}},
                          {"qa-tools", "Test tooling of the QA team", "", {"npm-mirror"}},
                      },
                      account);
    out << makeDomain(QStringLiteral("acme-experiments"), account, region, 30,
                      {
                          {"scratch", "Throw-away experiments", "", {}},
                      },
                      account);
    out << makeDomain(QStringLiteral("sandbox-playground"), account, region, 45, {}, account);
    // The layout AWS recommends: one store repository per public registry, holding the domain's
    // only connection to it, and team repositories that reach the registries through the stores.
    out << makeDomain(QStringLiteral("platform"), account, region, 60,
                      {
                          {"npm-store", "npm packages from the public registry, for the whole domain", "public:npmjs", {}},
                          {"pypi-store", "Python packages from PyPI, for the whole domain", "public:pypi", {}},
                          {"maven-store", "Java packages from Maven Central, for the whole domain", "public:maven-central", {}},
                          {"design-system", "UI components of the platform team", "", {"npm-store"}},
                          // Search order: the team's own components first, so that a public
                          // package of the same name does not shadow them; then npm.
                          {"web-portal", "The customer portal: the design system first, then npm", "",
                           {"design-system", "npm-store"}},
                          {"ml-pipelines", "Python packages of the data platform", "", {"pypi-store"}},
                          {"payments-service", "JVM libraries of the payments team", "", {"maven-store"}},
                          // Its second upstream was deleted: AWS keeps the name (a dangling upstream).
                          {"reporting", "Reports; its upstream reporting-legacy was deleted in the 2024 clean-up", "",
                           {"pypi-store", "reporting-legacy"}},
                      },
                      account);

    SandboxDomain shared = makeDomain(QStringLiteral("partner-shared"), partnerAccount(), region, 5,
                                      {
                                          {"partner-npm", "Partner's npm proxy", "public:npmjs", {}},
                                          {"shared-libs", "Libraries the partner shares with us", "", {"partner-npm"}},
                                          {"partner-maven", "Partner's Maven libraries, not yet connected", "", {}},
                                      },
                                      partnerAccount());
    shared.sharedWith << account;
    out << shared;
    return out;
}

} // namespace desk
