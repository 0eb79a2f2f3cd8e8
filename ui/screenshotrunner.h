#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace desk {

class MainWindow;
struct RequestRecord;

// artifact-desk --screenshot FILE: waits for the inventory, selects the first repository, waits
// for its details and for every request to finish, saves a PNG of the window and reports the
// exit code: 0, or 1 when a CodeArtifact request failed (the errors go to stderr). A failed
// identity lookup (STS) shows in the window but does not change the exit code.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(MainWindow *window, const QString &file, QObject *parent = nullptr);

    // Call after MainWindow::start().
    void start();
    // Something that is not a request failed (the credentials could not be used): the run
    // reports it and exits 1.
    void recordError(const QString &error);
    QStringList errors() const { return m_errors; }
    // Gives up (and still saves) after this long; default 60 s.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void handleInventoryFinished();
    void waitUntilIdle();
    void save();
    void recordRequest(const RequestRecord &record);

    QPointer<MainWindow> m_window;
    QString m_file;
    QStringList m_errors;
    int m_timeoutMs = 60000;
    bool m_saved = false;
    bool m_waitingIdle = false;
};

} // namespace desk
