#include "signedclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace desk::test {

QByteArray SignedClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QJsonObject SignedClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SignedClient::SignedClient(QUrl base, AwsCredentials credentials)
    : m_base(std::move(base))
    , m_credentials(std::move(credentials))
{
}

QByteArray SignedClient::query(std::initializer_list<std::pair<QByteArray, QByteArray>> pairs)
{
    return SigV4Signer::buildQueryString(ByteArrayPairs(pairs));
}

SignedClient::Reply SignedClient::send(const QByteArray &method, const QByteArray &path, const QByteArray &rawQuery,
                                       const QByteArray &body, const Options &options)
{
    const QByteArray hostHeader = m_base.host().toLatin1() + ':' + QByteArray::number(m_base.port());
    QByteArray wire = m_base.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery) + path;
    if (!rawQuery.isEmpty())
        wire += '?' + rawQuery;
    QNetworkRequest request(QUrl::fromEncoded(wire, QUrl::StrictMode).isValid() ? QUrl::fromEncoded(wire, QUrl::StrictMode)
                                                                                 : QUrl::fromEncoded(wire));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    ByteArrayPairs signedHeaders{{QByteArrayLiteral("Host"), hostHeader}};
    const QByteArray contentType = !options.contentType.isEmpty() ? options.contentType
        : body.isEmpty()                                           ? QByteArray()
                                                                   : QByteArrayLiteral("application/json");
    if (!contentType.isEmpty()) {
        request.setRawHeader("Content-Type", contentType);
        signedHeaders.append({QByteArrayLiteral("Content-Type"), contentType});
    }
    if (options.sign) {
        SigV4Request toSign;
        toSign.method = method;
        toSign.path = path;
        toSign.query = SigV4Signer::parseQueryString(rawQuery);
        toSign.headers = signedHeaders;
        toSign.payloadHash = SigV4Signer::sha256Hex(options.signedBodyOverride.isNull() ? body : options.signedBodyOverride);
        SigV4Options signOptions;
        signOptions.region = options.region;
        signOptions.service = options.service;
        signOptions.time = options.time.isValid() ? options.time : QDateTime::currentDateTimeUtc();
        const SigV4Signature signature = SigV4Signer::sign(toSign, m_credentials, signOptions);
        for (const auto &[name, value] : signature.headersToAdd) {
            QByteArray v = value;
            if (name == "Authorization") {
                if (!options.authorizationOverride.isNull())
                    v = options.authorizationOverride;
                else if (options.corruptSignature)
                    v.back() = v.back() == '0' ? '1' : '0';
            }
            request.setRawHeader(name, v);
        }
    } else if (!options.authorizationOverride.isNull()) {
        request.setRawHeader("Authorization", options.authorizationOverride);
        request.setRawHeader("X-Amz-Date", SigV4Signer::amzDate(QDateTime::currentDateTimeUtc()));
    }
    for (const auto &[name, value] : options.extraHeaders)
        request.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.elapsedMs = timer.elapsed();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.networkError = reply->error();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append({pair.first, pair.second});
    reply->deleteLater();
    return out;
}

} // namespace desk::test
