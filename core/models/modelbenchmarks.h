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
    // Runs an InventoryJob against the client (all domains, all pages) feeding an InventoryModel,
    // in a local event loop; returns the milliseconds until it finished, or -1 on failure
    // (`error` then says why). `repositories` receives the number of repository rows loaded.
    static double inventoryLoadMillis(CodeArtifactClient *client, int *repositories = nullptr, QString *error = nullptr);
};

} // namespace desk
