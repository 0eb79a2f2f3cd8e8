#include "api/awsrequestjob.h"

#include "api/codeartifactclient.h"

#include "aws/logredaction.h"
#include "base/inputvalidator.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimerEvent>
#include <QUrl>

namespace desk {

AwsRequestJob::AwsRequestJob(CodeArtifactClient *client, Operation operation, const OperationInput &input,
                             QObject *parent)
    : AwsJob(client, parent)
    , m_request(AwsRequest::forOperation(operation, input))
{
}

AwsRequestJob::~AwsRequestJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_counted && client()) {
        // Destroyed while running: keep the pending count right.
        m_record.errorCode = AwsError::kindName(AwsError::Kind::Cancelled);
        client()->notifyRequestFinished(m_record);
    }
}

void AwsRequestJob::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_timeoutTimer.timerId()) {
        m_timeoutTimer.stop();
        handleTimeout();
    } else if (id == m_retryTimer.timerId()) {
        m_retryTimer.stop();
        sendAttempt();
    } else if (id == m_rateTimer.timerId()) {
        m_rateTimer.stop();
        sendNow();
    } else {
        AwsJob::timerEvent(event);
    }
}

AwsError AwsRequestJob::validate() const
{
    return InputValidator::validate(m_request.spec(), m_request.input);
}

void AwsRequestJob::run()
{
    const AwsRequest &request = m_request;
    AwsError invalid = validate();
    if (invalid) {
        invalid.setOperation(request.operation);
        finishWith(invalid);
        return;
    }
    m_elapsed.start();
    m_record.started = QDateTime::currentDateTimeUtc();
    m_record.operation = request.operation;
    m_record.service = request.service;
    m_record.target = request.target;
    m_record.method = QString::fromLatin1(request.method);
    m_record.iamAction = request.spec().iamAction;
    m_counted = true;
    client()->notifyRequestStarted();
    sendAttempt();
}

void AwsRequestJob::sendAttempt()
{
    if (isFinished() || !client())
        return;
    const int wait = m_rateLimiter ? m_rateLimiter->reserveDelayMs() : 0;
    if (wait > 0)
        m_rateTimer.start(wait, this);
    else
        sendNow();
}

void AwsRequestJob::sendNow()
{
    if (isFinished() || !client())
        return;
    ++m_attempt;
    const AwsRequest &request = m_request;
    const CodeArtifactClient::Prepared prepared = client()->prepare(request);
    if (prepared.error) {
        finishRequest(prepared.error);
        return;
    }
    m_record.url = prepared.url.toString();

    QNetworkRequest networkRequest(prepared.url);
    for (const auto &[name, value] : prepared.headers)
        networkRequest.setRawHeader(name, value);
    // A signed request is never replayed to another host.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (const auto &tls = client()->sslConfiguration())
        networkRequest.setSslConfiguration(*tls);

    qCDebug(lcNet).noquote().nospace() << "send " << request.operation << " attempt " << m_attempt << ": "
                                       << request.method << ' ' << LogRedaction::url(prepared.url) << ", "
                                       << request.body.size() << " body bytes\n"
                                       << LogRedaction::headers(prepared.headers);
    m_timedOut = false;
    if (request.body.isEmpty() && request.method == "GET") {
        // Without a body to upload: a custom request with an empty body still gets an upload
        // device, forwarded to Qt's HTTP thread with its own signals, for every describe.
        m_reply = client()->network()->get(networkRequest);
    } else {
        m_reply = client()->network()->sendCustomRequest(networkRequest, request.method, request.body);
    }
    const qint64 maxBytes = client()->maxResponseBytes();
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this, maxBytes](qint64 received, qint64 total) {
        if ((received > maxBytes || total > maxBytes) && m_reply) {
            m_reply->setProperty("deskTooLarge", true);
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &AwsRequestJob::handleReplyFinished);
    m_timeoutTimer.start(client()->timeoutMs(), this);
}

void AwsRequestJob::handleTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

AwsError AwsRequestJob::errorFromReply(QNetworkReply *reply, const QByteArray &body)
{
    const bool mutation = m_request.isMutation;
    if (reply->property("deskTooLarge").toBool()) {
        return AwsError(AwsError::Kind::BadResponse,
                        tr("The response is larger than %1 MiB.").arg(client()->maxResponseBytes() / (1024 * 1024)));
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        AwsError error(AwsError::Kind::BadResponse,
                       tr("The endpoint answered with a redirect (HTTP %1) to %2; signed requests are not redirected.")
                           .arg(status)
                           .arg(QString::fromUtf8(reply->rawHeader("Location"))));
        return error.setHttpStatus(status).setRequestId(QString::fromLatin1(reply->rawHeader("x-amzn-RequestId")));
    }
    if (status > 0) {
        AwsError error = AwsError::fromHttpResponse(status, reply->rawHeader("x-amzn-ErrorType"),
                                                    reply->rawHeader("x-amzn-RequestId"),
                                                    reply->rawHeader("Retry-After"), body);
        if (mutation && error.kind() == AwsError::Kind::Server)
            error.setAmbiguous(true);
        return error;
    }

    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        if (m_timedOut)
            return AwsError(AwsError::Kind::Timeout,
                            tr("No response within %1 seconds.").arg(client()->timeoutMs() / 1000.0, 0, 'f', 1))
                .setAmbiguous(mutation);
        return AwsError(AwsError::Kind::Cancelled);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        // Nothing was sent: safe to try again, even for a mutation.
        return AwsError(AwsError::Kind::Network, reply->errorString());
    case QNetworkReply::SslHandshakeFailedError:
        return AwsError(AwsError::Kind::Tls, reply->errorString());
    default:
        return AwsError(AwsError::Kind::Network, reply->errorString()).setAmbiguous(mutation);
    }
}

bool AwsRequestJob::shouldRetry(const AwsError &error) const
{
    if (!error.isRetryable())
        return false;
    if (!m_request.isMutation)
        return true;
    // A mutation is sent again only when it cannot have taken effect.
    return error.kind() == AwsError::Kind::Throttled || (error.kind() == AwsError::Kind::Network && !error.isAmbiguous());
}

void AwsRequestJob::handleReplyFinished()
{
    m_timeoutTimer.stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_requestId = QString::fromLatin1(reply->rawHeader("x-amzn-RequestId"));

    qCDebug(lcNet).noquote().nospace()
        << "answer to " << m_record.operation << " attempt " << m_attempt << ": HTTP " << m_httpStatus
        << ", request id " << (m_requestId.isEmpty() ? QStringLiteral("none") : m_requestId) << ", " << body.size()
        << " body bytes after " << (m_elapsed.isValid() ? m_elapsed.elapsed() : 0) << " ms"
        << (reply->error() == QNetworkReply::NoError ? QString() : QStringLiteral(", ") + reply->errorString());
    if (body.size() > client()->maxResponseBytes())
        reply->setProperty("deskTooLarge", true);
    if (m_httpStatus >= 200 && m_httpStatus < 300 && reply->error() == QNetworkReply::NoError
        && !reply->property("deskTooLarge").toBool()) {
        AwsError parseError = parseBody(body);
        if (parseError) {
            parseError.setHttpStatus(m_httpStatus).setRequestId(m_requestId);
            finishRequest(parseError);
            return;
        }
        client()->retryQuota().releaseOnSuccess(m_attempt > 1, m_lastFailureWasTimeout);
        if (m_rateLimiter)
            m_rateLimiter->recordResponse(false);
        finishRequest({});
        return;
    }

    AwsError error = errorFromReply(reply, body);
    if (error.kind() == AwsError::Kind::Cancelled)
        return;  // abort() already finished the job
    if (m_rateLimiter)
        m_rateLimiter->recordResponse(error.kind() == AwsError::Kind::Throttled);
    if (shouldRetry(error) && m_attempt < client()->retryPolicy().maxAttempts
        && client()->retryQuota().acquire(error.kind() == AwsError::Kind::Timeout)) {
        m_lastFailureWasTimeout = error.kind() == AwsError::Kind::Timeout;
        const int delay = client()->retryPolicy().delayMs(m_attempt, m_rateLimiter ? -1 : error.retryAfterSeconds(),
                                                          QRandomGenerator::global()->generateDouble());
        qCInfo(lcNet).noquote().nospace() << m_record.operation << " attempt " << m_attempt << " failed ("
                                          << (error.code().isEmpty() ? AwsError::kindName(error.kind()) : error.code())
                                          << "); retrying in " << delay << " ms";
        m_retryTimer.start(delay, this);
        return;
    }
    finishRequest(error);
}

void AwsRequestJob::finishRequest(const AwsError &error)
{
    AwsError final = error;
    if (final) {
        final.setAttempts(m_attempt);
        final.setOperation(m_request.operation);
        final.setService(m_request.service);
        if (final.kind() == AwsError::Kind::AccessDenied) {
            final.setDomainOwner(m_request.input.string(QStringLiteral("domainOwner")));
            if (client())
                final.setCallerAccount(client()->callerAccount());
        }
        if (!m_record.url.isEmpty())
            final.setEndpoint(QUrl(m_record.url)
                                  .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                  .toString());
    }
    if (final) {
        qCInfo(lcNet).noquote().nospace()
            << final.operation() << " failed after " << m_attempt << " attempt(s): "
            << (final.code().isEmpty() ? AwsError::kindName(final.kind()) : final.code()) << ", request id "
            << (final.requestId().isEmpty() ? QStringLiteral("none") : final.requestId());
    }
    if (m_counted && client()) {
        m_counted = false;
        m_record.httpStatus = m_httpStatus;
        m_record.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
        m_record.attempts = m_attempt;
        m_record.requestId = m_requestId;
        m_record.succeeded = !final;
        if (final) {
            m_record.errorCode = final.code().isEmpty() ? AwsError::kindName(final.kind()) : final.code();
            m_record.errorMessage = final.userMessage();
        }
        client()->notifyRequestFinished(m_record);
    }
    if (final)
        handleFailure(final);
    else
        finishWith({});
}

void AwsRequestJob::handleFailure(const AwsError &error)
{
    finishWith(error);
}

void AwsRequestJob::doAbort()
{
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    m_rateTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_counted && client()) {
        m_counted = false;
        m_record.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
        m_record.attempts = m_attempt;
        m_record.errorCode = AwsError::kindName(AwsError::Kind::Cancelled);
        client()->notifyRequestFinished(m_record);
    }
}

AwsError AwsRequestJob::parseBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (m_request.responseCarriesSecret) {
            // Half a token is still a secret: say where it broke, not what it said.
            return AwsError(AwsError::Kind::BadResponse,
                            tr("the response is not a JSON object: %1 at offset %2")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
        }
        QString excerpt = QString::fromUtf8(body.left(200)).simplified();
        return AwsError(AwsError::Kind::BadResponse,
                        tr("the response is not a JSON object: %1 at offset %2; it begins \"%3\"")
                            .arg(parseError.errorString())
                            .arg(parseError.offset)
                            .arg(excerpt));
    }
    return parseJson(doc.object());
}

AwsError AwsRequestJob::parseJson(const QJsonObject &)
{
    return {};
}

AwsError AwsRequestJob::missingMember(QLatin1String member)
{
    return AwsError(AwsError::Kind::BadResponse, tr("the response has no \"%1\" object").arg(member));
}

} // namespace desk
