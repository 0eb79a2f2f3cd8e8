#pragma once

#include <QString>

namespace desk {

class CodeArtifactClient;

// Measurements artifact-desk-bench reports; each builds what it measures and returns a figure.
class ModelBenchmarks
{
public:
    // An InventoryModel of `domains` x `repositoriesPerDomain` repositories behind an
    // InventoryFilterModel; returns the mean microseconds one filter keystroke takes (typing a
    // name one character at a time, then deleting it again).
    static double filterKeystrokeMicros(int domains = 10, int repositoriesPerDomain = 1000, int rounds = 5);
    // A domain of `repositories` repositories with a realistic fan-out (a dozen stores on eight
    // public registries, team repositories searching two to four stores, aggregates and services
    // searching up to five of those): the mean milliseconds PackageFlowGraph::build takes to find
    // its problems and lay it out. `crossings`: what is left crossing afterwards.
    struct FlowLayout
    {
        double millis = -1.0;
        int nodes = 0;
        int edges = 0;
        int crossings = 0;
    };
    static FlowLayout packageFlowLayout(int repositories = 500, int rounds = 5);
    struct InventoryLoad
    {
        double millis = -1.0;
        int repositories = 0;   // repository rows in the model at the end
        QString error;          // empty on success
        bool ok() const { return error.isEmpty(); }
    };
    // Runs an InventoryJob against the client (all domains, all pages) feeding an InventoryModel,
    // in a local event loop, and times it until it finished.
    static InventoryLoad inventoryLoad(CodeArtifactClient *client);
};

} // namespace desk
