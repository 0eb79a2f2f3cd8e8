#pragma once

#include "aws/sharedconfigfile.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace desk {

// One profile as the AWS CLI sees it: the config file's [profile NAME] with the credentials
// file's [NAME] on top (botocore merges them that way).
struct SharedProfile
{
    QString name;
    bool inConfig = false;
    bool inCredentials = false;
    QMap<QString, QString> values;                       // lower-case keys
    QMap<QString, QString> origins;                      // key -> "~/.aws/credentials:3"
    QMap<QString, QMap<QString, QString>> subSections;   // e.g. "s3" -> {...} (rarely used)
    QList<SharedConfigIssue> errors;                     // malformed lines inside its sections

    bool isValid() const { return inConfig || inCredentials; }
    QString value(const QString &key) const { return values.value(key); }
    bool has(const QString &key) const { return values.contains(key) && !values.value(key).isEmpty(); }
    // Where the profile is defined, for people: "~/.aws/config", "~/.aws/credentials", or both.
    QString originText() const;
};

// ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE) read
// together. Read-only: the one write is SsoSettings::saveProfile, when a person asks to keep a
// chosen IAM Identity Center role as a profile.
class SharedConfig
{
public:
    // Reads both files now; paths come from the environment given.
    static SharedConfig load(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static SharedConfig fromFiles(SharedConfigFile config, SharedConfigFile credentials);

    static QString configPath(const QProcessEnvironment &environment);
    static QString credentialsPath(const QProcessEnvironment &environment);
    // A path from a setting or variable, with a leading ~ for the home folder, as the CLI reads it.
    static QString expandPath(const QString &path);

    const SharedConfigFile &configFile() const { return m_config; }
    const SharedConfigFile &credentialsFile() const { return m_credentials; }

    // Profile names from both files, config order first, each once.
    QStringList profileNames() const;
    bool hasProfile(const QString &name) const;
    SharedProfile profile(const QString &name) const;
    // The CodeArtifact (or other service's) endpoint from "services = NAME" + [services NAME].
    QString serviceEndpoint(const SharedProfile &profile, const QString &service) const;
    // Everything both files reported, errors and warnings.
    QList<SharedConfigIssue> issues() const;
    // The files that could not be used at all (SharedConfigFile::fileProblem()), config first.
    QList<SharedConfigIssue> fileProblems() const;

private:
    SharedConfigFile m_config;
    SharedConfigFile m_credentials;
};

} // namespace desk
