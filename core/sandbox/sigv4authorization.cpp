#include "sandbox/sigv4authorization.h"

#include <QStringList>

namespace desk {

SigV4Authorization SigV4Authorization::parse(const QByteArray &headerValue)
{
    static const QByteArray algorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
    SigV4Authorization out;
    const QByteArray value = headerValue.trimmed();
    if (!value.startsWith(algorithm + ' ')) {
        out.problem = QStringLiteral("Authorization header requires the AWS4-HMAC-SHA256 algorithm.");
        return out;
    }
    QByteArray credential;
    QByteArray signedHeaders;
    const QList<QByteArray> parts = value.mid(algorithm.size() + 1).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = part.left(eq);
        const QByteArray v = part.mid(eq + 1);
        if (key == "Credential")
            credential = v;
        else if (key == "SignedHeaders")
            signedHeaders = v;
        else if (key == "Signature")
            out.signature = v;
    }
    QStringList missing;
    if (credential.isEmpty())
        missing << QStringLiteral("Credential");
    if (signedHeaders.isEmpty())
        missing << QStringLiteral("SignedHeaders");
    if (out.signature.isEmpty())
        missing << QStringLiteral("Signature");
    if (!missing.isEmpty()) {
        out.problem = QStringLiteral("Authorization header requires '%1' parameter(s).")
                          .arg(missing.join(QStringLiteral("', '")));
        return out;
    }
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope.at(4) != "aws4_request" || scope.at(1).size() != 8) {
        out.problem = QStringLiteral("Credential should be scoped to a valid region, date and service: "
                                     "ACCESS_KEY/yyyyMMdd/REGION/SERVICE/aws4_request.");
        return out;
    }
    out.accessKeyId = scope.at(0);
    out.date = scope.at(1);
    out.region = scope.at(2);
    out.service = scope.at(3);
    out.signedHeaders = signedHeaders.split(';');
    out.valid = true;
    return out;
}

} // namespace desk
