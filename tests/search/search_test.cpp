// Full-text search (search/, schema/0005_search.sql): accent- and
// case-insensitive matching in French and English, exact snippets and
// overlapping facts, hostile input treated as words, the index following a
// reload, the migration indexing rows that existed before it, and the CLI.
// Searches run on the guarded read-only connection, as the CLI runs them.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "bench/gen/generator.h"
#include "db/database.h"
#include "db/embedded.h"
#include "errors/error.h"
#include "loader/loader.h"
#include "loader/search_index.h"
#include "query/readonly.h"
#include "search/search.h"
#include "support/fixtures.h"
#include "text/stems.h"

using namespace factdb;
using namespace factdb::testing;
using nlohmann::json;

namespace {

const char* kFrText =
    "Amazon a investi 8 milliards de dollars dans Anthropic. Dan Grossman, responsable des "
    "données d'Amazon, vit aux États-Unis.";
const char* kEnText =
    "Microsoft has invested $10 billion in OpenAI. The data centers in the United States use "
    "Nvidia chips.";

json fr_doc(const std::string& text = kFrText) {
    return {{"format", "factdb.claims/1"},
            {"document",
             {{"id", "fr-1"},
              {"title", "Amazon et les données"},
              {"language", "fr"},
              {"published", nullptr},
              {"url", nullptr},
              {"text", text}}},
            {"claims",
             {{{"id", "inv"},
               {"type", "investment"},
               {"evidence", "Amazon a investi 8 milliards de dollars dans Anthropic"},
               {"investor", "Amazon"},
               {"investee", "Anthropic"},
               {"amount", "8 milliards de dollars"},
               {"stage", "investi"}},
              {{"id", "role"},
               {"type", "role"},
               {"evidence", "Dan Grossman, responsable des données d'Amazon"},
               {"person", "Dan Grossman"},
               {"organization", "Amazon"},
               {"title", "responsable des données"}}}}};
}

json en_doc() {
    return {{"format", "factdb.claims/1"},
            {"document",
             {{"id", "en-1"},
              {"title", "Microsoft and OpenAI"},
              {"language", "en"},
              {"published", nullptr},
              {"url", nullptr},
              {"text", kEnText}}},
            {"claims",
             {{{"id", "inv"},
               {"type", "investment"},
               {"evidence", "Microsoft has invested $10 billion in OpenAI"},
               {"investor", "Microsoft"},
               {"investee", "OpenAI"},
               {"amount", "$10 billion"},
               {"stage", "completed"}}}}};
}

struct Corpus {
    TempDir dir;
    fs::path db_path = dir / "s.sqlite";

    explicit Corpus(const std::vector<json>& docs) { load_docs(docs); }

    void load_docs(const std::vector<json>& docs) {
        LoadOptions options;
        int n = 0;
        for (const auto& d : docs)
            options.paths.push_back(
                dir.write("d" + std::to_string(++n) + ".json", d.dump()).string());
        options.now = "2026-11-28T12:00:00Z";
        SQLite::Database db = db::open(db_path.string(), db::Mode::read_write);
        const LoadReport r = load(db, options);
        REQUIRE(r.committed);
    }

    // Rows as "document|title|snippet|fact_ids|facts" (rank checked apart).
    std::vector<std::string> find(const std::string& terms, std::size_t limit = 20) const {
        query::ReadOnlyDatabase ro(db_path.string(), {});
        const query::Table t = search::search(ro, terms, limit);
        std::vector<std::string> rows;
        for (const auto& row : t.rows) {
            rows.push_back(query::to_text(row[0]) + "|" + query::to_text(row[1]) + "|" +
                           query::to_text(row[2]) + "|" + query::to_text(row[4]) + "|" +
                           query::to_text(row[5]));
        }
        return rows;
    }

    std::vector<std::string> documents(const std::string& terms) const {
        query::ReadOnlyDatabase ro(db_path.string(), {});
        std::vector<std::string> ids;
        for (const auto& row : search::search(ro, terms).rows)
            ids.push_back(query::to_text(row[0]));
        return ids;
    }
};

using Rows = std::vector<std::string>;
using Docs = std::vector<json>;

// The stemmed index (schema/0017) holds exactly the search forms of every
// document and quote, in its document's language, and nothing is pending.
void check_stems_exact(SQLite::Database& db) {
    text::SearchForms forms;
    const auto language = [](const std::string& code) {
        return code == "fr" ? text::StemLanguage::french : text::StemLanguage::english;
    };
    int wrong = 0;
    SQLite::Statement docs(db,
                           "SELECT d.language, d.title, d.text, s.title, s.text FROM documents d"
                           " LEFT JOIN documents_stems s ON s.rowid = d.rowid");
    while (docs.executeStep()) {
        const text::StemLanguage l = language(docs.getColumn(0).getString());
        if (docs.getColumn(3).isNull() ||
            docs.getColumn(3).getString() != forms.of_text(docs.getColumn(1).getString(), l) ||
            docs.getColumn(4).getString() != forms.of_text(docs.getColumn(2).getString(), l))
            ++wrong;
    }
    SQLite::Statement quotes(db,
                             "SELECT d.language, e.quote, s.quote FROM evidence e"
                             " JOIN documents d ON d.id = e.document_id"
                             " LEFT JOIN evidence_stems s ON s.rowid = e.id");
    while (quotes.executeStep()) {
        if (quotes.getColumn(2).isNull() ||
            quotes.getColumn(2).getString() !=
                forms.of_text(quotes.getColumn(1).getString(),
                              language(quotes.getColumn(0).getString())))
            ++wrong;
    }
    CHECK(wrong == 0);
    CHECK(sql_int(db, "SELECT count(*) FROM documents_stems") ==
          sql_int(db, "SELECT count(*) FROM documents"));
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_stems") ==
          sql_int(db, "SELECT count(*) FROM evidence"));
    CHECK(sql_int(db, "SELECT count(*) FROM search_stems_pending") == 0);
    db.exec("INSERT INTO documents_stems (documents_stems) VALUES ('integrity-check')");
    db.exec("INSERT INTO evidence_stems (evidence_stems) VALUES ('integrity-check')");
}

}  // namespace

TEST_CASE("user text becomes quoted FTS5 strings, never syntax", "[search]") {
    // Each word is one quoted prefix phrase: "Trainium" finds "Trainium2".
    CHECK(search::to_fts_query("données Indiana") == R"("données"* "Indiana"*)");
    CHECK(search::to_fts_query("  l'IA\t\n") == R"("l'IA"*)");
    CHECK(search::to_fts_query(R"x(say "hi")x") == R"x("say"* """hi"""*)x");
    CHECK(search::to_fts_query("Amazon OR NOT Google") == R"("Amazon"* "OR"* "NOT"* "Google"*)");
    CHECK(search::to_fts_query("NEAR(a b) col:x * -y ^z (") ==
          R"x("NEAR(a"* "b)"* "col:x"* "-y"* "^z"*)x");
    CHECK(search::to_fts_query("a\u00A0b") == R"("a"* "b"*)");  // no-break space separates
    for (const char* empty : {"", "   ", "\"", "* ( ) - :", "\"\"\""}) {
        INFO(empty);
        CHECK_THROWS_WITH(search::to_fts_query(empty),
                          "nothing to search for: give at least one word with a letter or digit");
    }
    CHECK_THROWS_WITH(search::to_fts_query("caf\xC3"),
                      "search terms are not valid UTF-8 (at byte 3)");
}

TEST_CASE("search ignores accents and case, in French and English", "[search]") {
    Corpus c(Docs{fr_doc(), en_doc()});
    // "donnees" finds "données" in the title and text; the role's quote holds it too.
    CHECK(
        c.find("donnees") ==
        Rows{
            "fr-1|Amazon et les données|…Dan Grossman, responsable des [données] d'Amazon, vit aux "
            "États-Unis.|2|2: Dan Grossman: responsable des données at Amazon"});
    // "Etats" finds "États"; no quote holds it, so no fact overlaps.
    CHECK(
        c.find("ETATS unis") ==
        Rows{"fr-1|Amazon et les données|…Dan Grossman, responsable des données d'Amazon, vit aux "
             "[États]-[Unis].||"});
    CHECK(
        c.find("billion openai") ==
        Rows{"en-1|Microsoft and OpenAI|Microsoft has invested $10 [billion] in [OpenAI]. The data "
             "centers in the…|3|3: Microsoft invests in "
             "OpenAI: 10000000000 USD (completed)"});
    CHECK(c.find("united STATES") ==
          Rows{"en-1|Microsoft and OpenAI|…The data centers in the [United] [States] use Nvidia "
               "chips.||"});
    CHECK(c.find("nothing-like-this").empty());
}

TEST_CASE("every word must occur, facts overlap only when their quote holds every word",
          "[search]") {
    Corpus c(Docs{fr_doc(), en_doc()});
    CHECK(c.documents("Amazon") == Rows{"fr-1"});
    CHECK(c.documents("Amazon Microsoft").empty());
    const Rows amazon = c.find("amazon");
    REQUIRE(amazon.size() == 1);
    CHECK(amazon[0].substr(amazon[0].find("|1, 2|")) ==
          "|1, 2|1: Amazon invests in Anthropic: 8000000000 USD (completed) | 2: Dan Grossman: "
          "responsable des données at Amazon");
    const Rows both = c.find("amazon anthropic");
    REQUIRE(both.size() == 1);
    CHECK(both[0].substr(both[0].find("|1|")) ==
          "|1|1: Amazon invests in Anthropic: 8000000000 USD (completed)");
}

TEST_CASE("hostile input is searched for as words, never an FTS5 error", "[search]") {
    Corpus c(Docs{fr_doc(), en_doc()});
    // As syntax, each of these would match a document or fail to parse.
    CHECK(c.documents("Amazon OR Microsoft").empty());  // no document holds the word "or"
    CHECK(c.documents("Amaz*") == Rows{"fr-1"});        // a prefix of a word, like "Amaz"
    CHECK(c.documents("Amaz") == Rows{"fr-1"});
    CHECK(c.documents("NEAR(Amazon Anthropic)").empty());  // "near amazon" is no phrase here
    CHECK(c.documents("title:Amazon").empty());            // no column filter
    CHECK(c.documents("Anthropic NOT Amazon").empty());    // "not" is a word like any other
    // Stray syntax characters are separators, so the words still count.
    CHECK(c.documents("(Amazon") == Rows{"fr-1"});
    CHECK(c.documents("Amazon -Anthropic") == Rows{"fr-1"});
    CHECK(c.documents("\"Anthropic") == Rows{"fr-1"});
    CHECK(c.documents("Anthropic\" * ( ) ^ :") == Rows{"fr-1"});
    CHECK(c.documents("\"Microsoft has\"") == Rows{"en-1"});
    query::ReadOnlyDatabase ro(c.db_path.string(), {});
    CHECK_THROWS_AS(search::search(ro, "\" ( *"), QueryError);
}

TEST_CASE("results are ranked best first and limited", "[search]") {
    json dense = en_doc();
    dense["document"]["id"] = "en-2";
    dense["document"]["title"] = "OpenAI again";
    dense["document"]["text"] = "OpenAI, OpenAI and OpenAI.";
    dense["claims"] = json::array();
    Corpus c(Docs{fr_doc(), en_doc(), dense});
    query::ReadOnlyDatabase ro(c.db_path.string(), {});
    const query::Table all = search::search(ro, "openai", 0);
    CHECK(all.columns == std::vector<std::string>{"document", "title", "snippet", "relevance",
                                                  "fact_ids", "facts"});
    REQUIRE(all.rows.size() == 2);
    // Four mentions in a short document beat two in a longer one; relevance
    // is each row's bm25 over the best row's (the 0.684 is that ratio,
    // rounded to 3 decimals).
    CHECK(query::to_text(all.rows[0][0]) == "en-2");
    CHECK(query::to_text(all.rows[1][0]) == "en-1");
    CHECK(std::get<double>(all.rows[0][3]) == 1.0);
    CHECK(std::get<double>(all.rows[1][3]) == 0.684);
    CHECK(query::to_text(all.rows[0][4]) == "");
    CHECK(query::to_text(all.rows[1][4]) == "3");
    const query::Table one = search::search(ro, "openai", 1);
    REQUIRE(one.rows.size() == 1);
    CHECK(query::to_text(one.rows[0][0]) == "en-2");
    CHECK(std::get<double>(one.rows[0][3]) == 1.0);
}

TEST_CASE("a reload that replaces a document replaces what search finds", "[search]") {
    Corpus c(Docs{fr_doc()});
    CHECK(c.documents("Etats-Unis") == Rows{"fr-1"});
    const std::string replaced =
        "Amazon a investi 8 milliards de dollars dans Anthropic. Dan Grossman, responsable des "
        "données d'Amazon, vit en Pennsylvanie.";
    c.load_docs(Docs{fr_doc(replaced)});
    CHECK(c.documents("Etats-Unis").empty());
    CHECK(c.find("pennsylvanie") ==
          Rows{"fr-1|Amazon et les données|…Dan Grossman, responsable des données d'Amazon, vit en "
               "[Pennsylvanie].||"});
    // The evidence index follows too: one row per quote, no stale ones.
    SQLite::Database db(c.db_path.string(), SQLite::OPEN_READWRITE);
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'amazon'") == 2);
    check_stems_exact(db);
    CHECK(sql_text(db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'unis'") ==
          "0");
    db.exec("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
    db.exec("INSERT INTO evidence_fts (evidence_fts) VALUES ('integrity-check')");
}

TEST_CASE("the 0005 migration indexes documents and evidence that existed before it", "[search]") {
    TempDir dir;
    const std::string path = (dir / "old.sqlite").string();
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        int version = 0;
        for (const auto& m : embedded_migrations()) {
            if (m.name >= std::string_view("0005")) break;
            db.exec(std::string(m.text));
            db.exec("PRAGMA user_version = " + std::to_string(++version));
        }
        REQUIRE(version == 4);
        const std::string h(64, '0');
        db.exec(
            "INSERT INTO documents (id, title, language, text, text_sha256, input_sha256,"
            " source_file, first_loaded_at, loaded_at) VALUES ('old', 'Données anciennes', 'fr',"
            " 'Le Mississippi accueille un centre.', '" +
            h + "', '" + h + "', 'old.json', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES (1, 'organization',"
            " 'Amazon', 'amazon', 'gazetteer')");
        db.exec(
            "INSERT INTO facts (id, type, fact_key, subject_key, summary, modality, "
            "first_loaded_at) VALUES (7, 'datacenter', 'k', 's', 'Amazon: data centre in "
            "Mississippi', 'asserted', '2026-01-01T00:00:00Z')");
        db.exec(
            "INSERT INTO evidence (fact_id, document_id, claim_id, start_char, end_char, quote,"
            " sentence, modality, modality_source) VALUES (7, 'old', 'c', 3, 14, 'Mississippi',"
            " 'Le Mississippi accueille un centre.', 'asserted', 'default')");
        CHECK(db::migrate(db) == db::latest_schema_version() - 4);
    }
    query::ReadOnlyDatabase ro(path, {});
    const query::Table t = search::search(ro, "mississippi");
    REQUIRE(t.rows.size() == 1);
    CHECK(query::to_text(t.rows[0][0]) == "old");
    CHECK(query::to_text(t.rows[0][2]) == "Le [Mississippi] accueille un centre.");
    CHECK(query::to_text(t.rows[0][5]) == "7: Amazon: data centre in Mississippi");
}

TEST_CASE("every table and view has a schema_docs row (FTS5 shadow tables exempt)", "[search]") {
    TempDir dir;
    SQLite::Database db = db::open((dir / "d.sqlite").string(), db::Mode::read_write);
    db::migrate(db);
    CHECK(sql_rows(db,
                   "SELECT m.name FROM sqlite_schema m WHERE m.type IN ('table', 'view')"
                   " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                   " AND NOT EXISTS (SELECT 1 FROM sqlite_schema v"
                   " WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name IN (v.name || '_data',"
                   " v.name || '_idx', v.name || '_content', v.name || '_docsize',"
                   " v.name || '_config'))"
                   " AND m.name NOT IN (SELECT name FROM schema_docs)") == "");
    CHECK(sql_rows(db, "SELECT name FROM schema_docs WHERE name LIKE '%fts' ORDER BY name") ==
          "documents_fts\nevidence_fts\n");
    CHECK(sql_rows(db, "SELECT name FROM schema_docs WHERE name LIKE '%stems%' ORDER BY name") ==
          "documents_stems\nevidence_stems\nsearch_stems_pending\n");
}

TEST_CASE("factdb search: output, limit, usage errors", "[search][e2e]") {
    TempDir dir;
    const std::string db = (dir / "seed.sqlite").string();
    REQUIRE(run_factdb({"--db", db, "load", (source_dir() / "seeds").string()}).exit_code == 0);
    const RunResult r = run_factdb({"--db", db, "search", "Etats", "--format", "jsonl"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.rfind(R"({"document":"000_d58c891cf63c8762",)", 0) == 0);
    CHECK(
        r.out.find(
            R"x("snippet":"…Des projets similaires d'extension sont également prévus dans d'autres [états]…")x") !=
        std::string::npos);
    const RunResult indiana = run_factdb({"--db", db, "search", "indiana", "--format", "jsonl"});
    CHECK(
        indiana.out.find(
            R"x("fact_ids":"15","facts":"15: Amazon data centres in Indiana: 30 (previously 16), at least 11000000000 USD"})x") !=
        std::string::npos);
    const RunResult none = run_factdb({"--db", db, "search", "--format", "csv", "--", "-zzz"});
    CHECK(none.exit_code == 0);
    CHECK(none.out == "document,title,snippet,relevance,fact_ids,facts\r\n");
    // On a terminal (table format) an empty result says so; JSON stays [].
    const RunResult table = run_factdb({"--db", db, "search", "--format", "table", "zzzq"});
    CHECK(table.exit_code == 0);
    CHECK(table.out == "no matches\n");
    CHECK(table.err.empty());
    CHECK(run_factdb({"--db", db, "search", "--format", "json", "zzzq"}).out == "[]\n");
    const RunResult nothing = run_factdb({"--db", db, "search", "\"", "*"});
    CHECK(nothing.exit_code == 2);
    CHECK(nothing.err ==
          "factdb: nothing to search for: give at least one word with a letter or digit\n");
    CHECK(run_factdb({"--db", db, "search"}).exit_code == 2);
    CHECK(run_factdb({"--db", db, "search", "x", "--limit", "two"}).exit_code == 2);
    CHECK(run_factdb({"--db", (dir / "no" / "x.sqlite").string(), "search", "x"}).exit_code == 3);
}

TEST_CASE("a load writes the search indexes in bulk, exactly as the triggers would", "[search]") {
    // The loader switches the 0005 triggers off and indexes what it wrote at
    // the end (loader/search_index.h): new, replaced and skipped documents
    // must all leave both indexes exact, and the triggers on afterwards.
    Corpus c(Docs{fr_doc(), en_doc()});
    json en2 = en_doc();
    en2["document"]["id"] = "en-2";
    en2["document"]["text"] = "Microsoft has invested $10 billion in OpenAI. Zanzibar hosts none.";
    json bad = en_doc();
    bad["document"]["id"] = "en-3";
    bad["claims"][0]["amount"] = "ten zillion";
    const std::string replaced =
        "Amazon a investi 8 milliards de dollars dans Anthropic. Dan Grossman, responsable des "
        "données d'Amazon, vit au Québec.";
    LoadOptions options;
    options.paths = {c.dir.write("r1.json", fr_doc(replaced).dump()).string(),
                     c.dir.write("r2.json", en2.dump()).string(),
                     c.dir.write("r3.json", bad.dump()).string()};
    options.now = "2026-11-28T13:00:00Z";
    options.keep_going = true;
    SQLite::Database db = db::open(c.db_path.string(), db::Mode::read_write);
    const LoadReport r = load(db, options);
    REQUIRE(r.committed);
    CHECK(r.documents_new == 1);
    CHECK(r.documents_replaced == 1);
    CHECK(r.documents_failed == 1);

    // 'integrity-check' with rank 1 also compares each index with its
    // content table: an index row for a missing or changed row fails it.
    db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)");
    CHECK(c.documents("quebec") == Rows{"fr-1"});
    CHECK(c.documents("Etats-Unis").empty());
    CHECK(c.documents("zanzibar") == Rows{"en-2"});
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'openai'") == 2);
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'amazon'") == 2);

    // The same connection has its triggers back: a row written by hand is
    // indexed at once.
    db.exec(
        "INSERT INTO documents (id, title, language, text, text_sha256, input_sha256,"
        " source_file, first_loaded_at, loaded_at) VALUES ('by-hand', 'Hand', 'en',"
        " 'Written with the sqlite3 shell in Timbuktu.', printf('%064d', 1), printf('%064d', 2),"
        " 'shell', '2026-11-28', '2026-11-28')");
    CHECK(sql_int(db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'timbuktu'") ==
          1);
    // Its search forms need C++: the stems migration's trigger lists it for the next
    // factdb init or load.
    CHECK(sql_rows(db, "SELECT source, id FROM search_stems_pending") ==
          "documents|" +
              std::to_string(sql_int(db, "SELECT rowid FROM documents WHERE id = 'by-hand'")) +
              "\n");
}

TEST_CASE("a load of several indexing passes, and its forced reload, keep both indexes exact",
          "[search]") {
    // More documents than SearchIndexWriter::kDocumentsPerPass, twice over:
    // the rows are indexed in passes between documents, then every document
    // is replaced (forget, then the replaced rowids' pass).
    TempDir dir;
    bench::GenOptions gen;
    gen.docs = 2 * SearchIndexWriter::kDocumentsPerPass + 500;
    gen.claims_per_doc = 1;
    gen.seed = 3;
    gen.out = dir / "corpus";
    bench::generate(gen);
    SQLite::Database db = db::open((dir / "p.sqlite").string(), db::Mode::read_write);
    for (const bool force : {false, true}) {
        LoadOptions options;
        options.paths = {(dir / "corpus").string()};
        options.now = "2026-11-28T12:00:00Z";
        options.force = force;
        const LoadReport r = load(db, options);
        REQUIRE(r.committed);
        CHECK((force ? r.documents_replaced : r.documents_new) == gen.docs);
        db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)");
        db.exec("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)");
        CHECK(sql_int(db, "SELECT count(*) FROM documents_fts_docsize") == gen.docs);
        CHECK(sql_int(db, "SELECT count(*) FROM evidence_fts_docsize") == gen.docs);
        CHECK(sql_int(db, "SELECT count(*) FROM evidence") == gen.docs);
        check_stems_exact(db);
    }
}

TEST_CASE("a replacement the database rejects under --keep-going leaves both indexes exact",
          "[search]") {
    // Version A of a document (32 claims) is loaded; version B adds a 33rd
    // claim whose evidence row is too big for the connection's
    // SQLITE_LIMIT_LENGTH, so B's second evidence INSERT fails after its
    // first one wrote 32 rows.  The savepoint restores A, still indexed:
    // nothing B recorded may be indexed again, and the next document's
    // evidence takes the ids B's rows had.
    TempDir dir;
    const auto version = [](bool with_long_claim) {
        std::string text;
        json claims = json::array();
        for (int i = 1; i <= 32; ++i) {
            const std::string n = (i < 10 ? "0" : "") + std::to_string(i);
            const std::string sentence = "Person " + n + " joined Acme as CEO " + n;
            text += sentence + ". ";
            claims.push_back({{"id", "c" + n},
                              {"type", "role"},
                              {"evidence", sentence},
                              {"person", "Person " + n},
                              {"organization", "Acme"},
                              {"title", "CEO " + n}});
        }
        if (with_long_claim) {
            std::string sentence = "Person 33 joined Acme as CEO 33";
            while (sentence.size() < 3000) sentence += " and stayed for many long years";
            text += sentence + ".";
            claims.push_back({{"id", "c33"},
                              {"type", "role"},
                              {"evidence", sentence},
                              {"person", "Person 33"},
                              {"organization", "Acme"},
                              {"title", "CEO 33"},
                              {"note", std::string(3000, 'n')}});
        }
        return json{
            {"format", "factdb.claims/1"},
            {"document", {{"id", "roles"}, {"title", "Roles"}, {"language", "en"}, {"text", text}}},
            {"claims", claims}};
    };
    SQLite::Database db = db::open((dir / "r.sqlite").string(), db::Mode::read_write);
    LoadOptions first;
    first.paths = {dir.write("a.json", version(false).dump()).string()};
    REQUIRE(load(db, first).committed);

    // Rows up to 5,000 bytes: B's document row (~4,400) fits, its 33rd
    // evidence row (quote and note, ~6,000) does not.
    sqlite3_limit(db.getHandle(), SQLITE_LIMIT_LENGTH, 5000);
    LoadOptions second;
    second.paths = {dir.write("b.json", version(true).dump()).string(),
                    dir.write("c.json", en_doc().dump()).string()};
    second.keep_going = true;
    const LoadReport r = load(db, second);
    REQUIRE(r.committed);
    CHECK(r.documents_failed == 1);
    CHECK(r.documents_new == 1);
    std::string errors;
    for (const auto& e : r.errors) errors += std::string(e.what()) + "\n";
    INFO(errors);
    REQUIRE(r.errors.size() == 1);
    CHECK(std::string(r.errors[0].what()).find("document roles rejected by the database") !=
          std::string::npos);

    db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)");
    CHECK(sql_int(db, "SELECT count(*) FROM documents_fts_docsize") == 2);
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_fts_docsize") == 33);
    CHECK(sql_int(db, "SELECT count(*) FROM evidence") == 33);
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'stayed'") == 0);
    CHECK(sql_int(db, "SELECT min(id) FROM evidence WHERE document_id <> 'roles'") == 33);
    CHECK(derived_column_errors(db) == "");
    check_stems_exact(db);
}
