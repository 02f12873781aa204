// The adversarial row of `make bench` (issue 11, docs/PERFORMANCE.md):
// claim files shaped like the worst cases of the load path, beside ordinary
// input of the same size, so that the benchmark reports microseconds per
// input byte for each and the ratio to the ordinary one.  The complexity
// rule (docs/RELIABILITY.md) says every per-document step is linear; this is
// where a superlinear one would show first.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace factdb::bench {

struct AdversarialInput {
    std::string name;  // short, for the table
    std::string what;  // one line
    std::filesystem::path path;
    std::uintmax_t bytes = 0;  // of the file
};

// Writes the ordinary input (first) and each adversarial one into dir, each
// about `bytes` bytes.  Deterministic.
std::vector<AdversarialInput> write_adversarial_inputs(const std::filesystem::path& dir,
                                                       std::size_t bytes);

}  // namespace factdb::bench
