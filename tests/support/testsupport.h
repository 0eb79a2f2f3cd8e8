#pragma once

#include <QString>

namespace desk::test {

// ../shared/reference, as CMake found it (DESK_REFERENCE_DIR), or empty.
QString referenceDir();
// build/bin, where the executables are (DESK_BIN_DIR).
QString binDir();
// tests/data in the source tree.
QString testDataDir();

} // namespace desk::test
