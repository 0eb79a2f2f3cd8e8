#pragma once

#include "base/codeartifacttypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace desk {

class ExternalConnectionFilterModel;
class ExternalConnectionModel;
class MessageWidget;

// The external-connection picker: the ten supported connections (core's one table) with their
// package format and description, a search field and a format filter, usable from the keyboard
// (type, arrows, Enter). Before anything is sent it explains what the service would refuse
// (the repository already has its one external connection, or it has upstreams) and enables
// Associate only for a choice the service would accept.
class ExternalConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString connection;    // public:pypi
        QString domainOwner;   // 12 digits
        QString replaces;      // the connection to disassociate first; empty: none
    };

    // `callerAccount`: the signed-in account (empty when unknown); the domain owner is editable
    // when the domain belongs to another account.
    ExternalConnectionDialog(const RepositoryDescription &repository, const QString &callerAccount,
                             QWidget *parent = nullptr);

    Choice choice() const;
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
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
    bool m_acceptable = false;
};

} // namespace desk
