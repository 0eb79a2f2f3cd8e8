#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace desk {

// The sandbox's TLS identity (--tls): a P-256 key and a self-signed certificate made when the
// sandbox starts, valid for localhost, 127.0.0.1 and ::1, never written to disk except the
// certificate itself when asked (--tls-certificate-out), so that clients can trust it:
// boto3's `verify=FILE`, the AWS CLI's `--ca-bundle FILE` or AWS_CA_BUNDLE, and Artifact Desk's
// CodeArtifactClient::setExtraCaCertificates. The key lives in this process only.
struct SandboxTls
{
    // How long the certificate is valid from a minute before now.
    static constexpr int validDays = 30;

    QSslCertificate certificate;
    QSslKey privateKey;

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }
    // A fresh identity, or a null one with `error` set.
    static SandboxTls generate(QString *error);
    // What a server socket needs: the identity, TLS 1.2 or later, no client certificates.
    QSslConfiguration serverConfiguration() const;
};

} // namespace desk
