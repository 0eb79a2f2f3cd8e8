#include "base/policydocument.h"

#include "base/inputvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace desk {

std::pair<int, int> PolicyDocument::lineAndColumn(const QString &text, int utf8Offset)
{
    const QString before = QString::fromUtf8(text.toUtf8().left(qMax(0, utf8Offset)));
    const int line = int(before.count(u'\n')) + 1;
    const int column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    return {line, column};
}

PolicyDocument::Check PolicyDocument::check(const QString &text)
{
    Check out;
    if (text.trimmed().isEmpty()) {
        out.message = tr("The policy is empty.");
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, parseError.offset);
        out.line = line;
        out.column = column;
        out.message = tr("Line %1, column %2: %3.").arg(line).arg(column).arg(parseError.errorString());
        return out;
    }
    if (!json.isObject()) {
        out.message = tr("A policy is a JSON object: { \"Version\": ..., \"Statement\": [...] }.");
        return out;
    }
    const QJsonObject policy = json.object();
    if (!policy.value(QLatin1String("Version")).isString()) {
        out.message = tr("The policy has no \"Version\" (use \"2012-10-17\").");
        return out;
    }
    const QJsonValue statementValue = policy.value(QLatin1String("Statement"));
    QJsonArray statements;
    if (statementValue.isObject())
        statements.append(statementValue);
    else if (statementValue.isArray())
        statements = statementValue.toArray();
    if (statements.isEmpty()) {
        out.message = tr("The policy has no \"Statement\": add at least one.");
        return out;
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const int n = int(i) + 1;
        if (!statements.at(i).isObject()) {
            out.message = tr("Statement %1 is not a JSON object.").arg(n);
            return out;
        }
        const QJsonObject s = statements.at(i).toObject();
        const QString effect = s.value(QLatin1String("Effect")).toString();
        if (effect != QLatin1String("Allow") && effect != QLatin1String("Deny")) {
            out.message = tr("Statement %1: \"Effect\" must be \"Allow\" or \"Deny\".").arg(n);
            return out;
        }
        if (!s.contains(QLatin1String("Principal")) && !s.contains(QLatin1String("NotPrincipal"))) {
            out.message = tr("Statement %1 has no \"Principal\": a resource policy says whom it applies to.").arg(n);
            return out;
        }
        if (!s.contains(QLatin1String("Action")) && !s.contains(QLatin1String("NotAction"))) {
            out.message = tr("Statement %1 has no \"Action\".").arg(n);
            return out;
        }
    }
    if (text.size() > InputValidator::maxPolicyDocumentLength) {
        out.message = tr("The policy has %1 characters; CodeArtifact takes at most %2.")
                          .arg(text.size())
                          .arg(InputValidator::maxPolicyDocumentLength);
        return out;
    }
    if (const AwsError e = InputValidator::policyDocument(text)) {
        out.message = tr("The policy contains control characters CodeArtifact does not accept.");
        return out;
    }
    out.ok = true;
    out.statements = int(statements.size());
    out.message = out.statements == 1 ? tr("Valid policy with one statement.")
                                      : tr("Valid policy with %1 statements.").arg(out.statements);
    return out;
}

QString PolicyDocument::prettyPrinted(const QString &text)
{
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isObject())
        return text;
    return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace desk
