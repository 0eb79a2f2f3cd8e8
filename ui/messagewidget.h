#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace desk {

// An inline banner (KeePassXC's MessageWidget): one sentence a person can act on, with Retry
// when retrying makes sense and Details (AWS code, HTTP status, request id, message) on demand.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Positive, Information, Warning, Error };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    // Shows the banner; `details` empty hides the Details button, `canRetry` shows Retry.
    void showMessage(const QString &text, Type type, const QString &details = {}, bool canRetry = false);
    void hideMessage();
    void setCloseButtonVisible(bool visible);

    QString text() const;
    QString details() const;
    Type type() const { return m_type; }
    bool isRetryVisible() const;

Q_SIGNALS:
    void retryRequested();
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor baseColor() const;

    Type m_type = Type::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QToolButton *m_close = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace desk
