#pragma once

#include "credentials/mfaprompt.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace desk {

// Asks for an MFA code in a small window-modal dialog opened with open() (no nested event loop).
class MfaDialogPrompt : public QObject, public MfaPrompt
{
    Q_OBJECT

public:
    explicit MfaDialogPrompt(QWidget *parentWindow, QObject *parent = nullptr);

    void requestCode(const QString &profile, const QString &mfaSerial, QObject *context,
                     std::function<void(const QString &code)> done) override;

private:
    QPointer<QWidget> m_window;
};

} // namespace desk
