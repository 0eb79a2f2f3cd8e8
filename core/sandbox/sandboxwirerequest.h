#pragma once

#include "base/bytearraypairs.h"

#include <QByteArray>

namespace desk {

// A request as it arrived on the wire, before anything is interpreted: what HttpRequestParser
// produces and what the signature check, STS and the operations read.
struct SandboxWireRequest
{
    QByteArray method;     // the token as sent: GET, POST, ... (or FOO)
    QByteArray path;       // as on the wire, percent-encoded
    QByteArray rawQuery;   // as on the wire, without '?'
    ByteArrayPairs headers; // in arrival order, names as sent
    QByteArray body;       // decoded (chunked framing removed)

    QByteArray header(const QByteArray &name) const;   // case-insensitive; values joined by ','
    bool hasHeader(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;     // how many fields carry this name
};

} // namespace desk
