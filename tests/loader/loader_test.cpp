// The loader end to end in-process: atomicity, idempotent reload, replacement,
// fact merging across documents, and the exact located error of each kind of
// bad claim.  Every failure case also checks the database file is
// byte-for-byte what it was.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "db/database.h"
#include "loader/fact_writer.h"
#include "loader/loader.h"
#include "loader/sha256.h"
#include "support/fixtures.h"
#include "support/reliability.h"

using namespace factdb;
using namespace factdb::testing;
using nlohmann::json;

namespace {

const char* kText =
    "Microsoft has invested $10 billion in OpenAI. According to Reuters, Amazon will invest "
    "more than $4bn in Anthropic. Nvidia plans to build five data centers in Texas. "
    "Microsoft has invested $10 billion in OpenAI.";

json claim_doc(const std::string& id, json claims, const std::string& text = kText) {
    return {{"format", "factdb.claims/1"},
            {"document",
             {{"id", id},
              {"title", "Test " + id},
              {"language", "en"},
              {"published", "2026-11-01"},
              {"url", nullptr},
              {"text", text}}},
            {"claims", std::move(claims)}};
}

json msft_claim(const std::string& id = "c1") {
    return {{"id", id},
            {"type", "investment"},
            {"evidence", "Microsoft has invested $10 billion in OpenAI"},
            {"occurrence", 1},
            {"investor", "Microsoft"},
            {"investee", "OpenAI"},
            {"amount", "$10 billion"},
            {"stage", "completed"}};
}

LoadReport load_paths(const fs::path& db_path, std::vector<std::string> paths,
                      bool keep_going = false) {
    SQLite::Database db = db::open(db_path.string(), db::Mode::read_write);
    LoadOptions options;
    options.paths = std::move(paths);
    options.keep_going = keep_going;
    options.now = "2026-11-28T12:00:00Z";
    return load(db, options);
}

// doc-a states the Microsoft investment as reported (a.json), doc-b as
// asserted (b.json): one fact, two documents, modality asserted.
std::vector<std::string> one_fact_two_documents(const TempDir& dir) {
    json reported = msft_claim();
    reported["modality"] = "reported";
    return {dir.write("a.json", claim_doc("doc-a", {reported}).dump()).string(),
            dir.write("b.json", claim_doc("doc-b", {msft_claim()}).dump()).string()};
}

std::vector<std::string> messages(const LoadReport& r) {
    std::vector<std::string> out;
    for (const auto& e : r.errors) out.push_back(e.what());
    return out;
}

}  // namespace

TEST_CASE("a document loads into typed rows with exact values and offsets", "[load]") {
    TempDir dir;
    const auto file = dir.write("a.json", claim_doc("doc-a", {msft_claim()}).dump());
    const auto db_path = dir / "t.sqlite";
    const LoadReport r = load_paths(db_path, {file.string()});
    REQUIRE(messages(r).empty());
    CHECK(r.committed);
    CHECK(r.documents_new == 1);
    CHECK(r.facts_added == 1);
    CHECK(r.facts_created == 1);
    CHECK(r.new_entities ==
          std::vector<std::string>{"Microsoft (organization)", "OpenAI (organization)"});

    SQLite::Database db(db_path.string());
    CHECK(sql_rows(db,
                   "SELECT investor, investee, amount_low, amount_high, amount_qualifier, currency,"
                   " amount_text, stage, modality, documents FROM investments_v") ==
          "Microsoft|OpenAI|10000000000|10000000000|exact|USD|$10 billion|completed|asserted|1\n");
    CHECK(sql_rows(db,
                   "SELECT start_char, end_char, quote = substr(d.text, start_char + 1, end_char - "
                   "start_char),"
                   " modality_source FROM evidence JOIN documents d ON d.id = document_id") ==
          "0|44|1|default\n");
    CHECK(sql_text(db, "SELECT summary FROM facts") ==
          "Microsoft invests in OpenAI: 10000000000 USD (completed)");
    CHECK(sql_rows(db,
                   "SELECT run, file, document_id, status, facts_added, facts_removed, "
                   "facts_unchanged FROM loads") == "1|" + file.string() + "|doc-a|new|1|0|0\n");
}

TEST_CASE("a bad claim in the second file leaves the database byte-for-byte unchanged", "[load]") {
    TempDir dir;
    const auto db_path = dir / "t.sqlite";
    const auto first = dir.write("1.json", claim_doc("doc-1", {msft_claim()}).dump());
    REQUIRE(load_paths(db_path, {first.string()}).committed);
    const std::string before = file_sha256(db_path);

    json bad = msft_claim("c9");
    bad["amount"] = "10 florins";
    const auto good = dir.write("2.json", claim_doc("doc-2", {msft_claim()}).dump());
    const auto broken = dir.write("3.json", claim_doc("doc-3", {bad}).dump());
    const LoadReport r = load_paths(db_path, {good.string(), broken.string()});
    CHECK_FALSE(r.committed);
    CHECK(messages(r) == std::vector<std::string>{
                             broken.string() +
                             ": claim c9: amount: unrecognised currency 'florins': write one of AUD CAD CHF CNY DKK EUR GBP HKD ILS INR JPY KRW NOK NZD SEK SGD USD (code, symbol or name: 'USD', '$', 'dollars') (10 florins)"});
    CHECK(file_sha256(db_path) == before);
}

TEST_CASE("loading the same files twice leaves the same database", "[load]") {
    TempDir dir;
    const auto db_path = dir / "t.sqlite";
    const auto file = dir.write("a.json", claim_doc("doc-a", {msft_claim()}).dump());
    REQUIRE(load_paths(db_path, {file.string()}).committed);
    const std::string dump_sql =
        "SELECT f.fact_key, f.modality, e.document_id, e.claim_id, e.start_char FROM facts f"
        " JOIN evidence e ON e.fact_id = f.id ORDER BY 1, 3, 4";
    std::string first;
    {
        SQLite::Database db(db_path.string());
        first = sql_rows(db, dump_sql);
    }
    const LoadReport again = load_paths(db_path, {file.string()});
    CHECK(again.documents_unchanged == 1);
    CHECK(again.documents_new == 0);
    CHECK(again.facts_unchanged == 1);
    CHECK(again.facts_added == 0);
    SQLite::Database db(db_path.string());
    CHECK(sql_rows(db, dump_sql) == first);
    CHECK(sql_rows(db, "SELECT run, status FROM loads ORDER BY id") == "1|new\n2|unchanged\n");
}

TEST_CASE("reloading a changed document replaces its evidence and removes orphaned facts",
          "[load]") {
    TempDir dir;
    const auto db_path = dir / "t.sqlite";
    const auto file = dir.write("a.json", claim_doc("doc-a", {msft_claim()}).dump());
    REQUIRE(load_paths(db_path, {file.string()}).committed);
    json changed = msft_claim();
    changed["amount"] = "about $10 billion";
    dir.write("a.json", claim_doc("doc-a", {changed}).dump());
    const LoadReport r = load_paths(db_path, {file.string()});
    REQUIRE(r.committed);
    CHECK(r.documents_replaced == 1);
    CHECK(r.facts_added == 1);
    CHECK(r.facts_removed == 1);
    CHECK(r.facts_deleted == 1);
    SQLite::Database db(db_path.string());
    CHECK(sql_rows(db, "SELECT amount_low, amount_qualifier FROM investments") ==
          "10000000000|approximately\n");
    CHECK(sql_int(db, "SELECT count(*) FROM facts") == 1);
    CHECK(sql_int(db, "SELECT count(*) FROM evidence") == 1);
}

TEST_CASE("two documents stating one fact give one fact with two evidence rows", "[load]") {
    TempDir dir;
    const auto db_path = dir / "t.sqlite";
    const LoadReport r = load_paths(db_path, one_fact_two_documents(dir));
    REQUIRE(r.committed);
    CHECK(r.facts_created == 1);
    SQLite::Database db(db_path.string());
    CHECK(sql_rows(db, "SELECT documents, modality FROM investments_v") == "2|asserted\n");
    CHECK(sql_rows(
              db,
              "SELECT document_id, modality, modality_source FROM evidence ORDER BY document_id") ==
          "doc-a|reported|given\ndoc-b|asserted|default\n");

    // A different amount is a different fact; both stay.
    json other = msft_claim();
    other["amount"] = "$13 billion";
    const auto c = dir.write("c.json", claim_doc("doc-c", {other}).dump());
    REQUIRE(load_paths(db_path, {c.string()}).committed);
    SQLite::Database db2(db_path.string());
    CHECK(sql_rows(db2, "SELECT amount_low, documents FROM investments_v ORDER BY amount_low") ==
          "10000000000|2\n13000000000|1\n");
    CHECK(sql_int(db2, "SELECT count(DISTINCT subject_key) FROM facts") == 1);
}

TEST_CASE(
    "a fact's derived columns follow its evidence through repeats, replacements and "
    "rejections",
    "[load]") {
    TempDir dir;
    const auto db_path = dir / "t.sqlite";
    REQUIRE(load_paths(db_path, one_fact_two_documents(dir)).committed);
    {
        SQLite::Database db(db_path.string());
        CHECK(sql_rows(db, "SELECT id, documents, first_evidence_id, modality FROM facts") ==
              "1|2|1|asserted\n");
        CHECK(derived_column_errors(db) == "");
    }

    // doc-a now states another amount: fact 1 keeps doc-b's evidence only.
    json other = msft_claim();
    other["amount"] = "$13 billion";
    const auto a2 = dir.write("a2.json", claim_doc("doc-a", {other}).dump());
    REQUIRE(load_paths(db_path, {a2.string()}).committed);
    {
        SQLite::Database db(db_path.string());
        CHECK(sql_rows(db,
                       "SELECT id, documents, first_evidence_id, modality FROM facts"
                       " ORDER BY id") == "1|1|2|asserted\n2|1|3|asserted\n");
        CHECK(derived_column_errors(db) == "");
    }

    // A fact whose key shares its first 64 bits with a stored fact's is
    // refused, never merged.  Forge such a fact for the data-centre claim,
    // then load doc-d (the $10bn fact, then the data centre) and doc-e (the
    // $10bn fact) under --keep-going: doc-d is rejected whole, and doc-e's
    // evidence takes the id doc-d's rolled-back row had.
    json dc = {{"id", "c2"},
               {"type", "datacenter"},
               {"evidence", "Nvidia plans to build five data centers in Texas"},
               {"operator", "Nvidia"},
               {"location", "Texas"},
               {"count", "five data centers"}};
    std::string dc_key;
    {
        TempDir scratch;
        const auto s = scratch.write("s.json", claim_doc("s", {dc}).dump());
        REQUIRE(load_paths(scratch / "s.sqlite", {s.string()}).committed);
        SQLite::Database sdb((scratch / "s.sqlite").string());
        dc_key = sql_text(sdb, "SELECT fact_key FROM facts");
    }
    std::string forged_key = dc_key;
    forged_key.back() = forged_key.back() == '0' ? '1' : '0';
    {
        SQLite::Database db = db::open(db_path.string(), db::Mode::read_write);
        db.exec(
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (50, 'datacenter', '" +
            forged_key + "', " + std::to_string(key_hash(dc_key)) + ", '" + std::string(64, '0') +
            "', 0, 'forged', 'asserted', 1, 1, '2026-01-01')");
    }
    const auto d = dir.write("d.json", claim_doc("doc-d", {msft_claim(), dc}).dump());
    const auto e = dir.write("e.json", claim_doc("doc-e", {msft_claim()}).dump());
    // Without --keep-going the rejection stops the writing; a later
    // document's input problem is still reported, and nothing is kept.
    json merger = msft_claim();
    merger["type"] = "merger";
    const auto f = dir.write("f.json", claim_doc("doc-f", {merger}).dump());
    const std::string before = read_file(db_path);
    LoadReport strict = load_paths(db_path, {d.string(), e.string(), f.string()});
    CHECK_FALSE(strict.committed);
    CHECK(read_file(db_path) == before);
    REQUIRE(strict.errors.size() == 2);
    CHECK(std::string(strict.errors[1].what())
              .rfind(f.string() + ": claim c1: type: unknown claim type", 0) == 0);
    strict.errors.pop_back();
    const std::string rejection = d.string() +
                                  ": document doc-d rejected by the database: claim c2: its "
                                  "fact's key shares its first 64 bits (" +
                                  dc_key.substr(0, 16) +
                                  ") with fact 50, a different fact; factdb cannot store both";
    CHECK(messages(strict) == std::vector<std::string>{rejection});

    const LoadReport r = load_paths(db_path, {d.string(), e.string()}, true);
    REQUIRE(r.committed);
    CHECK(messages(r) == std::vector<std::string>{rejection});
    CHECK(r.documents_failed == 1);
    CHECK(r.documents_new == 1);
    SQLite::Database db = db::open(db_path.string(), db::Mode::read_write);
    CHECK(sql_rows(db, "SELECT id, document_id FROM evidence ORDER BY id") ==
          "2|doc-b\n3|doc-a\n4|doc-e\n");
    CHECK(sql_rows(db,
                   "SELECT id, documents, first_evidence_id FROM facts WHERE id < 50"
                   " ORDER BY id") == "1|2|2\n2|1|3\n");
    db.exec("DELETE FROM facts WHERE id = 50");
    CHECK(derived_column_errors(db) == "");
}

TEST_CASE("fact and subject keys of the seed article are stable across versions", "[load]") {
    // A key is a function of content alone (fact_writer.cpp), and stored
    // databases depend on it: a key computed differently by a later factdb
    // would make every stored fact a new one on the next load.  The digest
    // of the seed's keys is pinned here; change it only with a migration.
    TempDir dir;
    SQLite::Database db = db::open((dir / "s.sqlite").string(), db::Mode::read_write);
    LoadOptions options;
    options.paths = {(source_dir() / "seeds").string()};
    options.now = "2026-11-28T12:00:00Z";
    REQUIRE(load(db, options).committed);
    CHECK(sql_int(db, "SELECT count(*) FROM facts") == 19);
    CHECK(sha256_hex(sql_rows(db, "SELECT fact_key, subject_key FROM facts ORDER BY fact_key")) ==
          "82a2107a029dc30e46ebddb203cfbaf276b0f22660a4284ea019ec83aa887d88");
}

TEST_CASE("each kind of bad claim gets its exact located message", "[load]") {
    struct Case {
        const char* name;
        json claim;
        std::string message;  // after "FILE: "
    };
    json not_found = msft_claim();
    not_found["evidence"] = "Microsoft invested $11 billion";
    json ambiguous = msft_claim();
    ambiguous.erase("occurrence");
    json far = msft_claim();
    far["occurrence"] = 3;
    json unknown_type = msft_claim();
    unknown_type["type"] = "merger";
    json typo = msft_claim();
    typo["amont"] = typo["amount"];
    typo.erase("amount");
    json wrong_type = msft_claim();
    wrong_type["investor"] = 42;
    json missing = msft_claim();
    missing.erase("investee");
    json bad_modality = msft_claim();
    bad_modality["modality"] = "rumoured";
    json no_id = msft_claim();
    no_id.erase("id");
    const std::vector<Case> cases = {
        {"evidence not found", not_found,
         "claim c1: evidence: not found in the document text (Microsoft invested $11 billion)"},
        {"ambiguous evidence", ambiguous,
         "claim c1: evidence: occurs 2 times in the text; give \"occurrence\" (1 to 2) "
         "(Microsoft has invested $10 billion in OpenAI)"},
        {"occurrence out of range", far,
         "claim c1: occurrence: the evidence occurs 2 time(s), not 3"},
        {"unknown type", unknown_type,
         "claim c1: type: unknown claim type; give one of investment, stake, datacenter, "
         "spending, funding_round, valuation, role, founding, product, supply, partnership, quote in \"type\" (merger)"},
        {"unknown field", typo,
         "claim c1: amont: unknown field for claim type investment (did you mean \"amount\"?); an "
         "investment claim takes investor, investee, amount, stage and id, type, evidence, "
         "occurrence, modality, note, draft: rename the field or remove it"},
        {"wrong JSON type", wrong_type, "claim c1: investor: must be a string, not number"},
        {"missing field", missing, "claim c1: investee: missing required field"},
        {"unknown modality", bad_modality,
         "claim c1: modality: unknown modality; give one of asserted, reported, conditional, "
         "expected, possible, planned, negated, or leave \"modality\" out to have it inferred "
         "from the evidence (rumoured)"},
        {"missing id", no_id, "claim #1: id: missing required field"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
            TempDir dir;
            const auto file = dir.write("bad.json", claim_doc("doc-bad", {c.claim}).dump());
            const LoadReport r = load_paths(dir / "t.sqlite", {file.string()});
            CHECK_FALSE(r.committed);
            CHECK(messages(r) == std::vector<std::string>{file.string() + ": " + c.message});
        }
    }
}

TEST_CASE("duplicate claim ids and every problem of a document are all reported", "[load]") {
    TempDir dir;
    json second = msft_claim("c1");
    second["occurrence"] = 2;
    second["stage"] = "rumoured";
    const auto file =
        dir.write("bad.json", claim_doc("doc-bad", {msft_claim("c1"), second}).dump());
    const LoadReport r = load_paths(dir / "t.sqlite", {file.string()});
    CHECK(messages(r) ==
          std::vector<std::string>{
              file.string() + ": claim c1: id: duplicate claim id in this document (c1)",
              file.string() +
                  ": claim c1: stage: unrecognised stage 'rumoured'; give completed, committed or "
                  "considered, or a French or English word for one of them "
                  "(docs/NORMALISATION.md 5.5), or leave \"stage\" out to have it inferred from "
                  "the evidence (rumoured)"});
}

TEST_CASE("text_file may not leave the claim file's folder", "[load]") {
    struct Case {
        std::string text_file;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"../secret.txt",
         "document.text_file: must not leave the claim file's folder (../secret.txt)"},
        {"/etc/passwd",
         "document.text_file: must be a path relative to the claim file's folder (/etc/passwd)"},
        {"sub/../../secret.txt",
         "document.text_file: must not leave the claim file's folder (sub/../../secret.txt)"},
        {"missing.txt", "document.text_file: cannot read file (missing.txt)"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.text_file) {
            TempDir dir;
            dir.write("secret.txt", kText);
            json doc = claim_doc("doc-x", {msft_claim()});
            doc["document"].erase("text");
            doc["document"]["text_file"] = c.text_file;
            const auto file = dir.write("claims/x.json", doc.dump());
            const LoadReport r = load_paths(dir / "t.sqlite", {file.string()});
            CHECK(messages(r) == std::vector<std::string>{file.string() + ": " + c.message});
        }
    }
}

TEST_CASE("a symbolic link may not lead text_file out of the folder", "[load]") {
    TempDir dir;
    dir.write("secret.txt", kText);
    fs::create_directories(dir / "claims");
    fs::create_symlink(dir / "secret.txt", dir / "claims" / "link.txt");
    json doc = claim_doc("doc-x", {msft_claim()});
    doc["document"].erase("text");
    doc["document"]["text_file"] = "link.txt";
    const auto file = dir.write("claims/x.json", doc.dump());
    const LoadReport r = load_paths(dir / "t.sqlite", {file.string()});
    CHECK(messages(r) ==
          std::vector<std::string>{
              file.string() +
              ": document.text_file: must not leave the claim file's folder (link.txt)"});
}

TEST_CASE("JSONL errors name the line, --keep-going loads the good documents", "[load]") {
    TempDir dir;
    json bad = msft_claim();
    bad["amount"] = "-5 dollars";
    const std::string lines = claim_doc("doc-1", {msft_claim()}).dump() + "\n" +
                              claim_doc("doc-2", {bad}).dump() + "\n" + "{not json\n" +
                              claim_doc("doc-3", {msft_claim()}).dump() + "\n";
    const auto file = dir.write("c.jsonl", lines);
    const auto db_path = dir / "t.sqlite";

    const LoadReport strict = load_paths(db_path, {file.string()});
    CHECK_FALSE(strict.committed);
    REQUIRE(strict.errors.size() == 2);
    CHECK(std::string(strict.errors[0].what()) ==
          file.string() + ":2: claim c1: amount: amount is negative (-5 dollars)");
    CHECK(std::string(strict.errors[1].what()) ==
          file.string() +
              ":3: not valid JSON: parse error at line 1, column 3: syntax error while parsing "
              "object key"
              " - invalid literal; last read: '{no'; expected string literal");
    {
        SQLite::Database db(db_path.string());
        CHECK(sql_int(db, "SELECT count(*) FROM documents") == 0);
    }

    const LoadReport lenient = load_paths(db_path, {file.string()}, true);
    CHECK(lenient.committed);
    CHECK(lenient.documents_new == 2);
    CHECK(lenient.documents_failed == 2);
    SQLite::Database db(db_path.string());
    CHECK(sql_rows(db, "SELECT id FROM documents ORDER BY id") == "doc-1\ndoc-3\n");
}

TEST_CASE("a missing path or a file of another kind is a located error", "[load]") {
    TempDir dir;
    const auto other = dir.write("notes.txt", "hello");
    const LoadReport r =
        load_paths(dir / "t.sqlite", {(dir / "nope.json").string(), other.string()});
    CHECK(messages(r) ==
          std::vector<std::string>{(dir / "nope.json").string() + ": no such file or folder",
                                   other.string() + ": not a .json or .jsonl file"});
}

TEST_CASE("a number beyond double range is a located JSON error, not a crash", "[load]") {
    TempDir dir;
    const auto file = dir.write("big.json", R"({"format": "factdb.claims/1", "x": 1E773})");
    const LoadReport r = load_paths(dir / "t.sqlite", {file.string()});
    CHECK_FALSE(r.committed);
    CHECK(messages(r) == std::vector<std::string>{
                             file.string() + ": not valid JSON: number overflow parsing '1E773'"});
}

TEST_CASE("a symbolic link loop in a folder or given as a path is a located error", "[load]") {
    // Before, the loop named loop.json in the folder ended the load with
    // "internal error: filesystem error: ... Too many levels of symbolic
    // links" (exit 3), and the given loop read as "no such file or folder".
    TempDir dir;
    const fs::path claims = dir / "claims";
    fs::create_directory(claims);
    dir.write("claims/a.json", claim_doc("doc-a", {msft_claim()}).dump());
    fs::create_symlink("loop.json", claims / "loop.json");
    fs::create_symlink("b.jsonl", claims / "c.jsonl");
    fs::create_symlink("c.jsonl", claims / "b.jsonl");
    fs::create_symlink("notes", claims / "notes");  // not a claim file's name: never looked at
    const fs::path top = dir / "top.json";
    fs::create_symlink("top.json", top);
    const std::string loop = ": cannot read: Too many levels of symbolic links";
    const std::vector<std::string> expected = {(claims / "b.jsonl").string() + loop,
                                               (claims / "c.jsonl").string() + loop,
                                               (claims / "loop.json").string() + loop,
                                               top.string() + loop};
    for (const bool keep_going : {false, true}) {
        INFO("keep_going " << keep_going);
        const fs::path db = dir / ("t" + std::to_string(keep_going) + ".sqlite");
        const LoadReport r = load_paths(db, {claims.string(), top.string()}, keep_going);
        CHECK(messages(r) == expected);
        // Like a missing path: not a document --keep-going could skip.
        CHECK_FALSE(r.committed);
        CHECK(r.files == 1);
    }
}

// A claim file the user may not read, beside a good one, under --keep-going:
// the good one loads and the unreadable one is a failed document (exit 1,
// "1 skipped"), not a silent success.  Only meaningful for a user other
// than root (mode 000 stops nobody else): it runs as nobody in the ctest
// unprivileged_permission_cases, self-contained (nothing read from the tree).
TEST_CASE("--keep-going: a claim file that cannot be read is a failed document",
          "[.][unprivileged]") {
    using namespace factdb::testing::reliability;
    require_unprivileged();
    TempDir dir;
    const auto claims = [](const std::string& id) {
        return json{{"format", "factdb.claims/1"},
                    {"document",
                     {{"id", id},
                      {"title", "T"},
                      {"language", "en"},
                      {"text", "Microsoft has invested $10 billion in OpenAI."}}},
                    {"claims",
                     {{{"id", "c1"},
                       {"type", "investment"},
                       {"evidence", "Microsoft has invested $10 billion in OpenAI"},
                       {"investor", "Microsoft"},
                       {"investee", "OpenAI"},
                       {"amount", "$10 billion"},
                       {"stage", "completed"}}}}}
            .dump();
    };
    const fs::path good = dir.write("a.json", claims("a"));
    const fs::path locked = dir.write("b.json", claims("b"));
    REQUIRE(::chmod(locked.c_str(), 0) == 0);
    const fs::path db = dir / "db.sqlite";
    const RunResult r = run_in_process(
        {"--db", db.string(), "load", "--keep-going", good.string(), locked.string()});
    REQUIRE(::chmod(locked.c_str(), 0644) == 0);
    CHECK(r.exit_code == 1);
    CHECK(r.err == locked.string() +
                       ": cannot open file\nfactdb: 1 document skipped because of the problems "
                       "above\n");
    CHECK(r.out.rfind("loaded 1 document from 2 files (run 1): 1 new, 0 replaced, 0 unchanged, "
                      "1 skipped\n",
                      0) == 0);
}

TEST_CASE("funding rounds and valuations load into their typed rows with their investors",
          "[load][funding_round]") {
    TempDir dir;
    const std::string text =
        "Anthropic raised $6 billion in a Series C led by Lightspeed, with Menlo and Spark, at a "
        "post-money valuation of $61.5 billion. Nvidia's market value topped $3.5 trillion.";
    const json round = {{"id", "r1"},
                        {"type", "funding_round"},
                        {"evidence", text.substr(0, text.find('.', 100))},
                        {"company", "Anthropic"},
                        {"round", "Series C"},
                        {"amount", "$6 billion"},
                        {"lead", {"Lightspeed"}},
                        {"participants", {"Spark", "Menlo"}},
                        {"valuation", "$61.5 billion"},
                        {"valuation_basis", "post-money"}};
    const json cap = {{"id", "v1"},
                      {"type", "valuation"},
                      {"evidence", "Nvidia's market value topped $3.5 trillion"},
                      {"company", "Nvidia"},
                      {"amount", "more than $3.5 trillion"},
                      {"basis", "market value"}};
    const auto file = dir.write("r.json", claim_doc("doc-r", {round, cap}, text).dump());
    const auto db_path = dir / "t.sqlite";
    const LoadReport r = load_paths(db_path, {file.string()});
    REQUIRE(messages(r).empty());
    CHECK(r.facts_added == 2);
    SQLite::Database db(db_path.string());
    CHECK(sql_rows(db,
                   "SELECT round, amount_low, amount_low_minor, amount_qualifier, currency,"
                   " valuation_low, valuation_high_minor, valuation_qualifier, valuation_currency,"
                   " valuation_basis FROM funding_rounds") ==
          "series_c|6000000000|600000000000|exact|USD|61500000000|6150000000000|exact|USD|"
          "post_money\n");
    CHECK(sql_rows(db,
                   "SELECT fe.role, fe.position, e.name FROM fact_entities fe JOIN entities e ON"
                   " e.id = fe.entity_id JOIN facts f ON f.id = fe.fact_id WHERE f.type ="
                   " 'funding_round' ORDER BY fe.role, fe.position") ==
          "company|1|Anthropic\nlead_investor|1|Lightspeed\nparticipant|1|Spark\n"
          "participant|2|Menlo\n");
    CHECK(sql_rows(db,
                   "SELECT amount_low, amount_high, amount_qualifier, currency, basis,"
                   " coalesce(as_of, 'NULL') FROM valuations") ==
          "3500000000000||more_than|USD|market_cap|NULL\n");
    CHECK(sql_rows(db, "SELECT type, summary FROM facts ORDER BY id") ==
          "funding_round|Anthropic raises 6000000000 USD (series_c) led by Lightspeed with "
          "Spark and Menlo, valued at 61500000000 USD post_money\n"
          "valuation|Nvidia valued at more than 3500000000000 USD market_cap\n");
}
