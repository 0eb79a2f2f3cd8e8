#pragma once

#include "aws/awscredentials.h"
#include "aws/sigv4signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace desk::test {

struct SignedRequestOptions
{
    QString service = QStringLiteral("codeartifact");
    QString region = QStringLiteral("us-east-1");
    QDateTime time;                  // invalid: now
    bool sign = true;
    QByteArray authorizationOverride;   // sent instead of the computed one when set
    bool corruptSignature = false;
    QByteArray contentType;          // default: application/json when there is a body
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;  // sent, not signed
    QByteArray signedBodyOverride;   // sign this body, send the real one
};

// A minimal SigV4-signing HTTP client for the sandbox tests (the real client library is
// written elsewhere): it signs with desk::SigV4Signer and sends with QNetworkAccessManager.
class SignedClient
{
public:
    struct Reply
    {
        int status = 0;
        int networkError = 0;          // QNetworkReply::NetworkError
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
        QString errorType() const { return QString::fromLatin1(header("x-amzn-ErrorType")); }
        QString message() const { return json().value(QLatin1String("message")).toString(); }
    };

    using Options = SignedRequestOptions;

    SignedClient(QUrl base, AwsCredentials credentials);

    // rawQuery is sent as given; the signature is computed over its decoded pairs.
    Reply send(const QByteArray &method, const QByteArray &path, const QByteArray &rawQuery = {},
               const QByteArray &body = {}, const Options &options = {});
    // Encodes the pairs the AWS way (public:npmjs -> public%3Anpmjs).
    static QByteArray query(std::initializer_list<std::pair<QByteArray, QByteArray>> pairs);

    void setCredentials(const AwsCredentials &credentials) { m_credentials = credentials; }
    const AwsCredentials &credentials() const { return m_credentials; }
    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_base;
    AwsCredentials m_credentials;
    QNetworkAccessManager m_network;
};

} // namespace desk::test
