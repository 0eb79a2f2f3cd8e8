#pragma once

#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace desk {

class RepositorySetupController;
class UpstreamListModel;

// New Repository… and Edit Repository…: the name (new only: checked as it is typed, and against
// the domain's repositories in the inventory), the description, and the upstreams in search
// order: add from the same domain, remove, reorder by drag or Alt+Up/Alt+Down, at most 10. A
// cycle the list would make is shown as its path before anything is sent, and Create/Save stays
// disabled while it is there. An upstream the domain no longer has (dangling) says so.
class RepositoryDialog : public QDialog
{
    Q_OBJECT

public:
    // A new repository in `domain`.
    RepositoryDialog(RepositorySetupController *setup, const DomainRef &domain, QWidget *parent = nullptr);
    // Editing `repository`, whose description and upstreams are as given.
    RepositoryDialog(RepositorySetupController *setup, const RepositoryRef &repository, const QString &description,
                     const QStringList &upstreams, QWidget *parent = nullptr);

    bool isEditing() const { return m_editing; }
    QString name() const;
    QString description() const;
    QStringList upstreams() const;
    // The cycle shown ("release", "web-frontend", "release"); empty: none.
    QStringList cycle() const { return m_cycle; }
    // The upstream rows as shown ("1. npm-store").
    QStringList upstreamRows() const;
    QPushButton *okButton() const { return m_okButton; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void addUpstream();
    void removeUpstream();
    void moveUpstream(int delta);
    void updateState();
    int currentRow() const;

    RepositorySetupController *m_setup;
    DomainRef m_domain;
    bool m_editing = false;
    QString m_editedName;

    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    UpstreamListModel *m_upstreams = nullptr;
    QListView *m_upstreamView = nullptr;
    QComboBox *m_addCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_okButton = nullptr;
    QStringList m_cycle;
};

} // namespace desk
