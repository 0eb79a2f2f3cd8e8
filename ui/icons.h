#pragma once

#include <QIcon>
#include <QString>

namespace desk {

// The application's own SVG icons (resources/icons), by file name without extension.
class Icons
{
public:
    static QIcon get(const QString &name);
    static QIcon application() { return get(QStringLiteral("artifact-desk")); }
};

} // namespace desk
