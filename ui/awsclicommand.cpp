#include "ui/awsclicommand.h"

#include <QRegularExpression>
#include <QStringList>

namespace desk {

QString AwsCliCommand::commandName(const QString &operation)
{
    QString out;
    for (qsizetype i = 0; i < operation.size(); ++i) {
        const QChar c = operation.at(i);
        if (c.isUpper()) {
            if (i > 0)
                out += u'-';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString AwsCliCommand::shellQuote(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

QString AwsCliCommand::fromRequest(const AwsRequest &request, const QString &region, const QString &endpointUrl)
{
    QStringList parts;
    parts << QStringLiteral("aws") << request.service << commandName(request.operation);
    for (const auto &pair : request.query) {
        const QString name = QString::fromUtf8(pair.first);
        // Pagination tokens are not part of what a person re-runs.
        if (name.compare(QLatin1String("next-token"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("nextToken"), Qt::CaseInsensitive) == 0)
            continue;
        parts << QStringLiteral("--") + commandName(name).replace(QLatin1String("--"), QLatin1String("-"))
              << shellQuote(QString::fromUtf8(pair.second));
    }
    if (!region.isEmpty())
        parts << QStringLiteral("--region") << shellQuote(region);
    if (!endpointUrl.isEmpty())
        parts << QStringLiteral("--endpoint-url") << shellQuote(endpointUrl);
    return parts.join(u' ');
}

} // namespace desk
