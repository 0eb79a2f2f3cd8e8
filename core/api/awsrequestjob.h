#pragma once

#include "api/awsjob.h"
#include "base/awsrequest.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace desk {

// A job that is one AWS request: validates its input, signs and sends each attempt afresh,
// retries as the SDKs' standard mode does (reads on throttling, 5xx and transport errors;
// mutations only when the request cannot have taken effect), and parses the response.
class AwsRequestJob : public AwsJob
{
    Q_OBJECT

public:
    explicit AwsRequestJob(CodeArtifactClient *client, QObject *parent = nullptr);
    ~AwsRequestJob() override;

    QString operationName() const override;
    int attempts() const { return m_attempt; }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    // The request this job sends (without signature): for "Copy as AWS CLI command" and tests.
    AwsRequest request() const { return buildRequest(); }

protected:
    virtual AwsRequest buildRequest() const = 0;
    // Client-side checks with the service's constraints; runs before anything is sent.
    virtual AwsError validate() const { return {}; }
    // Reads a 2xx response; the default expects a JSON object and calls parseJson().
    virtual AwsError parseBody(const QByteArray &body);
    virtual AwsError parseJson(const QJsonObject &object);
    // A final failure; the default finishes with it. Mutations override this to re-read what
    // is true after an ambiguous failure or a conflict.
    virtual void handleFailure(const AwsError &error);

    void run() override;
    void doAbort() override;

private:
    void sendAttempt();
    void handleReplyFinished();
    void handleTimeout();
    void finishRequest(const AwsError &error);
    AwsError errorFromReply(QNetworkReply *reply, const QByteArray &body);
    bool shouldRetry(const AwsError &error) const;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    RequestRecord m_record;
    int m_attempt = 0;
    int m_httpStatus = 0;
    QString m_requestId;
    bool m_timedOut = false;
    bool m_lastFailureWasTimeout = false;
    bool m_counted = false;
};

} // namespace desk
