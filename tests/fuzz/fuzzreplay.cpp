// A fuzz target without libFuzzer: runs LLVMFuzzerTestOneInput once on every file of the folders
// it is given (the target's seed corpus and its regression inputs), so that every ./test.sh, built
// with gcc, replays each input that once found a bug. A failed check aborts, after the file's
// name was printed.
//
// fuzz_NAME CORPUS_FOLDER [--optional] [REGRESSIONS_FOLDER]
// A folder after --optional may be missing; the corpus must exist and hold at least one file.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<std::filesystem::path> filesIn(const std::filesystem::path &folder)
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.'
            && entry.path().filename() != "README.md")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::printf("replaying %s (%zu bytes)\n", file.c_str(), bytes.size());
    std::fflush(stdout);
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    bool optional = false;
    bool first = true;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--optional") {
            optional = true;
            continue;
        }
        const std::filesystem::path folder(arg);
        if (!std::filesystem::is_directory(folder)) {
            if (optional)
                continue;
            std::fprintf(stderr, "%s is not a folder\n", arg.c_str());
            return 1;
        }
        const std::vector<std::filesystem::path> files = filesIn(folder);
        if (first && files.empty()) {
            std::fprintf(stderr, "the seed corpus %s is empty\n", arg.c_str());
            return 1;
        }
        first = false;
        for (const std::filesystem::path &file : files) {
            if (!replay(file))
                return 1;
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "no input replayed\n");
        return 1;
    }
    std::printf("%d inputs replayed, all checks passed\n", replayed);
    return 0;
}
