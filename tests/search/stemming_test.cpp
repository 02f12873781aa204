// Stemmed search through the real binary (schema/0020_search_stems.sql,
// text/stems.h, docs/SEARCH.md "Stemming"): French and English words found
// by their other forms, British spellings by American ones, the query built
// from quoted strings only, the honest fallback while forms are pending,
// `factdb init` building them, and the upgrade of a previous-version file.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "db/database.h"
#include "db/embedded.h"
#include "loader/sha256.h"
#include "search/search.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;
using nlohmann::json;

namespace {

json doc(const std::string& id, const std::string& language, const std::string& title,
         const std::string& text, json claims = json::array()) {
    return {{"format", "factdb.claims/1"},
            {"document",
             {{"id", id},
              {"title", title},
              {"language", language},
              {"published", nullptr},
              {"url", nullptr},
              {"text", text}}},
            {"claims", std::move(claims)}};
}

// Two documents loaded with the real binary into dir/s.sqlite.
std::string load_two(const TempDir& dir) {
    const std::string db = (dir / "s.sqlite").string();
    const json fr =
        doc("fr-1", "fr", "Les investissements d'Amazon",
            "Amazon annonce des investissements massifs dans Anthropic et ses centres de données.",
            {{{"id", "inv"},
              {"type", "investment"},
              {"evidence", "Amazon annonce des investissements massifs"},
              {"investor", "Amazon"},
              {"investee", "Anthropic"},
              {"stage", "annonce"}}});
    const json en = doc("en-1", "en", "Microsoft expands",
                        "Microsoft is building new data centers in Wisconsin.");
    const RunResult r = run_factdb({"--db", db, "load", dir.write("fr.json", fr.dump()).string(),
                                    dir.write("en.json", en.dump()).string()},
                                   "", {"FACTDB_NOW=2026-11-28T12:00:00Z"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return db;
}

// "document|snippet|relevance" of each row of a jsonl search.
std::vector<std::string> found(const std::string& db, const std::vector<std::string>& words) {
    std::vector<std::string> args{"--db", db, "search", "--format", "jsonl", "--"};
    args.insert(args.end(), words.begin(), words.end());
    const RunResult r = run_factdb(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> rows;
    std::size_t start = 0;
    while (start < r.out.size()) {
        const std::size_t end = r.out.find('\n', start);
        const json row = json::parse(r.out.substr(start, end - start));
        rows.push_back(row["document"].get<std::string>() + "|" +
                       row["snippet"].get<std::string>() + "|" + row["relevance"].dump());
        start = end + 1;
    }
    return rows;
}

using Rows = std::vector<std::string>;

}  // namespace

TEST_CASE("stemmed queries are built from quoted strings, both languages OR-ed", "[search]") {
    const std::pair<const char*, const char*> cases[] = {
        {"data centre", R"(("data"* OR "dat"*) AND ("center"* OR "centr"*))"},
        {"datacenter", R"(("data center"* OR "datacent"*))"},
        {"investissement", R"(("investiss"* OR "invest"*))"},
        {"investir", R"(("investir"* OR "invest"*))"},
        {"builds", R"("build"*)"},
        {"l'IA", R"("l ia"*)"},
        {"Trainium2", R"("trainium 2"*)"},
        // Operators and quotes are words or separators, never syntax.
        {"Amazon OR NOT", R"("amazon"* AND "or"* AND "not"*)"},
        {R"x(NEAR(x "hi" col:y -z ^w *)x",
         R"x("near x"* AND "hi"* AND "col y"* AND "z"* AND "w"*)x"},
    };
    for (const auto& [typed, fts] : cases) {
        INFO(typed);
        CHECK(search::to_stem_query(typed) == fts);
    }
    for (const char* empty : {"", "   ", "\"", "* ( ) - :"}) {
        INFO(empty);
        CHECK_THROWS_WITH(search::to_stem_query(empty),
                          "nothing to search for: give at least one word with a letter or digit");
    }
    CHECK_THROWS_WITH(search::to_stem_query("caf\xC3"),
                      "search terms are not valid UTF-8 (at byte 3)");
    // The marks of the snippet: each word as typed, its spelling variants and stems.
    CHECK(search::to_mark_query("centre l'IA") ==
          R"("centre"* OR "center"* OR "centr"* OR "l ia"*)");
}

TEST_CASE("factdb search finds other forms of French and English words", "[search][e2e]") {
    TempDir dir;
    const std::string db = load_two(dir);
    const Rows fr{"fr-1|Les [investissements] d'Amazon|1.0"};
    // Snowball French stems investissement(s) and investir alike ("invest").
    CHECK(found(db, {"investissement"}) == fr);
    CHECK(found(db, {"investir"}) == fr);
    CHECK(found(db, {"INVESTISSEMENTS"}) == fr);
    // Accents before the stemmer: "donnees" and "données" meet.
    CHECK(found(db, {"donnees"}) ==
          Rows{"fr-1|Amazon annonce des investissements massifs dans Anthropic et ses centres de "
               "[données].|1.0"});
    // British spelling, one word or two, and another form of the verb.
    const Rows en_centre{"en-1|Microsoft is building new [data] [centers] in Wisconsin.|1.0"};
    CHECK(found(db, {"data", "centre"}) == en_centre);
    CHECK(found(db, {"data", "centres"}) == en_centre);
    // One word finds two: "datacenter" is "data center" in the table.
    CHECK(found(db, {"datacenter"}) ==
          Rows{"en-1|Microsoft is building new [data centers] in Wisconsin.|1.0"});
    CHECK(found(db, {"builds"}) ==
          Rows{"en-1|Microsoft is [building] new data centers in Wisconsin.|1.0"});
    CHECK(found(db, {"builds", "Wisconsin"}).size() == 1);
    // Every word must occur: "builds" is not in the French document.
    CHECK(found(db, {"builds", "Amazon"}).empty());
    // The fact's quote matches the stemmed query too.
    const RunResult r = run_factdb({"--db", db, "search", "--format", "jsonl", "investir"});
    CHECK(r.out.find(R"("relevance":1.0,"fact_ids":"1","facts":"1: Amazon invests in Anthropic)") !=
          std::string::npos);
}

TEST_CASE("rows another tool wrote are searched unstemmed, with a warning, until factdb init",
          "[search][e2e]") {
    TempDir dir;
    const std::string db = load_two(dir);
    {
        // The sqlite3 shell's way: a plain UPDATE, triggers on.
        SQLite::Database w = db::open(db, db::Mode::read_write);
        w.exec("UPDATE documents SET title = 'Microsoft expands again' WHERE id = 'en-1'");
        CHECK(sql_rows(w, "SELECT source FROM search_stems_pending") == "documents\n");
        CHECK(sql_int(w, "SELECT count(*) FROM documents_stems") == 1);
    }
    const std::string before = sha256_hex(read_file(db));
    const RunResult stale = run_factdb({"--db", db, "search", "--format", "csv", "builds"});
    CHECK(stale.exit_code == 0);
    CHECK(stale.err ==
          "factdb: warning: 1 document(s) and 0 quote(s) have no stemmed search index yet "
          "(written by another tool); searching without stemming: run `factdb init` to build it\n");
    // Unstemmed, "builds" does not find "building"; "buil" does (a prefix).
    CHECK(stale.out == "document,title,snippet,relevance,fact_ids,facts\r\n");
    CHECK(found(db, {"buil"}).size() == 1);
    // No read command writes.
    CHECK(sha256_hex(read_file(db)) == before);

    const RunResult init = run_factdb({"--db", db, "init"});
    CHECK(init.exit_code == 0);
    CHECK(init.out == db + ": schema is up to date (version " +
                          std::to_string(db::latest_schema_version()) + ")\n" + db +
                          ": built the stemmed search index of 1 document(s) and 0 quote(s)\n");
    const RunResult fresh = run_factdb({"--db", db, "search", "--format", "csv", "builds"});
    CHECK(fresh.err.empty());
    CHECK(fresh.out.find("\r\nen-1,Microsoft expands again,") != std::string::npos);
    // A second init has nothing to build.
    CHECK(run_factdb({"--db", db, "init"}).out == db + ": schema is up to date (version " +
                                                      std::to_string(db::latest_schema_version()) +
                                                      ")\n");
}

TEST_CASE("factdb init upgrades a previous-version database and builds its stems",
          "[search][e2e]") {
    TempDir dir;
    const std::string db = load_two(dir);
    const int previous = db::latest_schema_version() - 1;
    {
        // Back to the previous version: what the stems migration made, undone.
        SQLite::Database w = db::open(db, db::Mode::read_write);
        w.exec(
            "DROP TABLE documents_stems; DROP TABLE evidence_stems; DROP TABLE "
            "search_stems_pending;"
            "DROP TRIGGER documents_stems_insert; DROP TRIGGER documents_stems_update;"
            "DROP TRIGGER documents_stems_language; DROP TRIGGER documents_stems_delete;"
            "DROP TRIGGER evidence_stems_insert; DROP TRIGGER evidence_stems_update;"
            "DROP TRIGGER evidence_stems_delete;"
            "DELETE FROM schema_docs WHERE name IN ('documents_stems', 'evidence_stems',"
            " 'search_stems_pending');"
            "PRAGMA user_version = " +
            std::to_string(previous));
        // The schema is exactly the one the previous migrations make.
        SQLite::Database fresh = db::open((dir / "prev.sqlite").string(), db::Mode::read_write);
        for (const auto& file : embedded_migrations()) {
            if (std::stoi(std::string(file.name).substr(0, 4)) > previous) break;
            fresh.exec(std::string(file.text));
        }
        const std::string schema = "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name";
        CHECK(sql_rows(w, schema) == sql_rows(fresh, schema));
    }
    // Reading commands refuse it (and write nothing); init upgrades it.
    CHECK(run_factdb({"--db", db, "search", "investir"}).exit_code == 3);
    const RunResult init = run_factdb({"--db", db, "init"});
    CHECK(init.exit_code == 0);
    CHECK(init.out == db + ": applied 1 migration(s), schema version " + std::to_string(previous) +
                          " -> " + std::to_string(previous + 1) + "\n" + db +
                          ": built the stemmed search index of 2 document(s) and 1 quote(s)\n");
    CHECK(found(db, {"investir"}) == Rows{"fr-1|Les [investissements] d'Amazon|1.0"});
    CHECK(found(db, {"data", "centre"}).size() == 1);
}

TEST_CASE("the stems migration's triggers list what another tool changes and drop what it deletes",
          "[search][e2e]") {
    TempDir dir;
    const std::string db = load_two(dir);
    SQLite::Database w = db::open(db, db::Mode::read_write);
    const std::string fr_rowid = sql_text(w, "SELECT rowid FROM documents WHERE id = 'fr-1'");
    const std::string quote_id = sql_text(w, "SELECT id FROM evidence WHERE document_id = 'fr-1'");
    CHECK(sql_int(w, "SELECT count(*) FROM search_stems_pending") == 0);
    // A new language changes the forms of the document and of its quotes.
    w.exec("UPDATE documents SET language = 'en' WHERE id = 'fr-1'");
    CHECK(sql_rows(w, "SELECT source, id FROM search_stems_pending ORDER BY source") ==
          "documents|" + fr_rowid + "\nevidence|" + quote_id + "\n");
    CHECK(sql_int(w, "SELECT count(*) FROM documents_stems WHERE rowid = " + fr_rowid) == 0);
    CHECK(sql_int(w, "SELECT count(*) FROM evidence_stems") == 0);
    // A deleted quote takes its listing (and forms) with it.
    w.exec("PRAGMA foreign_keys = OFF");
    w.exec("DELETE FROM evidence WHERE id = " + quote_id);
    CHECK(sql_rows(w, "SELECT source FROM search_stems_pending") == "documents\n");
    // A deleted document too; the other document's forms stay.
    w.exec("DELETE FROM documents WHERE id = 'en-1'");
    CHECK(sql_int(w, "SELECT count(*) FROM documents_stems") == 0);
    CHECK(sql_rows(w, "SELECT source FROM search_stems_pending") == "documents\n");
    // build_pending (what init runs) writes the English forms now.
    const RunResult init = run_factdb({"--db", db, "init"});
    CHECK(init.out.find(": built the stemmed search index of 1 document(s) and 0 quote(s)\n") !=
          std::string::npos);
    CHECK(sql_text(w, "SELECT title FROM documents_stems") ==
          "les investiss d amazon");  // English stems now
    CHECK(sql_int(w, "SELECT count(*) FROM search_stems_pending") == 0);
}
