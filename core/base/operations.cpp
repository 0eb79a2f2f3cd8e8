#include "base/operations.h"

#include <algorithm>

namespace desk {


QString OperationMember::cliOption() const
{
    return QStringLiteral("--") + Operations::kebabCase(name);
}

const OperationMember *OperationSpec::member(QStringView memberName) const
{
    for (const OperationMember &m : members) {
        if (m.name == memberName)
            return &m;
    }
    return nullptr;
}

bool OperationSpec::hasJsonBody() const
{
    return std::any_of(members.cbegin(), members.cend(),
                       [](const OperationMember &m) { return m.location == MemberLocation::Body; });
}

bool OperationSpec::hasFormBody() const
{
    return service == QLatin1String("sts");
}

const QList<OperationSpec> &Operations::all()
{
    static const QList<OperationSpec> table = operationtable::rows();
    return table;
}

const OperationSpec &Operations::spec(Operation operation)
{
    // The table is in enum order (tst_operationtable checks it).
    return all().at(qsizetype(operation));
}

const OperationSpec *Operations::find(QStringView name)
{
    for (const OperationSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const OperationSpec *Operations::route(const QByteArray &method, QStringView uri, QStringView service)
{
    for (const OperationSpec &spec : all()) {
        if (spec.service == service && spec.method == method && QLatin1String(spec.uri) == uri)
            return &spec;
    }
    return nullptr;
}

QList<QByteArray> Operations::methodsFor(QStringView uri, QStringView service)
{
    QList<QByteArray> methods;
    for (const OperationSpec &spec : all()) {
        if (spec.service == service && QLatin1String(spec.uri) == uri)
            methods << spec.method;
    }
    return methods;
}

QString Operations::kebabCase(QStringView camelCase)
{
    QString out;
    out.reserve(camelCase.size() + 8);
    for (qsizetype i = 0; i < camelCase.size(); ++i) {
        const QChar c = camelCase.at(i);
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

} // namespace desk
