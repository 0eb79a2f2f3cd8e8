#pragma once

#include <QCoreApplication>
#include <QString>
#include <QWidget>

namespace desk::test {

// With DESK_SCREENSHOT_DIR set, saves a picture of a widget there as NAME.png, for people to
// look at what a test drove (./test.sh does not set it).
inline void savePicture(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents();   // pending layout requests, so the picture is what a user sees
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace desk::test
