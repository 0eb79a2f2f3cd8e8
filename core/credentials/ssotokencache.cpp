#include "credentials/ssotokencache.h"

#include "aws/awscredentials.h"
#include "base/localfile.h"
#include "credentials/ssosettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>


namespace desk {

namespace {

// A token file is a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxTokenFileBytes = 1024 * 1024;

} // namespace

bool SsoToken::canRefresh(const QDateTime &now) const
{
    return !refreshToken.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() && registrationExpiresAt.isValid()
        && registrationExpiresAt > now;
}

void SsoToken::clear()
{
    wipeSecret(accessToken);
    wipeSecret(clientSecret);
    wipeSecret(refreshToken);
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
    LocalFile::Read read = LocalFile::readRegular(path, kMaxTokenFileBytes);
    out.exists = read.status != LocalFile::Read::Status::Missing;
    switch (read.status) {
    case LocalFile::Read::Status::Missing:
        return out;
    case LocalFile::Read::Status::NotAFile:
        out.error = AwsError::configuration(tr("The IAM Identity Center token cache %1 is not a regular file.").arg(shown));
        return out;
    case LocalFile::Read::Status::TooLarge:
        out.error = AwsError::configuration(tr("The IAM Identity Center token cache %1 is %2 KB, too large to be a token.")
                                  .arg(shown)
                                  .arg(read.size / 1024));
        return out;
    case LocalFile::Read::Status::Unreadable:
        out.error = AwsError::configuration(tr("The IAM Identity Center token cache %1 cannot be read: %2.").arg(shown, read.reason));
        return out;
    case LocalFile::Read::Status::Ok:
        break;
    }
    const QByteArray content = std::exchange(read.content, {});

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = AwsError::configuration(tr("The IAM Identity Center token cache %1 is not a JSON object; sign in again to replace it.")
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
        out.error = AwsError::configuration(tr("The IAM Identity Center token cache %1 has no accessToken or expiresAt; sign in again "
                                 "to replace it.")
                                  .arg(shown));
        return out;
    }
    if (!t.expiresAt.isValid()) {
        t.clear();
        out.error = AwsError::configuration(tr("The IAM Identity Center token cache %1 has an expiresAt that is not a date.").arg(shown));
        return out;
    }
    return out;
}

AwsError SsoTokenCache::save(const QString &path, const SsoToken &token)
{
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
    const QString why = LocalFile::replaceWhole(path, bytes, 0600);
    wipeSecret(bytes);
    if (!why.isEmpty())
        return AwsError::configuration(tr("The IAM Identity Center token cache %1 cannot be written: %2.")
                             .arg(QDir::toNativeSeparators(path), why));
    return {};
}

} // namespace desk
