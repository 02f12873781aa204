// Issue 14, provenance end to end: the real factdb binary loads a curated
// claim file and a file of drafted claims ("draft": {"rule", "confidence"}),
// one fact stated by both.  Checked: the evidence rows' origin, rule and
// confidence; one fact for the curated and the drafted statement of the same
// thing, whose confidence is 1 (curated evidence); the provenance query's new
// columns; --min-confidence and --curated-only on named queries, exact rows
// with and without; check's low_confidence_draft at its default threshold and
// with --draft-threshold; a curated-only report; and a bad "draft" key
// refused with file, claim and field, the database unchanged.
#include <catch2/catch.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

// Curated: typed by a person.  Microsoft's investment and Nvidia's supply.
const char* const kCurated = R"json({
 "format": "factdb.claims/1",
 "document": {
  "id": "curated-en",
  "title": "Curated",
  "language": "en",
  "published": "2026-01-05",
  "text": "Microsoft has invested $10 billion in OpenAI. Nvidia supplies chips to OpenAI."
 },
 "claims": [
  {"id": "msft", "type": "investment", "evidence": "Microsoft has invested $10 billion in OpenAI",
   "investor": "Microsoft", "investee": "OpenAI", "amount": "$10 billion", "stage": "completed"},
  {"id": "nvidia", "type": "supply", "evidence": "Nvidia supplies chips to OpenAI",
   "provider": "Nvidia", "recipient": "OpenAI", "item": "chips"}
 ]
})json";

// Drafted: as `factdb draft` writes them.  The first states Microsoft's
// investment again (the same fact); Amazon's at 0.35, Google's stake at 0.6
// by two rules (0.6 and 0.45: the fact's confidence is the higher).
const char* const kDrafted = R"json({
 "format": "factdb.claims/1",
 "document": {
  "id": "drafted-en",
  "title": "Drafted",
  "language": "en",
  "published": "2026-01-06",
  "text": "Microsoft invested $10 billion in OpenAI, the company said. Amazon invested $4 billion in Anthropic. Google holds a 14% stake in Anthropic. Google, with its 14% stake in Anthropic, is a shareholder."
 },
 "claims": [
  {"id": "d1", "type": "investment", "evidence": "Microsoft invested $10 billion in OpenAI",
   "investor": "Microsoft", "investee": "OpenAI", "amount": "$10 billion", "stage": "completed",
   "draft": {"rule": "en.investment.invest_in", "confidence": 0.8}},
  {"id": "d2", "type": "investment", "evidence": "Amazon invested $4 billion in Anthropic",
   "investor": "Amazon", "investee": "Anthropic", "amount": "$4 billion", "stage": "completed",
   "draft": {"rule": "en.investment.invest_in", "confidence": 0.35}},
  {"id": "d3", "type": "stake", "evidence": "Google holds a 14% stake in Anthropic",
   "holder": "Google", "company": "Anthropic", "share": "14%",
   "draft": {"rule": "en.stake.holds", "confidence": 0.6}},
  {"id": "d4", "type": "stake", "evidence": "Google, with its 14% stake in Anthropic",
   "holder": "Google", "company": "Anthropic", "share": "14%",
   "draft": {"rule": "en.stake.with_its", "confidence": 0.45}}
 ]
})json";

struct Loaded {
    TempDir dir;
    fs::path db = dir / "p.sqlite";
    RunResult load;
    Loaded() {
        const fs::path curated = dir.write("curated.claims.json", kCurated);
        const fs::path drafted = dir.write("drafted.claims.json", kDrafted);
        load = run_factdb({"--db", db.string(), "load", curated.string(), drafted.string()}, "",
                          {"FACTDB_NOW=2026-11-28T12:00:00Z"});
    }
    // factdb --db DB ARGS...: its standard output, CR dropped (CSV lines end
    // in CRLF); the run must succeed.
    std::string run(const std::vector<std::string>& args) const {
        std::vector<std::string> all{"--db", db.string()};
        all.insert(all.end(), args.begin(), args.end());
        const RunResult r = run_factdb(all, "", {"FACTDB_NOW=2026-11-28T12:00:00Z"});
        INFO(r.err);
        CHECK(r.exit_code == 0);
        std::string out;
        for (char c : r.out) {
            if (c != '\r') out += c;
        }
        return out;
    }
    RunResult fails(const std::vector<std::string>& args) const {
        std::vector<std::string> all{"--db", db.string()};
        all.insert(all.end(), args.begin(), args.end());
        return run_factdb(all);
    }
};

}  // namespace

TEST_CASE("curated and drafted claims load, origin, rule and confidence on each evidence row",
          "[e2e][provenance]") {
    Loaded l;
    INFO(l.load.err);
    REQUIRE(l.load.exit_code == 0);
    CHECK(l.load.err.empty());
    CHECK(l.load.out.rfind(
              "loaded 2 documents from 2 files (run 1): 2 new, 0 replaced, 0 unchanged\n"
              // Per document: 2 facts in the curated one, 3 in the drafted one
              // (Microsoft's again), 4 in all.
              "facts: 5 added, 0 removed, 0 unchanged (4 new to the database, 0 deleted)\n",
              0) == 0);
    SQLite::Database db(l.db.string());
    CHECK(sql_rows(db, "SELECT id, fact_id, document_id, claim_id, origin, rule, confidence"
                       " FROM evidence ORDER BY id") ==
          "1|1|curated-en|msft|curated||\n"
          "2|2|curated-en|nvidia|curated||\n"
          "3|1|drafted-en|d1|drafted|en.investment.invest_in|0.8\n"
          "4|3|drafted-en|d2|drafted|en.investment.invest_in|0.35\n"
          "5|4|drafted-en|d3|drafted|en.stake.holds|0.6\n"
          "6|4|drafted-en|d4|drafted|en.stake.with_its|0.45\n");
    // One fact for the curated and the drafted statement of Microsoft's
    // investment: two evidence rows, two documents, confidence 1 (curated).
    CHECK(sql_rows(db, "SELECT fact_id, type, documents, evidence_count, origin, confidence"
                       " FROM facts_v ORDER BY fact_id") ==
          "1|investment|2|2|curated|1.0\n"
          "2|supply|1|1|curated|1.0\n"
          "3|investment|1|1|drafted|0.35\n"
          "4|stake|1|2|drafted|0.6\n");
    CHECK(sql_rows(db, "SELECT * FROM fact_confidence_v ORDER BY fact_id") ==
          "1|curated|1.0|1|1\n"
          "2|curated|1.0|1|0\n"
          "3|drafted|0.35|0|1\n"
          "4|drafted|0.6|0|2\n");
    CHECK(sql_rows(db, "SELECT evidence_id, origin, rule, confidence FROM evidence_v"
                       " WHERE fact_id = 4 ORDER BY evidence_id") ==
          "5|drafted|en.stake.holds|0.6\n6|drafted|en.stake.with_its|0.45\n");
    CHECK(derived_column_errors(db) == "");
}

TEST_CASE("provenance shows origin, rule and confidence after its earlier columns",
          "[e2e][provenance]") {
    Loaded l;
    REQUIRE(l.load.exit_code == 0);
    CHECK(l.run({"query", "provenance", "-p", "fact", "1", "--csv"}) ==
          "document,title,start,end,sentence,quote,modality,modality_cue,cue_start,cue_end,"
          "modality_source,origin,rule,confidence\n"
          "curated-en,Curated,0,44,Microsoft has invested $10 billion in OpenAI.,Microsoft has "
          "invested $10 billion in OpenAI,asserted,,,,default,curated,,\n"
          "drafted-en,Drafted,0,40,\"Microsoft invested $10 billion in OpenAI, the company "
          "said.\",Microsoft invested $10 billion in OpenAI,asserted,,,,default,drafted,"
          "en.investment.invest_in,0.8\n");
    // The filters are the fact's: fact 3 (0.35) has no row at 0.5, and
    // fact 1 (curated) keeps both rows, the drafted one included.
    CHECK(l.run({"query", "provenance", "-p", "fact", "3", "--csv", "--min-confidence", "0.5"}) ==
          "document,title,start,end,sentence,quote,modality,modality_cue,cue_start,cue_end,"
          "modality_source,origin,rule,confidence\n");
    CHECK(l.run({"query", "provenance", "-p", "fact", "1", "--csv", "--curated-only"})
              .find("drafted,en.investment.invest_in,0.8") != std::string::npos);
}

TEST_CASE("min-confidence and curated-only options keep the facts at or above, exact rows",
          "[e2e][provenance]") {
    Loaded l;
    REQUIRE(l.load.exit_code == 0);
    const std::vector<std::string> investments{"query", "investments", "--csv"};
    const auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = investments;
        args.insert(args.end(), extra.begin(), extra.end());
        return l.run(args);
    };
    const std::string header =
        "investor,investee,amount_low,amount_high,amount_qualifier,currency,stage,modality,"
        "documents,quote\n";
    const std::string amazon =
        "Amazon,Anthropic,4000000000,4000000000,exact,USD,completed,asserted,1,Amazon invested "
        "$4 billion in Anthropic\n";
    const std::string microsoft =
        "Microsoft,OpenAI,10000000000,10000000000,exact,USD,completed,asserted,2,Microsoft has "
        "invested $10 billion in OpenAI\n";
    CHECK(with({}) == header + amazon + microsoft);
    CHECK(with({"--min-confidence", "0.35"}) == header + amazon + microsoft);  // at or above
    CHECK(with({"--min-confidence", "0.36"}) == header + microsoft);
    CHECK(with({"--min-confidence", "1"}) == header + microsoft);  // curated counts as 1
    CHECK(with({"--min-confidence=0"}) == header + amazon + microsoft);
    CHECK(with({"--curated-only"}) == header + microsoft);
    // The same through the parameters, as the sqlite3 shell or a report binds them.
    CHECK(with({"-p", "min_confidence", "0.5"}) == header + microsoft);
    CHECK(with({"-p", "curated_only", "1"}) == header + microsoft);

    // Stakes: fact 4 is at 0.6, the higher of its two drafted rows.
    CHECK(l.run({"query", "entity", "-p", "name", "google", "--csv", "--min-confidence",
                 "0.6"}) ==
          "fact_id,type,role,summary,modality,document,documents,quote\n"
          "4,stake,holder,Google holds a stake in Anthropic: 14 %,asserted,drafted-en,1,Google "
          "holds a 14% stake in Anthropic\n");
    CHECK(l.run({"query", "entity", "-p", "name", "google", "--csv", "--min-confidence",
                 "0.61"}) == "fact_id,type,role,summary,modality,document,documents,quote\n");
    CHECK(l.run({"query", "stakeholders", "--csv", "--curated-only"}) ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,quote\n");
    CHECK(l.run({"query", "stakeholders", "--csv", "--min-confidence", "0.3"}) ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,quote\n"
          "Amazon,investor,,,4000000000,USD,asserted,Amazon invested $4 billion in Anthropic\n"
          "Google,shareholder,14.0,14.0,,,asserted,Google holds a 14% stake in Anthropic\n");
    CHECK(l.run({"query", "investment_totals", "--csv", "--curated-only"}) ==
          "investor,investee,completed_low_total,currency,facts,undisclosed,hedged\n"
          "Microsoft,OpenAI,10000000000,USD,1,0,0\n");
}

TEST_CASE("the min-confidence option refuses a value outside 0 to 1 and a clash with -p",
          "[e2e][provenance]") {
    Loaded l;
    REQUIRE(l.load.exit_code == 0);
    for (const char* bad : {"1.5", "-0.1", "high", ""}) {
        INFO(bad);
        const RunResult r = l.fails({"query", "investments", "--min-confidence", bad});
        CHECK(r.exit_code == 2);
        CHECK(r.err == "factdb: --min-confidence must be a number from 0 to 1, not '" +
                           std::string(bad) + "' (see 'factdb query --help')\n");
    }
    const RunResult both =
        l.fails({"query", "investments", "--min-confidence", "0.5", "-p", "min_confidence", "1"});
    CHECK(both.exit_code == 2);
    CHECK(both.err ==
          "factdb: --min-confidence and -p min_confidence both set the same parameter: give "
          "one (see 'factdb query --help')\n");
}

TEST_CASE("check lists drafted-only facts below the threshold: 0.5 by default, or --draft-threshold",
          "[e2e][provenance][check]") {
    Loaded l;
    REQUIRE(l.load.exit_code == 0);
    CHECK(l.run({"check", "--format", "tsv"}) ==
          "severity\trule\tmessage\tfacts\tquotes\n"
          "warning\tlow_confidence_draft\tinvestment fact 3 (Amazon invests in Anthropic: "
          "4000000000 USD (completed)): drafted only, confidence 0.35 is below 0.5 (rule "
          "en.investment.invest_in)\t3\tAmazon invested $4 billion in Anthropic\n");
    CHECK(l.run({"check", "--format", "tsv", "--draft-threshold", "0.61"}) ==
          "severity\trule\tmessage\tfacts\tquotes\n"
          "warning\tlow_confidence_draft\tinvestment fact 3 (Amazon invests in Anthropic: "
          "4000000000 USD (completed)): drafted only, confidence 0.35 is below 0.61 (rule "
          "en.investment.invest_in)\t3\tAmazon invested $4 billion in Anthropic\n"
          "warning\tlow_confidence_draft\tstake fact 4 (Google holds a stake in Anthropic: 14 %):"
          " drafted only, confidence 0.6 is below 0.61 (rule en.stake.holds, en.stake.with_its)"
          "\t4\tGoogle holds a 14% stake in Anthropic\n");
    // At or above the threshold is not listed; a curated fact never is.
    CHECK(l.run({"check", "--format", "tsv", "--draft-threshold", "0.35"}) ==
          "severity\trule\tmessage\tfacts\tquotes\n");
    CHECK(l.run({"check", "--format", "tsv", "--draft-threshold", "1"})
              .find("fact 1 ") == std::string::npos);
    const RunResult warn = l.fails({"check", "--fail-on", "warning"});
    CHECK(warn.exit_code == 1);
    CHECK(warn.err == "0 errors, 1 warning, 0 info\n");
    const RunResult bad = l.fails({"check", "--draft-threshold", "2"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "factdb: --draft-threshold must be a number from 0 to 1, not '2' (see "
                     "'factdb check --help')\n");
}

TEST_CASE("a report limited to curated facts, by --curated-only or the spec's curated_only",
          "[e2e][provenance][report]") {
    Loaded l;
    REQUIRE(l.load.exit_code == 0);
    const std::string sections =
        R"("sections": [{"title": "Investments", "query": "investments",
                         "columns": ["investor", "investee", "amount_low", "quote"]}]})";
    const fs::path spec = l.dir.write("r.json", R"({"title": "R", )" + sections);
    const fs::path curated_spec =
        l.dir.write("c.json", R"({"title": "R", "curated_only": true, )" + sections);
    const std::string all = l.run({"report", spec.string(), "--format", "md"});
    CHECK(all.find("| Amazon | Anthropic | 4000000000 |") != std::string::npos);
    CHECK(all.find("| Microsoft | OpenAI | 10000000000 |") != std::string::npos);
    CHECK(all.find("curated facts only") == std::string::npos);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"report", spec.string(), "--format", "md", "--curated-only"},
             {"report", curated_spec.string(), "--format", "md"}}) {
        const std::string curated = l.run(args);
        CHECK(curated.find("| Amazon |") == std::string::npos);
        CHECK(curated.find("| Microsoft | OpenAI | 10000000000 |") != std::string::npos);
        CHECK(curated.find("_Generated 2026-11-28T12:00:00Z; curated facts only (drafted facts "
                           "left out)._\n") != std::string::npos);
    }
    const std::string json =
        l.run({"report", spec.string(), "--format", "json", "--curated-only"});
    CHECK(json.find("\n  \"curated_only\": true,\n") != std::string::npos);
    CHECK(json.find("\"min_confidence\": null,\n        \"curated_only\": 1\n") !=
          std::string::npos);
    const fs::path bad = l.dir.write("b.json", R"({"title": "R", "curated_only": "yes", )" + sections);
    const RunResult r = l.fails({"report", bad.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "factdb: " + bad.string() + ": curated_only: must be true or false, not string\n");
}

TEST_CASE("a bad draft key is refused naming file, claim and field, the database unchanged",
          "[e2e][provenance]") {
    Loaded l;
    REQUIRE(l.load.exit_code == 0);
    const std::string before = file_sha256(l.db);
    const fs::path f = l.dir.write(
        "bad.claims.json",
        R"json({"format": "factdb.claims/1",
 "document": {"id": "bad", "title": "Bad", "language": "en", "text": "Meta invested $1 billion in Scale."},
 "claims": [
  {"id": "b1", "type": "investment", "evidence": "Meta invested $1 billion in Scale",
   "investor": "Meta", "investee": "Scale", "amount": "$1 billion", "stage": "completed",
   "draft": {"rule": "en.investment.invest_in", "confidence": 1.5}},
  {"id": "b2", "type": "investment", "evidence": "Meta invested $1 billion in Scale",
   "investor": "Meta", "investee": "Scale", "amount": "$1 billion", "stage": "completed",
   "draft": {"rule": "En Invest", "confidence": "high", "why": "x"}}
 ]})json");
    const RunResult r = l.fails({"load", f.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err == f.string() + ": claim b1: draft.confidence: must be a number from 0 to 1 (1.5)\n" +
                       f.string() + ": claim b2: draft.why: unknown key; \"draft\" takes only rule "
                       "and confidence: remove it\n" +
                       f.string() + ": claim b2: draft.rule: must be a non-empty rule id of "
                       "lower-case letters, digits and _ . : - (e.g. \"en.investment.invest_in\") "
                       "(En Invest)\n" +
                       f.string() + ": claim b2: draft.confidence: must be a number from 0 to 1, "
                       "not string\n"
                       "factdb: load failed with 4 problems; the database was not changed\n");
    CHECK(file_sha256(l.db) == before);
}

TEST_CASE("a curated and a drafted claim of one document stating one thing: one fact, two rows",
          "[e2e][provenance]") {
    TempDir dir;
    const fs::path db = dir / "one.sqlite";
    const std::string text =
        R"({"format": "factdb.claims/1",
 "document": {"id": "one", "title": "One", "language": "en", "text": "Meta invested $1 billion in Scale. Meta put $1 billion into Scale."},
 "claims": [
  {"id": "hand", "type": "investment", "evidence": "Meta invested $1 billion in Scale",
   "investor": "Meta", "investee": "Scale", "amount": "$1 billion", "stage": "completed"},
  {"id": "auto", "type": "investment", "evidence": "Meta put $1 billion into Scale",
   "investor": "Meta", "investee": "Scale", "amount": "$1 billion", "stage": "completed"DRAFT}
 ]})";
    const auto with_draft = [&](const std::string& draft) {
        std::string t = text;
        t.replace(t.find("DRAFT"), 5, draft);
        return t;
    };
    const fs::path f = dir.write(
        "one.claims.json",
        with_draft(R"(, "draft": {"rule": "en.investment.put_into", "confidence": 0.3})"));
    RunResult r = run_factdb({"--db", db.string(), "load", f.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    {
        SQLite::Database d(db.string());
        CHECK(sql_rows(d, "SELECT fact_id, claim_id, origin, rule, confidence FROM evidence"
                          " ORDER BY id") ==
              "1|hand|curated||\n1|auto|drafted|en.investment.put_into|0.3\n");
        CHECK(sql_rows(d, "SELECT fact_id, documents, evidence_count, origin, confidence"
                          " FROM facts_v") == "1|1|2|curated|1.0\n");
    }
    // Reloaded with the curated claim gone: the fact is now drafted only,
    // at 0.3, and check lists it; nothing derived is left stale.
    dir.write("one.claims.json",
              R"({"format": "factdb.claims/1",
 "document": {"id": "one", "title": "One", "language": "en", "text": "Meta invested $1 billion in Scale. Meta put $1 billion into Scale."},
 "claims": [
  {"id": "auto", "type": "investment", "evidence": "Meta put $1 billion into Scale",
   "investor": "Meta", "investee": "Scale", "amount": "$1 billion", "stage": "completed",
   "draft": {"rule": "en.investment.put_into", "confidence": 0.3}}
 ]})");
    r = run_factdb({"--db", db.string(), "load", f.string()});
    REQUIRE(r.exit_code == 0);
    {
        SQLite::Database d(db.string());
        CHECK(sql_rows(d, "SELECT fact_id, documents, evidence_count, origin, confidence"
                          " FROM facts_v") == "1|1|1|drafted|0.3\n");
        CHECK(derived_column_errors(d) == "");
    }
    CHECK(run_factdb({"--db", db.string(), "check", "--format", "tsv"}).out ==
          "severity\trule\tmessage\tfacts\tquotes\n"
          "warning\tlow_confidence_draft\tinvestment fact 1 (Meta invests in Scale: 1000000000 "
          "USD (completed)): drafted only, confidence 0.3 is below 0.5 (rule "
          "en.investment.put_into)\t1\tMeta put $1 billion into Scale\n");
    // And with the draft key removed, the same claim is curated again.
    dir.write("one.claims.json", with_draft(""));
    r = run_factdb({"--db", db.string(), "load", f.string()});
    REQUIRE(r.exit_code == 0);
    SQLite::Database d(db.string());
    CHECK(sql_rows(d, "SELECT claim_id, origin, rule, confidence FROM evidence ORDER BY id") ==
          "hand|curated||\nauto|curated||\n");
    CHECK(sql_rows(d, "SELECT origin, confidence FROM facts_v") == "curated|1.0\n");
}
