#pragma once

namespace desk {

// Which event loop Qt gives the process's threads. Qt runs a thread on GLib's main loop when GLib
// is there, else on its own; its own costs less for what the network client does most: GLib
// writes its wakeup descriptor for every event posted across threads and rebuilds its poll set
// on every pass, Qt's own loop coalesces wakeups. QNetworkAccessManager answers each request
// through its HTTP thread with several such events, so on the HTTP thread GLib's loop cost the
// 3,010-request export about a sixth of its client CPU (artifact-desk-bench, README).
//
// The main thread of the desktop application keeps GLib: QtKeychain's libsecret answers arrive on
// GLib's default context, and the GTK platform theme needs it. Both calls go first in main(),
// before the application object; a variable the user set is left as it is. Child processes
// inherit the choice (for a Qt child it only concerns its own worker threads).
namespace EventLoops {

// Threads started from now on (the HTTP thread) run on Qt's own loop (QT_NO_THREADED_GLIB).
void useQtLoopForThreads();

// The main thread too (QT_NO_GLIB), for a process in which nothing needs GLib: the sandbox.
void useQtLoopEverywhere();

} // namespace EventLoops

} // namespace desk
