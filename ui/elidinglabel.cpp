#include "ui/elidinglabel.h"

#include <QEvent>

namespace desk {

ElidingLabel::ElidingLabel(QWidget *parent, Qt::TextElideMode mode)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidingLabel::setFullText(const QString &text)
{
    if (text == m_fullText && !text.isEmpty())
        return;
    m_fullText = text;
    setAccessibleName(text);
    updateGeometry();
    elide();
}

QSize ElidingLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int extra = margins.left() + margins.right() + 2 * margin();
    return {fontMetrics().horizontalAdvance(m_fullText) + extra, QLabel::sizeHint().height()};
}

QSize ElidingLabel::minimumSizeHint() const
{
    // Enough for a few characters around the ellipsis.
    const QMargins margins = contentsMargins();
    const int extra = margins.left() + margins.right() + 2 * margin();
    const int least = fontMetrics().horizontalAdvance(QStringLiteral("xxxx\u2026xxxx"));
    return {qMin(least, fontMetrics().horizontalAdvance(m_fullText)) + extra, QLabel::minimumSizeHint().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidingLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_fullText, m_mode, contentsRect().width());
    if (text() != shown)
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace desk
