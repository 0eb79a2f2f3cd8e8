#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace desk {

// Name/value pairs of bytes in a given order: query parameters (percent-decoded) and headers.
using ByteArrayPairs = QList<std::pair<QByteArray, QByteArray>>;

} // namespace desk
