#include "base/awsrequest.h"

#include <QJsonDocument>
#include <QUrl>

namespace desk {

namespace {

QByteArray wireText(const QJsonValue &value)
{
    if (value.isDouble())
        return QByteArray::number(value.toInteger());
    return value.toString().toUtf8();
}

// For people: "domain/repository ← connection", "domain", the role, or what the table says.
QString targetOf(const OperationSpec &spec, const OperationInput &input)
{
    const QString domain = input.string(QStringLiteral("domain"));
    const QString repository = input.string(QStringLiteral("repository"));
    if (!repository.isEmpty()) {
        const QString connection = input.string(QStringLiteral("externalConnection"));
        const QString name = domain + u'/' + repository;
        return connection.isEmpty() ? name : name + QStringLiteral(" \u2190 ") + connection;
    }
    if (!domain.isEmpty())
        return domain;
    if (input.has(QStringLiteral("RoleArn")))
        return input.string(QStringLiteral("RoleArn"));
    if (input.has(QStringLiteral("accountId")))
        return input.has(QStringLiteral("roleName"))
            ? input.string(QStringLiteral("accountId")) + u'/' + input.string(QStringLiteral("roleName"))
            : input.string(QStringLiteral("accountId"));
    return spec.noTarget;
}

} // namespace

AwsRequest AwsRequest::forOperation(Operation operation, const OperationInput &input)
{
    const OperationSpec &spec = Operations::spec(operation);
    AwsRequest r;
    r.id = operation;
    r.input = input;
    r.operation = spec.name;
    r.service = spec.service;
    r.method = spec.method;
    r.path = spec.uri;
    r.isMutation = spec.mutates;
    r.responseCarriesSecret = spec.answerIsSecret;
    r.isSigned = spec.isSigned;
    r.target = targetOf(spec, input);

    QJsonObject json;
    QByteArray form;
    if (spec.hasFormBody())
        form = "Action=" + spec.name.toLatin1() + "&Version=2011-06-15";
    for (const OperationMember &member : spec.members) {
        if (!input.has(member.name))
            continue;
        const QJsonValue value = input.value(member.name);
        switch (member.location) {
        case MemberLocation::Query:
            r.query.append({member.wireName, wireText(value)});
            break;
        case MemberLocation::Body:
            json.insert(QString::fromLatin1(member.wireName), value);
            break;
        case MemberLocation::Form:
            form += '&' + member.wireName + '=' + QUrl::toPercentEncoding(QString::fromUtf8(wireText(value)));
            break;
        case MemberLocation::Header:
            r.headers.append({member.wireName, wireText(value)});
            break;
        }
    }
    if (spec.hasFormBody()) {
        r.body = form;
        r.contentType = "application/x-www-form-urlencoded; charset=utf-8";
    } else if (spec.hasJsonBody()) {
        r.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        r.contentType = "application/json";
    }
    return r;
}

} // namespace desk
