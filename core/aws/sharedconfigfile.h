#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace desk {

// One finding while reading ~/.aws/config or ~/.aws/credentials: always names the file and line.
struct SharedConfigIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;        // 1-based; 0: the whole file
    QString section;     // the section the line is in, empty before the first one
    QString message;     // never contains a value, so never a secret

    bool isError() const { return severity == Severity::Error; }
    // "~/.aws/config:12: message"
    QString toString() const;
};

// One [section] as the AWS CLI reads it. Keys are lower case; a key whose value is an indented
// block ("codeartifact =\n  endpoint_url = ...") is a sub-section.
struct SharedConfigSection
{
    QString header;      // the text between the brackets, trimmed: "profile dev", "default"
    int line = 0;
    QMap<QString, QString> values;
    QMap<QString, int> valueLines;
    QMap<QString, QMap<QString, QString>> subSections;
    bool hasErrors = false;  // a malformed line inside this section
};

// A parsed shared file. Reading never throws, never crashes on garbage, and never writes.
class SharedConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(SharedConfigFile)

public:
    enum class Kind { Config, Credentials };

    // Files larger than this are refused (the CLI's are a few KB; a 1 MB file still parses).
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

    static SharedConfigFile parse(const QByteArray &content, const QString &fileName, Kind kind);
    // A missing file is not an error (exists() is false); an unreadable one is.
    static SharedConfigFile load(const QString &path, Kind kind);

    QString fileName() const { return m_fileName; }
    Kind kind() const { return m_kind; }
    bool exists() const { return m_exists; }
    const QList<SharedConfigSection> &sections() const { return m_sections; }
    const QList<SharedConfigIssue> &issues() const { return m_issues; }
    bool hasErrors() const;
    // Why none of the file could be used: not a regular file (a folder, a FIFO...), unreadable,
    // too large, UTF-16 or binary. Also one of issues(); its message is empty when the file was read.
    const SharedConfigIssue &fileProblem() const { return m_fileProblem; }
    bool hasFileProblem() const { return !m_fileProblem.message.isEmpty(); }

    // Profiles by name, in file order: "[profile NAME]" and "[default]" in a config file,
    // "[NAME]" in a credentials file. Sections repeated in one file are merged (later keys win).
    QStringList profileNames() const;
    const SharedConfigSection *profile(const QString &name) const;
    // "[services NAME]" (config file only).
    const SharedConfigSection *servicesSection(const QString &name) const;
    // "[sso-session NAME]" (config file only): sso_start_url, sso_region, sso_registration_scopes.
    bool hasSsoSession(const QString &name) const;
    const SharedConfigSection *ssoSession(const QString &name) const;

private:
    void addIssue(SharedConfigIssue::Severity severity, int line, const QString &section, const QString &message);
    void failWholeFile(int line, const QString &message);
    // "is a folder, not a file, ...": what = "a folder", "a named pipe (FIFO)", ...
    static QString notAFileMessage(const QString &what);
#ifdef Q_OS_UNIX
    static QString fileTypeName(unsigned mode);   // a stat() st_mode
#endif
    void index();

    QString m_fileName;
    Kind m_kind = Kind::Config;
    bool m_exists = false;
    QList<SharedConfigSection> m_sections;
    QList<SharedConfigIssue> m_issues;
    SharedConfigIssue m_fileProblem;
    QMap<QString, SharedConfigSection> m_profiles;   // merged, by profile name
    QStringList m_profileOrder;
    QMap<QString, SharedConfigSection> m_services;
    QMap<QString, SharedConfigSection> m_ssoSessions;
};

} // namespace desk
