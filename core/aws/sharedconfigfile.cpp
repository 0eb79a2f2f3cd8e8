#include "aws/sharedconfigfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#ifdef Q_OS_UNIX
#include "base/localfile.h"

#include <sys/stat.h>
#endif

namespace desk {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Strips an inline comment: '#' or ';' preceded by whitespace (the AWS SDKs' shared-file rule;
// keys, secrets, tokens, regions and URLs never contain a blank).
QString stripInlineComment(const QString &value)
{
    for (qsizetype i = 1; i < value.size(); ++i) {
        if ((value.at(i) == u'#' || value.at(i) == u';') && isBlank(value.at(i - 1)))
            return value.left(i).trimmed();
    }
    return value.trimmed();
}

bool hasControlCharacters(const QString &line)
{
    for (const QChar c : line) {
        if (c.unicode() < 0x20 && c != u'\t')
            return true;
        if (c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Merges b's keys into a (later wins); reports keys that were set twice.
void mergeSection(SharedConfigSection &a, const SharedConfigSection &b)
{
    for (auto it = b.values.cbegin(); it != b.values.cend(); ++it) {
        a.values.insert(it.key(), it.value());
        a.valueLines.insert(it.key(), b.valueLines.value(it.key()));
    }
    for (auto it = b.subSections.cbegin(); it != b.subSections.cend(); ++it)
        a.subSections.insert(it.key(), it.value());
    a.hasErrors = a.hasErrors || b.hasErrors;
}

// A byte order mark, or ASCII written as UTF-16: a NUL in every other byte.
bool looksLikeUtf16(QByteArrayView data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return true;
    const qsizetype n = qMin<qsizetype>(data.size(), 1024) & ~qsizetype(1);
    if (n < 4)
        return false;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (data.at(i) == '\0')
            ++(i % 2 ? oddNuls : evenNuls);
    }
    const qsizetype pairs = n / 2;
    return (oddNuls * 4 >= pairs * 3 && evenNuls == 0) || (evenNuls * 4 >= pairs * 3 && oddNuls == 0);
}

} // namespace

#ifdef Q_OS_UNIX
QString SharedConfigFile::fileTypeName(unsigned mode)
{
    if (S_ISDIR(mode))
        return tr("a folder");
    if (S_ISFIFO(mode))
        return tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("a device");
    return tr("a special file-system entry");
}
#endif

QString SharedConfigIssue::toString() const
{
    QString where = QDir::toNativeSeparators(file);
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && where.startsWith(home + u'/'))
        where = u'~' + where.mid(home.size());
    if (line > 0)
        where += u':' + QString::number(line);
    return where + QStringLiteral(": ") + message;
}

bool SharedConfigFile::hasErrors() const
{
    for (const SharedConfigIssue &issue : m_issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

void SharedConfigFile::addIssue(SharedConfigIssue::Severity severity, int line, const QString &section,
                                const QString &message)
{
    // A garbage file would otherwise produce one issue per line.
    constexpr int maxIssues = 50;
    if (m_issues.size() == maxIssues) {
        m_issues.append({SharedConfigIssue::Severity::Warning, m_fileName, line, section,
                         tr("more problems follow; only the first %1 are listed").arg(maxIssues)});
        return;
    }
    if (m_issues.size() > maxIssues)
        return;
    m_issues.append({severity, m_fileName, line, section, message});
}

void SharedConfigFile::failWholeFile(int line, const QString &message)
{
    m_fileProblem = {SharedConfigIssue::Severity::Error, m_fileName, line, {}, message};
    m_issues.append(m_fileProblem);
}

QString SharedConfigFile::notAFileMessage(const QString &what)
{
    return tr("is %1, not a file, so it is not read. Replace it with a text file, or remove it.").arg(what);
}

SharedConfigFile SharedConfigFile::load(const QString &path, Kind kind)
{
    SharedConfigFile file;
    file.m_fileName = path;
    file.m_kind = kind;
    const QFileInfo info(path);
    if (!info.exists())
        return file;
    file.m_exists = true;
    const auto tooLarge = [&file](qint64 size) {
        file.failWholeFile(0, tr("is %1 MB; files larger than %2 MB are not read. Is this the right file?")
                                  .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
                                  .arg(maxFileBytes / (1024 * 1024)));
    };
#ifdef Q_OS_UNIX
    if (info.canonicalFilePath() == QLatin1String("/dev/null"))
        return parse({}, path, kind);   // AWS_CONFIG_FILE=/dev/null: "no config file", as in the CLI
    const LocalFile::Read read = LocalFile::readRegular(path, maxFileBytes);
    switch (read.status) {
    case LocalFile::Read::Status::Ok:
        break;
    case LocalFile::Read::Status::Missing:
    case LocalFile::Read::Status::Unreadable:
        file.failWholeFile(0, read.opened ? tr("cannot be read (%1). Make sure your user may read it, for example with "
                                               "chmod 600 on it.")
                                                .arg(read.reason)
                                          : tr("cannot be read (%1). Check that it exists and that you may read it.")
                                                .arg(read.reason));
        return file;
    case LocalFile::Read::Status::NotAFile:
        file.failWholeFile(0, notAFileMessage(fileTypeName(read.fileMode)));
        return file;
    case LocalFile::Read::Status::TooLarge:
        tooLarge(read.size);
        return file;
    }
    const QByteArray content = read.content;
#else
    if (!info.isFile()) {
        file.failWholeFile(0, notAFileMessage(info.isDir() ? tr("a folder") : tr("a special file-system entry")));
        return file;
    }
    if (info.size() > maxFileBytes) {
        tooLarge(info.size());
        return file;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        file.failWholeFile(0, tr("cannot be read (%1). Make sure your user may read it.").arg(f.errorString()));
        return file;
    }
    const QByteArray content = f.read(maxFileBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        file.failWholeFile(0, tr("cannot be read (%1).").arg(f.errorString()));
        return file;
    }
#endif
    SharedConfigFile parsed = parse(content, path, kind);
    parsed.m_exists = true;
    return parsed;
}

SharedConfigFile SharedConfigFile::parse(const QByteArray &content, const QString &fileName, Kind kind)
{
    SharedConfigFile file;
    file.m_fileName = fileName;
    file.m_kind = kind;
    file.m_exists = true;
    if (content.size() > maxFileBytes) {
        file.failWholeFile(0, tr("is larger than %1 MB; larger files are not read. Is this the right file?")
                                  .arg(maxFileBytes / (1024 * 1024)));
        return file;
    }
    // Text that is not UTF-8, or no text at all, is said once for the whole file rather than on
    // every line.
    if (looksLikeUtf16(content)) {
        file.failWholeFile(0, tr("is UTF-16 text; save it as UTF-8 (in your editor, or with "
                                 "iconv -f UTF-16 -t UTF-8). Nothing in it is read until then."));
        return file;
    }
    if (const qsizetype nul = content.indexOf('\0'); nul >= 0) {
        file.failWholeFile(int(content.left(nul).count('\n')) + 1,
                           tr("the file contains a NUL byte (first on this line), so it is not a text file and "
                              "nothing in it is read. Check that this is the right file; it must be UTF-8 text."));
        return file;
    }

    QByteArrayView data(content);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    SharedConfigSection *current = nullptr;
    QString currentKey;        // the key continuation lines belong to
    bool currentKeyNested = false;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos <= data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView raw = data.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        while (raw.endsWith('\r'))   // CRLF, and stray CRs at a line's end
            raw.chop(1);
        if (raw.isEmpty())
            continue;
        const QString sectionName = current ? current->header : QString();
        auto fail = [&](const QString &message) {
            file.addIssue(SharedConfigIssue::Severity::Error, lineNumber, sectionName, message);
            if (current)
                current->hasErrors = true;
        };

        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder.decode(raw);
        if (decoder.hasError()) {
            fail(tr("this line is not UTF-8 text"));
            continue;
        }
        if (hasControlCharacters(line)) {
            fail(tr("this line contains control characters; is this a text file?"));
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;

        const bool indented = isBlank(line.at(0));
        if (indented && current && !currentKey.isEmpty()) {
            // A continuation line: a sub-section entry ("  endpoint_url = ...") or more of a value.
            if (currentKeyNested) {
                const qsizetype eq = trimmed.indexOf(u'=');
                if (eq <= 0) {
                    fail(tr("expected \"name = value\" inside \"%1\"").arg(currentKey));
                    continue;
                }
                const QString subKey = trimmed.left(eq).trimmed().toLower();
                current->subSections[currentKey].insert(subKey, stripInlineComment(trimmed.mid(eq + 1)));
            } else {
                QString &value = current->values[currentKey];
                value += u'\n' + stripInlineComment(trimmed);
            }
            continue;
        }

        if (trimmed.startsWith(u'[')) {
            currentKey.clear();
            const qsizetype close = trimmed.lastIndexOf(u']');
            if (close < 0) {
                current = nullptr;
                file.addIssue(SharedConfigIssue::Severity::Error, lineNumber, {},
                              tr("a section header is missing its closing \"]\""));
                continue;
            }
            const QString header = trimmed.mid(1, close - 1).simplified();
            const QString rest = trimmed.mid(close + 1).trimmed();
            if (header.isEmpty()) {
                current = nullptr;
                file.addIssue(SharedConfigIssue::Severity::Error, lineNumber, {}, tr("a section header has no name"));
                continue;
            }
            if (!rest.isEmpty() && !rest.startsWith(u'#') && !rest.startsWith(u';'))
                file.addIssue(SharedConfigIssue::Severity::Warning, lineNumber, header,
                              tr("text after the section header is ignored"));
            SharedConfigSection section;
            section.header = header;
            section.line = lineNumber;
            file.m_sections.append(section);
            current = &file.m_sections.last();
            continue;
        }

        // name = value (or name: value, as Python's configparser also accepts)
        qsizetype delimiter = -1;
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            if (trimmed.at(i) == u'=' || trimmed.at(i) == u':') {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) {
            currentKey.clear();
            fail(tr("expected \"[section]\" or \"name = value\""));
            continue;
        }
        const QString key = trimmed.left(delimiter).trimmed().toLower();
        if (key.isEmpty()) {
            currentKey.clear();
            fail(tr("a setting has no name"));
            continue;
        }
        if (!current) {
            file.addIssue(SharedConfigIssue::Severity::Error, lineNumber, {},
                          tr("the setting \"%1\" comes before the first [section]").arg(key));
            currentKey.clear();
            continue;
        }
        const QString value = stripInlineComment(trimmed.mid(delimiter + 1));
        if (current->values.contains(key) || current->subSections.contains(key))
            file.addIssue(SharedConfigIssue::Severity::Warning, lineNumber, current->header,
                          tr("\"%1\" is set again in [%2]; the value on this line is used")
                              .arg(key, current->header));
        currentKey = key;
        currentKeyNested = value.isEmpty();
        if (currentKeyNested) {
            current->values.remove(key);
            current->subSections.insert(key, {});
        } else {
            current->subSections.remove(key);
            current->values.insert(key, value);
        }
        current->valueLines.insert(key, lineNumber);
    }
    // A key whose value was empty and had no indented block is a plain empty value.
    for (SharedConfigSection &section : file.m_sections) {
        for (auto it = section.subSections.begin(); it != section.subSections.end();) {
            if (it.value().isEmpty()) {
                section.values.insert(it.key(), QString());
                it = section.subSections.erase(it);
            } else {
                ++it;
            }
        }
    }
    file.index();
    return file;
}

void SharedConfigFile::index()
{
    QMap<QString, int> profileDefaultLine;  // "[profile default]" beats "[default]"
    for (const SharedConfigSection &section : std::as_const(m_sections)) {
        QString profileName;
        bool explicitProfileDefault = false;
        if (m_kind == Kind::Credentials) {
            profileName = section.header;
            if (section.header.startsWith(QLatin1String("profile ")))
                addIssue(SharedConfigIssue::Severity::Warning, section.line, section.header,
                         tr("in a credentials file a profile is written [NAME]; this one is named \"%1\"")
                             .arg(section.header));
        } else if (section.header == QLatin1String("default")) {
            profileName = section.header;
        } else if (section.header.startsWith(QLatin1String("profile "))) {
            profileName = section.header.mid(8).trimmed();
            explicitProfileDefault = profileName == QLatin1String("default");
        } else if (section.header.startsWith(QLatin1String("services "))) {
            const QString name = section.header.mid(9).trimmed();
            if (m_services.contains(name))
                mergeSection(m_services[name], section);
            else
                m_services.insert(name, section);
            continue;
        } else if (section.header.startsWith(QLatin1String("sso-session "))) {
            const QString name = section.header.mid(12).trimmed();
            if (m_ssoSessions.contains(name))
                mergeSection(m_ssoSessions[name], section);
            else
                m_ssoSessions.insert(name, section);
            continue;
        } else {
            addIssue(SharedConfigIssue::Severity::Warning, section.line, section.header,
                     tr("[%1] is ignored: in a config file profiles are written [profile %1]").arg(section.header));
            continue;
        }
        if (profileName.isEmpty()) {
            addIssue(SharedConfigIssue::Severity::Error, section.line, section.header, tr("a profile has no name"));
            continue;
        }
        if (!m_profiles.contains(profileName)) {
            m_profiles.insert(profileName, section);
            m_profiles[profileName].header = profileName;
            m_profileOrder.append(profileName);
            if (explicitProfileDefault)
                profileDefaultLine.insert(profileName, section.line);
            continue;
        }
        if (profileName == QLatin1String("default") && profileDefaultLine.contains(profileName) && !explicitProfileDefault) {
            // [default] after [profile default]: the explicit form wins.
            addIssue(SharedConfigIssue::Severity::Warning, section.line, section.header,
                     tr("both [default] and [profile default] exist; [profile default] is used"));
            SharedConfigSection merged = section;
            mergeSection(merged, m_profiles.value(profileName));
            merged.header = profileName;
            m_profiles.insert(profileName, merged);
            continue;
        }
        addIssue(SharedConfigIssue::Severity::Warning, section.line, section.header,
                 tr("the profile \"%1\" appears more than once; its settings are merged").arg(profileName));
        mergeSection(m_profiles[profileName], section);
        if (explicitProfileDefault)
            profileDefaultLine.insert(profileName, section.line);
    }
}

QStringList SharedConfigFile::profileNames() const
{
    return m_profileOrder;
}

const SharedConfigSection *SharedConfigFile::profile(const QString &name) const
{
    const auto it = m_profiles.constFind(name);
    return it == m_profiles.cend() ? nullptr : &it.value();
}

const SharedConfigSection *SharedConfigFile::servicesSection(const QString &name) const
{
    const auto it = m_services.constFind(name);
    return it == m_services.cend() ? nullptr : &it.value();
}

bool SharedConfigFile::hasSsoSession(const QString &name) const
{
    return m_ssoSessions.contains(name);
}

const SharedConfigSection *SharedConfigFile::ssoSession(const QString &name) const
{
    const auto it = m_ssoSessions.constFind(name);
    return it == m_ssoSessions.cend() ? nullptr : &it.value();
}

} // namespace desk
