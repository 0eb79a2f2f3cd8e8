#include "testsupport.h"

#include "base/job.h"

#include "api/codeartifactclient.h"
#include "api/retrypolicy.h"
#include "aws/awscredentials.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QProcessEnvironment>
#include <QStringEncoder>
#include <QtGlobal>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace desk::test {

QString binDir()
{
    return qEnvironmentVariable("DESK_BIN_DIR");
}

QString testDataDir()
{
    return qEnvironmentVariable("DESK_TEST_DATA_DIR");
}

QStringList unusableSharedFileKinds()
{
    return {QStringLiteral("fifo"), QStringLiteral("folder"), QStringLiteral("unreadable"), QStringLiteral("huge"),
            QStringLiteral("utf16le-bom"), QStringLiteral("utf16be-bom"), QStringLiteral("utf16le"), QStringLiteral("binary")};
}

bool readsEveryFile()
{
    return ::geteuid() == 0;
}

QString makeUnusableSharedFile(const QString &kind, const QString &path)
{
    const QString text = QStringLiteral("[profile dev]\nregion = us-east-1\n\n[profile other]\nregion = eu-west-1\n");
    auto write = [&path](const QByteArray &content, qint64 size = -1) -> QString {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || (size >= 0 && !f.resize(size)))
            return f.errorString();
        return {};
    };
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? QString() : qt_error_string(errno);
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(path) ? QString() : QStringLiteral("mkpath failed");
    if (kind == QLatin1String("unreadable")) {
        if (const QString error = write(text.toUtf8()); !error.isEmpty())
            return error;
        return QFile::setPermissions(path, {}) ? QString() : QStringLiteral("chmod 000 failed");
    }
    if (kind == QLatin1String("huge"))
        return write(text.toUtf8(), qint64(20) * 1024 * 1024);
    if (kind == QLatin1String("utf16le-bom") || kind == QLatin1String("utf16be-bom") || kind == QLatin1String("utf16le")) {
        const bool bigEndian = kind.startsWith(QLatin1String("utf16be"));
        QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                               kind.endsWith(QLatin1String("-bom")) ? QStringEncoder::Flag::WriteBom
                                                                    : QStringEncoder::Flag::Default);
        const QByteArray encoded = encoder.encode(text);
        return write(encoded);
    }
    if (kind == QLatin1String("binary"))
        return write(QByteArrayLiteral("[profile dev]\nregion = us-east-1\n\x7f" "ELF\x02\x01\0\0\0\0[profile other]\n"));
    return QStringLiteral("unknown kind ") + kind;
}

std::unique_ptr<CodeArtifactClient> makeLocalClient(QNetworkAccessManager *network, const QString &endpoint,
                                                    const QString &accessKeyId, const QByteArray &secretAccessKey,
                                                    const QByteArray &sessionToken)
{
    auto client = std::make_unique<CodeArtifactClient>(network);
    AwsCredentials credentials;
    credentials.accessKeyId = accessKeyId;
    credentials.secretAccessKey = secretAccessKey;
    credentials.sessionToken = sessionToken;
    client->setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(credentials));
    client->setRegion(QStringLiteral("us-east-1"));
    client->setEnvironment(QProcessEnvironment());
    client->setEndpointOverride(endpoint);
    client->setStsEndpointOverride(endpoint);
    RetryPolicy fast;
    fast.baseDelayMs = 1;
    fast.maxBackoffMs = 5;
    client->setRetryPolicy(fast);
    return client;
}

bool runJob(Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    return spy.count() == 1 || spy.wait(timeoutMs);
}

bool decideSsoSignIn(const QUrl &verificationUrl, const QString &decision)
{
    QNetworkAccessManager browser;
    QNetworkReply *page = browser.get(QNetworkRequest(verificationUrl));
    QSignalSpy loaded(page, &QNetworkReply::finished);
    if (!loaded.wait(5000))
        return false;
    const QString html = QString::fromUtf8(page->readAll());
    page->deleteLater();
    static const QRegularExpression tokenField(QStringLiteral("name=\"form_token\" value=\"([^\"]+)\""));
    const QRegularExpressionMatch token = tokenField.match(html);
    if (!token.hasMatch())
        return false;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("user_code"), QUrlQuery(verificationUrl).queryItemValue(QStringLiteral("user_code")));
    form.addQueryItem(QStringLiteral("form_token"), token.captured(1));
    form.addQueryItem(QStringLiteral("decision"), decision);
    QUrl postUrl(verificationUrl);
    postUrl.setQuery(QString());
    QNetworkRequest request(postUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *posted = browser.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(posted, &QNetworkReply::finished);
    const bool answered = done.wait(5000) && posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    posted->deleteLater();
    return answered;
}

} // namespace desk::test
