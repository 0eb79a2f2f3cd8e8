#include "ui/inventoryexportaction.h"

#include "controllers/inventoryexport.h"
#include "ui/joberrorpresenter.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>

namespace desk {

InventoryExportAction::InventoryExportAction(CodeArtifactClient *client, JobErrorPresenter *banners, QAction *enabledLike,
                                             QWidget *window)
    : QAction(tr("&Export Inventory\u2026"), window)
    , m_client(client)
    , m_banners(banners)
    , m_window(window)
{
    setObjectName(QStringLiteral("exportInventoryAction"));
    setToolTip(tr("Describe every repository and save them as JSON or CSV"));
    m_chooseFile = [this] { return askForFile(); };
    if (enabledLike) {
        setEnabled(enabledLike->isEnabled());
        connect(enabledLike, &QAction::changed, this, [this, enabledLike] { setEnabled(enabledLike->isEnabled() && !m_job); });
    }
    connect(this, &QAction::triggered, this, &InventoryExportAction::exportInventory);
}

QString InventoryExportAction::askForFile()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    QString file = QFileDialog::getSaveFileName(m_window, tr("Export Inventory"),
                                                QDir(documents).filePath(QStringLiteral("codeartifact-inventory.json")),
                                                tr("JSON (*.json);;CSV (*.csv)"), &selectedFilter);
    if (file.isEmpty())
        return {};
    if (InventoryExport::formatFor(file) == InventoryExport::Format::None)
        file += selectedFilter.startsWith(QLatin1String("CSV")) ? QStringLiteral(".csv") : QStringLiteral(".json");
    return file;
}

void InventoryExportAction::exportInventory()
{
    if (m_job || !m_client)
        return;
    const QString file = m_chooseFile ? m_chooseFile() : QString();
    if (file.isEmpty())
        return;
    if (InventoryExport::formatFor(file) == InventoryExport::Format::None || file == QLatin1String("-")) {
        m_banners->showBanner(tr("Choose a file name ending in .json or .csv."), MessageWidget::Type::Error);
        return;
    }
    auto *job = new InventoryExportJob(m_client);
    m_job = job;
    setEnabled(false);
    m_progress = new QProgressDialog(tr("Listing domains and repositories\u2026"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export Inventory"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, job, &Job::abort);
    connect(job, &InventoryExportJob::progressChanged, this, [this](int described, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(described);
        m_progress->setLabelText(tr("Describing repositories: %1 of %2").arg(described).arg(total));
    });
    connect(job, &Job::finished, this, [this, job, file] {
        m_job = nullptr;
        setEnabled(true);
        if (m_progress)
            m_progress->close();
        if (job->error()) {
            if (job->error().kind() != AwsError::Kind::Cancelled)
                m_banners->showError(job->error(), tr("The inventory could not be exported: %1").arg(job->error().userMessage()));
            return;
        }
        const QList<RepositoryDescription> repositories = job->repositories();
        if (const QString error = InventoryExport::save(file, repositories); !error.isEmpty()) {
            m_banners->showBanner(error, MessageWidget::Type::Error);
            return;
        }
        const QString where = QDir::toNativeSeparators(file);
        const QList<InventoryExportJob::Failure> failures = job->failures();
        const QString exported = repositories.size() == 1 ? tr("Exported 1 repository to %1.").arg(where)
                                                          : tr("Exported %1 repositories to %2.").arg(repositories.size()).arg(where);
        if (failures.isEmpty()) {
            m_banners->showBanner(exported, MessageWidget::Type::Positive);
            return;
        }
        QStringList details;
        for (const InventoryExportJob::Failure &failure : failures)
            details << tr("%1: %2").arg(failure.what, failure.error.userMessage());
        m_banners->showBanner(tr("%1 Not read: %2 (see Details).").arg(exported).arg(failures.size()),
                              MessageWidget::Type::Warning, details.join(u'\n'));
    });
    job->start();
}

} // namespace desk
