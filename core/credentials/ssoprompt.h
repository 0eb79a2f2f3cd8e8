#pragma once

#include "api/ssojobs.h"
#include "credentials/ssosettings.h"

#include <QObject>
#include <QString>

#include <functional>

namespace desk {

class SsoLoginJob;

// The account and role a person picked for a session profile without sso_account_id and
// sso_role_name; saveAsProfile non-empty: also write it to ~/.aws/config under that name.
struct SsoRoleChoice
{
    QString accountId;
    QString roleName;
    QString saveAsProfile;
    bool isValid() const { return !accountId.isEmpty() && !roleName.isEmpty(); }
};

// The seam through which IAM Identity Center asks a person something: to confirm a sign-in code
// in the browser, or to pick an account and role. The app shows dialogs (ui/ssodialogprompt.h);
// tests answer directly; a run without a window refuses at once (whyNoOneCanSignIn()).
class SsoPrompt
{
public:
    virtual ~SsoPrompt() = default;
    // Non-empty: nobody can sign in (a run without a window); the profile fails at once with it.
    virtual QString whyNoOneCanSignIn() const { return {}; }
    // A sign-in is about to start: show the code when job emits verificationReady(), and abort()
    // the job if the person cancels. The job is started after this returns; it ends on its own.
    virtual void showSignIn(SsoLoginJob *job) = 0;
    // Pick one of roles (each names its account; accounts has their names). done is called
    // exactly once, later, only while context lives; an invalid choice means cancelled.
    virtual void chooseRole(const SsoSettings &settings, const QList<SsoAccount> &accounts, const QList<SsoRole> &roles,
                            QObject *context, std::function<void(const SsoRoleChoice &)> done) = 0;
};

// The SsoPrompt of a run without a window: never signs in, never chooses, says why.
class UnattendedSsoPrompt : public SsoPrompt
{
public:
    explicit UnattendedSsoPrompt(QString reason)
        : m_reason(std::move(reason))
    {
    }
    QString whyNoOneCanSignIn() const override { return m_reason; }
    void showSignIn(SsoLoginJob *) override {}
    void chooseRole(const SsoSettings &, const QList<SsoAccount> &, const QList<SsoRole> &, QObject *context,
                    std::function<void(const SsoRoleChoice &)> done) override
    {
        QMetaObject::invokeMethod(context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
    }

private:
    QString m_reason;
};

// An SsoPrompt of functions (tests, scripted use).
class FunctionSsoPrompt : public SsoPrompt
{
public:
    std::function<void(SsoLoginJob *)> onSignIn;
    std::function<SsoRoleChoice(const QList<SsoAccount> &, const QList<SsoRole> &)> onChooseRole;
    int signIns = 0;
    int roleQuestions = 0;

    void showSignIn(SsoLoginJob *job) override
    {
        ++signIns;
        if (onSignIn)
            onSignIn(job);
    }
    void chooseRole(const SsoSettings &, const QList<SsoAccount> &accounts, const QList<SsoRole> &roles,
                    QObject *context, std::function<void(const SsoRoleChoice &)> done) override
    {
        ++roleQuestions;
        const SsoRoleChoice choice = onChooseRole ? onChooseRole(accounts, roles) : SsoRoleChoice();
        QMetaObject::invokeMethod(context, [done = std::move(done), choice] { done(choice); }, Qt::QueuedConnection);
    }
};

} // namespace desk
