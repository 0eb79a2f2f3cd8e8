#include "benchcpus.h"

#include <QProcess>

#include <sched.h>

namespace desk {

namespace {

cpu_set_t only(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return set;
}

} // namespace

std::optional<BenchCpus> BenchCpus::separate()
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return std::nullopt;
    BenchCpus cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE && cpus.service < 0; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed))
            continue;
        (cpus.client < 0 ? cpus.client : cpus.service) = cpu;
    }
    if (cpus.service < 0)
        return std::nullopt;
    return cpus;
}

struct ThreadPin::Saved
{
    cpu_set_t set;
};

ThreadPin::ThreadPin(int cpu)
{
    if (cpu < 0)
        return;
    auto saved = std::make_unique<Saved>();
    const cpu_set_t set = only(cpu);
    if (sched_getaffinity(0, sizeof saved->set, &saved->set) == 0 && sched_setaffinity(0, sizeof set, &set) == 0)
        m_saved = std::move(saved);
}

ThreadPin::~ThreadPin()
{
    if (m_saved)
        sched_setaffinity(0, sizeof m_saved->set, &m_saved->set);
}

void pinChildProcess(QProcess &process, int cpu)
{
    if (cpu < 0)
        return;
    process.setChildProcessModifier([cpu] {
        const cpu_set_t set = only(cpu);
        sched_setaffinity(0, sizeof set, &set);
    });
}

} // namespace desk
