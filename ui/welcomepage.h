#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace desk {

class MessageWidget;

// Shown when no AWS credentials were found: two clear choices, "Try the sandbox" (a local
// CodeArtifact with demo content) and "Add AWS credentials" (the credentials dialog, and how to
// set the environment variables).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Whether "Try the sandbox" can work in this build.
    void setSandboxAvailable(bool available);
    void showSandboxError(const QString &message);
    // With a credentials dialog, "Add AWS Credentials" opens it (credentialsRequested()); the
    // environment variables stay explained below as the other way.
    void setCredentialsDialogAvailable(bool available);
    void showError(const QString &message);
    bool isCredentialsHelpVisible() const;

Q_SIGNALS:
    void sandboxRequested();
    void credentialsRequested();

private:
    QPushButton *m_sandboxButton = nullptr;
    QPushButton *m_credentialsButton = nullptr;
    QToolButton *m_otherWaysButton = nullptr;
    bool m_credentialsDialogAvailable = false;
    QLabel *m_credentialsHelpText = nullptr;
    QWidget *m_credentialsHelp = nullptr;
    MessageWidget *m_message = nullptr;
};

} // namespace desk
