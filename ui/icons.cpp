#include "ui/icons.h"

#include <QAction>

#include <QHash>

namespace desk {

QIcon Icons::get(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it == cache.constEnd())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QAction *Icons::action(QObject *parent, const char *objectName, const QString &icon, const QString &text,
                       const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : get(icon), text, parent);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    action->setToolTip(toolTip);
    return action;
}

} // namespace desk
