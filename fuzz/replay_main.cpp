// A main for the fuzz targets outside libFuzzer: runs LLVMFuzzerTestOneInput
// on every file of the folders (or files) given, in name order, so that
// `make test` replays each target's seed corpus and past findings
// (fuzz/corpus/<target>/, fuzz/regressions/<target>/) with the ordinary
// compiler and the sanitizer builds.  A target's invariant failure aborts,
// which fails the test.  An input slower than --max-seconds (default 10)
// also fails it: the same bound as `make fuzz`'s -timeout, a hang fence for
// slow-unit findings, not a benchmark.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    double max_seconds = 10;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--max-seconds" && i + 1 < argc) {
            max_seconds = std::atof(argv[++i]);
            continue;
        }
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            for (const auto& entry : fs::directory_iterator(arg)) {
                if (entry.is_regular_file()) inputs.push_back(entry.path());
            }
        } else if (fs::is_regular_file(arg, ec)) {
            inputs.emplace_back(arg);
        } else {
            std::fprintf(stderr, "replay: %s: no such file or folder\n", arg.c_str());
            return 2;
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "replay: no inputs\n");
        return 2;
    }
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    double slowest = 0;
    std::string slowest_name;
    for (const fs::path& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::string data((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (seconds > slowest) {
            slowest = seconds;
            slowest_name = path.string();
        }
        if (seconds > max_seconds) {
            std::fprintf(stderr, "replay: %s took %.2f s (more than %.2f s): a slow unit\n",
                         path.c_str(), seconds, max_seconds);
            return 1;
        }
    }
    std::printf("replay: %zu inputs, slowest %.3f s (%s)\n", inputs.size(), slowest,
                slowest_name.c_str());
    return 0;
}
