#pragma once

#include "base/codeartifacttypes.h"
#include "controllers/connectionplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeView;
class QWidget;

namespace desk {

struct ExternalConnectionInfo;
class ExternalConnectionFilterModel;
class ExternalConnectionModel;
class MessageWidget;

// The external-connection picker: the ten supported connections (core's one table) with their
// package format and description, a search field and a format filter, usable from the keyboard
// (type, arrows, Enter). For the chosen connection it offers the plans: through a store
// repository (AWS's recommended layout: an existing repository of the domain with the connection,
// or a new `<name>-store`, the name editable), or directly on the repository (the default only
// for a repository without upstreams); the chosen plan's steps are listed before anything runs.
// It explains what the service may refuse (a second external connection, upstreams beside a
// connection) without deciding it: only a repository that already has the connection is refused.
class ExternalConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString connection;    // public:pypi
        QString domainOwner;   // 12 digits
        QString replaces;      // the connection to disassociate first; empty: none
        ConnectionPlan plan;   // the plan chosen (direct or through a store), with the domain owner
    };

    // `callerAccount`: the signed-in account (empty when unknown); the domain owner is editable
    // when the domain belongs to another account.
    ExternalConnectionDialog(const RepositoryDescription &repository, const QString &callerAccount,
                             QWidget *parent = nullptr);

    Choice choice() const;
    // What is known of the domain's repositories (their connections and upstreams): where the
    // plan looks for a store and which names are taken. Can come later (when the domain has been
    // described); the plan shown follows. `complete`: false while some are still being read (the
    // store route waits for them: a store not read yet would be created again).
    void setDomainRepositories(const QList<RepositoryDescription> &repositories, bool complete = true);
    // The route chosen now.
    ConnectionPlan::Route route() const;
    void setRoute(ConnectionPlan::Route route);
    // The plan for the connection and route chosen now (invalid without a connection).
    ConnectionPlan plan() const;
    bool isAcceptable() const { return m_acceptable; }
    // The explanation shown above the buttons.
    QString explanation() const;
    // Selects a connection by name (false when it is filtered out or unknown).
    bool selectConnection(const QString &name);
    // The connection the repository's name or description points to; empty when none or several.
    static QString suggestedConnection(const RepositoryDescription &repository);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString currentConnection() const;
    void ensureCurrentRow();
    void updateState();
    void updatePlan(const ExternalConnectionInfo *info, bool alreadyConnected);
    void tryAccept();

    RepositoryDescription m_repository;
    QString m_callerAccount;
    ExternalConnectionModel *m_model = nullptr;
    ExternalConnectionFilterModel *m_filter = nullptr;
    QLineEdit *m_ownerEdit = nullptr;
    QLabel *m_ownerHint = nullptr;
    QString m_ownerHintText;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    MessageWidget *m_message = nullptr;
    QCheckBox *m_replaceCheck = nullptr;
    QWidget *m_routeBox = nullptr;
    QRadioButton *m_storeRadio = nullptr;
    QRadioButton *m_directRadio = nullptr;
    QLineEdit *m_storeEdit = nullptr;
    QLabel *m_planLabel = nullptr;
    QList<RepositoryDescription> m_domainRepositories;
    QString m_planConnection;    // the connection the store name was proposed for
    bool m_storeNameEdited = false;
    bool m_domainComplete = true;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
    bool m_acceptable = false;
};

} // namespace desk
