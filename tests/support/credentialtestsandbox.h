#pragma once

// Starts build/bin/artifact-desk-sandbox on a free port for the credentials tests and reads its
// "listening on http://..." line. Header-only; used by tests/core and tests/ui.

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace desk::test {

class CredentialTestSandbox
{
public:
    static QString program() { return QDir(binDir()).filePath(QStringLiteral("artifact-desk-sandbox")); }
    static QString accessKeyId() { return QStringLiteral("AKIDSANDBOX"); }
    static QByteArray secretAccessKey() { return QByteArrayLiteral("sandbox-secret-key-not-for-production"); }

    ~CredentialTestSandbox() { stop(); }

    // Empty URL when it could not be started. `arguments` go after --listen (e.g. --state FILE).
    QUrl start(const QStringList &arguments = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program(), QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments);
        if (!m_process.waitForStarted(10000))
            return {};
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 15000) {
            if (!m_process.waitForReadyRead(15000))
                break;
            line += m_process.readAllStandardOutput();
        }
        static const QRegularExpression re(QStringLiteral("listening on (http://[^\\s]+)"));
        const auto match = re.match(QString::fromLatin1(line));
        m_url = match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
        return m_url;
    }
    QUrl url() const { return m_url; }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace desk::test
