#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace desk {

// The benchmarks that describe a whole account against a sandbox process (its own process, over
// loopback, signatures verified): the explicit "describe all" (the export's path), the same under
// the sandbox's --rate-limit, and the export against a single-threaded boto3 script doing the
// same lists and describes, measured in the same run.
class DescribeBenchmarks
{
public:
    // `wanted(name)`: whether to run that benchmark; lines go to `out` as "name: value unit".
    static void run(const QString &sandboxProgram, const std::function<bool(const char *)> &wanted, QTextStream &out,
                    bool quick);
};

} // namespace desk
