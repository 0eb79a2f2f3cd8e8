#pragma once

#include "base/codeartifacttypes.h"
#include "controllers/connectionbatch.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeView;

namespace desk {

class CodeArtifactClient;
class ConnectionBatchJob;
class ConnectionBatchModel;
class MessageWidget;

// Connects many repositories (in one domain or several) to one public registry: the admin picks
// the registry and the route (through each domain's store repository, as AWS recommends, or
// directly), sees one row per repository (and one per store to create) with what it will do,
// then Connect runs them, at most four requests at a time, each row showing its result (done,
// already connected, failed with the service's reason). Cancel stops what has not ended; Retry
// Failed runs the failed and cancelled rows again; Copy as AWS CLI gives the batch as a script.
class ConnectionBatchDialog : public QDialog
{
    Q_OBJECT

public:
    // `selected`: the repositories as the inventory knows them. `cliProfile`/`cliNote`: as
    // SessionController gives them for copied commands.
    ConnectionBatchDialog(CodeArtifactClient *client, const QList<RepositoryDescription> &selected,
                          const QString &cliProfile, const QString &cliNote, QWidget *parent = nullptr);
    ~ConnectionBatchDialog() override;

    // What is known of each selected repository's domain (keyed by ConnectionBatch::domainKey),
    // where each domain's store is looked for. `complete`: false while some are still being read
    // (Connect waits: a store not read yet would be created again).
    void setDomainRepositories(const QHash<QString, QList<RepositoryDescription>> &domains, bool complete);
    bool selectConnection(const QString &name);
    void setRoute(ConnectionPlan::Route route);
    void setStoreName(const QString &name);

    const ConnectionBatch &batch() const;
    bool isRunning() const { return !m_job.isNull(); }
    bool canStart() const;
    QString statusText() const;
    QString cliScript() const;

public Q_SLOTS:
    void start();
    void cancel();
    void retryFailed();
    void copyCli();
    void reject() override;

Q_SIGNALS:
    void repositoryChanged(const desk::RepositoryDescription &repository);
    // A run (or a retry) ended; `ok`: every repository is connected.
    void batchFinished(bool ok);

private:
    void rebuild();
    void run();
    void handleFinished();
    void updateButtons();
    QString introText() const;
    QString connection() const;

    QPointer<CodeArtifactClient> m_client;
    QString m_cliProfile;
    QString m_cliNote;
    QList<RepositoryDescription> m_selected;
    QHash<QString, QList<RepositoryDescription>> m_domains;
    bool m_domainsComplete = true;
    bool m_started = false;
    ConnectionBatchModel *m_model = nullptr;
    QPointer<ConnectionBatchJob> m_job;
    QLabel *m_intro = nullptr;
    QComboBox *m_registryCombo = nullptr;
    QRadioButton *m_storeRadio = nullptr;
    QRadioButton *m_directRadio = nullptr;
    QLineEdit *m_storeEdit = nullptr;
    QTreeView *m_view = nullptr;
    MessageWidget *m_message = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace desk
