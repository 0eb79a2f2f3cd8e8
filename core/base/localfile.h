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
    unsigned mode = 0;   // Ok: the file's permission bits (0640, ...)

    bool ok() const { return status == Status::Ok; }
};

// A regular file of at most maxBytes; a FIFO, folder, socket or device is NotAFile, found with
// fstat on a descriptor opened with O_NONBLOCK, so nothing blocks.
Read readRegular(const QString &path, qint64 maxBytes);

// Writes bytes to a new file beside path, made `mode` before its first byte (so a secret is never
// readable by others, not even for a moment), synced, then renamed over path. The folder is made
// (0700) when missing. Empty on success, else the system's reason; path is then unchanged.
QString replaceWhole(const QString &path, const QByteArray &bytes, unsigned mode);

} // namespace LocalFile

} // namespace desk
