// What a credential_process prints (CredentialProcessProvider::parseOutput), from any bytes.
// Checks: the answer is credentials or an error, never both; accepted credentials are exactly
// the JSON's members; an error never echoes what the tool printed: with every string in the
// output replaced by another of the same length (Expiration kept, since whether it is a time is
// what the error may say), the error must not change by a character.

#include "credentials/credentialprocessprovider.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace desk;

namespace {

const QString kProfile = QStringLiteral("fuzz-profile");

QString disguised(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        c = c == u'x' ? u'y' : u'x';
    return out;
}

QJsonValue disguised(const QJsonValue &value)
{
    if (value.isString())
        return disguised(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(disguised(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(it.key(), disguised(it.value()));
        return out;
    }
    return value;
}

void checkAnswer(const CredentialProcessProvider::Parsed &parsed, const QJsonDocument &document)
{
    if (!parsed.error) {
        const QJsonObject object = document.object();
        FUZZ_CHECK(document.isObject());
        FUZZ_CHECK(parsed.credentials.isValid());
        FUZZ_CHECK(parsed.credentials.accessKeyId == object.value(QLatin1String("AccessKeyId")).toString());
        FUZZ_CHECK(parsed.credentials.secretAccessKey == object.value(QLatin1String("SecretAccessKey")).toString().toUtf8());
        FUZZ_CHECK(parsed.credentials.sessionToken == object.value(QLatin1String("SessionToken")).toString().toUtf8());
        FUZZ_CHECK(!parsed.credentials.expiration.isValid() || parsed.credentials.expiration.timeSpec() == Qt::UTC);
        return;
    }
    // A refused answer keeps nothing of what it read.
    FUZZ_CHECK(parsed.credentials.accessKeyId.isEmpty());
    FUZZ_CHECK(parsed.credentials.secretAccessKey.isEmpty());
    FUZZ_CHECK(parsed.credentials.sessionToken.isEmpty());
    FUZZ_CHECK(parsed.error.kind() == AwsError::Kind::Configuration);
    FUZZ_CHECK(parsed.error.message().contains(kProfile));
    FUZZ_CHECK(!parsed.error.userMessage().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray output(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(output);
    checkAnswer(CredentialProcessProvider::parseOutput(output, kProfile), document);
    if (!document.isObject())
        return 0;

    QJsonObject object = document.object();
    QJsonObject other = disguised(object).toObject();
    if (object.contains(QLatin1String("Expiration")))
        other.insert(QLatin1String("Expiration"), object.value(QLatin1String("Expiration")));
    const QByteArray same = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray changed = QJsonDocument(other).toJson(QJsonDocument::Compact);
    const auto a = CredentialProcessProvider::parseOutput(same, kProfile);
    const auto b = CredentialProcessProvider::parseOutput(changed, kProfile);
    checkAnswer(a, QJsonDocument(object));
    checkAnswer(b, QJsonDocument(other));
    FUZZ_CHECK(a.error.kind() == b.error.kind());
    FUZZ_CHECK(a.error.message() == b.error.message());
    FUZZ_CHECK(a.error.userMessage() == b.error.userMessage());
    FUZZ_CHECK(a.error.details() == b.error.details());
    return 0;
}
