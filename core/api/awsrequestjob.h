#pragma once

#include "api/awsjob.h"
#include "api/requestratelimiter.h"
#include "base/awsrequest.h"
#include "base/operationinputs.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QBasicTimer>

#include <memory>

namespace desk {

// A job that is one call of an operation of the table (base/operations.h): checks its input with
// the table's rules, signs and sends each attempt afresh, retries as the SDKs' standard mode does
// (reads on throttling, 5xx and transport errors; mutations only when the request cannot have
// taken effect), and parses the response. Subclasses only read the answer.
class AwsRequestJob : public AwsJob
{
    Q_OBJECT

public:
    AwsRequestJob(CodeArtifactClient *client, Operation operation, const OperationInput &input, QObject *parent = nullptr);
    ~AwsRequestJob() override;

    QString operationName() const override { return m_request.operation; }
    int attempts() const { return m_attempt; }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    // The request this job sends (without signature): for "Copy as AWS CLI command" and tests.
    const AwsRequest &request() const { return m_request; }
    const OperationInput &input() const { return m_request.input; }
    // Paces every attempt of this job with the limiter others share (a background task's), and
    // tells it of each answer. None (the default): sent at once. With a limiter, a throttled
    // attempt is retried after the jittered backoff and the limiter's pacing, not after the
    // service's Retry-After (as the SDKs' adaptive mode does): the limiter already slows the
    // whole task down.
    void setRateLimiter(std::shared_ptr<RequestRateLimiter> limiter) { m_rateLimiter = std::move(limiter); }

protected:
    // Client-side checks with the service's constraints; runs before anything is sent. The
    // default applies the table's rules to the input.
    virtual AwsError validate() const;
    // Reads a 2xx response; the default expects a JSON object and calls parseJson().
    virtual AwsError parseBody(const QByteArray &body);
    virtual AwsError parseJson(const QJsonObject &object);
    // A final failure; the default finishes with it. Mutations override this to re-read what
    // is true after an ambiguous failure or a conflict.
    virtual void handleFailure(const AwsError &error);
    // The BadResponse error of an answer without the member it must have.
    static AwsError missingMember(QLatin1String member);

    void run() override;
    void doAbort() override;
    void timerEvent(QTimerEvent *event) override;

private:
    // Waits for the rate limiter's token, if there is one, then sends.
    void sendAttempt();
    void sendNow();
    void handleReplyFinished();
    void handleTimeout();
    void finishRequest(const AwsError &error);
    AwsError errorFromReply(QNetworkReply *reply, const QByteArray &body);
    bool shouldRetry(const AwsError &error) const;

    const AwsRequest m_request;
    QPointer<QNetworkReply> m_reply;
    // Single-shot: timerEvent() stops each before acting. Basic timers, not QTimers: a job is
    // made per request, and three QObjects with their connections cost more than the rest of it.
    QBasicTimer m_timeoutTimer;  // handleTimeout()
    QBasicTimer m_retryTimer;    // sendAttempt()
    QBasicTimer m_rateTimer;     // sendNow()
    std::shared_ptr<RequestRateLimiter> m_rateLimiter;
    QElapsedTimer m_elapsed;
    RequestRecord m_record;
    int m_attempt = 0;
    int m_httpStatus = 0;
    QString m_requestId;
    bool m_timedOut = false;
    bool m_lastFailureWasTimeout = false;
    bool m_counted = false;
};

// A job whose answer is {"<member>": Shape}: DescribeDomain's {"domain": ...}, every repository
// operation's {"repository": ...}.
template <typename Shape>
class ShapeResultJob : public AwsRequestJob
{
public:
    // The shape as the service returned it.
    Shape result() const { return m_result; }

protected:
    ShapeResultJob(CodeArtifactClient *client, Operation operation, const OperationInput &input, QLatin1String member,
                   QObject *parent)
        : AwsRequestJob(client, operation, input, parent)
        , m_member(member)
    {
    }
    AwsError parseJson(const QJsonObject &answer) override
    {
        const QJsonValue value = answer.value(m_member);
        if (!value.isObject())
            return missingMember(m_member);
        m_result = Shape::fromJson(value.toObject());
        return {};
    }
    void setResult(const Shape &result) { m_result = result; }

private:
    QLatin1String m_member;
    Shape m_result;
};

} // namespace desk
