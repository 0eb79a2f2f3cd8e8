#include "credentials/appprofilestore.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace desk {

namespace {

const QString kGroup = QStringLiteral("AppProfiles");

AwsError keychainError(const QString &message)
{
    AwsError e(AwsError::Kind::KeychainUnavailable, message);
    e.setService(QStringLiteral("keychain"));
    return e;
}

} // namespace

AppProfileJob::AppProfileJob(QObject *parent)
    : Job(parent)
{
}

AppProfileJob::~AppProfileJob()
{
    m_credentials.clear();
}

AwsCredentials AppProfileJob::takeCredentials()
{
    AwsCredentials out = std::move(m_credentials);
    m_credentials = {};
    return out;
}

void AppProfileJob::next()
{
    if (isFinished())
        return;
    if (m_steps.isEmpty()) {
        finishWith();
        return;
    }
    Step step = m_steps.takeFirst();
    step();
}

void AppProfileJob::fail(const AwsError &error)
{
    if (isFinished())
        return;
    m_steps.clear();
    m_credentials.clear();
    finishWith(error);
}

AppProfileStore::AppProfileStore(SecretStore *secrets, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
}

AppProfileStore::~AppProfileStore()
{
    for (QByteArray &secret : m_thisRun)
        wipeSecret(secret);
}

QSettings *AppProfileStore::settings() const
{
    return m_settings;
}

QString AppProfileStore::secretKey(const QString &profile)
{
    return QStringLiteral("profile/%1/secret-access-key").arg(profile);
}

QString AppProfileStore::sessionTokenKey(const QString &profile)
{
    return QStringLiteral("profile/%1/session-token").arg(profile);
}

QString AppProfileStore::labelFor(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3 || parts.at(0) != QLatin1String("profile"))
        return {};
    if (parts.at(2) == QLatin1String("secret-access-key"))
        return parts.at(1) + QStringLiteral(" (secret access key)");
    if (parts.at(2) == QLatin1String("session-token"))
        return parts.at(1) + QStringLiteral(" (session token)");
    return {};
}

AwsError AppProfileStore::validateName(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.@+-]{1,64}")));
    if (name.trimmed().isEmpty())
        return AwsError(AwsError::Kind::Validation, tr("Enter a profile name.")).setField(QStringLiteral("name"));
    if (!pattern.match(name).hasMatch())
        return AwsError(AwsError::Kind::Validation,
                        tr("A profile name has 1 to 64 letters, digits and the characters _ . @ + -."))
            .setField(QStringLiteral("name"));
    return {};
}

QList<AppProfile> AppProfileStore::profiles() const
{
    QList<AppProfile> out;
    QSettings *s = settings();
    s->beginGroup(kGroup);
    const QStringList names = s->childGroups();
    s->endGroup();
    for (const QString &name : names) {
        const AppProfile p = profile(name);
        if (p.isValid())
            out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const AppProfile &a, const AppProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

bool AppProfileStore::contains(const QString &name) const
{
    if (validateName(name))
        return false;
    QSettings *s = settings();
    s->beginGroup(kGroup);
    const bool has = s->childGroups().contains(name);
    s->endGroup();
    return has;
}

AppProfile AppProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return {};
    QSettings *s = settings();
    s->beginGroup(kGroup + u'/' + name);
    AppProfile p;
    p.name = name;
    p.accessKeyId = s->value(QStringLiteral("accessKeyId")).toString();
    p.region = s->value(QStringLiteral("region")).toString();
    p.endpointUrl = s->value(QStringLiteral("endpointUrl")).toString();
    p.hasSessionToken = s->value(QStringLiteral("hasSessionToken"), false).toBool();
    s->endGroup();
    return p;
}

void AppProfileStore::writeSettings(const AppProfile &profile, const QString &previousName)
{
    QSettings *s = settings();
    if (!previousName.isEmpty() && previousName != profile.name)
        s->remove(kGroup + u'/' + previousName);
    s->beginGroup(kGroup + u'/' + profile.name);
    s->setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
    s->setValue(QStringLiteral("region"), profile.region);
    s->setValue(QStringLiteral("endpointUrl"), profile.endpointUrl);
    s->setValue(QStringLiteral("hasSessionToken"), profile.hasSessionToken);
    s->endGroup();
    s->sync();
}

void AppProfileStore::setKeychainAvailable(bool available, const QString &message)
{
    if (available == m_keychainAvailable && message == m_keychainMessage)
        return;
    m_keychainAvailable = available;
    m_keychainMessage = message;
    Q_EMIT keychainAvailabilityChanged(available, message);
}

void AppProfileStore::storeSecret(AppProfileJob *job, const QString &key, const QByteArray &secret)
{
    if (!m_secrets) {
        job->fail(keychainError(tr("No keychain is configured.")));
        return;
    }
    SecretStoreJob *write = m_secrets->write(key, secret, labelFor(key));
    // Kept until the keychain answers: it goes to memory if the keychain cannot take it.
    auto pending = std::make_shared<QByteArray>(secret);
    connect(write, &SecretStoreJob::finished, job, [this, job, key, pending, w = write] {
        switch (w->status()) {
        case SecretStoreJob::Status::Ok:
            if (auto it = m_thisRun.find(key); it != m_thisRun.end()) {
                wipeSecret(it.value());
                m_thisRun.erase(it);
            }
            setKeychainAvailable(true, {});
            wipeSecret(*pending);
            job->next();
            return;
        case SecretStoreJob::Status::Unavailable:
        case SecretStoreJob::Status::NotFound:
            setKeychainAvailable(false, w->errorString());
            wipeSecret(m_thisRun[key]);
            m_thisRun.insert(key, *pending);
            wipeSecret(*pending);
            job->m_thisRunOnly = true;
            job->next();
            return;
        case SecretStoreJob::Status::Failed:
            wipeSecret(*pending);
            job->fail(keychainError(tr("The keychain refused the secret. %1").arg(w->errorString())));
            return;
        }
    });
}

void AppProfileStore::removeSecret(AppProfileJob *job, const QString &key, std::shared_ptr<bool> trouble)
{
    if (auto it = m_thisRun.find(key); it != m_thisRun.end()) {
        wipeSecret(it.value());
        m_thisRun.erase(it);
    }
    if (!m_secrets) {
        job->next();
        return;
    }
    SecretStoreJob *remove = m_secrets->remove(key, labelFor(key));
    connect(remove, &SecretStoreJob::finished, job, [this, job, trouble, r = remove] {
        if (r->isOk() || r->status() == SecretStoreJob::Status::NotFound) {
            setKeychainAvailable(true, {});
            job->next();
            return;
        }
        if (r->status() == SecretStoreJob::Status::Unavailable) {
            // Nothing can be deleted from a keychain that is not there; go on, but say so.
            setKeychainAvailable(false, r->errorString());
            if (trouble)
                *trouble = true;
            job->next();
            return;
        }
        job->fail(keychainError(tr("The keychain entry could not be removed. %1").arg(r->errorString())));
    });
}

void AppProfileStore::readSecret(AppProfileJob *job, const QString &key, std::shared_ptr<QByteArray> out,
                                 bool required, const QString &profile)
{
    if (const auto it = m_thisRun.constFind(key); it != m_thisRun.cend()) {
        *out = it.value();
        job->next();
        return;
    }
    if (!m_secrets) {
        job->fail(keychainError(tr("No keychain is configured.")));
        return;
    }
    SecretStoreJob *read = m_secrets->read(key, labelFor(key));
    connect(read, &SecretStoreJob::finished, job, [this, job, out, required, profile, r = read] {
        switch (r->status()) {
        case SecretStoreJob::Status::Ok:
            setKeychainAvailable(true, {});
            *out = r->data();
            job->next();
            return;
        case SecretStoreJob::Status::NotFound:
            if (!required) {
                job->next();
                return;
            }
            job->fail(AwsError(AwsError::Kind::Configuration,
                                     tr("The keychain holds no secret for profile %1. Edit the profile and enter "
                                        "its secret access key again.")
                                         .arg(profile)));
            return;
        case SecretStoreJob::Status::Unavailable:
            setKeychainAvailable(false, r->errorString());
            // The way forward too: a secret saved while the keychain was away lived for that run.
            job->fail(keychainError(tr("The secret of profile %1 could not be read: the system keychain is not available "
                                       "(%2). Start the keychain (for example, log in to the desktop session) or enter "
                                       "the secret again in Credentials; without a keychain it is kept for this session only.")
                                        .arg(profile, r->errorString().trimmed().remove(QRegularExpression(QStringLiteral("\\.$"))))));
            return;
        case SecretStoreJob::Status::Failed:
            job->fail(keychainError(tr("The secret of profile %1 could not be read. %2").arg(profile, r->errorString())));
            return;
        }
    });
}

AppProfileJob *AppProfileStore::save(const AppProfile &input, std::optional<QByteArray> secretAccessKey,
                                     std::optional<QByteArray> sessionToken, const QString &previousName)
{
    auto *job = new AppProfileJob(this);
    AppProfile profile = input;
    profile.name = profile.name.trimmed();
    profile.accessKeyId = profile.accessKeyId.trimmed();
    profile.region = profile.region.trimmed();
    profile.endpointUrl = profile.endpointUrl.trimmed();
    const QString oldName = previousName.isEmpty() ? profile.name : previousName;
    const bool isNew = !contains(oldName);
    const bool renamed = !isNew && oldName != profile.name;

    AwsError invalid = validateName(profile.name);
    if (!invalid && profile.accessKeyId.isEmpty())
        invalid = AwsError(AwsError::Kind::Validation, tr("Enter an access key ID.")).setField(QStringLiteral("accessKeyId"));
    if (!invalid && (isNew || renamed) && contains(profile.name))
        invalid = AwsError(AwsError::Kind::Validation, tr("A profile named %1 exists already.").arg(profile.name))
                      .setField(QStringLiteral("name"));
    if (!invalid && isNew && (!secretAccessKey || secretAccessKey->isEmpty()))
        invalid = AwsError(AwsError::Kind::Validation, tr("Enter the secret access key."))
                      .setField(QStringLiteral("secretAccessKey"));
    if (invalid) {
        if (secretAccessKey)
            wipeSecret(*secretAccessKey);
        if (sessionToken)
            wipeSecret(*sessionToken);
        job->addStep([job, invalid] { job->fail(invalid); });
        job->startLater();
        return job;
    }

    const AppProfile stored = isNew ? AppProfile() : this->profile(oldName);
    // A renamed profile whose secrets are kept: carry them over from the old keys.
    auto carriedSecret = std::make_shared<QByteArray>();
    auto carriedToken = std::make_shared<QByteArray>();
    if (renamed && !secretAccessKey)
        job->addStep([=, this] { readSecret(job, secretKey(oldName), carriedSecret, true, oldName); });
    if (renamed && !sessionToken && stored.hasSessionToken)
        job->addStep([=, this] { readSecret(job, sessionTokenKey(oldName), carriedToken, false, oldName); });

    if (secretAccessKey) {
        auto secret = std::make_shared<QByteArray>(*secretAccessKey);
        wipeSecret(*secretAccessKey);
        job->addStep([=, this] {
            storeSecret(job, secretKey(profile.name), *secret);
            wipeSecret(*secret);
        });
    } else if (renamed) {
        job->addStep([=, this] {
            storeSecret(job, secretKey(profile.name), *carriedSecret);
            wipeSecret(*carriedSecret);
        });
    }

    bool hasToken = stored.hasSessionToken;
    if (sessionToken && !sessionToken->isEmpty()) {
        hasToken = true;
        auto token = std::make_shared<QByteArray>(*sessionToken);
        wipeSecret(*sessionToken);
        job->addStep([=, this] {
            storeSecret(job, sessionTokenKey(profile.name), *token);
            wipeSecret(*token);
        });
    } else if (sessionToken) {
        hasToken = false;
        if (stored.hasSessionToken)
            job->addStep([=, this] { removeSecret(job, sessionTokenKey(oldName), nullptr); });
    } else if (renamed && stored.hasSessionToken) {
        job->addStep([=, this] {
            if (carriedToken->isEmpty()) {
                job->next();
                return;
            }
            storeSecret(job, sessionTokenKey(profile.name), *carriedToken);
            wipeSecret(*carriedToken);
        });
    }
    if (renamed) {
        job->addStep([=, this] { removeSecret(job, secretKey(oldName), nullptr); });
        if (stored.hasSessionToken)
            job->addStep([=, this] { removeSecret(job, sessionTokenKey(oldName), nullptr); });
    }
    profile.hasSessionToken = hasToken;
    job->addStep([=, this] {
        writeSettings(profile, renamed ? oldName : QString());
        Q_EMIT profilesChanged();
        job->next();
    });
    job->startLater();
    return job;
}

AppProfileJob *AppProfileStore::loadCredentials(const QString &name)
{
    auto *job = new AppProfileJob(this);
    const AppProfile p = profile(name);
    if (!p.isValid()) {
        job->addStep([job, name] {
            job->fail(AwsError(AwsError::Kind::Configuration, tr("There is no profile named %1.").arg(name)));
        });
        job->startLater();
        return job;
    }
    auto secret = std::make_shared<QByteArray>();
    auto token = std::make_shared<QByteArray>();
    job->addStep([=, this] { readSecret(job, secretKey(name), secret, true, name); });
    if (p.hasSessionToken)
        job->addStep([=, this] { readSecret(job, sessionTokenKey(name), token, false, name); });
    job->addStep([=] {
        AwsCredentials c;
        c.accessKeyId = p.accessKeyId;
        c.secretAccessKey = *secret;
        c.sessionToken = *token;
        c.source = tr("Artifact Desk profile %1").arg(name);
        wipeSecret(*secret);
        wipeSecret(*token);
        job->m_credentials = std::move(c);
        job->next();
    });
    job->startLater();
    return job;
}

AppProfileJob *AppProfileStore::remove(const QString &name)
{
    auto *job = new AppProfileJob(this);
    const AppProfile p = profile(name);
    // The keychain entries go first; the profile itself is removed even when the keychain is
    // unavailable (the job then reports that the entries may remain).
    auto trouble = std::make_shared<bool>(false);
    for (const QString &key : {secretKey(name), sessionTokenKey(name)})
        job->addStep([=, this] { removeSecret(job, key, trouble); });
    job->addStep([=, this] {
        if (p.isValid()) {
            settings()->remove(kGroup + u'/' + name);
            settings()->sync();
            Q_EMIT profilesChanged();
        }
        if (*trouble) {
            job->fail(keychainError(tr("Profile %1 was removed, but the keychain is not available, so its "
                                             "keychain entries could not be deleted.")
                                              .arg(name)));
            return;
        }
        job->next();
    });
    job->startLater();
    return job;
}

} // namespace desk
