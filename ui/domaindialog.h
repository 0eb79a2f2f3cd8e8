#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace desk {

// Repository → New Domain…: the name, checked as it is typed against the API model's DomainName
// (the reason under the field), and an optional KMS key. Create is enabled for a name that fits;
// the service judges the rest.
class DomainDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DomainDialog(QWidget *parent = nullptr);

    QString name() const;
    QString encryptionKey() const;
    // Why the name does not fit (as shown); empty when it does.
    QString nameProblem() const;
    QPushButton *createButton() const { return m_createButton; }

private:
    void updateState();

    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_createButton = nullptr;
};

} // namespace desk
