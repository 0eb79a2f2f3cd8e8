#include "aws/sharedconfig.h"

#include <QCoreApplication>
#include <QDir>

namespace desk {

namespace {

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString shortPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + u'/'))
        return u'~' + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

void addSection(SharedProfile &profile, const SharedConfigSection &section, const SharedConfigFile &file)
{
    for (auto it = section.values.cbegin(); it != section.values.cend(); ++it) {
        profile.values.insert(it.key(), it.value());
        profile.origins.insert(it.key(), shortPath(file.fileName()) + u':'
                                             + QString::number(section.valueLines.value(it.key())));
    }
    for (auto it = section.subSections.cbegin(); it != section.subSections.cend(); ++it)
        profile.subSections.insert(it.key(), it.value());
    if (!section.hasErrors)
        return;
    for (const SharedConfigIssue &issue : file.issues()) {
        if (issue.isError() && issue.line > 0
            && (issue.section == section.header
                || issue.section == QStringLiteral("profile ") + profile.name
                || (profile.name == QLatin1String("default") && issue.section == QLatin1String("default"))))
            profile.errors.append(issue);
    }
}

} // namespace

QString SharedProfile::originText() const
{
    if (inConfig && inCredentials)
        return QCoreApplication::translate("SharedConfig", "AWS config and credentials files");
    if (inCredentials)
        return QCoreApplication::translate("SharedConfig", "AWS credentials file");
    return QCoreApplication::translate("SharedConfig", "AWS config file");
}

QString SharedConfig::expandPath(const QString &path)
{
    return expandHome(path);
}

QString SharedConfig::configPath(const QProcessEnvironment &environment)
{
    const QString set = environment.value(QStringLiteral("AWS_CONFIG_FILE")).trimmed();
    return expandHome(set.isEmpty() ? QStringLiteral("~/.aws/config") : set);
}

QString SharedConfig::credentialsPath(const QProcessEnvironment &environment)
{
    const QString set = environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE")).trimmed();
    return expandHome(set.isEmpty() ? QStringLiteral("~/.aws/credentials") : set);
}

SharedConfig SharedConfig::load(const QProcessEnvironment &environment)
{
    return fromFiles(SharedConfigFile::load(configPath(environment), SharedConfigFile::Kind::Config),
                     SharedConfigFile::load(credentialsPath(environment), SharedConfigFile::Kind::Credentials));
}

SharedConfig SharedConfig::fromFiles(SharedConfigFile config, SharedConfigFile credentials)
{
    SharedConfig c;
    c.m_config = std::move(config);
    c.m_credentials = std::move(credentials);
    return c;
}

QStringList SharedConfig::profileNames() const
{
    QStringList names = m_config.profileNames();
    for (const QString &name : m_credentials.profileNames()) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

bool SharedConfig::hasProfile(const QString &name) const
{
    return m_config.profile(name) || m_credentials.profile(name);
}

SharedProfile SharedConfig::profile(const QString &name) const
{
    SharedProfile p;
    p.name = name;
    if (const SharedConfigSection *section = m_config.profile(name)) {
        p.inConfig = true;
        addSection(p, *section, m_config);
    }
    if (const SharedConfigSection *section = m_credentials.profile(name)) {
        p.inCredentials = true;
        addSection(p, *section, m_credentials);
    }
    return p;
}

QString SharedConfig::serviceEndpoint(const SharedProfile &profile, const QString &service) const
{
    const QString servicesName = profile.value(QStringLiteral("services"));
    if (servicesName.isEmpty())
        return {};
    const SharedConfigSection *section = m_config.servicesSection(servicesName);
    if (!section)
        return {};
    return section->subSections.value(service).value(QStringLiteral("endpoint_url"));
}

QList<SharedConfigIssue> SharedConfig::issues() const
{
    return m_config.issues() + m_credentials.issues();
}

QList<SharedConfigIssue> SharedConfig::fileProblems() const
{
    QList<SharedConfigIssue> problems;
    for (const SharedConfigFile *file : {&m_config, &m_credentials}) {
        if (file->hasFileProblem())
            problems.append(file->fileProblem());
    }
    return problems;
}

} // namespace desk
