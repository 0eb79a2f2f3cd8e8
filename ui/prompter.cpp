#include "ui/prompter.h"

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>

namespace desk {

Prompter::~Prompter() = default;

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                       DefaultAnswer defaultAnswer)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(defaultAnswer == DefaultAnswer::Accept ? accept : cancel);
    box.exec();
    return box.clickedButton() == accept;
}

Prompter::ErrorChoice Prompter::showError(QWidget *parent, const QString &title, const AwsError &error,
                                          const QString &context, bool canRetry)
{
    QMessageBox box(QMessageBox::Warning, title, error.userMessage(), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("errorBox"));
    if (!context.isEmpty())
        box.setInformativeText(context);
    box.setDetailedText(error.details());
    QPushButton *retry = nullptr;
    if (canRetry)
        retry = box.addButton(QObject::tr("&Retry"), QMessageBox::AcceptRole);
    QPushButton *close = box.addButton(QMessageBox::Close);
    box.setDefaultButton(retry ? retry : close);
    box.exec();
    return retry && box.clickedButton() == retry ? ErrorChoice::Retry : ErrorChoice::Close;
}

int Prompter::exec(QDialog *dialog)
{
    return dialog->exec();
}

} // namespace desk
