// Which event loop the threads get (base/eventloops.h): the choice is made before the application
// object, so this test has its own main().
#include "base/eventloops.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QThread>
#include <QtTest>

using namespace desk;

namespace {

QByteArray dispatcherOf(QThread *thread)
{
    QAbstractEventDispatcher *dispatcher = thread->eventDispatcher();
    return dispatcher ? QByteArray(dispatcher->metaObject()->className()) : QByteArray("(none)");
}

} // namespace

class TestEventLoops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepGlibOnTheMainThread()
    {
        // QtKeychain's libsecret answers and the GTK theme need GLib's loop on the main thread.
#if !QT_CONFIG(glib)
        QSKIP("this Qt has no GLib event loop");
#endif
        QCOMPARE(dispatcherOf(QThread::currentThread()), QByteArray("QEventDispatcherGlib"));
    }

    void shouldRunThreadsStartedLaterOnQtsOwnLoop()
    {
        QThread thread;
        thread.start();
        const auto stop = qScopeGuard([&thread] {
            thread.quit();
            thread.wait(10000);
        });
        QTRY_VERIFY(thread.eventDispatcher() != nullptr);
        QCOMPARE(dispatcherOf(&thread), QByteArray("QEventDispatcherUNIX"));
        // and it runs: a call queued to the thread is answered
        QObject worker;
        worker.moveToThread(&thread);
        bool ran = false;
        QMetaObject::invokeMethod(&worker, [&ran] { ran = true; }, Qt::BlockingQueuedConnection);
        QVERIFY(ran);
    }

    void shouldLeaveAChoiceTheUserMade()
    {
        qputenv("QT_NO_GLIB", QByteArrayLiteral("user-choice"));
        EventLoops::useQtLoopEverywhere();
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("user-choice"));
        qunsetenv("QT_NO_GLIB");
        EventLoops::useQtLoopEverywhere();
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1"));
        qunsetenv("QT_NO_GLIB");
        QCOMPARE(qgetenv("QT_NO_THREADED_GLIB"), QByteArray("1"));
    }
};

int main(int argc, char *argv[])
{
    // As artifact-desk's main() does, from an environment that chose nothing.
    qunsetenv("QT_NO_GLIB");
    qunsetenv("QT_NO_THREADED_GLIB");
    EventLoops::useQtLoopForThreads();
    QCoreApplication app(argc, argv);
    TestEventLoops test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventloops.moc"
