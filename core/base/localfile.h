#pragma once

#include <QByteArray>
#include <QString>

namespace desk {

// The small local files Artifact Desk shares with the AWS CLI (its token cache, ~/.aws/config):
// read without ever waiting on a FIFO or a device put in a file's place, and replaced whole,
// never rewritten in place. Messages are the callers' (they know what the file is for).
namespace LocalFile {

struct Read
{
    enum class Status { Ok, Missing, NotAFile, TooLarge, Unreadable };
    Status status = Status::Missing;
    QByteArray content;
    qint64 size = 0;     // TooLarge: the file's size
    QString reason;      // Unreadable: the system's words
    bool opened = false; // Unreadable: false when even stat() failed, true when open() or reading did
    unsigned mode = 0;   // Ok: the file's permission bits (0640, ...)
    unsigned fileMode = 0;   // NotAFile: st_mode, to say what it is (a folder, a FIFO, ...)

    bool ok() const { return status == Status::Ok; }
};

// A regular file of at most maxBytes. What the path is, is asked before it is opened (a FIFO would
// wait for a writer, a socket cannot be opened, a device never ends) and again after, on the
// descriptor opened with O_NONBLOCK, in case it was swapped meanwhile: nothing blocks.
Read readRegular(const QString &path, qint64 maxBytes);

// Writes bytes to a new file beside path, made `mode` before its first byte (so a secret is never
// readable by others, not even for a moment), synced, then renamed over path. The folder is made
// (0700) when missing. Empty on success, else the system's reason; path is then unchanged.
QString replaceWhole(const QString &path, const QByteArray &bytes, unsigned mode);

} // namespace LocalFile

} // namespace desk
