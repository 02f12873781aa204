// Schema migrations: applied in order once, re-running is a no-op, a newer
// database is refused, and the schema holds its CHECK constraints.
#include <catch2/catch.hpp>

#include "db/database.h"
#include "db/embedded.h"
#include "db/error.h"
#include "errors/error.h"
#include "loader/fact_writer.h"
#include "loader/sha256.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

TEST_CASE("migrations bring a new database to the latest version once", "[db]") {
    TempDir dir;
    SQLite::Database db = db::open((dir / "m.sqlite").string(), db::Mode::read_write);
    CHECK(db::schema_version(db) == 0);
    CHECK(db::latest_schema_version() == static_cast<int>(embedded_migrations().size()));
    CHECK(db::migrate(db) == db::latest_schema_version());
    CHECK(db::schema_version(db) == db::latest_schema_version());
    CHECK(db::migrate(db) == 0);
    CHECK(sql_text(db, "PRAGMA journal_mode") == "wal");
    CHECK(sql_int(db, "PRAGMA foreign_keys") == 1);
    CHECK(sql_int(db, "PRAGMA mmap_size") == 0);  // writers: RSS must not grow with the file
    db::map_for_reading(db);
    CHECK(sql_int(db, "PRAGMA mmap_size") > 0);
    CHECK(sql_int(db, "SELECT count(*) FROM places WHERE kind IN ('state', 'district')") == 51);
    CHECK(sql_rows(db, "SELECT name, certainty FROM modalities ORDER BY certainty") ==
          "asserted|1\nreported|2\nexpected|3\nplanned|4\nconditional|5\npossible|6\nnegated|7\n");
}

TEST_CASE("a database from a newer factdb is refused", "[db]") {
    TempDir dir;
    const std::string path = (dir / "new.sqlite").string();
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec("PRAGMA user_version = 999");
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    try {
        db::migrate(db);
        FAIL("migrate accepted a newer database");
    } catch (const db::Error& e) {
        CHECK(e.failure() == db::Failure::storage);
        CHECK(std::string(e.what()) ==
              path + ": database schema version 999 is newer than this factdb supports (" +
                  std::to_string(db::latest_schema_version()) + "); upgrade factdb");
    }
}

TEST_CASE("CHECK constraints close the vocabularies and range shapes", "[db]") {
    TempDir dir;
    SQLite::Database db = db::open((dir / "c.sqlite").string(), db::Mode::read_write);
    db::migrate(db);
    db.exec(
        "INSERT INTO entities (id, kind, name, name_key, origin) VALUES (1, 'organization', 'A', "
        "'a', 'gazetteer')");
    db.exec(
        "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash, summary,"
        " modality, documents, first_evidence_id, first_loaded_at) VALUES (1, 'investment',"
        " 'k', 1, 's', 2, 'x', 'asserted', 1, 1, '2026-01-01T00:00:00Z')");
    // The qualifier invariants are stated on the exact minor-unit columns
    // (schema/0014); the whole-unit columns only ever stand beside them.
    const std::string insert =
        "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
        " amount_low_minor, amount_high_minor, amount_qualifier, currency, stage) VALUES (1, 1,"
        " 1, ";
    struct Case {
        const char* values;
        bool accepted;
    };
    const Case cases[] = {
        {"10, 10, 1000, 1000, 'exact', 'USD', 'completed')", true},
        {"10, 11, 1000, 1100, 'exact', 'USD', 'completed')", false},
        {"NULL, NULL, 499, 499, 'exact', 'USD', 'completed')", true},   // $4.99
        {"NULL, NULL, 499, 500, 'exact', 'USD', 'completed')", false},
        {"10, 10, NULL, NULL, 'exact', 'USD', 'completed')", false},    // whole without exact
        {"10, NULL, 1000, NULL, 'at_least', 'USD', 'completed')", true},
        {"10, 10, 1000, 1000, 'at_least', 'USD', 'completed')", false},
        {"NULL, NULL, 1050, NULL, 'more_than', 'USD', 'completed')", true},
        {"NULL, NULL, 1050, 1050, 'more_than', 'USD', 'completed')", false},
        {"NULL, 10, NULL, 1000, 'less_than', 'USD', 'completed')", true},
        {"NULL, NULL, 10, NULL, 'less_than', 'USD', 'completed')", false},
        {"10, 20, 1000, 2000, 'between', 'USD', 'completed')", true},
        {"NULL, 20, 1099, 2000, 'between', 'USD', 'completed')", true},
        {"20, 10, 2000, 1000, 'between', 'USD', 'completed')", false},
        {"NULL, NULL, 2000, 1000, 'between', 'USD', 'completed')", false},
        {"10, NULL, 5, NULL, 'at_least', 'USD', 'completed')", false},  // minor below whole
        {"NULL, NULL, NULL, NULL, 'undisclosed', NULL, 'completed')", true},
        {"NULL, NULL, 5, NULL, 'undisclosed', NULL, 'completed')", false},
        {"10, 10, 1000, 1000, 'exact', NULL, 'completed')", false},
        {"10, 10, 1000, 1000, 'exact', 'usd', 'completed')", false},
        {"10, 10, 1000, 1000, 'roughly', 'USD', 'completed')", false},
        {"10, 10, 1000, 1000, 'exact', 'USD', 'rumoured')", false},
        {"NULL, NULL, NULL, NULL, 'undisclosed', NULL, 'unspecified')", true},
        {"-1, -1, -100, -100, 'exact', 'USD', 'completed')", false},
        {"NULL, NULL, -1, -1, 'exact', 'USD', 'completed')", false},
        {"'ten', 'ten', 1000, 1000, 'exact', 'USD', 'completed')", false},
        {"NULL, NULL, 4.99, 4.99, 'exact', 'USD', 'completed')", false},  // never a float
    };
    for (const auto& c : cases) {
        INFO(c.values);
        bool ok = true;
        try {
            db.exec(insert + c.values);
        } catch (const SQLite::Exception&) {
            ok = false;
        }
        CHECK(ok == c.accepted);
        db.exec("DELETE FROM investments");
    }
}

TEST_CASE("0006 reshapes two indexes of a version-5 database and keeps every row", "[db]") {
    // A database made by a factdb whose schema ended at 0005, with a fact,
    // its evidence and an investment; the upgrade must only swap indexes.
    TempDir dir;
    const std::string path = (dir / "v5.sqlite").string();
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        for (const auto& file : embedded_migrations()) {
            if (std::string(file.name) >= "0006") break;
            db.exec(std::string(file.text));
        }
        db.exec("PRAGMA user_version = 5");
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer'), (2, 'organization', 'B', 'b', "
            "'gazetteer');"
            "INSERT INTO documents (id, title, language, text, text_sha256, input_sha256,"
            " source_file, first_loaded_at, loaded_at) VALUES ('d', 'T', 'en', 'A put 1 in B.',"
            " printf('%064d', 1), printf('%064d', 2), 'f.json', '2026-01-01', '2026-01-01');"
            "INSERT INTO facts (id, type, fact_key, subject_key, summary, modality,"
            " first_loaded_at) VALUES (7, 'investment', 'k', 's', 'A invested in B', 'asserted',"
            " '2026-01-01');"
            "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
            " amount_qualifier, currency, stage) VALUES (7, 1, 2, 1, 1, 'exact', 'USD',"
            " 'completed');"
            "INSERT INTO evidence (fact_id, document_id, claim_id, start_char, end_char, quote,"
            " sentence, modality, modality_source) VALUES (7, 'd', 'c1', 0, 12, 'A put 1 in B',"
            " 'A put 1 in B.', 'asserted', 'default')");
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - 5);
    CHECK(db::schema_version(db) == db::latest_schema_version());
    CHECK(sql_text(db,
                   "SELECT group_concat(name, ',') FROM (SELECT name FROM"
                   " pragma_index_info('evidence_fact') ORDER BY seqno)") == "fact_id,document_id");
    CHECK(sql_text(db,
                   "SELECT group_concat(name, ',') FROM (SELECT name FROM"
                   " pragma_index_info('investments_pair') ORDER BY seqno)") ==
          "investor_id,investee_id");
    CHECK(sql_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'investments_investor'") ==
          0);
    CHECK(sql_text(db,
                   "SELECT e.document_id || ':' || i.amount_low || ':' || f.summary"
                   " FROM facts f JOIN evidence e ON e.fact_id = f.id"
                   " JOIN investments i ON i.fact_id = f.id") == "d:1:A invested in B");
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    // The quote is still found through the search index 0005 built.
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'put'") == 1);
}

namespace {

// A database as a factdb whose schema ended at version `version` left it.
void create_at_version(const std::string& path, int version) {
    SQLite::Database db = db::open(path, db::Mode::read_write);
    for (const auto& file : embedded_migrations()) {
        if (std::stoi(std::string(file.name).substr(0, 4)) > version) break;
        db.exec(std::string(file.text));
    }
    db.exec("PRAGMA user_version = " + std::to_string(version));
}

}  // namespace

TEST_CASE("0007 rebuilds facts with hashes and derived columns, keeping every row", "[db]") {
    // Version 6: two facts with one subject (a conflict), the first stated by
    // two documents, evidence ids out of claim order; typed rows that the
    // rebuild must not cascade away.
    TempDir dir;
    const std::string path = (dir / "v6.sqlite").string();
    const std::string k1 = sha256_hex("fact one"), k2 = sha256_hex("fact two");
    const std::string subject = sha256_hex("subject");
    create_at_version(path, 6);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer'), (2, 'organization', 'B', 'b',"
            " 'gazetteer');"
            "INSERT INTO documents (id, title, language, text, text_sha256, input_sha256,"
            " source_file, first_loaded_at, loaded_at) VALUES"
            " ('d1', 'T', 'en', 'A put 1 in B.', printf('%064d', 1), printf('%064d', 2),"
            " 'f.json', '2026-01-01', '2026-01-01'),"
            " ('d2', 'U', 'en', 'A put 2 in B. A put 1 in B.', printf('%064d', 3), printf('%064d', 4),"
            " 'g.json', '2026-01-02', '2026-01-02');"
            "INSERT INTO facts (id, type, fact_key, subject_key, summary, modality,"
            " first_loaded_at) VALUES"
            " (7, 'investment', '" +
            k1 + "', '" + subject +
            "', 'A put 1 in B', 'asserted',"
            " '2026-01-01'),"
            " (8, 'investment', '" +
            k2 + "', '" + subject +
            "', 'A put 2 in B', 'reported',"
            " '2026-01-02');"
            "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
            " amount_qualifier, currency, stage) VALUES"
            " (7, 1, 2, 1, 1, 'exact', 'USD', 'completed'),"
            " (8, 1, 2, 2, 2, 'exact', 'USD', 'completed');"
            "INSERT INTO fact_entities (fact_id, role, position, entity_id) VALUES"
            " (7, 'investor', 1, 1), (7, 'investee', 1, 2), (8, 'investor', 1, 1),"
            " (8, 'investee', 1, 2);"
            "INSERT INTO evidence (id, fact_id, document_id, claim_id, start_char, end_char,"
            " quote, sentence, modality, modality_source) VALUES"
            " (5, 7, 'd2', 'c1', 14, 26, 'A put 1 in B', 'A put 1 in B.', 'asserted', 'default'),"
            " (3, 7, 'd1', 'c1', 0, 12, 'A put 1 in B', 'A put 1 in B.', 'asserted', 'default'),"
            " (4, 7, 'd1', 'c2', 0, 12, 'A put 1 in B', 'A put 1 in B.', 'asserted', 'default'),"
            " (6, 8, 'd2', 'c2', 0, 12, 'A put 2 in B', 'A put 2 in B.', 'reported', 'given')");
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - 6);
    CHECK(db::schema_version(db) == db::latest_schema_version());
    CHECK(sql_int(db, "PRAGMA foreign_keys") == 1);
    CHECK(sql_int(db, "PRAGMA legacy_alter_table") == 0);
    CHECK(sql_rows(db,
                   "SELECT id, fact_hash, subject_hash, documents, first_evidence_id, modality"
                   " FROM facts ORDER BY id") ==
          "7|" + std::to_string(key_hash(k1)) + "|" + std::to_string(key_hash(subject)) +
              "|2|3|asserted\n8|" + std::to_string(key_hash(k2)) + "|" +
              std::to_string(key_hash(subject)) + "|1|6|reported\n");
    CHECK(sql_text(db, "SELECT fact_key FROM facts WHERE id = 8") == k2);
    CHECK(sql_rows(db,
                   "SELECT name || ':' || (SELECT group_concat(name, ',') FROM"
                   " pragma_index_info(il.name)) FROM pragma_index_list('facts') il"
                   " ORDER BY name") ==
          "facts_first_loaded:first_loaded_at\nfacts_hash:fact_hash\n"
          "facts_subject:subject_hash\n");
    CHECK(sql_int(db,
                  "SELECT \"unique\" FROM pragma_index_list('facts') WHERE name = "
                  "'facts_hash'") == 1);
    CHECK(sql_rows(db, "SELECT fact_id, amount_low FROM investments ORDER BY fact_id") ==
          "7|1\n8|2\n");
    CHECK(sql_int(db, "SELECT count(*) FROM fact_entities") == 4);
    CHECK(sql_rows(db,
                   "SELECT fact_id, documents, evidence_count, quote FROM facts_v"
                   " ORDER BY fact_id") == "7|2|3|A put 1 in B\n8|1|1|A put 2 in B\n");
    CHECK(sql_rows(db, "SELECT fact_id, documents FROM investments_v ORDER BY fact_id") ==
          "7|2\n8|1\n");
    // 0008 replaced each stored sentence by its offsets in the text.
    CHECK(sql_rows(db,
                   "SELECT evidence_id, sentence FROM evidence_v ORDER BY evidence_id") ==
          "3|A put 1 in B.\n4|A put 1 in B.\n5|A put 1 in B.\n6|A put 2 in B.\n");
    CHECK(sql_rows(db,
                   "SELECT id, sentence_start_char, sentence_end_char FROM evidence"
                   " ORDER BY id") == "3|0|13\n4|0|13\n5|14|27\n6|0|13\n");
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
    // The foreign keys still point at the rebuilt table.
    CHECK_THROWS_AS(db.exec("DELETE FROM facts WHERE id = 8"), SQLite::Exception);
}

TEST_CASE("0008 replaces each stored sentence by its character offsets in the text", "[db]") {
    // Version 7 rows: a sentence after multi-byte characters (offsets count
    // characters), one whose text occurs twice in the document (the window
    // before the quote decides), and a sentence that is the quote itself.
    TempDir dir;
    const std::string path = (dir / "v7.sqlite").string();
    create_at_version(path, 7);
    const std::string text =
        "\u00C9t\u00E9 : Amazon investit. Amazon investit. Fin \u00E0 Qu\u00E9bec.";
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        SQLite::Statement doc(db,
                              "INSERT INTO documents (id, title, language, text, text_sha256,"
                              " input_sha256, source_file, first_loaded_at, loaded_at) VALUES"
                              " ('d', 'T', 'fr', ?, printf('%064d', 1), printf('%064d', 2),"
                              " 'f.json', '2026-01-01', '2026-01-01')");
        doc.bind(1, text);
        doc.exec();
        db.exec(
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'quote', 'k', 1, 's', 1, 'S', 'asserted', 1, 1, '2026-01-01');"
            "INSERT INTO evidence (id, fact_id, document_id, claim_id, start_char, end_char,"
            " quote, sentence, modality, modality_source) VALUES"
            " (1, 1, 'd', 'a', 6, 12, 'Amazon', '\u00C9t\u00E9 : Amazon investit.', 'asserted',"
            " 'default'),"
            " (2, 1, 'd', 'b', 23, 29, 'Amazon', 'Amazon investit.', 'asserted', 'default'),"
            " (3, 1, 'd', 'c', 46, 52, 'Qu\u00E9bec', 'Qu\u00E9bec', 'asserted', 'default')");
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - 7);
    CHECK(sql_rows(db,
                   "SELECT id, sentence_start_char, sentence_end_char FROM evidence"
                   " ORDER BY id") == "1|0|22\n2|23|39\n3|46|52\n");
    CHECK(sql_rows(db, "SELECT evidence_id, sentence FROM evidence_v ORDER BY evidence_id") ==
          "1|\u00C9t\u00E9 : Amazon investit.\n2|Amazon investit.\n3|Qu\u00E9bec\n");
    // The column is gone, the full-text index still matches the rows, and
    // the triggers that keep it came back with the table.
    CHECK(sql_int(db, "SELECT count(*) FROM pragma_table_info('evidence') WHERE name ="
                      " 'sentence'") == 0);
    db.exec("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)");
    // (0017's evidence_stems triggers come later, on the rebuilt table.)
    CHECK(sql_rows(db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name ="
                       " 'evidence' AND name LIKE 'evidence\\_fts\\_%' ESCAPE '\\'"
                       " ORDER BY name") ==
          "evidence_fts_delete\nevidence_fts_insert\nevidence_fts_update\n");
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'quebec'") ==
          1);
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
}

TEST_CASE("0010 lets a stage be unspecified and keep its cue, keeping every investment",
          "[db]") {
    // Version 8 rows: two investments with the stages of the time.
    TempDir dir;
    const std::string path = (dir / "v8.sqlite").string();
    create_at_version(path, 8);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer'), (2, 'organization', 'B', 'b',"
            " 'gazetteer');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'investment', 'k1', 1, 's', 1, 'A invests in B', 'asserted', 1, 1, '2026-01-01'),"
            " (2, 'investment', 'k2', 2, 's', 1, 'A invests in B', 'asserted', 1, 2, '2026-01-01');"
            "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
            " amount_qualifier, currency, amount_text, stage) VALUES"
            " (1, 1, 2, 5, 5, 'exact', 'USD', '$5', 'completed'),"
            " (2, 1, 2, NULL, NULL, 'undisclosed', NULL, NULL, 'considered')");
        // The old CHECK refuses the new value.
        CHECK_THROWS_AS(db.exec("UPDATE investments SET stage = 'unspecified' WHERE fact_id = 2"),
                        SQLite::Exception);
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - 8);
    CHECK(sql_rows(db,
                   "SELECT fact_id, investor_id, investee_id, coalesce(amount_low, '-'),"
                   " amount_qualifier, coalesce(amount_text, '-'), stage,"
                   " coalesce(stage_cue, 'NULL') FROM investments ORDER BY fact_id") ==
          "1|1|2|5|exact|$5|completed|NULL\n2|1|2|-|undisclosed|-|considered|NULL\n");
    db.exec("UPDATE investments SET stage = 'unspecified' WHERE fact_id = 2");
    db.exec("UPDATE investments SET stage_cue = 'has put in' WHERE fact_id = 1");
    // A cue says where a stage came from: an unspecified stage has none.
    CHECK_THROWS_AS(db.exec("UPDATE investments SET stage_cue = 'x' WHERE fact_id = 2"),
                    SQLite::Exception);
    CHECK_THROWS_AS(db.exec("UPDATE investments SET stage = 'rumoured' WHERE fact_id = 1"),
                    SQLite::Exception);
    CHECK(sql_rows(db,
                   "SELECT name || ':' || (SELECT group_concat(name, ',') FROM"
                   " pragma_index_info(il.name)) FROM pragma_index_list('investments') il"
                   " WHERE name NOT LIKE 'sqlite_%' ORDER BY name") ==
          "investments_investee:investee_id\ninvestments_pair:investor_id,investee_id\n");
    CHECK(sql_rows(db, "SELECT fact_id, stage FROM investments_v ORDER BY fact_id") ==
          "1|completed\n2|unspecified\n");
    CHECK(sql_int(db, "PRAGMA legacy_alter_table") == 0);
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
    // The cascade from facts still reaches the rebuilt table.
    db.exec("DELETE FROM facts WHERE id = 2");
    CHECK(sql_int(db, "SELECT count(*) FROM investments") == 1);
}

TEST_CASE("0012 adds site, locality, capacity and status to data centres, keeping every row",
          "[db]") {
    // Version 10 rows as that factdb loaded them: the seed's Indiana count and
    // a state named without a count, with a purpose row that must survive.
    TempDir dir;
    const std::string path = (dir / "v10.sqlite").string();
    create_at_version(path, 10);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'Amazon', 'amazon', 'gazetteer');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'datacenter', 'k1', 1, 's1', 1, 'Amazon data centres', 'asserted', 1, 1,"
            " '2026-01-01'),"
            " (2, 'datacenter', 'k2', 2, 's2', 2, 'Amazon data centres', 'planned', 1, 2,"
            " '2026-01-01');"
            "INSERT INTO datacenters (fact_id, operator_id, place_code, location_text,"
            " count_low, count_high, count_qualifier, count_text, previous_count_qualifier,"
            " investment_low, investment_qualifier, currency, investment_text) VALUES"
            " (1, 1, 'US-IN', 'en Indiana', 30, 30, 'exact', '30 centres', 'undisclosed',"
            " 11000000000, 'at_least', 'USD', 'au moins 11 milliards de dollars'),"
            " (2, 1, 'US-MS', 'le Mississippi', NULL, NULL, 'undisclosed', NULL, 'undisclosed',"
            " NULL, 'undisclosed', NULL, NULL);"
            "INSERT INTO datacenter_purposes (fact_id, position, purpose) VALUES (1, 1, 'IA')");
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - 10);
    CHECK(sql_rows(db,
                   "SELECT fact_id, place_code, coalesce(count_low, '-'), count_qualifier,"
                   " coalesce(investment_low, '-'), coalesce(site, 'NULL'),"
                   " coalesce(locality, 'NULL'), coalesce(locality_text, 'NULL'),"
                   " coalesce(capacity_mw_low, 'NULL'), coalesce(capacity_mw_high, 'NULL'),"
                   " capacity_qualifier, coalesce(capacity_text, 'NULL'), status,"
                   " coalesce(status_cue, 'NULL') FROM datacenters ORDER BY fact_id") ==
          "1|US-IN|30|exact|11000000000|NULL|NULL|NULL|NULL|NULL|undisclosed|NULL|unspecified|NULL\n"
          "2|US-MS|-|undisclosed|-|NULL|NULL|NULL|NULL|NULL|undisclosed|NULL|unspecified|NULL\n");
    CHECK(sql_int(db, "SELECT count(*) FROM datacenter_purposes") == 1);
    // The new values are accepted, with the range shape of every amount column.
    db.exec("UPDATE datacenters SET site = 'Colossus', locality = 'Memphis',"
            " locality_text = 'Memphis, Tennessee', capacity_mw_low = 150, capacity_mw_high = 150,"
            " capacity_qualifier = 'exact', capacity_text = '150 MW', status = 'operating',"
            " status_cue = 'operates' WHERE fact_id = 1");
    db.exec("UPDATE datacenters SET capacity_mw_low = 0.5, capacity_mw_high = NULL,"
            " capacity_qualifier = 'more_than', capacity_text = 'more than 500 kW',"
            " status = 'cancelled' WHERE fact_id = 2");
    const std::vector<std::string> refused = {
        "UPDATE datacenters SET capacity_mw_high = 200 WHERE fact_id = 1",   // exact: low = high
        "UPDATE datacenters SET capacity_mw_low = -1, capacity_mw_high = -1 WHERE fact_id = 1",
        "UPDATE datacenters SET capacity_mw_high = 1 WHERE fact_id = 2",     // more_than: no high
        "UPDATE datacenters SET capacity_qualifier = 'between', capacity_mw_high = 0.5"
        " WHERE fact_id = 2",                                                // between: low < high
        "UPDATE datacenters SET capacity_qualifier = 'roughly' WHERE fact_id = 1",
        "UPDATE datacenters SET capacity_text = NULL WHERE fact_id = 1",     // a value has its text
        "UPDATE datacenters SET status = 'rumoured' WHERE fact_id = 1",
        "UPDATE datacenters SET status = 'unspecified' WHERE fact_id = 1",   // a cue says a status
        "UPDATE datacenters SET locality = NULL WHERE fact_id = 1",          // text without locality
    };
    for (const auto& sql : refused) {
        INFO(sql);
        CHECK_THROWS_AS(db.exec(sql), SQLite::Exception);
    }
    CHECK(sql_rows(db,
                   "SELECT fact_id, place_name, site, locality, capacity_mw_low,"
                   " capacity_qualifier, status, status_cue FROM datacenters_v ORDER BY fact_id") ==
          "1|Indiana|Colossus|Memphis|150.0|exact|operating|operates\n"
          "2|Mississippi|||0.5|more_than|cancelled|\n");
    CHECK(sql_text(db, "SELECT description FROM schema_docs WHERE name = 'datacenters'")
              .find("capacity in MW") != std::string::npos);
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
    db.exec("DELETE FROM facts WHERE id = 2");
    CHECK(sql_int(db, "SELECT count(*) FROM datacenters") == 1);
}

TEST_CASE("0013 gives roles a tense, partnerships a name and spending period years, keeping "
          "every row",
          "[db]") {
    // Version 10 rows: a role, a partnership with its parties, a spending
    // with a period, a founding, in a document published 2025-03-01.
    TempDir dir;
    const std::string path = (dir / "v10.sqlite").string();
    create_at_version(path, 10);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO documents (id, title, language, published, text, text_sha256,"
            " input_sha256, source_file, first_loaded_at, loaded_at) VALUES"
            " ('d', 'T', 'en', '2025-03-01', 'A B C', printf('%064d', 1), printf('%064d', 2),"
            " 'f.json', '2026-01-01', '2026-01-01'),"
            " ('d2', 'T2', 'en', NULL, 'A B C', printf('%064d', 3), printf('%064d', 4),"
            " 'g.json', '2026-01-01', '2026-01-01');"
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer'), (2, 'organization', 'B', 'b',"
            " 'gazetteer'), (3, 'person', 'P', 'p', 'discovered');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'role', 'k1', 1, 's1', 1, 'P: CEO at A', 'asserted', 1, 1, '2026-01-01'),"
            " (2, 'partnership', 'k2', 2, 's2', 2, 'partnership of A and B', 'asserted', 1, 2,"
            " '2026-01-01'),"
            " (3, 'spending', 'k3', 3, 's3', 3, 'A spends', 'asserted', 1, 3, '2026-01-01'),"
            " (4, 'founding', 'k4', 4, 's4', 4, 'A founded', 'asserted', 2, 4, '2026-01-01');"
            "INSERT INTO evidence (id, fact_id, document_id, claim_id, start_char, end_char,"
            " quote, sentence_start_char, sentence_end_char, modality, modality_source) VALUES"
            " (1, 1, 'd', 'a', 0, 1, 'A', 0, 5, 'asserted', 'default'),"
            " (2, 2, 'd', 'b', 0, 1, 'A', 0, 5, 'asserted', 'default'),"
            " (3, 3, 'd2', 'c', 0, 1, 'A', 0, 5, 'asserted', 'default'),"
            " (4, 4, 'd', 'e', 0, 1, 'A', 0, 5, 'asserted', 'default'),"
            " (5, 4, 'd2', 'e', 0, 1, 'A', 0, 5, 'asserted', 'default');"
            "INSERT INTO roles (fact_id, person_id, organization_id, title) VALUES (1, 3, 1, 'CEO');"
            "INSERT INTO partnerships (fact_id, purpose) VALUES (2, 'build');"
            "INSERT INTO spending (fact_id, spender_id, amount_low, amount_high, amount_qualifier,"
            " currency, amount_text, purpose, period) VALUES"
            " (3, 1, 5, 5, 'exact', 'USD', '$5', 'chips', 'over four years');"
            "INSERT INTO foundings (fact_id, organization_id, year, founders_count_qualifier)"
            " VALUES (4, 1, 2021, 'undisclosed');"
            "INSERT INTO fact_entities (fact_id, role, position, entity_id) VALUES"
            " (1, 'person', 1, 3), (1, 'organization', 1, 1), (2, 'party', 1, 1),"
            " (2, 'party', 2, 2), (3, 'spender', 1, 1), (4, 'organization', 1, 1)");
        // The old CHECK refuses the new role.
        CHECK_THROWS_AS(db.exec("INSERT INTO fact_entities VALUES (2, 'venture', 1, 1)"),
                        SQLite::Exception);
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - 10);
    CHECK(sql_rows(db, "SELECT fact_id, person, title, organization, tense,"
                       " coalesce(tense_cue, 'NULL'), coalesce(start_year, 'NULL') FROM roles_v") ==
          "1|P|CEO|A|current|NULL|NULL\n");
    CHECK(sql_rows(db, "SELECT fact_id, parties, purpose, coalesce(name, 'NULL') FROM"
                       " partnerships_v") == "2|A, B|build|NULL\n");
    CHECK(sql_rows(db, "SELECT fact_id, role, position, entity_id FROM fact_entities"
                       " ORDER BY fact_id, role, position") ==
          "1|organization|1|1\n1|person|1|3\n2|party|1|1\n2|party|2|2\n3|spender|1|1\n"
          "4|organization|1|1\n");
    CHECK(sql_rows(db, "SELECT fact_id, period, coalesce(period_start, 'NULL'),"
                       " coalesce(period_end, 'NULL') FROM spending") ==
          "3|over four years|NULL|NULL\n");
    CHECK(sql_rows(db, "SELECT fact_id, type, coalesce(fact_date, '-'),"
                       " coalesce(first_published, '-'), coalesce(last_published, '-'),"
                       " coalesce(as_of, '-'), coalesce(as_of_source, '-') FROM fact_dates"
                       " ORDER BY fact_id") ==
          "1|role|-|2025-03-01|2025-03-01|2025-03-01|document\n"
          "2|partnership|-|2025-03-01|2025-03-01|2025-03-01|document\n"
          "3|spending|-|-|-|-|-\n"
          "4|founding|2021|2025-03-01|2025-03-01|2021|fact\n");
    // The new values and their CHECKs.
    db.exec("UPDATE roles SET tense = 'incoming', tense_cue = 'will be CEO', start_year = 2026");
    db.exec("INSERT INTO fact_entities VALUES (2, 'venture', 1, 3)");
    db.exec("UPDATE partnerships SET name_id = 3");
    db.exec("UPDATE spending SET period_start = 2025, period_end = 2028");
    CHECK_THROWS_AS(db.exec("UPDATE roles SET tense = 'retired'"), SQLite::Exception);
    CHECK_THROWS_AS(db.exec("UPDATE roles SET tense = 'current'"), SQLite::Exception);  // a cue
    CHECK_THROWS_AS(db.exec("UPDATE roles SET start_year = 1700"), SQLite::Exception);
    CHECK_THROWS_AS(db.exec("INSERT INTO fact_entities VALUES (2, 'owner', 1, 3)"),
                    SQLite::Exception);
    CHECK_THROWS_AS(db.exec("UPDATE spending SET period_end = 2024"), SQLite::Exception);
    CHECK_THROWS_AS(db.exec("UPDATE spending SET period_start = 1700"), SQLite::Exception);
    CHECK(sql_rows(db, "SELECT name FROM partnerships_v") == "P\n");
    CHECK(sql_rows(db,
                   "SELECT name || ':' || (SELECT group_concat(name, ',') FROM"
                   " pragma_index_info(il.name)) FROM pragma_index_list('fact_entities') il"
                   " WHERE name NOT LIKE 'sqlite_%' ORDER BY name") ==
          "fact_entities_entity:entity_id,role\n");
    CHECK(sql_int(db, "SELECT count(*) FROM schema_docs WHERE name = 'fact_dates'") == 1);
    CHECK(sql_int(db, "PRAGMA legacy_alter_table") == 0);
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
    // The cascade from facts still reaches the rebuilt table.
    db.exec("DELETE FROM evidence WHERE fact_id = 2");
    db.exec("DELETE FROM facts WHERE id = 2");
    CHECK(sql_int(db, "SELECT count(*) FROM fact_entities WHERE fact_id = 2") == 0);
    CHECK(sql_int(db, "SELECT count(*) FROM partnerships") == 0);
}

TEST_CASE("0014 stores every amount exactly in minor units, keeping every row", "[db]") {
    // Version 13 rows, as the loader before it writes them: whole units only, in
    // the three tables that hold money, in USD (cents), JPY (no minor unit)
    // and undisclosed.
    TempDir dir;
    const std::string path = (dir / "v13.sqlite").string();
    create_at_version(path, 13);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer'), (2, 'organization', 'B', 'b',"
            " 'gazetteer');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'investment', 'k1', 1, 's', 1, 'A invests in B', 'asserted', 1, 1, '2026-01-01'),"
            " (2, 'investment', 'k2', 2, 's', 1, 'A invests in B', 'asserted', 1, 2, '2026-01-01'),"
            " (3, 'investment', 'k3', 3, 's', 1, 'A invests in B', 'asserted', 1, 3, '2026-01-01'),"
            " (4, 'datacenter', 'k4', 4, 't', 2, 'A data centres', 'asserted', 1, 4, '2026-01-01'),"
            " (5, 'spending', 'k5', 5, 'u', 3, 'A spends', 'asserted', 1, 5, '2026-01-01');"
            "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
            " amount_qualifier, currency, amount_text, stage, stage_cue) VALUES"
            " (1, 1, 2, 5000000000, 5000000000, 'exact', 'USD', '$5bn', 'completed', NULL),"
            " (2, 1, 2, 3000000000, NULL, 'more_than', 'JPY', NULL, 'committed', 'pledged'),"
            " (3, 1, 2, NULL, NULL, 'undisclosed', NULL, NULL, 'unspecified', NULL);"
            "INSERT INTO datacenters (fact_id, operator_id, count_qualifier,"
            " previous_count_qualifier, investment_low, investment_high, investment_qualifier,"
            " currency, description, site, capacity_mw_low, capacity_mw_high,"
            " capacity_qualifier, capacity_text, status, status_cue) VALUES (4, 1,"
            " 'undisclosed', 'undisclosed', 2, 3, 'between', 'EUR', 'le plus grand', 'Colossus',"
            " 150, 150, 'exact', '150 MW', 'operating', 'operates');"
            "INSERT INTO spending (fact_id, spender_id, amount_low, amount_high,"
            " amount_qualifier, currency, purpose, period, period_start, period_end) VALUES"
            " (5, 1, NULL, 1000000000000000, 'at_most', 'USD', 'chips', 'FY2025', 2025, 2025)");
        CHECK(sql_int(db, "SELECT count(*) FROM currency_bounds") == 7);
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - 13);
    // The columns of 0012 (data-centre sites) and 0013 (spending periods)
    // survive the rebuild of their tables.
    CHECK(sql_rows(db, "SELECT site, capacity_mw_low, capacity_qualifier, status, status_cue"
                       " FROM datacenters") == "Colossus|150.0|exact|operating|operates\n");
    CHECK(sql_rows(db, "SELECT period, period_start, period_end FROM spending") ==
          "FY2025|2025|2025\n");
    CHECK(sql_rows(db, "SELECT period_start, period_end FROM spending_v") == "2025|2025\n");
    // Whole units unchanged; minor = whole * minor_per_unit of the currency.
    CHECK(sql_rows(db,
                   "SELECT fact_id, coalesce(amount_low, '-'), coalesce(amount_high, '-'),"
                   " coalesce(amount_low_minor, '-'), coalesce(amount_high_minor, '-'),"
                   " amount_qualifier, coalesce(currency, '-'), stage, coalesce(stage_cue, '-')"
                   " FROM investments ORDER BY fact_id") ==
          "1|5000000000|5000000000|500000000000|500000000000|exact|USD|completed|-\n"
          "2|3000000000|-|3000000000|-|more_than|JPY|committed|pledged\n"
          "3|-|-|-|-|undisclosed|-|unspecified|-\n");
    CHECK(sql_rows(db, "SELECT investment_low, investment_high, investment_low_minor,"
                       " investment_high_minor FROM datacenters") == "2|3|200|300\n");
    CHECK(sql_rows(db, "SELECT description, count_qualifier FROM datacenters_v") ==
          "le plus grand|undisclosed\n");
    CHECK_THROWS_AS(db.exec("UPDATE datacenters SET count_low = 5"), SQLite::Exception);
    CHECK(sql_rows(db, "SELECT coalesce(amount_low, '-'), amount_high, coalesce(amount_low_minor,"
                       " '-'), amount_high_minor FROM spending") ==
          "-|1000000000000000|-|100000000000000000\n");
    // The views: the exact decimal text beside the columns of before.
    CHECK(sql_rows(db, "SELECT fact_id, coalesce(amount_low_exact, '-'),"
                       " coalesce(amount_high_exact, '-') FROM investments_v ORDER BY fact_id") ==
          "1|5000000000|5000000000\n2|3000000000|-\n3|-|-\n");
    // A fraction of a unit: minor columns only, the whole ones NULL.
    db.exec("UPDATE spending SET amount_high = NULL, amount_high_minor = 499");
    CHECK(sql_rows(db, "SELECT amount_high_exact FROM spending_v") == "4.99\n");
    db.exec("UPDATE datacenters SET investment_low = NULL, investment_low_minor = 230");
    CHECK(sql_rows(db, "SELECT investment_low_exact, investment_high_exact FROM datacenters_v") ==
          "2.30|3\n");
    // The qualifier invariants now hold on the minor columns.
    CHECK_THROWS_AS(db.exec("UPDATE investments SET amount_high_minor = 500000000001"
                            " WHERE fact_id = 1"),
                    SQLite::Exception);
    CHECK_THROWS_AS(db.exec("UPDATE investments SET amount_low_minor = NULL WHERE fact_id = 2"),
                    SQLite::Exception);
    CHECK_THROWS_AS(db.exec("UPDATE datacenters SET investment_low_minor = 400"),
                    SQLite::Exception);
    // 0010's rules survive the rebuild.
    CHECK_THROWS_AS(db.exec("UPDATE investments SET stage_cue = 'x' WHERE fact_id = 3"),
                    SQLite::Exception);
    CHECK(sql_rows(db, "SELECT currency, max_units, minor_unit, minor_per_unit FROM"
                       " currency_bounds WHERE currency IN ('USD', 'JPY', 'KRW', 'CAD')"
                       " ORDER BY currency") ==
          "CAD|10000000000000000|2|100\nJPY|100000000000000000|0|1\n"
          "KRW|1000000000000000000|0|1\nUSD|1000000000000000|2|100\n");
    CHECK(sql_int(db, "SELECT count(*) FROM currency_bounds") == 17);
    CHECK(sql_rows(db,
                   "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN"
                   " ('investments', 'datacenters', 'spending') AND name NOT LIKE 'sqlite_%'"
                   " ORDER BY name") ==
          "datacenters_operator\ndatacenters_place\ninvestments_investee\ninvestments_pair\n"
          "spending_spender\n");
    CHECK(sql_int(db, "PRAGMA legacy_alter_table") == 0);
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
    db.exec("DELETE FROM facts WHERE id IN (3, 4, 5)");
    CHECK(sql_int(db, "SELECT count(*) FROM investments") == 2);
    CHECK(sql_int(db, "SELECT count(*) FROM datacenters") + sql_int(db, "SELECT count(*) FROM spending") == 0);
}

TEST_CASE("0015 rebuilds places with country, subdivision type and parent, keeping every row",
          "[db]") {
    // A version-14 database with two data centres, placed in a state and in
    // a country of the 0002 table.
    TempDir dir;
    const std::string path = (dir / "v14.sqlite").string();
    create_at_version(path, 14);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'datacenter', 'k1', 1, 't', 1, 'A data centres', 'asserted', 1, 1, '2026-01-01'),"
            " (2, 'datacenter', 'k2', 2, 't', 1, 'A data centres', 'asserted', 1, 2, '2026-01-01');"
            "INSERT INTO datacenters (fact_id, operator_id, place_code, location_text,"
            " count_qualifier, previous_count_qualifier, investment_qualifier, capacity_qualifier,"
            " status) VALUES"
            " (1, 1, 'US-TX', 'au Texas', 'undisclosed', 'undisclosed', 'undisclosed',"
            " 'undisclosed', 'operating'),"
            " (2, 1, 'FR', 'en France', 'undisclosed', 'undisclosed', 'undisclosed',"
            " 'undisclosed', 'planned')");
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    const int before = [&] {
        SQLite::Database old = db::open(path, db::Mode::read_write);
        return sql_int(old, "SELECT count(*) FROM places");
    }();
    CHECK(db::migrate(db) == db::latest_schema_version() - 14);
    CHECK(sql_int(db, "SELECT count(*) FROM places") == before);
    CHECK(sql_rows(db, "SELECT code, kind, name_fr, coalesce(postal, '-'), country_code,"
                       " coalesce(subdivision_type, '-'), coalesce(parent_code, '-') FROM places"
                       " WHERE code IN ('US-TX', 'US-DC', 'FR') ORDER BY code") ==
          "FR|country|France|-|FR|-|-\n"
          "US-DC|district|district de Columbia|DC|US|District|-\n"
          "US-TX|state|Texas|TX|US|State|-\n");
    CHECK(sql_rows(db, "SELECT d.fact_id, d.place_code, d.location_text, p.country_code"
                       " FROM datacenters d JOIN places p ON p.code = d.place_code"
                       " ORDER BY d.fact_id") ==
          "1|US-TX|au Texas|US\n"
          "2|FR|en France|FR\n");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check").empty());
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    // The widened code CHECK takes ISO 3166-2 codes of other countries.
    db.exec("INSERT INTO places (code, kind, name_en, name_fr, country_code, subdivision_type,"
            " parent_code) VALUES ('FR-91', 'subdivision', 'Essonne', 'Essonne', 'FR',"
            " 'Metropolitan department', 'FR-IDF')");
    CHECK(sql_int(db, "SELECT count(*) FROM places WHERE country_code = 'FR'") == 2);
}

TEST_CASE("key_hash is the first 64 bits of a key as a signed integer", "[db]") {
    CHECK(key_hash("0000000000000001" + std::string(48, 'f')) == 1);
    CHECK(key_hash("7fffffffffffffff") == INT64_MAX);
    CHECK(key_hash("8000000000000000") == INT64_MIN);
    CHECK(key_hash("ffffffffffffffff") == -1);
    CHECK(key_hash("d760d94533addaea") == -2927100866547819798);
    // A key that is not hex is a broken invariant of factdb: an internal error.
    for (const char* bad : {"d760d94533addae", "k", "d760d94533addaeg"}) {
        CAPTURE(bad);
        try {
            key_hash(bad);
            FAIL("key_hash accepted a key that is not 16 hex digits");
        } catch (const factdb::Error& e) {
            CHECK(e.kind() == factdb::ErrorKind::internal);
            CHECK(std::string(e.what()) == std::string("key_hash: not a hex key: ") + bad);
        }
    }
}

TEST_CASE("a migration that finds a row without its parent changes nothing", "[db]") {
    // Foreign keys are off while migrations run (0007 rebuilds facts); what
    // they would have refused is caught before the commit instead.
    TempDir dir;
    const std::string path = (dir / "orphan.sqlite").string();
    create_at_version(path, 6);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer');"
            "INSERT INTO fact_entities (fact_id, role, position, entity_id) VALUES"
            " (99, 'investor', 1, 1)");
    }
    const std::string before = read_file(path);
    SQLite::Database db = db::open(path, db::Mode::read_write);
    try {
        db::migrate(db);
        FAIL("migrate committed a database with an orphan row");
    } catch (const db::Error& e) {
        CHECK(e.failure() == db::Failure::storage);
        CHECK(std::string(e.what()) == path +
                                           ": schema migration found a row of fact_entities "
                                           "without its parent in facts; nothing was changed");
    }
    CHECK(db::schema_version(db) == 6);
    CHECK(sql_int(db, "PRAGMA foreign_keys") == 1);
    CHECK(read_file(path) == before);
}

TEST_CASE("migrate refuses to run inside a transaction", "[db]") {
    // PRAGMA foreign_keys is a no-op in a transaction: 0007's DROP TABLE
    // facts would cascade to every typed table.
    TempDir dir;
    const std::string path = (dir / "tx.sqlite").string();
    create_at_version(path, 6);
    SQLite::Database db = db::open(path, db::Mode::read_write);
    db.exec("BEGIN");
    CHECK_THROWS_WITH(db::migrate(db), "db::migrate called inside a transaction");
    db.exec("ROLLBACK");
    CHECK(db::schema_version(db) == 6);
}

namespace {

// A database as factdb before the application id made it: migrations
// 0001-0007, user_version 7, application_id 0.
void earlier_factdb(const std::string& path) {
    SQLite::Database db = db::open(path, db::Mode::read_write);
    db.exec("PRAGMA foreign_keys = OFF");
    for (const auto& file : embedded_migrations()) {
        if (std::string(file.name) >= "0008") break;
        db.exec(std::string(file.text));
    }
    db.exec("PRAGMA user_version = 7");
}

// What opening path for writing and migrating it throws ("" if nothing).
std::string migrate_error(const std::string& path, db::Foreign foreign = db::Foreign::refuse) {
    try {
        SQLite::Database db = db::open(path, db::Mode::read_write, foreign);
        db::migrate(db, foreign);
    } catch (const db::Error& e) {
        CHECK(e.failure() == db::Failure::storage);
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("factdb marks its databases with PRAGMA application_id, earlier ones on migrate",
          "[db][application_id]") {
    // Issue 11: factdb added its schema to any SQLite file without a word.
    CHECK(db::kApplicationId == 0x66616374);  // "fact"
    TempDir dir;
    const std::string fresh = (dir / "new.sqlite").string();
    {
        SQLite::Database db = db::open(fresh, db::Mode::read_write);
        db::migrate(db);
        CHECK(sql_int(db, "PRAGMA application_id") == 0x66616374);
    }
    const std::string earlier = (dir / "earlier.sqlite").string();
    earlier_factdb(earlier);
    SQLite::Database db = db::open(earlier, db::Mode::read_write);
    CHECK(sql_int(db, "PRAGMA application_id") == 0);
    CHECK(db::migrate(db) == db::latest_schema_version() - 7);
    CHECK(sql_int(db, "PRAGMA application_id") == 0x66616374);
    CHECK(db::schema_version(db) == db::latest_schema_version());

    // At the latest version but unmarked (e.g. adopted by hand): marked, no
    // migration applied.
    db.exec("PRAGMA application_id = 0");
    CHECK(db::migrate(db) == 0);
    CHECK(sql_int(db, "PRAGMA application_id") == 0x66616374);
}

TEST_CASE("another application's SQLite file is refused unless adopted", "[db][application_id]") {
    TempDir dir;
    const std::string other = (dir / "other.sqlite").string();
    {
        SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE notes (x); CREATE TABLE tags (y); CREATE TABLE links (z);"
                "CREATE TABLE users (u); PRAGMA user_version = 3");
    }
    const std::string before = file_sha256(other);
    CHECK(migrate_error(other) ==
          other + ": not a factdb database: it holds 4 table(s) (links, notes, tags, ...) but no "
                  "factdb schema; factdb adds its schema only to an empty file or its own (give "
                  "--adopt to add it to this file anyway)");
    CHECK(file_sha256(other) == before);

    // A file with another application's id is refused even with adopt.
    const std::string marked = (dir / "marked.sqlite").string();
    {
        SQLite::Database db(marked, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = 1196444487");  // GeoPackage, "GPKG"
    }
    const std::string expected = marked +
                                 ": belongs to another application (PRAGMA application_id "
                                 "0x47504b47, factdb's is 0x66616374); factdb will not add its "
                                 "schema to it";
    CHECK(migrate_error(marked) == expected);
    CHECK(migrate_error(marked, db::Foreign::adopt) == expected);
    {
        SQLite::Database db(marked, SQLite::OPEN_READONLY);
        try {
            db::require_current_schema(db, marked);
            FAIL("a read path accepted another application's file");
        } catch (const db::Error& e) {
            CHECK(std::string(e.what()) == marked +
                                               ": not a factdb database: it belongs to another "
                                               "application (PRAGMA application_id 0x47504b47)");
        }
    }

    // Adopted: the schema is added beside the other tables, and marked.
    CHECK(migrate_error(other, db::Foreign::adopt).empty());
    SQLite::Database db(other, SQLite::OPEN_READONLY);
    CHECK(sql_int(db, "PRAGMA application_id") == 0x66616374);
    CHECK(sql_int(db, "PRAGMA user_version") == db::latest_schema_version());
    CHECK(sql_int(db, "SELECT count(*) FROM notes") == 0);
}

namespace {

// The version of the migration whose file name holds `name` (the lead may
// renumber migrations at merge: the tests find theirs by name).
int migration_version(std::string_view name) {
    for (const auto& file : embedded_migrations())
        if (std::string_view(file.name).find(name) != std::string_view::npos)
            return std::stoi(std::string(file.name).substr(0, 4));
    throw std::runtime_error("no migration named " + std::string(name));
}

}  // namespace

TEST_CASE("0011 adds the cue's character range, earlier rows keep their cue, range NULL",
          "[db]") {
    // A database of the previous binary: one fact, three evidence rows (a cue
    // in the sentence, a given modality, none found).
    const int version = migration_version("_modality_cues.sql");
    TempDir dir;
    const std::string path = (dir / "v10.sqlite").string();
    create_at_version(path, version - 1);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO documents (id, title, language, text, text_sha256, input_sha256,"
            " source_file, first_loaded_at, loaded_at) VALUES ('d', 'T', 'en',"
            " 'Microsoft said it would invest $80bn. Meta invested.', printf('%064d', 1),"
            " printf('%064d', 2), 'f.json', '2026-01-01', '2026-01-01');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'quote', 'k', 1, 's', 1, 'S', 'planned', 1, 1, '2026-01-01');"
            "INSERT INTO evidence (id, fact_id, document_id, claim_id, start_char, end_char,"
            " quote, sentence_start_char, sentence_end_char, modality, modality_cue,"
            " modality_source) VALUES"
            " (1, 1, 'd', 'a', 24, 36, 'invest $80bn', 0, 37, 'planned', 'said it would',"
            " 'sentence'),"
            " (2, 1, 'd', 'b', 0, 9, 'Microsoft', 0, 37, 'reported', NULL, 'given'),"
            " (3, 1, 'd', 'c', 38, 52, 'Meta invested', 38, 52, 'asserted', NULL, 'default')");
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - (version - 1));
    CHECK(sql_rows(db,
                   "SELECT id, coalesce(modality_cue, '-'), coalesce(cue_start_char, 'NULL'),"
                   " coalesce(cue_end_char, 'NULL'), modality_source FROM evidence ORDER BY id") ==
          "1|said it would|NULL|NULL|sentence\n2|-|NULL|NULL|given\n3|-|NULL|NULL|default\n");
    // The view shows the range after the cue (and, since 0017, the
    // provenance columns last).
    CHECK(sql_rows(db, "SELECT group_concat(name, ',') FROM pragma_table_info('evidence_v')") ==
          "evidence_id,fact_id,type,summary,document_id,title,published,claim_id,start_char,"
          "end_char,quote,sentence,modality,modality_cue,cue_start_char,cue_end_char,"
          "modality_source,note,origin,rule,confidence\n");
    // The range of a cue lies in its sentence, both ends or neither, and
    // only with a cue.
    db.exec("UPDATE evidence SET cue_start_char = 10, cue_end_char = 23 WHERE id = 1");
    CHECK(sql_rows(db,
                   "SELECT substr(d.text, e.cue_start_char + 1, e.cue_end_char -"
                   " e.cue_start_char) FROM evidence e JOIN documents d ON d.id = e.document_id"
                   " WHERE e.id = 1") == "said it would\n");
    for (const char* bad :
         {"UPDATE evidence SET cue_end_char = NULL WHERE id = 1",
          "UPDATE evidence SET cue_start_char = 23, cue_end_char = 23 WHERE id = 1",
          "UPDATE evidence SET cue_end_char = 38 WHERE id = 1",
          "UPDATE evidence SET cue_start_char = 40, cue_end_char = 41 WHERE id = 1",
          "UPDATE evidence SET cue_start_char = 0, cue_end_char = 4 WHERE id = 2"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(db.exec(bad), SQLite::Exception);
    }
    CHECK(sql_rows(db, "SELECT description FROM schema_docs WHERE name = 'evidence'")
              .find("loaded before migration 0011") != std::string::npos);
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
    db.exec("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)");
}

TEST_CASE("0016 keeps every fact and fact_entities row and admits rounds and valuations",
          "[db][funding_round]") {
    TempDir dir;
    const std::string path = (dir / "v14.sqlite").string();
    create_at_version(path, 14);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer'), (2, 'organization', 'B', 'b',"
            " 'gazetteer'), (3, 'project', 'S', 's', 'gazetteer');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'investment', 'k1', 11, 's1', 21, 'A invests in B', 'asserted', 1, 1, '2026-01-01'),"
            " (2, 'partnership', 'k2', 12, 's2', 22, 'S: A and B', 'reported', 2, 2, '2026-01-02');"
            "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
            " amount_low_minor, amount_high_minor, amount_qualifier, currency, amount_text, stage)"
            " VALUES (1, 1, 2, 5, 5, 500, 500, 'exact', 'USD', '$5', 'completed');"
            "INSERT INTO partnerships (fact_id, purpose, name_id) VALUES (2, 'AI', 3);"
            "INSERT INTO fact_entities (fact_id, role, position, entity_id) VALUES"
            " (1, 'investor', 1, 1), (1, 'investee', 1, 2), (2, 'party', 1, 1),"
            " (2, 'party', 2, 2), (2, 'venture', 1, 3)");
        CHECK_THROWS_AS(db.exec("INSERT INTO facts (id, type, fact_key, fact_hash, subject_key,"
                                " subject_hash, summary, modality, documents, first_evidence_id,"
                                " first_loaded_at) VALUES (9, 'valuation', 'k9', 9, 's9', 9, 'x',"
                                " 'asserted', 1, 9, '2026-01-01')"),
                        SQLite::Exception);
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - 14);
    CHECK(sql_rows(db, "SELECT id, type, fact_hash, subject_hash, summary, modality, documents,"
                       " first_evidence_id, first_loaded_at FROM facts ORDER BY id") ==
          "1|investment|11|21|A invests in B|asserted|1|1|2026-01-01\n"
          "2|partnership|12|22|S: A and B|reported|2|2|2026-01-02\n");
    CHECK(sql_rows(db, "SELECT fact_id, role, position, entity_id FROM fact_entities"
                       " ORDER BY fact_id, role, position") ==
          "1|investee|1|2\n1|investor|1|1\n2|party|1|1\n2|party|2|2\n2|venture|1|3\n");
    CHECK(sql_rows(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN"
                       " ('facts_hash', 'facts_subject', 'facts_first_loaded',"
                       " 'fact_entities_entity') ORDER BY name") ==
          "fact_entities_entity\nfacts_first_loaded\nfacts_hash\nfacts_subject\n");
    CHECK(sql_rows(db, "SELECT investor, amount_low_exact FROM investments_v") == "A|5\n");
    CHECK(sql_rows(db, "SELECT count(*) FROM pragma_foreign_key_check") == "0\n");
    // The new type, role and typed row are admitted; a bad code is not.
    db.exec("INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (3, 'funding_round', 'k3', 13, 's3', 23, 'B raises', 'asserted', 1, 3, '2026-01-03');"
            "INSERT INTO fact_entities (fact_id, role, position, entity_id) VALUES"
            " (3, 'company', 1, 2), (3, 'lead_investor', 1, 1);"
            "INSERT INTO funding_rounds (fact_id, company_id, round, amount_qualifier,"
            " valuation_qualifier, valuation_basis) VALUES (3, 2, 'seed', 'undisclosed',"
            " 'undisclosed', 'unspecified')");
    CHECK_THROWS_AS(db.exec("UPDATE funding_rounds SET round = 'series_z'"), SQLite::Exception);
    CHECK_THROWS_AS(db.exec("UPDATE funding_rounds SET valuation_basis = 'market_cap'"),
                    SQLite::Exception);
}

TEST_CASE("0017 marks every existing evidence row curated and ties origin, rule and confidence",
          "[db][provenance]") {
    // A database of the previous binary: one fact, two evidence rows.
    const int version = migration_version("_provenance.sql");
    TempDir dir;
    const std::string path = (dir / "v16.sqlite").string();
    create_at_version(path, version - 1);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO documents (id, title, language, text, text_sha256, input_sha256,"
            " source_file, first_loaded_at, loaded_at) VALUES ('d', 'T', 'en',"
            " 'Meta invested. Meta invested again.', printf('%064d', 1),"
            " printf('%064d', 2), 'f.json', '2026-01-01', '2026-01-01');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'quote', 'k', 1, 's', 1, 'S', 'asserted', 1, 1, '2026-01-01');"
            "INSERT INTO evidence (id, fact_id, document_id, claim_id, start_char, end_char,"
            " quote, sentence_start_char, sentence_end_char, modality, modality_cue,"
            " modality_source) VALUES"
            " (1, 1, 'd', 'a', 0, 13, 'Meta invested', 0, 14, 'asserted', NULL, 'default'),"
            " (2, 1, 'd', 'b', 15, 28, 'Meta invested', 15, 35, 'asserted', NULL, 'default')");
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - (version - 1));
    CHECK(sql_rows(db, "SELECT id, quote, origin, coalesce(rule, 'NULL'),"
                       " coalesce(confidence, 'NULL') FROM evidence ORDER BY id") ==
          "1|Meta invested|curated|NULL|NULL\n2|Meta invested|curated|NULL|NULL\n");
    CHECK(sql_rows(db, "SELECT fact_id, origin, confidence, curated_evidence, drafted_evidence"
                       " FROM fact_confidence_v") == "1|curated|1.0|2|0\n");
    // The views keep every earlier column in its place, the new ones last.
    CHECK(sql_rows(db, "SELECT group_concat(name, ',') FROM pragma_table_info('evidence_v')") ==
          "evidence_id,fact_id,type,summary,document_id,title,published,claim_id,start_char,"
          "end_char,quote,sentence,modality,modality_cue,cue_start_char,cue_end_char,"
          "modality_source,note,origin,rule,confidence\n");
    CHECK(sql_rows(db, "SELECT group_concat(name, ',') FROM pragma_table_info('facts_v')") ==
          "fact_id,type,summary,modality,documents,evidence_count,quote,first_loaded_at,"
          "fact_key,subject_key,origin,confidence\n");
    // A drafted row has its rule and a confidence from 0 to 1; a curated row
    // has neither.  The fact's confidence is then still 1 (curated evidence).
    db.exec("UPDATE evidence SET origin = 'drafted', rule = 'en.quote.said', confidence = 0.25"
            " WHERE id = 2");
    CHECK(sql_rows(db, "SELECT origin, confidence, curated_evidence, drafted_evidence"
                       " FROM fact_confidence_v") == "curated|1.0|1|1\n");
    db.exec("UPDATE evidence SET origin = 'drafted', rule = 'en.quote.x', confidence = 0.5"
            " WHERE id = 1");
    CHECK(sql_rows(db, "SELECT origin, confidence FROM facts_v") == "drafted|0.5\n");
    for (const char* bad :
         {"UPDATE evidence SET origin = 'guessed' WHERE id = 1",
          "UPDATE evidence SET confidence = 1.5 WHERE id = 1",
          "UPDATE evidence SET confidence = -0.01 WHERE id = 1",
          "UPDATE evidence SET confidence = NULL WHERE id = 1",
          "UPDATE evidence SET rule = NULL WHERE id = 1",
          "UPDATE evidence SET rule = '' WHERE id = 1",
          "UPDATE evidence SET rule = 'En.Quote' WHERE id = 1",
          "UPDATE evidence SET rule = 'en quote' WHERE id = 1",
          "UPDATE evidence SET origin = 'curated' WHERE id = 1",
          "UPDATE evidence SET origin = 'curated', rule = NULL WHERE id = 1"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(db.exec(bad), SQLite::Exception);
    }
    db.exec("UPDATE evidence SET origin = 'curated', rule = NULL, confidence = NULL WHERE id = 1");
    CHECK(sql_rows(db, "SELECT description FROM schema_docs WHERE name = 'fact_confidence_v'")
              .find("1.0 when any evidence is curated") != std::string::npos);
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
    db.exec("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)");
}

TEST_CASE("0018 keeps every fact and fact_entities row and admits acquisitions and compute deals",
          "[db][acquisition]") {
    // A database of the previous schema (0016 rounds): an investment, a
    // funding round with its lead investor and a supply, as today's binary
    // leaves them.
    const int version = migration_version("_deals.sql");
    TempDir dir;
    const std::string path = (dir / "v16.sqlite").string();
    create_at_version(path, version - 1);
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'A', 'a', 'gazetteer'), (2, 'organization', 'B', 'b',"
            " 'gazetteer'), (3, 'chip', 'H100', 'h100', 'gazetteer');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'investment', 'k1', 11, 's1', 21, 'A invests in B', 'asserted', 1, 1, '2026-01-01'),"
            " (2, 'funding_round', 'k2', 12, 's2', 22, 'B raises', 'reported', 2, 2, '2026-01-02'),"
            " (3, 'supply', 'k3', 13, 's3', 23, 'A supplies chips to B', 'asserted', 1, 3, '2026-01-03');"
            "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
            " amount_low_minor, amount_high_minor, amount_qualifier, currency, amount_text, stage)"
            " VALUES (1, 1, 2, 5, 5, 500, 500, 'exact', 'USD', '$5', 'completed');"
            "INSERT INTO funding_rounds (fact_id, company_id, round, amount_qualifier,"
            " valuation_qualifier, valuation_basis) VALUES (2, 2, 'seed', 'undisclosed',"
            " 'undisclosed', 'unspecified');"
            "INSERT INTO supplies (fact_id, provider_id, recipient_id, item, item_text, subject_id)"
            " VALUES (3, 1, 2, 'chips', 'chips', 3);"
            "INSERT INTO fact_entities (fact_id, role, position, entity_id) VALUES"
            " (1, 'investor', 1, 1), (1, 'investee', 1, 2), (2, 'company', 1, 2),"
            " (2, 'lead_investor', 1, 1), (3, 'provider', 1, 1), (3, 'recipient', 1, 2),"
            " (3, 'subject', 1, 3)");
        CHECK_THROWS_AS(db.exec("INSERT INTO facts (id, type, fact_key, fact_hash, subject_key,"
                                " subject_hash, summary, modality, documents, first_evidence_id,"
                                " first_loaded_at) VALUES (9, 'acquisition', 'k9', 9, 's9', 9, 'x',"
                                " 'asserted', 1, 9, '2026-01-01')"),
                        SQLite::Exception);
    }
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - (version - 1));
    CHECK(sql_rows(db, "SELECT id, type, fact_key, fact_hash, subject_key, subject_hash, summary,"
                       " modality, documents, first_evidence_id, first_loaded_at FROM facts"
                       " ORDER BY id") ==
          "1|investment|k1|11|s1|21|A invests in B|asserted|1|1|2026-01-01\n"
          "2|funding_round|k2|12|s2|22|B raises|reported|2|2|2026-01-02\n"
          "3|supply|k3|13|s3|23|A supplies chips to B|asserted|1|3|2026-01-03\n");
    CHECK(sql_rows(db, "SELECT fact_id, role, position, entity_id FROM fact_entities"
                       " ORDER BY fact_id, role, position") ==
          "1|investee|1|2\n1|investor|1|1\n2|company|1|2\n2|lead_investor|1|1\n"
          "3|provider|1|1\n3|recipient|1|2\n3|subject|1|3\n");
    CHECK(sql_rows(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN"
                       " ('facts_hash', 'facts_subject', 'facts_first_loaded',"
                       " 'fact_entities_entity', 'acquisitions_acquirer', 'acquisitions_target',"
                       " 'compute_deals_provider', 'compute_deals_recipient') ORDER BY name") ==
          "acquisitions_acquirer\nacquisitions_target\ncompute_deals_provider\n"
          "compute_deals_recipient\nfact_entities_entity\nfacts_first_loaded\nfacts_hash\n"
          "facts_subject\n");
    CHECK(sql_rows(db, "SELECT investor, amount_low_exact FROM investments_v") == "A|5\n");
    CHECK(sql_rows(db, "SELECT provider, recipient, item FROM supplies_v") == "A|B|chips\n");
    CHECK(sql_int(db, "PRAGMA legacy_alter_table") == 0);
    CHECK(sql_rows(db, "SELECT count(*) FROM pragma_foreign_key_check") == "0\n");
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    // Every table and view of the new migration is described.
    CHECK(sql_int(db, "SELECT count(*) FROM schema_docs WHERE name IN ('acquisitions',"
                      " 'compute_deals', 'acquisitions_v', 'compute_deals_v')") == 4);
    // The old CHECKs still hold on the rebuilt tables...
    CHECK_THROWS_AS(db.exec("UPDATE facts SET documents = 0 WHERE id = 1"), SQLite::Exception);
    CHECK_THROWS_AS(db.exec("UPDATE fact_entities SET role = 'owner' WHERE fact_id = 1"),
                    SQLite::Exception);
    // ...and the new types, roles and typed rows are admitted.
    db.exec("INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (4, 'acquisition', 'k4', 14, 's4', 24, 'A acquires B', 'asserted', 1, 4, '2026-01-04'),"
            " (5, 'compute_deal', 'k5', 15, 's5', 25, 'A deal with B', 'asserted', 1, 5, '2026-01-05');"
            "INSERT INTO fact_entities (fact_id, role, position, entity_id) VALUES"
            " (4, 'acquirer', 1, 1), (4, 'target', 1, 2), (4, 'seller', 1, 3),"
            " (5, 'provider', 1, 1), (5, 'recipient', 1, 2), (5, 'chip', 1, 3);"
            "INSERT INTO acquisitions (fact_id, acquirer_id, target_id, amount_qualifier,"
            " share_low, share_high, share_qualifier, status) VALUES (4, 1, 2, 'undisclosed',"
            " 100, 100, 'exact', 'completed');"
            "INSERT INTO compute_deals (fact_id, provider_id, recipient_id, chip_id,"
            " quantity_low, quantity_high, quantity_qualifier, value_qualifier, duration_months,"
            " duration_text, power_qualifier) VALUES (5, 1, 2, 3, 100000, 100000, 'exact',"
            " 'undisclosed', 60, 'five-year', 'undisclosed')");
    CHECK(sql_rows(db, "SELECT acquirer, target, share_low, status FROM acquisitions_v") ==
          "A|B|100.0|completed\n");
    CHECK(sql_rows(db, "SELECT provider, chip, quantity_low, duration_months FROM compute_deals_v") ==
          "A|H100|100000|60\n");
    const auto refused = [&](const std::string& sql) {
        try {
            db.exec(sql);
        } catch (const SQLite::Exception& e) {
            return std::string(e.what()).find("CHECK constraint failed") != std::string::npos;
        }
        return false;
    };
    CHECK(refused("UPDATE acquisitions SET status = 'rumoured'"));
    CHECK(refused("UPDATE acquisitions SET share_low = 49"));  // exact: low = high
    CHECK(refused("UPDATE acquisitions SET share_text = NULL, share_low = 49, share_high = 49"));
    CHECK(refused("UPDATE acquisitions SET share_qualifier = 'roughly'"));
    CHECK(refused("UPDATE acquisitions SET completed_on = 'Q4 2024'"));
    CHECK(refused("UPDATE acquisitions SET amount_qualifier = 'exact'"));  // no amount
    CHECK(refused("UPDATE compute_deals SET duration_months = 0"));
    CHECK(refused("UPDATE compute_deals SET duration_text = NULL"));
    CHECK(refused("UPDATE compute_deals SET quantity_low = 200000"));
    CHECK(refused("UPDATE compute_deals SET power_mw_low = 5, power_qualifier = 'at_most'"));
    CHECK(refused("UPDATE compute_deals SET item = 'gpus', item_text = 'gpus'"));
    CHECK(refused("UPDATE compute_deals SET item = 'chips'"));  // no item_text
}

TEST_CASE("0019 adds the round and valuation views to a version-18 database, rows unchanged",
          "[db][funding_round]") {
    // A version-16 database (the one before the views, whatever number the
    // views' migration takes) with a round stating a valuation, a dated
    // valuation and an undated one, each with its evidence in a dated
    // document.
    const int version = migration_version("_round_views.sql");
    TempDir dir;
    const std::string path = (dir / "v16.sqlite").string();
    create_at_version(path, version - 1);
    const std::string facts_before = [&] {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db.exec(
            "INSERT INTO entities (id, kind, name, name_key, origin) VALUES"
            " (1, 'organization', 'Mistral AI', 'mistral ai', 'gazetteer'),"
            " (2, 'organization', 'Nvidia', 'nvidia', 'gazetteer'),"
            " (3, 'organization', 'General Catalyst', 'general catalyst', 'gazetteer');"
            "INSERT INTO documents (id, title, language, published, text, text_sha256,"
            " input_sha256, source_file, first_loaded_at, loaded_at) VALUES"
            " ('d', 'T', 'fr', '2024-06-11', 'Mistral AI a levé 600 M€.', printf('%064d', 1),"
            " printf('%064d', 2), 'f.json', '2026-01-01', '2026-01-01');"
            "INSERT INTO facts (id, type, fact_key, fact_hash, subject_key, subject_hash,"
            " summary, modality, documents, first_evidence_id, first_loaded_at) VALUES"
            " (1, 'funding_round', 'k1', 11, 's1', 21, 'R', 'asserted', 1, 1, '2026-01-01'),"
            " (2, 'valuation', 'k2', 12, 's2', 22, 'V', 'asserted', 1, 2, '2026-01-01'),"
            " (3, 'valuation', 'k3', 13, 's3', 23, 'W', 'reported', 1, 3, '2026-01-01');"
            "INSERT INTO evidence (id, fact_id, document_id, claim_id, start_char, end_char,"
            " quote, sentence_start_char, sentence_end_char, modality, modality_source) VALUES"
            " (1, 1, 'd', 'a', 0, 10, 'Mistral AI', 0, 25, 'asserted', 'default'),"
            " (2, 2, 'd', 'b', 0, 10, 'Mistral AI', 0, 25, 'asserted', 'default'),"
            " (3, 3, 'd', 'c', 0, 10, 'Mistral AI', 0, 25, 'reported', 'given');"
            "INSERT INTO fact_entities (fact_id, role, position, entity_id) VALUES"
            " (1, 'company', 1, 1), (1, 'lead_investor', 1, 3), (1, 'participant', 1, 2),"
            " (2, 'company', 1, 1), (3, 'company', 1, 2);"
            "INSERT INTO funding_rounds (fact_id, company_id, round, amount_low, amount_high,"
            " amount_low_minor, amount_high_minor, amount_qualifier, currency, amount_text,"
            " valuation_low, valuation_high, valuation_low_minor, valuation_high_minor,"
            " valuation_qualifier, valuation_currency, valuation_text, valuation_basis) VALUES"
            " (1, 1, 'series_b', 600000000, 600000000, 60000000000, 60000000000, 'exact', 'EUR',"
            " '600 M€', NULL, NULL, 580000000099, 580000000099, 'exact', 'EUR', 'x',"
            " 'post_money');"
            "INSERT INTO valuations (fact_id, company_id, amount_low, amount_high,"
            " amount_low_minor, amount_high_minor, amount_qualifier, currency, amount_text,"
            " basis, as_of) VALUES"
            " (2, 1, 5200000000, 5200000000, 520000000000, 520000000000, 'exact', 'EUR', 'y',"
            " 'pre_money', NULL),"
            " (3, 2, 3500000000000, NULL, 350000000000000, NULL, 'more_than', 'USD', 'z',"
            " 'market_cap', '2024-06')");
        return sql_rows(db, "SELECT * FROM facts ORDER BY id") +
               sql_rows(db, "SELECT * FROM funding_rounds") +
               sql_rows(db, "SELECT * FROM valuations ORDER BY fact_id") +
               sql_rows(db, "SELECT * FROM fact_entities ORDER BY fact_id, role, position");
    }();
    SQLite::Database db = db::open(path, db::Mode::read_write);
    CHECK(db::migrate(db) == db::latest_schema_version() - (version - 1));
    // Views only: every row as it was.
    CHECK(sql_rows(db, "SELECT * FROM facts ORDER BY id") +
              sql_rows(db, "SELECT * FROM funding_rounds") +
              sql_rows(db, "SELECT * FROM valuations ORDER BY fact_id") +
              sql_rows(db, "SELECT * FROM fact_entities ORDER BY fact_id, role, position") ==
          facts_before);
    // A fraction of a euro is exact text (the whole columns are NULL).
    CHECK(sql_rows(db, "SELECT fact_id, company, round, amount_low_exact, lead_investors,"
                       " participants, valuation_low, valuation_low_exact, valuation_basis, as_of,"
                       " as_of_source, modality, documents, quote FROM funding_rounds_v") ==
          "1|Mistral AI|series_b|600000000|General Catalyst|Nvidia||5800000000.99|post_money|"
          "2024-06-11|document|asserted|1|Mistral AI\n");
    CHECK(sql_rows(db, "SELECT fact_id, source, company, amount_low_exact, amount_qualifier,"
                       " currency, basis, coalesce(round, '-'), as_of, as_of_source, modality"
                       " FROM valuations_v ORDER BY fact_id") ==
          "1|funding_round|Mistral AI|5800000000.99|exact|EUR|post_money|series_b|2024-06-11|"
          "document|asserted\n"
          "2|valuation|Mistral AI|5200000000|exact|EUR|pre_money|-|2024-06-11|document|asserted\n"
          "3|valuation|Nvidia|3500000000000|more_than|USD|market_cap|-|2024-06|fact|reported\n");
    CHECK(sql_rows(db, "SELECT name FROM schema_docs WHERE name IN ('funding_rounds_v',"
                       " 'valuations_v') ORDER BY name") == "funding_rounds_v\nvaluations_v\n");
    // fact_dates agrees: a valuation's own as_of is its fact date.
    CHECK(sql_rows(db, "SELECT fact_id, coalesce(fact_date, '-'), as_of, as_of_source"
                       " FROM fact_dates ORDER BY fact_id") ==
          "1|-|2024-06-11|document\n2|-|2024-06-11|document\n3|2024-06|2024-06|fact\n");
    CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(sql_rows(db, "PRAGMA foreign_key_check") == "");
}
