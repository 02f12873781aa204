// The benchmark corpus generator as a library: factdb-gen's main() and the
// [bench] test both call generate().
//
// Output: a factdb.claims/1 JSONL file (one document per line, text inline)
// and, next to it, the gazetteer entities.json.  Invariants: the output is a
// pure function of (docs, claims_per_doc, seed); every document has exactly
// claims_per_doc claims, all of which load without error.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>

namespace factdb::bench {

struct GenOptions {
    long docs = 1000;
    int claims_per_doc = 10;
    std::uint64_t seed = 1;
    // A folder (claims.jsonl and entities.json are written in it) or a
    // FILE.jsonl (entities.json is written beside it).
    std::filesystem::path out;
};

struct GenStats {
    long documents = 0, claims = 0;
    long documents_fr = 0, documents_en = 0;
    std::array<long, 14> claims_by_type{};  // index = ClaimType (world.h kClaimTypes)
    long repeated_claims = 0;               // claims stating a fact some earlier claim stated
    long conflicting_claims = 0;            // claims stating variant 1 of a fact
    std::uint64_t bytes = 0;                // size of the claims file
    std::filesystem::path claims_file, gazetteer_file;
};

// Writes the corpus; throws std::runtime_error when a file cannot be written.
GenStats generate(const GenOptions& options);

}  // namespace factdb::bench
