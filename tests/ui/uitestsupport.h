#pragma once

#include "ui/mainwindow.h"
#include "ui/prompter.h"

#include "api/codeartifactclient.h"
#include "sandbox/sandboxlauncher.h"
#include "sandbox/sandboxserver.h"

#include <QDialog>
#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace desk::test {

// The widget or action named `name` under parent (tests drive controls by objectName).
template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Answers the window's modal prompts (the Prompter seam) and records what they showed.
class TestPrompter : public Prompter
{
public:
    struct ShownError
    {
        QString title;
        AwsError error;
        QString context;
        bool canRetry = false;
    };

    // Drives a dialog while it is open; leaving it open counts as Cancel.
    std::function<void(QDialog *)> onDialog;
    bool confirmAnswer = true;
    QStringList confirmTitles;
    QStringList confirmTexts;
    QStringList confirmAcceptTexts;
    QList<DefaultAnswer> confirmDefaults;
    QList<ShownError> errors;
    int dialogs = 0;

    bool confirm(QWidget *, const QString &title, const QString &text, const QString &acceptText,
                 DefaultAnswer defaultAnswer) override
    {
        confirmTitles << title;
        confirmTexts << text;
        confirmAcceptTexts << acceptText;
        confirmDefaults << defaultAnswer;
        return confirmAnswer;
    }
    ErrorChoice showError(QWidget *, const QString &title, const AwsError &error, const QString &context,
                          bool canRetry) override
    {
        errors << ShownError{title, error, context, canRetry};
        return ErrorChoice::Close;
    }
    int exec(QDialog *dialog) override
    {
        ++dialogs;
        dialog->setResult(QDialog::Rejected);
        dialog->show();
        if (onDialog)
            onDialog(dialog);
        if (dialog->isVisible())
            dialog->reject();
        return dialog->result();
    }
};

// The in-process sandbox with the demo seed (state in memory), a client aimed at it over real
// HTTP, and the real main window on top.
struct SandboxFixture
{
    std::unique_ptr<SandboxLauncher> sandbox;
    SandboxServer *server = nullptr;   // the running sandbox's, owned by `sandbox`
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<CodeArtifactClient> client;
    std::shared_ptr<TestPrompter> prompter;
    std::unique_ptr<MainWindow> window;
    SandboxEndpoint endpoint;
    // Off for tests that count the requests an action sends.
    bool backgroundDescribing = true;

    // Empty string on success.
    QString start(const SandboxConfig &config = {}, bool withWindow = true);
    // Tears down in dependency order: the window, the client, its network manager, the server.
    void stop();
    // Runs `script` with /bin/sh, the way a person runs copied AWS CLI commands, but knowing
    // nothing of this machine's AWS files: a throwaway HOME, the sandbox's key pair in the
    // environment, no pager, no instance metadata, one attempt per call. The sandbox answers
    // from this process, so it waits with the event loop running. The exit code, or -1 when it
    // did not end within timeoutMs (then killed) or crashed; `output`: stdout and stderr merged.
    int runShell(const QString &script, QByteArray *output = nullptr, int timeoutMs = 120000) const;
};

} // namespace desk::test
