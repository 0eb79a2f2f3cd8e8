#pragma once

#include "base/codeartifacttypes.h"

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

// The right side of the main window: the selected repository (every RepositoryDescription
// field), or the selected domain, or a hint when nothing is selected.
class RepositoryDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit RepositoryDetailsView(QWidget *parent = nullptr);

    // The window's actions, shown as buttons on the repository page.
    void setRepositoryActions(QAction *associate, QAction *disassociate, QAction *copyCli);

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
