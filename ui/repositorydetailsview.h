#pragma once

#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QVariantAnimation;
class QVBoxLayout;

namespace desk {

class ElidingLabel;
class InventoryModel;

// The right side of the main window: the selected repository (every RepositoryDescription
// field, and from the inventory model what uses it and which public registries it reaches), or
// the selected domain, or a hint when nothing is selected.
class RepositoryDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit RepositoryDetailsView(QWidget *parent = nullptr);

    // The window's actions, shown as buttons on the repository page.
    void setRepositoryActions(QAction *associate, QAction *disassociate, QAction *copyCli);
    // Where "Used by" and "Reaches" come from; they follow the model as descriptions arrive.
    void setInventoryModel(const InventoryModel *model);

    void showHint(const QString &hint);
    // What the tree already knows of a row of an InventoryModel (a source index; invalid: none):
    // a repository's or domain's summary (their details follow), or a failed domain's error.
    void showSelection(const QModelIndex &sourceIndex);
    // What the tree already knows; upstreams and connections show as loading until
    // showRepository() brings the full description.
    void showRepositorySummary(const RepositorySummary &summary);
    // `highlightConnection`: an external connection that just changed, highlighted briefly.
    void showRepository(const RepositoryDescription &repository, const QString &highlightConnection = {});
    void showDomainSummary(const DomainSummary &summary, int repositoryCount);
    void showDomain(const DomainDescription &domain);

    enum class Page { Hint, Repository, Domain };
    Page page() const;
    bool isRepositoryLoaded() const { return m_repositoryLoaded; }
    // The repository shown (complete when isRepositoryLoaded()).
    RepositoryDescription repository() const { return m_repository; }
    QString hintText() const;
    // The external connection currently highlighted; empty when none.
    QString highlightedConnection() const { return m_highlighted; }
    // One line per external connection: "name | format | status", for tests and accessibility.
    QStringList externalConnectionRows() const;
    // The "Used by" repositories and the "Reaches" lines ("public:npmjs via web-frontend → npm-store"),
    // as shown; a line that says what is not known yet is last.
    QStringList usedByRows() const { return m_usedByRows; }
    // The upstream lines as shown: "1. npm-store", a dangling one "2. old (not found in this domain)".
    QStringList upstreamRows() const { return m_upstreamRows; }
    QStringList reachesRows() const { return m_reachesRows; }

Q_SIGNALS:
    // A repository link ("Used by", or a repository on a "Reaches" path) was activated.
    void repositoryLinkActivated(const desk::RepositoryRef &repository);

private:
    // A scrolling page with its layout and its title label.
    struct PageFrame
    {
        QScrollArea *scroll = nullptr;
        QWidget *page = nullptr;
        QVBoxLayout *layout = nullptr;
        ElidingLabel *title = nullptr;
    };
    PageFrame buildPageFrame(const QString &pageName, const QString &titleName);
    QWidget *buildRepositoryPage();
    QWidget *buildDomainPage();
    QLabel *valueLabel(const QString &objectName);
    QWidget *arnField(QLineEdit **edit, const QString &objectName, const QString &buttonName);
    void fillUpstreams(const QList<UpstreamRepositoryInfo> &upstreams, bool loading);
    void fillConnections(const QList<RepositoryExternalConnectionInfo> &connections, bool loading);
    // "Used by" and "Reaches", from the model's row of the repository shown.
    void fillRelations();
    void scheduleRelations();
    void activateLink(const QString &repository);
    void startHighlight(const QString &connection);
    static QString formatTime(const QDateTime &time);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;

    // Repository page
    ElidingLabel *m_repoTitle = nullptr;
    ElidingLabel *m_repoSubtitle = nullptr;
    QToolButton *m_associateButton = nullptr;
    QToolButton *m_disassociateButton = nullptr;
    QToolButton *m_copyCliButton = nullptr;
    QLabel *m_repoDomain = nullptr;
    QLabel *m_repoDomainOwner = nullptr;
    QLabel *m_repoAdmin = nullptr;
    QLineEdit *m_repoArn = nullptr;
    QLabel *m_repoDescription = nullptr;
    QLabel *m_repoCreated = nullptr;
    QGroupBox *m_upstreamsBox = nullptr;
    QVBoxLayout *m_upstreamsLayout = nullptr;
    QGroupBox *m_connectionsBox = nullptr;
    QGridLayout *m_connectionsLayout = nullptr;
    QList<QWidget *> m_connectionWidgets;
    QStringList m_connectionRows;
    QGroupBox *m_usedByBox = nullptr;
    QVBoxLayout *m_usedByLayout = nullptr;
    QGroupBox *m_reachesBox = nullptr;
    QVBoxLayout *m_reachesLayout = nullptr;
    QStringList m_usedByRows;
    QStringList m_upstreamRows;
    QStringList m_reachesRows;
    QString m_relationsShownFor;   // owner/domain/repository the two boxes were filled for
    QPointer<const InventoryModel> m_model;
    bool m_relationsScheduled = false;

    // Domain page
    ElidingLabel *m_domainTitle = nullptr;
    QLabel *m_domainOwner = nullptr;
    QLineEdit *m_domainArn = nullptr;
    QLabel *m_domainStatus = nullptr;
    QLabel *m_domainCreated = nullptr;
    QLabel *m_domainRepositories = nullptr;
    QLabel *m_domainAssetSize = nullptr;
    QLabel *m_domainEncryptionKey = nullptr;
    QLabel *m_domainS3Bucket = nullptr;

    RepositoryDescription m_repository;
    bool m_repositoryLoaded = false;
    QString m_highlighted;
    QPointer<QVariantAnimation> m_highlightAnimation;
};

} // namespace desk
