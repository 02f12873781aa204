// bench/normaliser_row.h: the normaliser row of make bench reads every
// field it says it reads from the generated corpus, refuses none of them,
// and prints the shape the table and the JSON promise (docs/PERFORMANCE.md,
// row 9).  Timing is never asserted: only that it was measured.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "bench/gen/generator.h"
#include "bench/normaliser_row.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

TEST_CASE("the normaliser row reads the corpus's fields and prints its shape", "[bench]") {
    TempDir dir;
    bench::GenOptions options;
    options.docs = 100;
    options.claims_per_doc = 10;
    options.seed = 7;
    options.out = dir / "corpus";
    const bench::GenStats stats = bench::generate(options);

    // The fields the row parses, counted here from the file itself.
    long fields = 0;
    std::size_t bytes = 0;
    {
        std::ifstream in(stats.claims_file);
        for (std::string line; std::getline(in, line);) {
            const nlohmann::json doc = nlohmann::json::parse(line);
            for (const auto& claim : doc.at("claims"))
                for (const char* name : {"amount", "investment", "count", "previous_count",
                                         "founders_count", "share", "year", "location",
                                         "evidence"})
                    if (claim.contains(name) && claim.at(name).is_string()) {
                        ++fields;
                        bytes += claim.at(name).get<std::string>().size();
                    }
        }
    }
    const bench::NormaliserFigures f = bench::time_normaliser(stats.claims_file, 2);
    CHECK(f.claims == 1000);
    CHECK(f.fields == fields);
    CHECK(f.fields > 1000);  // every claim has its evidence, some more fields
    CHECK(f.bytes == bytes);
    CHECK(f.refused == 0);  // the corpus loads, so every field parses
    CHECK(f.rounds == 2);
    CHECK(f.ns_per_claim > 0);
    CHECK(f.yardstick_ns_per_claim > 0);
    CHECK(f.ratio == Approx(f.ns_per_claim / f.yardstick_ns_per_claim));
    CHECK(f.baseline_ratio == bench::kNormaliserBaselineRatio);
    CHECK(f.baseline_ratio > 0);
    CHECK(f.relative_difference == Approx(f.ratio / f.baseline_ratio - 1));
    std::vector<std::string> kinds;
    for (const auto& [name, ns] : f.breakdown) {
        kinds.push_back(name);
        CHECK(ns >= 0);
    }
    CHECK(kinds == std::vector<std::string>{"money", "count", "share", "year", "place", "modality"});

    const auto j = bench::to_json(f);
    std::vector<std::string> keys;
    for (const auto& item : j.items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"claims", "fields", "refused_fields", "bytes", "rounds",
                                           "ns_per_claim", "yardstick_ns_per_claim", "ratio",
                                           "baseline_commit", "baseline_ratio",
                                           "relative_difference", "ns_per_claim_by_field"});
    CHECK(j.at("baseline_commit") == bench::kNormaliserBaselineCommit);
    CHECK(j.at("ns_per_claim_by_field").size() == 6);

    std::ostringstream table;
    bench::print_normaliser_row(f, table);
    std::vector<std::string> lines;
    std::istringstream in(table.str());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0].empty());
    CHECK(std::regex_match(lines[1], std::regex(R"(\(9\) normaliser: 1000 claims \()" +
                                                std::to_string(fields) +
                                                R"( fields, 0 refused, )" + std::to_string(bytes) +
                                                R"( bytes\), median of 2 rounds)")));
    CHECK(std::regex_match(lines[2], std::regex(R"( {4}ns/claim +[0-9]+ *)")));
    CHECK(std::regex_match(lines[3],
                           std::regex(R"( {4}yardstick \(fold \+ hash\) ns/claim +[0-9]+\.[0-9] *)")));
    CHECK(std::regex_match(lines[4], std::regex(R"( {4}ratio to the yardstick +[0-9]+\.[0-9] *)")));
    CHECK(std::regex_match(
        lines[5], std::regex(R"( {4}baseline ratio \(4e8eaff\) +[0-9]+\.[0-9], current [+-][0-9]+\.[0-9] % *)")));
    CHECK(std::regex_match(lines[6], std::regex(R"( {4}by field, ns/claim: money [0-9]+, count [0-9]+, )"
                                                R"(share [0-9]+, year [0-9]+, place [0-9]+, modality [0-9]+)")));
}
