#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace desk {

// The seam through which a role profile with mfa_serial asks a person for the current code.
// The app shows a dialog (ui/mfadialogprompt.h); tests answer it directly.
class MfaPrompt
{
public:
    virtual ~MfaPrompt() = default;
    // Asks for the code of the device mfaSerial for the profile. done is called exactly once, later
    // (never from inside this call) and only while context lives; an empty code means cancelled.
    virtual void requestCode(const QString &profile, const QString &mfaSerial, QObject *context,
                             std::function<void(const QString &code)> done) = 0;
    // Non-empty: nobody can answer (a run without a window); a profile that needs a code fails at
    // once with this reason instead of waiting for an answer that never comes.
    virtual QString whyNoOneCanAnswer() const { return {}; }
};

// The MfaPrompt of a run without a window (--screenshot): never asks, says why.
class UnanswerableMfaPrompt : public MfaPrompt
{
public:
    explicit UnanswerableMfaPrompt(QString reason)
        : m_reason(std::move(reason))
    {
    }
    void requestCode(const QString &, const QString &, QObject *context, std::function<void(const QString &)> done) override
    {
        QMetaObject::invokeMethod(context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
    }
    QString whyNoOneCanAnswer() const override { return m_reason; }

private:
    QString m_reason;
};

// An MfaPrompt that answers with a function (tests, scripted use).
class FunctionMfaPrompt : public MfaPrompt
{
public:
    explicit FunctionMfaPrompt(std::function<QString(const QString &profile, const QString &mfaSerial)> answer)
        : m_answer(std::move(answer))
    {
    }
    void requestCode(const QString &profile, const QString &mfaSerial, QObject *context,
                     std::function<void(const QString &code)> done) override
    {
        ++m_requests;
        const QString code = m_answer ? m_answer(profile, mfaSerial) : QString();
        QMetaObject::invokeMethod(context, [done = std::move(done), code] { done(code); }, Qt::QueuedConnection);
    }
    int requests() const { return m_requests; }

private:
    std::function<QString(const QString &, const QString &)> m_answer;
    int m_requests = 0;
};

} // namespace desk
