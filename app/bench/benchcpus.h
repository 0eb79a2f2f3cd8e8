#pragma once

#include <memory>
#include <optional>

class QProcess;

namespace desk {

// Where the client and the service it is measured against run. On a loopback bench both share
// the machine's cores, which a client talking to AWS does not; with two CPUs to use, the
// comparisons give the sandbox one and each client (ours, boto3) the other, so that neither
// client pays for the service's CPU and both pay the same for the way to it.
struct BenchCpus
{
    int client = -1;
    int service = -1;

    // Two of the CPUs this process may run on, or nullopt with fewer (then nothing is pinned).
    static std::optional<BenchCpus> separate();
};

// Pins the calling thread to `cpu` while it lives; threads it starts meanwhile (Qt's HTTP thread,
// made at a manager's first request) inherit that. -1: pins nothing.
class ThreadPin
{
public:
    explicit ThreadPin(int cpu);
    ~ThreadPin();
    ThreadPin(const ThreadPin &) = delete;
    ThreadPin &operator=(const ThreadPin &) = delete;

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

// The process, once started, runs on `cpu` only (-1: anywhere).
void pinChildProcess(QProcess &process, int cpu);

} // namespace desk
