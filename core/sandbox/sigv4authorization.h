#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace desk {

// A parsed "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." header: what the
// sandbox reads from a request before it recomputes the signature with SigV4Signer.
struct SigV4Authorization
{
    bool valid = false;
    QString problem;  // why it is not valid, for IncompleteSignatureException
    QByteArray accessKeyId;
    QByteArray date;     // yyyyMMdd
    QByteArray region;
    QByteArray service;
    QList<QByteArray> signedHeaders;  // lowercase, in the order given
    QByteArray signature;

    static SigV4Authorization parse(const QByteArray &headerValue);
};

} // namespace desk
