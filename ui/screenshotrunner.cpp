#include "ui/screenshotrunner.h"

#include "ui/mainwindow.h"

#include "api/codeartifactclient.h"

#include <QPixmap>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace desk {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
{
    connect(window->client(), &CodeArtifactClient::requestFinished, this, &ScreenshotRunner::recordRequest);
}

void ScreenshotRunner::recordRequest(const RequestRecord &record)
{
    if (record.succeeded || record.service == QLatin1String("sts")
        || record.errorCode == AwsError::kindName(AwsError::Kind::Cancelled))
        return;
    QString line = QStringLiteral("%1 %2: %3").arg(record.operation, record.target, record.errorMessage);
    if (!record.requestId.isEmpty())
        line += QStringLiteral(" (request id %1)").arg(record.requestId);
    m_errors << line;
}

void ScreenshotRunner::recordError(const QString &error)
{
    m_errors << error;
}

void ScreenshotRunner::start()
{
    QTimer::singleShot(m_timeoutMs, this, [this] {
        if (m_saved)
            return;
        m_errors << tr("Timed out waiting for the window to finish loading.");
        save();
    });
    if (m_window->isWelcomeShown() || !m_window->isInventoryLoading()) {
        waitUntilIdle();
        return;
    }
    connect(m_window, &MainWindow::inventoryFinished, this, &ScreenshotRunner::handleInventoryFinished,
            Qt::SingleShotConnection);
}

void ScreenshotRunner::handleInventoryFinished()
{
    connect(m_window, &MainWindow::detailsFinished, this, &ScreenshotRunner::waitUntilIdle, Qt::SingleShotConnection);
    if (!m_window->selectFirstRepository()) {
        disconnect(m_window, &MainWindow::detailsFinished, this, &ScreenshotRunner::waitUntilIdle);
        waitUntilIdle();
    }
}

void ScreenshotRunner::waitUntilIdle()
{
    if (m_saved)
        return;
    CodeArtifactClient *client = m_window->client();
    if (client->pendingRequests() == 0) {
        // One more turn of the event loop so that the last answer is laid out and painted.
        QTimer::singleShot(50, this, &ScreenshotRunner::save);
        return;
    }
    if (m_waitingIdle)
        return;
    m_waitingIdle = true;
    connect(client, &CodeArtifactClient::pendingRequestsChanged, this, [this](int pending) {
        if (pending == 0)
            QTimer::singleShot(50, this, &ScreenshotRunner::save);
    });
}

void ScreenshotRunner::save()
{
    if (m_saved || !m_window)
        return;
    if (m_window->client()->pendingRequests() > 0 && m_errors.isEmpty())
        return;   // something started in the meantime; pendingRequestsChanged brings us back
    m_saved = true;
    const QPixmap shot = m_window->grab();
    // Written beside the target and renamed into place: a failed write leaves no half a PNG.
    QSaveFile file(m_file);
    QString writeError;
    if (!file.open(QIODevice::WriteOnly))
        writeError = file.errorString();
    else if (!shot.save(&file, "PNG"))
        writeError = file.error() != QFileDevice::NoError ? file.errorString() : tr("the image could not be encoded");
    if (!writeError.isEmpty())
        file.cancelWriting();
    else if (!file.commit())
        writeError = file.errorString();
    const bool written = writeError.isEmpty();
    for (const QString &error : std::as_const(m_errors))
        std::fprintf(stderr, "artifact-desk: %s\n", qPrintable(error));
    if (!written)
        std::fprintf(stderr, "artifact-desk: could not write the screenshot to %s: %s\n", qPrintable(m_file),
                     qPrintable(writeError));
    else
        std::fprintf(stdout, "artifact-desk: saved %dx%d screenshot to %s\n", shot.width(), shot.height(), qPrintable(m_file));
    Q_EMIT finished(m_errors.isEmpty() && written ? 0 : 1);
}

} // namespace desk
