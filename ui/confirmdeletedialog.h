#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace desk {

// Asks before something is deleted that cannot be brought back: what will happen (`text`),
// then a list of consequences (one line each, e.g. the repositories that lose a registry), and
// the name to type. Delete is enabled only when the typed name is exactly `name`.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmDeleteDialog(const QString &title, const QString &text, const QStringList &consequences, const QString &name,
                        const QString &acceptText, QWidget *parent = nullptr);

    QStringList consequences() const { return m_consequences; }
    QString text() const;
    QLineEdit *confirmEdit() const { return m_confirmEdit; }
    QPushButton *deleteButton() const { return m_deleteButton; }

private:
    QStringList m_consequences;
    QLabel *m_text = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace desk
