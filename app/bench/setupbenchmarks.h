#pragma once

#include <QString>

#include <functional>

class QTextStream;

namespace desk {

// The benchmarks of the setup actions against a sandbox process (its own process, over loopback,
// signatures verified): connect_batch_100_via_store_sandbox, 100 repositories of one domain
// connected to public:pypi through one new store repository (pypi-store created and associated
// once, then each repository read and given the store as its last upstream, at most four at a
// time), timed from the first request to the last answer.
class SetupBenchmarks
{
public:
    // `wanted(name)`: whether to run that benchmark; lines go to `out` as "name: value unit".
    static void run(const QString &sandboxProgram, const std::function<bool(const char *)> &wanted, QTextStream &out);
};

} // namespace desk
