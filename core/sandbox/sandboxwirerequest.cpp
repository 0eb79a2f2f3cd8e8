#include "sandbox/sandboxwirerequest.h"

namespace desk {

QByteArray SandboxWireRequest::header(const QByteArray &name) const
{
    QByteArray out;
    bool found = false;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                out.append(',');
            out.append(value);
            found = true;
        }
    }
    return out;
}

bool SandboxWireRequest::hasHeader(const QByteArray &name) const
{
    return headerCount(name) > 0;
}

int SandboxWireRequest::headerCount(const QByteArray &name) const
{
    int count = 0;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

} // namespace desk
