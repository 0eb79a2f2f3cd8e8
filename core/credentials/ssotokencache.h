#pragma once

#include "base/awserror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace desk {

struct SsoSettings;

// One cached IAM Identity Center token, as the AWS CLI v2 and botocore write it in
// ~/.aws/sso/cache/<sha1>.json: startUrl, region, accessToken, expiresAt, and for sessions the
// client registration (clientId, clientSecret, registrationExpiresAt) and refreshToken.
struct SsoToken
{
    QString startUrl;
    QString region;
    QByteArray accessToken;
    QDateTime expiresAt;
    QString clientId;
    QByteArray clientSecret;
    QDateTime registrationExpiresAt;
    QByteArray refreshToken;
    QJsonObject otherFields;   // what other tools wrote that we do not read: kept when written back

    bool isValid() const { return !accessToken.isEmpty() && expiresAt.isValid(); }
    bool isExpired(const QDateTime &now) const { return !expiresAt.isValid() || expiresAt <= now; }
    // A refresh token and a registration that has not expired (botocore's rule).
    bool canRefresh(const QDateTime &now) const;
    void clear();
};

// The token cache shared with the AWS CLI. Reading never blocks on a FIFO and refuses what is not
// a regular file; writing goes to a temporary file in the same folder, made 0600 before its first
// byte, then renamed over the old one, so the CLI never reads half a token and nobody else can
// read a whole one.
class SsoTokenCache
{
    Q_DECLARE_TR_FUNCTIONS(SsoTokenCache)

public:
    // ~/.aws/sso/cache (HOME from the environment given; botocore has no variable for it).
    static QString directory(const QProcessEnvironment &environment);
    // The file's name: the SHA-1 of the session name, or of the start URL for the legacy form.
    static QString fileName(const SsoSettings &settings);
    static QString path(const SsoSettings &settings, const QProcessEnvironment &environment);

    struct Loaded
    {
        SsoToken token;
        bool exists = false;
        AwsError error;    // Configuration: the file's problem (never a value from it)
    };
    static Loaded load(const QString &path);
    static AwsError save(const QString &path, const SsoToken &token);

    // "2026-11-27T13:00:00Z", as botocore writes it; reading accepts any ISO 8601 form.
    static QString timestamp(const QDateTime &time);
    static QDateTime parseTimestamp(const QString &text);
};

} // namespace desk
