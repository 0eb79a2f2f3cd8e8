#include "sandbox/sandboxtls.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>

namespace desk {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

QByteArray pem(const std::function<int(BIO *)> &write)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QByteArray bytes(data, size);
    return bytes;
}

} // namespace

SandboxTls SandboxTls::generate(QString *error)
{
    auto fail = [error](const char *what) {
        *error = QStringLiteral("cannot make the TLS certificate: %1").arg(QLatin1String(what));
        return SandboxTls();
    };
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        return fail("no P-256 key");
    Certificate certificate(X509_new());
    if (!certificate)
        return fail("out of memory");
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail("no random serial number");
    serial[0] &= 0x7f;   // a positive serial
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    if (!serialSet || X509_set_version(certificate.get(), 2) != 1)
        return fail("no serial number");
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60);
    X509_time_adj_ex(X509_getm_notAfter(certificate.get()), validDays, 0, nullptr);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("artifact-desk-sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Artifact Desk"), -1,
                               -1, 0);
    if (X509_set_issuer_name(certificate.get(), name) != 1 || X509_set_pubkey(certificate.get(), key.get()) != 1)
        return fail("no names");
    // Its own trust anchor: clients are given this certificate to trust, and nothing else.
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), NID_authority_key_identifier, "keyid:always")
        || !addExtension(certificate.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"))
        return fail("no extensions");
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return fail("not signed");

    SandboxTls tls;
    tls.certificate = QSslCertificate(pem([&](BIO *bio) { return PEM_write_bio_X509(bio, certificate.get()); }));
    tls.privateKey = QSslKey(pem([&](BIO *bio) {
                                 return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
                             }),
                             QSsl::Ec);
    if (tls.isNull())
        return fail("Qt could not read it");
    return tls;
}

QSslConfiguration SandboxTls::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(privateKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);   // clients present no certificate
    return configuration;
}

} // namespace desk
