// The normaliser row of `make bench` (issue 12, docs/PERFORMANCE.md): the
// normaliser's cost per claim, beside a physical yardstick measured in the
// same run, so that two revisions are compared by their ratios and not by
// times taken minutes apart on a machine whose speed drifts.
//
// The claims are the benchmark corpus's (bench/gen/, both languages); per
// claim the row parses what the loader parses with lang/: its amounts
// (parse_money), counts (parse_count), share (parse_share), year
// (parse_year), place (PlaceResolver::resolve) and the modality of its
// evidence (infer_modality).  The yardstick passes the same bytes once
// through an ASCII case fold and an FNV-1a hash: code of this file only,
// so it is the same work in every revision the row is built at.
//
// Invariants: the row only uses parsers whose signatures predate issue 12,
// so the same file builds at the baseline revision (docs/PERFORMANCE.md says
// how it was measured); nothing is asserted about the figures.
#pragma once

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace factdb::bench {

// The ratio (normaliser / yardstick) measured at the baseline revision,
// recorded in docs/PERFORMANCE.md; the row prints its own beside it.
extern const double kNormaliserBaselineRatio;
extern const char* const kNormaliserBaselineCommit;

struct NormaliserFigures {
    long claims = 0;    // claims read per round
    long fields = 0;    // fields parsed per round (amounts, counts, ...)
    long refused = 0;   // fields a parser refused (NormalizeError), per round
    std::size_t bytes = 0;  // bytes of those fields and evidence, per round
    int rounds = 0;
    double ns_per_claim = 0;            // median over rounds
    double yardstick_ns_per_claim = 0;  // median over rounds
    double ratio = 0;                   // ns_per_claim / yardstick_ns_per_claim
    double baseline_ratio = 0;          // kNormaliserBaselineRatio
    double relative_difference = 0;     // ratio / baseline_ratio - 1
    // ns per claim of each field kind parsed alone ("money", "count",
    // "share", "year", "place", "modality"), in that order: where a
    // difference comes from.
    std::vector<std::pair<std::string, double>> breakdown;
};

// Reads the claims of a factdb.claims/1 JSONL file (the generator's
// claims.jsonl) and times `rounds` rounds of the normaliser and of the
// yardstick, alternately.  Throws std::runtime_error when the file cannot
// be read.
NormaliserFigures time_normaliser(const std::filesystem::path& claims_jsonl, int rounds);

// The figures as the bench's JSON prints them.
nlohmann::ordered_json to_json(const NormaliserFigures& f);

// The row's lines of the table (a heading and five lines).
void print_normaliser_row(const NormaliserFigures& f, std::ostream& table);

}  // namespace factdb::bench
