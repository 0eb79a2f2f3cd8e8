#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QString>

class QAction;

namespace desk {

// The application's own SVG icons (resources/icons), by file name without extension.
class Icons
{
public:
    static QIcon get(const QString &name);
    static QIcon application() { return get(QStringLiteral("artifact-desk")); }
    // An action with one of these icons (none when `icon` is empty), named like every control.
    static QAction *action(QObject *parent, const char *objectName, const QString &icon, const QString &text,
                           const QKeySequence &shortcut = {}, const QString &toolTip = {});
};

} // namespace desk
