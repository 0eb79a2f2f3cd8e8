#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <utility>

namespace desk {

// A permissions policy as an admin edits it: the checks made before it is sent (the service is
// the final judge), and its pretty-printed form.
class PolicyDocument
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDocument)

public:
    struct Check
    {
        bool ok = false;
        QString message;      // one translated sentence: what is wrong, or what the policy holds
        int line = 0;         // 1-based; 0: not about one place in the text
        int column = 0;       // 1-based, in characters
        int statements = 0;   // when ok
    };

    // JSON syntax (with the line and column of the first error), then the structure of a resource
    // policy: an object with Version and Statement (an object or a non-empty list), each statement
    // an object with Effect (Allow or Deny), Principal and Action (or NotPrincipal, NotAction);
    // then the model's length and characters for policyDocument.
    static Check check(const QString &text);
    // The document indented as QJsonDocument does; the text as it is when it is not a JSON object.
    static QString prettyPrinted(const QString &text);
    // 1-based line and column of a UTF-8 byte offset into text.
    static std::pair<int, int> lineAndColumn(const QString &text, int utf8Offset);
};

} // namespace desk
