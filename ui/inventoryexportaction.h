#pragma once

#include "controllers/inventoryexport.h"

#include <QAction>
#include <QPointer>

#include <functional>

class QProgressDialog;

namespace desk {

class CodeArtifactClient;
class JobErrorPresenter;

// File → Export Inventory…: asks where to (.json or .csv), lists and describes every repository
// the credentials reach with a progress dialog that can cancel, writes the file whole, and says
// in the window's banner how it went (how many repositories, what could not be read and why).
// Enabled when `enabledLike` is (the window's Refresh: there are credentials).
class InventoryExportAction : public QAction
{
    Q_OBJECT

public:
    InventoryExportAction(CodeArtifactClient *client, JobErrorPresenter *banners, QAction *enabledLike, QWidget *window);

    // Where to write; empty: cancelled. The default asks with a save dialog; tests answer directly.
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }
    bool isExporting() const { return m_job != nullptr; }

private:
    void exportInventory();
    QString askForFile();

    QPointer<CodeArtifactClient> m_client;
    QPointer<JobErrorPresenter> m_banners;
    QPointer<QWidget> m_window;
    std::function<QString()> m_chooseFile;
    QPointer<InventoryExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace desk
