#include "testsupport.h"

#include <QtGlobal>

namespace desk::test {

QString referenceDir()
{
    return qEnvironmentVariable("DESK_REFERENCE_DIR");
}

QString binDir()
{
    return qEnvironmentVariable("DESK_BIN_DIR");
}

QString testDataDir()
{
    return qEnvironmentVariable("DESK_TEST_DATA_DIR");
}

} // namespace desk::test
