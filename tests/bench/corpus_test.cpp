// The benchmark corpus generator (bench/gen/) writes input the real loader
// accepts, and the corpus has the shape the benchmark relies on: one
// evidence row per claim, repeated facts (fewer facts than evidence rows),
// conflicts, every claim type, both languages.  Timing is never asserted
// here; make bench measures it.
#include <catch2/catch.hpp>

#include "bench/gen/generator.h"
#include "db/database.h"
#include "loader/loader.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

namespace {

std::int64_t scalar(SQLite::Database& db, const std::string& sql) {
    return db.execAndGet(sql).getInt64();
}

}  // namespace

TEST_CASE("generated corpus loads with exact counts", "[bench]") {
    TempDir dir;
    bench::GenOptions options;
    options.docs = 200;
    options.claims_per_doc = 10;
    options.seed = 7;
    options.out = dir / "corpus";
    const bench::GenStats stats = bench::generate(options);
    REQUIRE(stats.documents == 200);
    REQUIRE(stats.claims == 2000);
    REQUIRE(stats.documents_fr > 0);
    REQUIRE(stats.documents_en > 0);
    REQUIRE(stats.repeated_claims > 0);
    REQUIRE(stats.conflicting_claims > 0);
    for (long n : stats.claims_by_type) REQUIRE(n > 0);

    const fs::path db_path = dir / "bench.sqlite";
    SQLite::Database db = db::open(db_path.string(), db::Mode::read_write);
    LoadOptions load_options;
    load_options.paths = {(dir / "corpus").string()};
    load_options.now = "2026-11-28T12:00:00Z";
    const LoadReport report = load(db, load_options);
    for (const auto& e : report.errors) FAIL(e.what());
    REQUIRE(report.committed);
    // The only warnings are spending periods read as no years (issue 13):
    // "every quarter" is no span, and relative ones ("by 2027", "over three
    // years") in documents without a published date have nothing to count
    // from.  The generator's seed fixes their number.
    std::size_t period_warnings = 0;
    for (const auto& w : report.warnings) {
        INFO(w);
        const bool period = w.find(": period: ") != std::string::npos;
        CHECK(period);
        period_warnings += period ? 1 : 0;
    }
    CHECK(period_warnings == report.warnings.size());
    CHECK(report.warnings.size() == 14);  // with the issue-13 types drawn: all period warnings
    CHECK(report.documents_new == 200);
    CHECK(report.gazetteer_entities >= 10000);

    CHECK(scalar(db, "SELECT count(*) FROM documents") == 200);
    CHECK(scalar(db, "SELECT count(*) FROM documents WHERE language = 'fr'") == stats.documents_fr);
    CHECK(scalar(db, "SELECT count(*) FROM documents WHERE language = 'en'") == stats.documents_en);
    CHECK(scalar(db, "SELECT count(*) FROM evidence") == 2000);
    const std::int64_t facts = scalar(db, "SELECT count(*) FROM facts");
    CHECK(facts < 2000);  // repeated facts merge
    CHECK(scalar(db,
                 "SELECT count(*) FROM facts f WHERE (SELECT count(*) FROM evidence e"
                 " WHERE e.fact_id = f.id) > 1") > 0);
    CHECK(scalar(db,
                 "SELECT count(*) FROM facts a JOIN facts b ON b.subject_hash ="
                 " a.subject_hash AND b.id > a.id AND b.subject_key = a.subject_key") >
          0);  // conflicts
    CHECK(scalar(db, "SELECT count(DISTINCT type) FROM facts") == 14);  // every generated type
    // Facts stated again by later documents of the same load keep their
    // stored documents, first evidence and modality in step.
    CHECK(scalar(db, "SELECT count(*) FROM facts WHERE documents > 1") > 0);
    CHECK(derived_column_errors(db) == "");
    for (int t = 0; t < 12; ++t) {
        // Every type has as many evidence rows as the generator wrote claims.
        static constexpr const char* kTypes[] = {
            "investment", "stake",   "datacenter", "spending",    "role",        "founding",
            "product",    "supply",  "partnership", "quote",      "acquisition", "compute_deal",
            "funding_round", "valuation"};
        CHECK(scalar(db, std::string("SELECT count(*) FROM evidence e JOIN facts f ON f.id ="
                                     " e.fact_id WHERE f.type = '") +
                             kTypes[t] + "'") == stats.claims_by_type[static_cast<std::size_t>(t)]);
    }
    // Modality cues and value forms are exercised, not just the defaults.
    CHECK(scalar(db, "SELECT count(DISTINCT modality) FROM evidence") >= 6);
    CHECK(scalar(db, "SELECT count(DISTINCT amount_qualifier) FROM investments") == 8);
    CHECK(scalar(db, "SELECT count(DISTINCT place_code) FROM datacenters") > 30);
    // Every acquisition status the generator's verbs show is read from them.
    CHECK(scalar(db, "SELECT count(DISTINCT status) FROM acquisitions WHERE status_cue IS NOT NULL") == 3);
    CHECK(scalar(db, "SELECT count(*) FROM acquisitions WHERE share_text IS NOT NULL") > 0);
    CHECK(scalar(db, "SELECT count(*) FROM compute_deals WHERE duration_months IS NOT NULL"
                     " AND quantity_low IS NOT NULL AND chip_id IS NOT NULL") > 0);
    // Issue 13: rounds with investors in both roles and stated valuations
    // of every basis a round takes; valuations of every basis, some dated.
    CHECK(scalar(db, "SELECT count(DISTINCT round) FROM funding_rounds") >= 6);
    CHECK(scalar(db, "SELECT count(DISTINCT valuation_basis) FROM funding_rounds"
                     " WHERE valuation_qualifier <> 'undisclosed'") == 3);
    CHECK(scalar(db, "SELECT count(DISTINCT role) FROM fact_entities"
                     " WHERE role IN ('lead_investor', 'participant')") == 2);
    CHECK(scalar(db, "SELECT count(DISTINCT basis) FROM valuations") == 4);
    CHECK(scalar(db, "SELECT count(*) FROM valuations WHERE as_of IS NOT NULL") > 0);
    CHECK(scalar(db, "SELECT count(*) FROM valuations_v WHERE source = 'funding_round'") > 0);
}

TEST_CASE("generated corpus is deterministic", "[bench]") {
    TempDir dir;
    bench::GenOptions options;
    options.docs = 50;
    options.seed = 3;
    options.out = dir / "a.jsonl";
    bench::generate(options);
    options.out = dir / "b" / "b.jsonl";
    bench::generate(options);
    CHECK(read_file(dir / "a.jsonl") == read_file(dir / "b" / "b.jsonl"));
    CHECK(read_file(dir / "entities.json") == read_file(dir / "b" / "entities.json"));
    options.seed = 4;
    options.out = dir / "c" / "c.jsonl";
    bench::generate(options);
    CHECK(read_file(dir / "a.jsonl") != read_file(dir / "c" / "c.jsonl"));
}
