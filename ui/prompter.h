#pragma once

#include "base/awserror.h"

#include <QString>

class QDialog;
class QWidget;

namespace desk {

// The seam for every modal prompt: the window asks here, the app shows real dialogs, a test
// answers them (see tests/ui). Nothing else in ui/ calls exec() on a dialog.
class Prompter
{
public:
    enum class ErrorChoice { Close, Retry };
    // What Enter answers: Cancel for a question about something that cannot be undone.
    enum class DefaultAnswer { Accept, Cancel };

    virtual ~Prompter();
    // A yes/no question about something the user asked for; true: go ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                         DefaultAnswer defaultAnswer = DefaultAnswer::Accept);
    // An action the user just asked for failed: the error's userMessage(), `context` (what is true
    // now, when known), Details and, when `canRetry`, a Retry button.
    virtual ErrorChoice showError(QWidget *parent, const QString &title, const AwsError &error, const QString &context,
                                  bool canRetry);
    // Runs a dialog modally; returns QDialog::Accepted or Rejected.
    virtual int exec(QDialog *dialog);
};

} // namespace desk
