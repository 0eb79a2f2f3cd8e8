#include "base/awsclicommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace desk {

namespace {

// A value the CLI's shorthand syntax takes as it is (no comma, equals sign, brackets, quotes or
// white space inside).
bool isShorthandSafe(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+:./-]+$"));
    return safe.match(value).hasMatch();
}

// A list of structures as the CLI takes it: "key=a,value=b key=c,value=d" (one argument per
// element), or one JSON argument when an element would not survive the shorthand.
QStringList structureListArguments(const QJsonArray &list)
{
    if (list.isEmpty())
        return {AwsCliCommand::shellQuote(QStringLiteral("[]"))};
    QStringList elements;
    for (const QJsonValue &element : list) {
        const QJsonObject object = element.toObject();
        QStringList pairs;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString value = it.value().toString();
            if (!isShorthandSafe(value))
                return {AwsCliCommand::shellQuote(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)))};
            pairs << it.key() + u'=' + value;
        }
        elements << pairs.join(u',');
    }
    return elements;
}

QStringList memberArguments(const OperationMember &member, const QJsonValue &value)
{
    switch (member.type) {
    case MemberType::String:
        return {member.cliOption(), AwsCliCommand::shellQuote(value.toString())};
    case MemberType::Integer:
        return {member.cliOption(), QString::number(value.toInteger())};
    case MemberType::UpstreamList:
    case MemberType::TagList:
        return QStringList{member.cliOption()} + structureListArguments(value.toArray());
    case MemberType::StringList: {
        QStringList out{member.cliOption()};
        for (const QJsonValue &element : value.toArray())
            out << AwsCliCommand::shellQuote(element.toString());
        return out;
    }
    }
    return {};
}

} // namespace

QString AwsCliCommand::commandName(const QString &operation)
{
    const OperationSpec *spec = Operations::find(operation);
    return spec ? spec->cliCommand : Operations::kebabCase(operation);
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

QString AwsCliCommand::fromRequest(const AwsRequest &request, const QString &region, const QString &endpointUrl,
                                   const QString &profile)
{
    const OperationSpec &spec = request.spec();
    QStringList arguments;
    for (const OperationMember &member : spec.members) {
        // Pagination tokens are not part of what a person re-runs; secrets are never shown.
        if (member.rule == MemberRule::PaginationToken || member.secret || !request.input.has(member.name))
            continue;
        arguments << memberArguments(member, request.input.value(member.name));
    }
    return fromArguments(spec.service, spec.cliCommand, arguments, region, endpointUrl, profile);
}

QString AwsCliCommand::fromArguments(const QString &service, const QString &command, const QStringList &arguments,
                                     const QString &region, const QString &endpointUrl, const QString &profile)
{
    QStringList parts = QStringList{QStringLiteral("aws"), service, command} + arguments;
    if (!region.isEmpty())
        parts << QStringLiteral("--region") << shellQuote(region);
    if (!endpointUrl.isEmpty())
        parts << QStringLiteral("--endpoint-url") << shellQuote(endpointUrl);
    if (!profile.isEmpty())
        parts << profile;
    return parts.join(u' ');
}

QString AwsCliCommand::fromRequests(const QList<AwsRequest> &requests, const QString &region, const QString &endpointUrl,
                                    const QString &profile)
{
    QStringList commands;
    for (const AwsRequest &request : requests)
        commands << fromRequest(request, region, endpointUrl, profile);
    return commands.join(QStringLiteral(" &&\n"));
}

QString AwsCliCommand::script(const QList<AwsRequest> &requests, const QString &region, const QString &endpointUrl,
                              const QString &profile)
{
    QStringList lines{QStringLiteral("set -e")};
    for (const AwsRequest &request : requests)
        lines << fromRequest(request, region, endpointUrl, profile);
    return lines.join(u'\n') + u'\n';
}

QString AwsCliCommand::comment(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << (line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line);
    return lines.join(u'\n');
}

QString AwsCliCommand::withNote(const QString &note, const QString &commands)
{
    return note.isEmpty() ? commands : note + u'\n' + commands;
}

} // namespace desk
