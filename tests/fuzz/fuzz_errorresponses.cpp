// The error answers the client reads (AwsError::fromHttpResponse), JSON, XML or anything else,
// from any bytes. The input is the HTTP status (first line), the x-amzn-ErrorType header, the
// request id and the Retry-After header (one line each), then the body.
// Checks: an error answer is always an error, never None; it keeps the status and the request id
// it was given; its code is never empty and, cleaned, never holds ':' and never a '#' (what
// botocore strips); a code from the header wins; Retry-After is a number of seconds or nothing;
// an answer that is not the service's gives a short excerpt; every error has a sentence for
// people and details that name its status.

#include "base/awserror.h"
#include "fuzzcheck.h"

#include <QJsonDocument>

using namespace desk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput input(data, size);
    bool statusOk = false;
    int status = input.takeLine().trimmed().toInt(&statusOk);
    if (!statusOk || status < 100 || status > 599)
        status = 400;
    const QByteArray errorType = input.takeLine();
    const QByteArray requestId = input.takeLine();
    const QByteArray retryAfter = input.takeLine();
    const QByteArray body = input.rest();

    const AwsError error = AwsError::fromHttpResponse(status, errorType, requestId, retryAfter, body);
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(error.kind() != AwsError::Kind::None);
    FUZZ_CHECK(error.httpStatus() == status);
    FUZZ_CHECK(!error.code().isEmpty());
    FUZZ_CHECK(!error.code().contains(u':'));
    FUZZ_CHECK(!error.code().contains(u'#'));
    const QString headerCode = AwsError::cleanErrorCode(QString::fromUtf8(errorType));
    if (!headerCode.isEmpty())
        FUZZ_CHECK(error.code() == headerCode);
    if (!requestId.isEmpty())
        FUZZ_CHECK(error.requestId() == QString::fromLatin1(requestId));
    FUZZ_CHECK(error.retryAfterSeconds() >= -1);
    bool retryOk = false;
    const int seconds = retryAfter.trimmed().toInt(&retryOk);
    FUZZ_CHECK(error.retryAfterSeconds() == (retryOk && seconds >= 0 ? seconds : -1));
    // Not the service talking (no code, neither JSON nor the XML error): 300 characters at most.
    if (headerCode.isEmpty() && !QJsonDocument::fromJson(body).isObject() && !body.contains("<ErrorResponse"))
        FUZZ_CHECK(error.message().size() <= 303);
    FUZZ_CHECK(!error.userMessage().isEmpty());
    FUZZ_CHECK(error.details().contains(QStringLiteral("HTTP status: %1").arg(status)));
    FUZZ_CHECK(AwsError::kindFor(error.code(), status) == error.kind() || error.code() == QString::number(status));
    return 0;
}
