#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace desk {

// What the sandbox does to one request before (instead of) running it.
struct FaultDecision
{
    int latencyMs = 0;        // wait this long before answering (applies to every outcome)
    bool drop = false;        // close the connection without a response
    bool throttle = false;    // 429 ThrottlingException + Retry-After
    bool serverError = false; // 500 InternalServerException

    bool operator==(const FaultDecision &) const = default;
};

// The parsed --fault specs. Probabilities are 0..1; a kind given twice keeps the last value.
struct FaultSpecs
{
    double throttle = 0.0;
    double serverError = 0.0;
    double drop = 0.0;
    int latencyMs = 0;
    QString error;  // non-empty when a spec could not be parsed

    bool isValid() const { return error.isEmpty(); }
    bool isEmpty() const { return throttle <= 0.0 && serverError <= 0.0 && drop <= 0.0 && latencyMs <= 0; }
    // "throttle:0.3", "error500:20%", "drop:0.1", "latency:200ms" / "latency:1s" / "latency:150";
    // each entry may hold several specs separated by commas.
    static FaultSpecs parse(const QStringList &specs);
};

// Decides faults per request from one seeded generator, so the same seed and the same request
// order give the same faults. Three numbers are drawn for every request whatever the outcome,
// which keeps the sequence independent of the probabilities that come first.
class FaultInjector
{
public:
    FaultInjector(const FaultSpecs &specs, quint64 seed);

    FaultDecision next();
    const FaultSpecs &specs() const { return m_specs; }
    quint64 seed() const { return m_seed; }
    static constexpr int retryAfterSeconds = 1;

private:
    FaultSpecs m_specs;
    quint64 m_seed = 0;
    std::mt19937_64 m_engine;
};

} // namespace desk
