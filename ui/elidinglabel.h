#pragma once

#include <QLabel>

namespace desk {

// A one-line label that shows all of its text when it has room and elides it (in the middle or at
// the end) when it has not, with the whole text in its tooltip: a name or a message that must
// never be cut off at an edge nor push its neighbours out of a narrow window.
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
    Qt::TextElideMode m_mode;
};

} // namespace desk
