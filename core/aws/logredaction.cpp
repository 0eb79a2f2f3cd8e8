#include "aws/logredaction.h"

Q_LOGGING_CATEGORY(desk::lcNet, "desk.net", QtWarningMsg)
Q_LOGGING_CATEGORY(desk::lcSigV4, "desk.sigv4", QtWarningMsg)

namespace desk {

namespace {

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray LogRedaction::queryString(const QByteArray &query)
{
    if (query.isEmpty())
        return query;
    QList<QByteArray> params = query.split('&');
    for (QByteArray &param : params) {
        const qsizetype eq = param.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? param : param.left(eq));
        if (isSecretName(name))
            param = param.left(eq < 0 ? param.size() : eq) + '=' + kRedacted;
    }
    return params.join('&');
}

bool LogRedaction::isSecretName(QByteArrayView name)
{
    const QByteArrayView trimmed = name.trimmed();
    for (const char *secret : {"authorization", "proxy-authorization", "x-amz-security-token", "x-amz-signature",
                               "x-amz-credential-secret", "x-amz-sso_bearer_token", "cookie", "set-cookie"}) {
        if (equalsIgnoringCase(trimmed, secret))
            return true;
    }
    return false;
}

QByteArray LogRedaction::headerValue(QByteArrayView name, const QByteArray &value)
{
    if (!isSecretName(name))
        return value;
    if (equalsIgnoringCase(name.trimmed(), "authorization") && value.startsWith("AWS4-HMAC-SHA256 ")) {
        // Keep everything up to the signature; a header with no recognisable signature is
        // replaced whole, so a malformed one cannot slip a secret through.
        const qsizetype at = value.toLower().indexOf("signature=");
        if (at > 0)
            return value.left(at + qsizetype(qstrlen("signature="))) + kRedacted;
    }
    return kRedacted;
}

QByteArray LogRedaction::headers(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView indent)
{
    QByteArray out;
    for (const auto &[name, value] : headers) {
        if (!out.isEmpty())
            out += '\n';
        out += indent.toByteArray() + name + ": " + headerValue(name, value);
    }
    return out;
}

QString LogRedaction::url(const QUrl &url)
{
    const QString base = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.hasQuery())
        return base;
    return base + u'?' + QString::fromLatin1(queryString(url.query(QUrl::FullyEncoded).toLatin1()));
}

QByteArray LogRedaction::canonicalRequest(const QByteArray &canonicalRequest)
{
    QList<QByteArray> lines = canonicalRequest.split('\n');
    for (QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && isSecretName(QByteArrayView(line).first(colon)))
            line = line.left(colon + 1) + kRedacted;
    }
    // The query line (the third) may carry presigned parameters.
    if (lines.size() > 2)
        lines[2] = queryString(lines[2]);
    return lines.join('\n');
}

} // namespace desk
