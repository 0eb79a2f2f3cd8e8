#include "base/eventloops.h"

#include <QByteArray>
#include <QtGlobal>

namespace desk::EventLoops {

namespace {

void setUnlessSet(const char *name)
{
    if (!qEnvironmentVariableIsSet(name))
        qputenv(name, QByteArrayLiteral("1"));
}

} // namespace

void useQtLoopForThreads()
{
    setUnlessSet("QT_NO_THREADED_GLIB");
}

void useQtLoopEverywhere()
{
    setUnlessSet("QT_NO_GLIB");
}

} // namespace desk::EventLoops
