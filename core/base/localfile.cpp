#include "base/localfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace desk::LocalFile {

namespace {

QString systemReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Read readRegular(const QString &path, qint64 maxBytes)
{
    Read r;
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st {};
    if (::stat(encoded.constData(), &st) != 0) {
        if (errno == ENOENT)
            return r;
        r.status = Read::Status::Unreadable;
        r.reason = systemReason();
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.status = Read::Status::NotAFile;
        r.fileMode = st.st_mode;
        return r;
    }
    r.opened = true;
    const int fd = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        r.status = errno == ENOENT ? Read::Status::Missing : Read::Status::Unreadable;
        r.reason = systemReason();
        return r;
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        r.status = Read::Status::NotAFile;
        r.fileMode = st.st_mode;
        return r;
    }
    r.size = st.st_size;
    r.mode = st.st_mode & 07777;
    if (st.st_size > maxBytes) {
        ::close(fd);
        r.status = Read::Status::TooLarge;
        return r;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        r.status = Read::Status::Unreadable;
        r.reason = file.errorString();
        return r;
    }
    r.content = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError || r.content.size() > maxBytes) {
        r.status = r.content.size() > maxBytes ? Read::Status::TooLarge : Read::Status::Unreadable;
        r.reason = file.errorString();
        r.content.fill('\0');
        r.content.clear();
        return r;
    }
    r.status = Read::Status::Ok;
    return r;
}

QString replaceWhole(const QString &path, const QByteArray &bytes, unsigned mode)
{
    const QFileInfo info(path);
    if (!QDir(info.absolutePath()).exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return QStringLiteral("the folder %1 cannot be made").arg(QDir::toNativeSeparators(info.absolutePath()));
        ::chmod(QFile::encodeName(info.absolutePath()).constData(), 0700);
    }
    QByteArray temp = QFile::encodeName(info.absoluteFilePath()) + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);   // 0600 from the start
    if (fd < 0)
        return systemReason();
    ::fchmod(fd, mode_t(mode));
    qsizetype written = 0;
    bool ok = true;
    while (ok && written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            written += n;
    }
    QString reason = ok ? QString() : systemReason();
    if (ok && ::fsync(fd) != 0) {
        ok = false;
        reason = systemReason();
    }
    ::close(fd);
    if (ok && ::rename(temp.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        ok = false;
        reason = systemReason();
    }
    if (!ok)
        ::unlink(temp.constData());
    return reason;
}

} // namespace desk::LocalFile
