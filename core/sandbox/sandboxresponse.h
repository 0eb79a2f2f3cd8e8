#pragma once

#include "base/awserror.h"
#include "aws/sigv4signer.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace desk {

// One answer of the sandbox, before the server adds x-amzn-RequestId and writes it out.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    ByteArrayPairs headers;   // extra headers (x-amzn-ErrorType, Retry-After, Allow)

    static SandboxResponse json(const QJsonObject &object, int status = 200)
    {
        SandboxResponse r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }

    // A rest-json error as the service sends it: x-amzn-ErrorType names the error, the body has
    // "message" and, where the model has them, resourceId/resourceType/reason.
    static SandboxResponse restJsonError(const AwsError &error)
    {
        QJsonObject body;
        body.insert(QLatin1String("message"), error.message());
        if (!error.resourceId().isEmpty())
            body.insert(QLatin1String("resourceId"), error.resourceId());
        if (!error.resourceType().isEmpty())
            body.insert(QLatin1String("resourceType"), error.resourceType());
        if (!error.reason().isEmpty())
            body.insert(QLatin1String("reason"), error.reason());
        SandboxResponse r = json(body, error.httpStatus() > 0 ? error.httpStatus() : 400);
        r.headers.append({QByteArrayLiteral("x-amzn-ErrorType"), error.code().toLatin1()});
        if (error.retryAfterSeconds() >= 0)
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds())});
        return r;
    }
};

} // namespace desk
