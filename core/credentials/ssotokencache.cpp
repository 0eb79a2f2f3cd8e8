#include "credentials/ssotokencache.h"

#include "credentials/ssosettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace desk {

namespace {

// A token file is a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxTokenFileBytes = 1024 * 1024;

AwsError fileError(const QString &message)
{
    AwsError e(AwsError::Kind::Configuration, message);
    e.setService(QStringLiteral("configuration"));
    return e;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool SsoToken::canRefresh(const QDateTime &now) const
{
    return !refreshToken.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() && registrationExpiresAt.isValid()
        && registrationExpiresAt > now;
}

void SsoToken::clear()
{
    accessToken.fill('\0');
    clientSecret.fill('\0');
    refreshToken.fill('\0');
    accessToken.clear();
    clientSecret.clear();
    refreshToken.clear();
}

QString SsoTokenCache::directory(const QProcessEnvironment &environment)
{
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    return QDir(home).filePath(QStringLiteral(".aws/sso/cache"));
}

QString SsoTokenCache::fileName(const SsoSettings &settings)
{
    return QString::fromLatin1(QCryptographicHash::hash(settings.cacheKeySource().toUtf8(), QCryptographicHash::Sha1).toHex())
        + QStringLiteral(".json");
}

QString SsoTokenCache::path(const SsoSettings &settings, const QProcessEnvironment &environment)
{
    return QDir(directory(environment)).filePath(fileName(settings));
}

QString SsoTokenCache::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QDateTime SsoTokenCache::parseTimestamp(const QString &text)
{
    // "2026-11-27T13:00:00Z", "...+00:00", "...UTC" (older CLI versions), fractions of a second.
    QString t = text.trimmed();
    if (t.endsWith(QLatin1String("UTC")))
        t = t.chopped(3).trimmed() + u'Z';
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)   // no zone given: botocore reads it as UTC
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

SsoTokenCache::Loaded SsoTokenCache::load(const QString &path)
{
    Loaded out;
    const QString shown = QDir::toNativeSeparators(path);
    // O_NONBLOCK: a FIFO put in the file's place must not hold the app until someone writes to it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return out;
        out.exists = true;
        out.error = fileError(tr("The IAM Identity Center token cache %1 cannot be read: %2.").arg(shown, systemError()));
        return out;
    }
    out.exists = true;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        out.error = fileError(tr("The IAM Identity Center token cache %1 is not a regular file.").arg(shown));
        return out;
    }
    if (st.st_size > kMaxTokenFileBytes) {
        ::close(fd);
        out.error = fileError(tr("The IAM Identity Center token cache %1 is %2 KB, too large to be a token.")
                                  .arg(shown)
                                  .arg(st.st_size / 1024));
        return out;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        out.error = fileError(tr("The IAM Identity Center token cache %1 cannot be read.").arg(shown));
        return out;
    }
    const QByteArray content = file.read(kMaxTokenFileBytes + 1);
    file.close();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = fileError(tr("The IAM Identity Center token cache %1 is not a JSON object; sign in again to replace it.")
                                  .arg(shown));
        return out;
    }
    QJsonObject object = doc.object();
    auto take = [&object](QLatin1String key) {
        const QString value = object.value(key).toString();
        object.remove(key);
        return value;
    };
    SsoToken &t = out.token;
    t.startUrl = take(QLatin1String("startUrl"));
    t.region = take(QLatin1String("region"));
    t.accessToken = take(QLatin1String("accessToken")).toUtf8();
    const QString expiresAt = take(QLatin1String("expiresAt"));
    t.expiresAt = parseTimestamp(expiresAt);
    t.clientId = take(QLatin1String("clientId"));
    t.clientSecret = take(QLatin1String("clientSecret")).toUtf8();
    const QString registrationExpiresAt = take(QLatin1String("registrationExpiresAt"));
    t.registrationExpiresAt = parseTimestamp(registrationExpiresAt);
    t.refreshToken = take(QLatin1String("refreshToken")).toUtf8();
    t.otherFields = object;
    if (t.accessToken.isEmpty() || expiresAt.isEmpty()) {
        t.clear();
        out.error = fileError(tr("The IAM Identity Center token cache %1 has no accessToken or expiresAt; sign in again "
                                 "to replace it.")
                                  .arg(shown));
        return out;
    }
    if (!t.expiresAt.isValid()) {
        t.clear();
        out.error = fileError(tr("The IAM Identity Center token cache %1 has an expiresAt that is not a date.").arg(shown));
        return out;
    }
    return out;
}

AwsError SsoTokenCache::save(const QString &path, const SsoToken &token)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    // The folders the CLI makes (~/.aws/sso/cache), private to the user.
    if (!QDir().mkpath(info.absolutePath()))
        return fileError(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    ::chmod(dir.constData(), 0700);

    QJsonObject object = token.otherFields;
    object.insert(QStringLiteral("startUrl"), token.startUrl);
    object.insert(QStringLiteral("region"), token.region);
    object.insert(QStringLiteral("accessToken"), QString::fromUtf8(token.accessToken));
    object.insert(QStringLiteral("expiresAt"), timestamp(token.expiresAt));
    if (!token.clientId.isEmpty()) {
        object.insert(QStringLiteral("clientId"), token.clientId);
        object.insert(QStringLiteral("clientSecret"), QString::fromUtf8(token.clientSecret));
    }
    if (token.registrationExpiresAt.isValid())
        object.insert(QStringLiteral("registrationExpiresAt"), timestamp(token.registrationExpiresAt));
    if (!token.refreshToken.isEmpty())
        object.insert(QStringLiteral("refreshToken"), QString::fromUtf8(token.refreshToken));
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);

    // mkstemp makes the file 0600 before anything is in it; rename() replaces the old one whole.
    QByteArray temp = QFile::encodeName(info.absoluteFilePath()) + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        bytes.fill('\0');
        return fileError(tr("The IAM Identity Center token cache %1 cannot be written: %2.").arg(shown, systemError()));
    }
    ::fchmod(fd, 0600);
    qsizetype written = 0;
    bool ok = true;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        written += n;
    }
    bytes.fill('\0');
    const QString why = ok ? QString() : systemError();
    if (ok && ::fsync(fd) != 0)
        ok = false;
    ::close(fd);
    if (!ok || ::rename(temp.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const QString reason = why.isEmpty() ? systemError() : why;
        ::unlink(temp.constData());
        return fileError(tr("The IAM Identity Center token cache %1 cannot be written: %2.").arg(shown, reason));
    }
    return {};
}

} // namespace desk
