// Schema migrations: applied in order once, re-running is a no-op, a newer
// database is refused, and the schema holds its CHECK constraints.
#include <catch2/catch.hpp>

#include "db/database.h"
#include "db/embedded.h"
#include "loader/errors.h"
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
    } catch (const StorageError& e) {
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
        "INSERT INTO facts (id, type, fact_key, subject_key, summary, modality, first_loaded_at)"
        " VALUES (1, 'investment', 'k', 's', 'x', 'asserted', '2026-01-01T00:00:00Z')");
    const std::string insert =
        "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
        " amount_qualifier, currency, stage) VALUES (1, 1, 1, ";
    struct Case {
        const char* values;
        bool accepted;
    };
    const Case cases[] = {
        {"10, 10, 'exact', 'USD', 'completed')", true},
        {"10, 11, 'exact', 'USD', 'completed')", false},
        {"10, NULL, 'at_least', 'USD', 'completed')", true},
        {"10, 10, 'at_least', 'USD', 'completed')", false},
        {"NULL, 10, 'less_than', 'USD', 'completed')", true},
        {"10, 20, 'between', 'USD', 'completed')", true},
        {"20, 10, 'between', 'USD', 'completed')", false},
        {"NULL, NULL, 'undisclosed', NULL, 'completed')", true},
        {"10, 10, 'exact', NULL, 'completed')", false},
        {"10, 10, 'exact', 'usd', 'completed')", false},
        {"10, 10, 'roughly', 'USD', 'completed')", false},
        {"10, 10, 'exact', 'USD', 'rumoured')", false},
        {"-1, -1, 'exact', 'USD', 'completed')", false},
        {"'ten', 'ten', 'exact', 'USD', 'completed')", false},
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
