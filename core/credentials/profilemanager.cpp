#include "credentials/profilemanager.h"

#include "base/awsclicommand.h"

#include "credentials/ssosettings.h"

#include "api/codeartifactclient.h"
#include "credentials/appprofilestore.h"
#include "credentials/refreshingcredentialsprovider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace desk {

namespace {

const QString kLastProfile = QStringLiteral("Session/lastProfile");
const QString kLastRegion = QStringLiteral("Session/lastRegion");
const QString kLastRegionProfile = QStringLiteral("Session/lastRegionProfile");

} // namespace

ProfileManager::ProfileManager(QNetworkAccessManager *network, AppProfileStore *appProfiles, QSettings *settings,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_appProfiles(appProfiles)
    , m_settings(settings)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    qRegisterMetaType<desk::ActiveProfile>();
    qRegisterMetaType<desk::AwsError>();
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    if (m_appProfiles)
        connect(m_appProfiles, &AppProfileStore::profilesChanged, this, &ProfileManager::reload);
    m_fileReload.setSingleShot(true);
    m_fileReload.setInterval(300);
    connect(&m_fileReload, &QTimer::timeout, this, [this] {
        if (sharedFilesState() != m_filesState)
            reload();
        else
            watchSharedFiles();   // a file replaced by the same content: watch the new one
    });
    // Editors replace a file (write a new one, rename it over): the folder says so too.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_fileReload, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_fileReload, qOverload<>(&QTimer::start));
}

QStringList ProfileManager::sharedFilesState() const
{
    QStringList state;
    for (const QString &path : {SharedConfig::configPath(m_environment), SharedConfig::credentialsPath(m_environment)}) {
        const QFileInfo info(path);
        state << (info.exists() ? QStringLiteral("%1 %2 %3").arg(path).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch())
                                : path + QStringLiteral(" -"));
    }
    return state;
}

void ProfileManager::watchSharedFiles()
{
    QStringList wanted;
    for (const QString &path : {SharedConfig::configPath(m_environment), SharedConfig::credentialsPath(m_environment)}) {
        if (path.isEmpty())
            continue;
        const QFileInfo info(path);
        if (info.exists())
            wanted << info.absoluteFilePath();
        if (info.absoluteDir().exists())
            wanted << info.absolutePath();   // a file that appears, or is replaced
    }
    wanted.removeDuplicates();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    QStringList stale;
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            stale << path;
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        // A replaced file is no longer watched under its name: add it again.
        if (!m_watcher.files().contains(path) && !m_watcher.directories().contains(path))
            missing << path;
    }
    if (!missing.isEmpty())
        m_watcher.addPaths(missing);
}

ProfileManager::~ProfileManager() = default;

QSettings *ProfileManager::settings() const
{
    return m_settings;
}

void ProfileManager::setCommandLine(const QString &profile, const QString &region, const QString &endpointUrl)
{
    m_cliProfile = profile.trimmed();
    m_cliRegion = region.trimmed();
    m_cliEndpoint = endpointUrl.trimmed();
}

void ProfileManager::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

CredentialsResolver ProfileManager::resolver() const
{
    CredentialsResolverOptions options;
    options.commandLineProfile = m_cliProfile;
    options.commandLineRegion = m_cliRegion;
    options.commandLineEndpoint = m_cliEndpoint;
    options.environment = m_environment;
    options.network = m_network;
    options.mfaPrompt = m_mfaPrompt;
    options.ssoPrompt = m_ssoPrompt;
    options.processTimeoutMs = m_processTimeoutMs;
    return CredentialsResolver(m_config, options);
}

void ProfileManager::reload()
{
    m_filesState = sharedFilesState();
    m_config = SharedConfig::load(m_environment);
    watchSharedFiles();
    m_entries.clear();
    const CredentialsResolver r = resolver();
    if (r.hasEnvironmentCredentials()) {
        ProfileEntry e;
        e.id = environmentId();
        e.name = tr("Environment");
        e.origin = ProfileEntry::Origin::Environment;
        e.originText = tr("environment variables (AWS_ACCESS_KEY_ID)");
        e.region = m_environment.value(QStringLiteral("AWS_REGION"), m_environment.value(QStringLiteral("AWS_DEFAULT_REGION")));
        const ResolvedCredentials env = r.resolveEnvironment();
        if (env.error)
            e.problem = env.error.message();
        m_entries.append(e);
    }
    for (const QString &name : m_config.profileNames()) {
        const SharedProfile p = m_config.profile(name);
        ProfileEntry e;
        e.id = sharedId(name);
        e.name = name;
        e.origin = ProfileEntry::Origin::SharedFiles;
        e.originText = p.originText();
        e.region = p.value(QStringLiteral("region"));
        if (!p.errors.isEmpty())
            e.problem = p.errors.first().toString();
        else if (const QStringList unsupported = CredentialsResolver::unsupportedSettings(p); !unsupported.isEmpty())
            e.problem = tr("uses %1, which is not supported").arg(unsupported.join(QStringLiteral(", ")));
        else if (SsoSettings::usesSso(p) && !p.has(QStringLiteral("role_arn")))
            e.problem = SsoSettings::fromProfile(m_config, p).error.message();
        m_entries.append(e);
    }
    if (m_appProfiles) {
        for (const AppProfile &p : m_appProfiles->profiles()) {
            ProfileEntry e;
            e.id = appId(p.name);
            e.name = p.name;
            e.origin = ProfileEntry::Origin::App;
            e.originText = m_appProfiles->isKeptForThisRunOnly(p.name) ? tr("Artifact Desk (this session only)")
                                                                         : tr("Artifact Desk (keychain)");
            e.region = p.region;
            m_entries.append(e);
        }
    }
    Q_EMIT profilesChanged();
}

ProfileEntry ProfileManager::entry(const QString &id) const
{
    for (const ProfileEntry &e : m_entries) {
        if (e.id == id)
            return e;
    }
    return {};
}

QString ProfileManager::lastProfileId() const
{
    return settings()->value(kLastProfile).toString();
}

QString ProfileManager::initialProfileId() const
{
    if (!m_cliProfile.isEmpty()) {
        // --profile names a profile of the AWS files or, when they have none of that name, one
        // added in Artifact Desk.
        if (!m_config.hasProfile(m_cliProfile) && m_appProfiles && m_appProfiles->contains(m_cliProfile))
            return appId(m_cliProfile);
        return sharedId(m_cliProfile);
    }
    const CredentialsResolver r = resolver();
    if (r.hasEnvironmentCredentials())
        return environmentId();
    const QString fromEnv = m_environment.value(QStringLiteral("AWS_PROFILE")).trimmed();
    if (!fromEnv.isEmpty())
        return sharedId(fromEnv);
    const QString last = lastProfileId();
    if (!last.isEmpty() && !entry(last).id.isEmpty())
        return last;
    if (m_config.hasProfile(QStringLiteral("default")))
        return sharedId(QStringLiteral("default"));
    for (const ProfileEntry &e : m_entries) {
        if (e.origin == ProfileEntry::Origin::App)
            return e.id;
    }
    if (!m_entries.isEmpty())
        return m_entries.first().id;
    return {};
}

void ProfileManager::activateInitial()
{
    const QString id = initialProfileId();
    if (id.isEmpty()) {
        const quint64 generation = ++m_generation;
        m_activating = true;
        failActivation(generation, id, resolver().resolveDefault().error);
        return;
    }
    activate(id);
}

QString ProfileManager::rememberedRegion(const QString &id) const
{
    if (settings()->value(kLastRegionProfile).toString() != id)
        return {};
    return settings()->value(kLastRegion).toString();
}

void ProfileManager::rememberRegion(const QString &region)
{
    if (m_active.id.isEmpty())
        return;
    m_active.region = region.trimmed();
    settings()->setValue(kLastRegion, m_active.region);
    settings()->setValue(kLastRegionProfile, m_active.id);
    settings()->sync();
}

void ProfileManager::activate(const QString &id)
{
    const quint64 generation = ++m_generation;
    m_activating = true;
    Q_EMIT activationStarted(id);
    if (m_config.configFile().fileName().isEmpty())
        m_config = SharedConfig::load(m_environment);

    if (id.startsWith(QLatin1String("app:"))) {
        const QString name = id.mid(4);
        if (!m_appProfiles || !m_appProfiles->contains(name)) {
            QMetaObject::invokeMethod(this, [=, this] {
                failActivation(generation, id, AwsError(AwsError::Kind::Configuration, tr("There is no Artifact Desk profile named %1.").arg(name)));
            }, Qt::QueuedConnection);
            return;
        }
        const AppProfile profile = m_appProfiles->profile(name);
        AppProfileJob *job = m_appProfiles->loadCredentials(name);
        connect(job, &AppProfileJob::finished, this, [=, this, j = job] {
            if (j->error()) {
                failActivation(generation, id, j->error());
                return;
            }
            ActiveProfile active;
            active.id = id;
            active.name = name;
            active.provider = std::make_shared<StaticCredentialsProvider>(j->takeCredentials());
            active.region = !m_cliRegion.isEmpty() ? m_cliRegion : profile.region;
            active.endpointUrl = !m_cliEndpoint.isEmpty() ? m_cliEndpoint : profile.endpointUrl;
            active.stsEndpointUrl = profile.endpointUrl;
            ResolvedCredentials bundle;
            resolver().fillCaBundle(bundle, nullptr);   // AWS_CA_BUNDLE holds for every profile
            if (bundle.error) {
                failActivation(generation, id, bundle.error);
                return;
            }
            active.caBundle = bundle.caBundle;
            active.description = m_appProfiles->isKeptForThisRunOnly(name)
                ? tr("Artifact Desk profile %1 (this session only: the keychain was not available)").arg(name)
                : tr("Artifact Desk profile %1 (keychain)").arg(name);
            // The AWS CLI has no such profile: copied commands name it anyway (rather than fall
            // back to the CLI's default credentials, another identity perhaps) and say so.
            active.cliProfile = QStringLiteral("--profile ") + AwsCliCommand::shellQuote(name);
            active.cliNote = AwsCliCommand::comment(
                tr("The AWS CLI does not know profile %1: it is an Artifact Desk profile, kept in the keychain.\n"
                   "Give the AWS CLI its credentials before running these commands: aws configure --profile %1")
                    .arg(AwsCliCommand::shellQuote(name)));
            finishActivation(generation, active);
        });
        return;
    }

    ResolvedCredentials resolved;
    if (id == environmentId())
        resolved = resolver().resolveEnvironment();
    else if (id.startsWith(QLatin1String("shared:"))) {
        const QString name = id.mid(7);
        resolved = resolver().resolveProfile(name);
        // A name that is nowhere: the app's own profiles are there to choose from too.
        if (resolved.error && !m_config.hasProfile(name) && m_config.fileProblems().isEmpty() && m_appProfiles) {
            QStringList own;
            for (const AppProfile &p : m_appProfiles->profiles())
                own.append(p.name);
            if (!own.isEmpty())
                resolved.error.setMessage(tr("%1 Profiles added in Artifact Desk: %2.")
                                              .arg(resolved.error.message(), own.join(QStringLiteral(", "))));
        }
    }
    else
        resolved.error = AwsError(AwsError::Kind::Configuration, tr("Unknown profile \"%1\".").arg(id));
    // Resolution is synchronous but activation is always reported from the event loop.
    QMetaObject::invokeMethod(this, [=, this] { activateResolved(generation, id, resolved); }, Qt::QueuedConnection);
}

void ProfileManager::activateResolved(quint64 generation, const QString &id, ResolvedCredentials resolved)
{
    if (generation != m_generation)
        return;
    if (resolved.error || !resolved.provider) {
        failActivation(generation, id, resolved.error);
        return;
    }
    ActiveProfile active;
    active.id = id;
    active.name = resolved.profile.isEmpty() ? tr("Environment") : resolved.profile;
    active.provider = resolved.provider;
    active.region = resolved.region;
    active.endpointUrl = resolved.endpointUrl;
    active.stsEndpointUrl = resolved.stsEndpointUrl;
    active.caBundle = resolved.caBundle;
    active.description = resolved.description;
    active.warnings = resolved.warnings;
    if (!resolved.profile.isEmpty())
        active.cliProfile = QStringLiteral("--profile ") + AwsCliCommand::shellQuote(resolved.profile);

    auto *refreshing = dynamic_cast<RefreshingCredentialsProvider *>(resolved.provider.get());
    if (!refreshing || refreshing->hasValidCredentials()) {
        finishActivation(generation, active);
        return;
    }
    // Temporary credentials: fetch the first set before the client gets the provider.
    auto ok = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    *ok = connect(refreshing, &RefreshingCredentialsProvider::refreshed, this, [=, this] {
        disconnect(*ok);
        disconnect(*failed);
        finishActivation(generation, active);
    });
    *failed = connect(refreshing, &RefreshingCredentialsProvider::refreshFailed, this, [=, this](const AwsError &error) {
        disconnect(*ok);
        disconnect(*failed);
        failActivation(generation, id, error);
    });
    refreshing->refresh();
}

void ProfileManager::finishActivation(quint64 generation, ActiveProfile profile)
{
    if (generation != m_generation)
        return;
    m_activating = false;
    const QString remembered = rememberedRegion(profile.id);
    if (m_cliRegion.isEmpty() && !remembered.isEmpty())
        profile.region = remembered;
    disconnect(m_refreshFailedConnection);
    if (auto *refreshing = dynamic_cast<RefreshingCredentialsProvider *>(profile.provider.get()))
        m_refreshFailedConnection = connect(refreshing, &RefreshingCredentialsProvider::refreshFailed, this,
                                            &ProfileManager::credentialsRefreshFailed);
    m_active = profile;
    settings()->setValue(kLastProfile, profile.id);
    settings()->sync();
    Q_EMIT activated(m_active);
}

void ProfileManager::failActivation(quint64 generation, const QString &id, const AwsError &error)
{
    if (generation != m_generation)
        return;
    m_activating = false;
    AwsError e = error;
    if (!e)
        e = AwsError(AwsError::Kind::Configuration, tr("The profile could not be used."));
    Q_EMIT activationFailed(id, e);
}

void ProfileManager::applyTo(const ActiveProfile &profile, CodeArtifactClient *client)
{
    if (!client)
        return;
    client->setCredentialsProvider(profile.provider);
    client->setRegion(profile.region);
    client->setEndpointOverride(profile.endpointUrl);
    client->setStsEndpointOverride(profile.stsEndpointUrl);
    client->setCaBundle(profile.caBundle);
}

} // namespace desk
