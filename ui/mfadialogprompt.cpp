#include "ui/mfadialogprompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace desk {

MfaDialogPrompt::MfaDialogPrompt(QWidget *parentWindow, QObject *parent)
    : QObject(parent)
    , m_window(parentWindow)
{
}

void MfaDialogPrompt::requestCode(const QString &profile, const QString &mfaSerial, QObject *context,
                                  std::function<void(const QString &code)> done)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("mfaDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("MFA Code"));
    dialog->setLabelText(tr("Enter the current code of the MFA device for profile %1:\n%2").arg(profile, mfaSerial));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Normal);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<QObject> guard(context);
    auto answered = std::make_shared<bool>(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [guard, done, answered](const QString &code) {
        *answered = true;
        if (guard)
            done(code);
    });
    connect(dialog, &QDialog::rejected, this, [guard, done, answered] {
        if (*answered)
            return;
        *answered = true;
        if (guard)
            done({});
    });
    dialog->open();
}

} // namespace desk
