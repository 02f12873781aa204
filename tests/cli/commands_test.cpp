// The factdb binary's command line: help texts, usage errors, the database
// path rules, and the exit codes (0 ok, 1 partial, 2 bad input, 3 storage).
#include <catch2/catch.hpp>

#include "cli/command.h"
#include "db/database.h"
#include "support/fixtures.h"

using namespace factdb::testing;

TEST_CASE("factdb --help lists every command of the commands table, CMD --help explains it",
          "[cli]") {
    const RunResult help = run_factdb({"--help"});
    CHECK(help.exit_code == 0);
    // Every command of the table, in its order, with its summary, and no
    // other: the block between "Commands:" and the blank line after it.
    // Names are padded to 10 columns; a longer name must still be followed
    // by a space, or it would run into its summary.
    std::string expected = "\nCommands:\n";
    for (const auto& c : factdb::cli::commands()) {
        REQUIRE_FALSE(c.name.empty());
        REQUIRE_FALSE(c.summary.empty());
        const std::string name(c.name);
        expected += "  " + name + std::string(name.size() < 10 ? 10 - name.size() : 1, ' ') +
                    std::string(c.summary) + "\n";
    }
    expected += "\nOptions:\n";
    REQUIRE_FALSE(factdb::cli::commands().empty());
    {
        INFO("factdb --help printed:\n" << help.out);
        CHECK(help.out.find(expected) != std::string::npos);
    }
    for (const auto& c : factdb::cli::commands()) {
        INFO("factdb " << c.name << " --help");
        const RunResult own = run_factdb({std::string(c.name), "--help"});
        CHECK(own.exit_code == 0);
        CHECK(own.out == c.help);
    }
    const RunResult load_help = run_factdb({"load", "--help"});
    CHECK(load_help.exit_code == 0);
    CHECK(load_help.out.rfind(
              "Usage: factdb [--db PATH] load [--keep-going] [--force] [--adopt] [--strict] "
              "FILE|DIR...\n",
              0) == 0);
    CHECK(run_factdb({"help", "init"}).out.rfind("Usage: factdb [--db PATH] init [--adopt]\n", 0) ==
          0);
    CHECK(run_factdb({"--version"}).out == "factdb " FACTDB_VERSION "\n");
}

TEST_CASE("usage errors exit 2 with one line", "[cli]") {
    const RunResult none = run_factdb({});
    CHECK(none.exit_code == 2);
    const RunResult unknown = run_factdb({"frobnicate"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "factdb: unknown command 'frobnicate' (see 'factdb --help')\n");
    const RunResult no_files = run_factdb({"load"});
    CHECK(no_files.exit_code == 2);
    CHECK(no_files.err == "factdb: load needs at least one FILE or DIR (see 'factdb load --help')\n");
    const RunResult bad_option = run_factdb({"load", "--fast", "x.json"});
    CHECK(bad_option.exit_code == 2);
    CHECK(bad_option.err == "factdb: unknown option --fast (see 'factdb load --help')\n");
    const RunResult no_value = run_factdb({"init", "--db"});
    CHECK(no_value.exit_code == 2);
    CHECK(no_value.err == "factdb: --db needs a value (see 'factdb --help')\n");
}

TEST_CASE("init creates the database, then is a no-op, --db beats $FACTDB_DB", "[cli]") {
    TempDir dir;
    const std::string path = (dir / "a.sqlite").string();
    const std::string latest = std::to_string(factdb::db::latest_schema_version());
    const RunResult first = run_factdb({"init"}, "", {"FACTDB_DB=" + path});
    CHECK(first.exit_code == 0);
    CHECK(first.out ==
          path + ": applied " + latest + " migration(s), schema version 0 -> " + latest + "\n");
    const RunResult second =
        run_factdb({"--db", path, "init"}, "", {"FACTDB_DB=" + (dir / "other.sqlite").string()});
    CHECK(second.out == path + ": schema is up to date (version " + latest + ")\n");
    CHECK_FALSE(fs::exists(dir / "other.sqlite"));
}

TEST_CASE("init and load refuse another application's file, exit 3, unless --adopt",
          "[cli][application_id]") {
    // Issue 11: factdb added its schema to another application's SQLite
    // file without a word.
    TempDir dir;
    const std::string path = (dir / "app.sqlite").string();
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE notes (x); INSERT INTO notes VALUES (1)");
    }
    const std::string before = file_sha256(path);
    const std::string refusal = "factdb: " + path +
                                ": not a factdb database: it holds 1 table(s) (notes) but no "
                                "factdb schema; factdb adds its schema only to an empty file or "
                                "its own (give --adopt to add it to this file anyway)\n";
    const RunResult init = run_factdb({"--db", path, "init"});
    CHECK(init.exit_code == 3);
    CHECK(init.err == refusal);
    CHECK(init.out.empty());
    const RunResult load =
        run_factdb({"--db", path, "load", (source_dir() / "seeds").string()});
    CHECK(load.exit_code == 3);
    CHECK(load.err == refusal);
    CHECK(file_sha256(path) == before);

    const std::string latest = std::to_string(factdb::db::latest_schema_version());
    const RunResult adopted = run_factdb({"--db", path, "init", "--adopt"});
    CHECK(adopted.exit_code == 0);
    CHECK(adopted.out ==
          path + ": applied " + latest + " migration(s), schema version 0 -> " + latest + "\n");
    // Marked as factdb's: from now on an ordinary factdb database.
    const RunResult again = run_factdb({"--db", path, "load", (source_dir() / "seeds").string()},
                                       "", {"FACTDB_NOW=2026-11-28T12:00:00Z"});
    CHECK(again.exit_code == 0);
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(sql_int(db, "PRAGMA application_id") == 0x66616374);
    CHECK(sql_int(db, "SELECT count(*) FROM notes") == 1);
}

TEST_CASE("a database that cannot be opened exits 3", "[cli]") {
    const RunResult r = run_factdb({"--db", "/nonexistent-dir/x.sqlite", "init"});
    CHECK(r.exit_code == 3);
    CHECK(
        r.err ==
        "factdb: /nonexistent-dir/x.sqlite: cannot open database: unable to open database file\n");
    TempDir dir;
    dir.write("plain.sqlite", "");
    const RunResult not_ours = run_factdb({"--db", (dir / "plain.sqlite").string(), "summary"});
    CHECK(not_ours.exit_code == 3);
    CHECK(not_ours.err == "factdb: " + (dir / "plain.sqlite").string() +
                              ": not a factdb database (run 'factdb init')\n");
}

TEST_CASE("a failed load prints every problem, exits 2 and changes nothing", "[cli]") {
    TempDir dir;
    const std::string db = (dir / "t.sqlite").string();
    REQUIRE(run_factdb({"--db", db, "init"}).exit_code == 0);
    const std::string before = file_sha256(db);
    const auto file =
        dir.write("bad.json", R"({"format": "factdb.claims/2", "document": {}, "claims": []})");
    const RunResult r = run_factdb({"--db", db, "load", file.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          file.string() +
              ": format: unsupported format, expected \"factdb.claims/1\" (factdb.claims/2)\n"
              "factdb: load failed with 1 problem; the database was not changed\n");
    CHECK(file_sha256(db) == before);
}

TEST_CASE("load --keep-going exits 1 and names the skipped documents", "[cli]") {
    TempDir dir;
    const std::string db = (dir / "t.sqlite").string();
    const std::string good =
        R"({"format": "factdb.claims/1", "document": {"id": "g", "title": "G", "language": "en", "text": "Acme hired Jane Doe as CEO."},)"
        R"( "claims": [{"id": "c1", "type": "role", "evidence": "Acme hired Jane Doe as CEO", "person": "Jane Doe", "organization": "Acme", "title": "CEO"}]})";
    const std::string bad =
        R"({"format": "factdb.claims/1", "document": {"id": "b", "title": "B", "language": "xx", "text": "t"}, "claims": []})";
    const auto file = dir.write("mixed.jsonl", good + "\n" + bad + "\n");
    const RunResult r = run_factdb({"--db", db, "load", "--keep-going", file.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err == file.string() +
                       ":2: document.language: must be \"fr\" or \"en\" (xx)\n"
                       "factdb: 1 document skipped because of the problems above\n");
    CHECK(r.out ==
          "loaded 1 document from 1 file (run 1): 1 new, 0 replaced, 0 unchanged, 1 skipped\n"
          "facts: 1 added, 0 removed, 0 unchanged (1 new to the database, 0 deleted)\n"
          "entities: 0 from gazetteers, 2 new: Jane Doe (person), Acme (organization)\n"
          "warnings: 0\n");
}

TEST_CASE("load names the first 10 new entities and the first 20 warnings, then counts the rest",
          "[cli]") {
    // 35 claims of people joining Acme: the first 13 name 13 new people (14
    // new entities with Acme); the last 22 name Acme as the person, which
    // warns (a known organization where a person is expected).
    TempDir dir;
    const std::string db = (dir / "t.sqlite").string();
    std::string text, claims;
    for (int i = 1; i <= 35; ++i) {
        const std::string n = (i < 10 ? "0" : "") + std::to_string(i);
        const std::string sentence = "Person " + n + " joined Acme as CEO.";
        text += (text.empty() ? "" : " ") + sentence;
        claims += std::string(claims.empty() ? "" : ", ") + R"({"id": "c)" + n +
                  R"(", "type": "role", "evidence": ")" + sentence.substr(0, sentence.size() - 1) +
                  R"(", "person": ")" + (i <= 13 ? "Person " + n : std::string("Acme")) +
                  R"(", "organization": "Acme", "title": "CEO )" + n + R"("})";
    }
    const auto file = dir.write(
        "many.json", R"({"format": "factdb.claims/1", "document": {"id": "m", "title": "M",)"
                     R"( "language": "en", "text": ")" +
                         text + R"("}, "claims": [)" + claims + "]}");
    const RunResult r = run_factdb({"--db", db, "load", file.string()});
    CHECK(r.exit_code == 0);
    std::string warnings;
    for (int i = 14; i <= 33; ++i) {
        warnings += "  " + file.string() + ": claim c" + (i < 10 ? "0" : "") + std::to_string(i) +
                    ": person: 'Acme' is a known organization (Acme), not a person\n";
    }
    CHECK(r.out ==
          "loaded 1 document from 1 file (run 1): 1 new, 0 replaced, 0 unchanged\n"
          "facts: 35 added, 0 removed, 0 unchanged (35 new to the database, 0 deleted)\n"
          "entities: 0 from gazetteers, 14 new: Person 01 (person), Acme (organization), "
          "Person 02 (person), Person 03 (person), Person 04 (person), Person 05 (person), "
          "Person 06 (person), Person 07 (person), Person 08 (person), Person 09 (person), "
          "... and 4 more\n"
          "warnings: 22\n" +
              warnings + "  ... and 2 more warnings\n");
}

TEST_CASE("a refused load on a new path leaves no database file, one on a file leaves it as it was",
          "[cli]") {
    TempDir dir;
    const auto bad = dir.write(
        "bad.json", R"({"format": "factdb.claims/1", "document": {"id": "d", "title": "T",)"
                    R"( "language": "en", "text": "Acme hired Jane Doe as CEO."}, "claims": [)"
                    R"({"id": "c1", "type": "role", "evidence": "Acme hired Jane Doe as CEO",)"
                    R"( "person": "---", "organization": "Acme", "title": "CEO"}]})");
    const std::string refused = bad.string() +
                                ": claim c1: person: a name needs at least one letter or digit "
                                "(---)\nfactdb: load failed with 1 problem; the database was not "
                                "changed\n";
    // A new path: before, the file was created (and migrated) all the same.
    const fs::path fresh = dir / "new.sqlite";
    RunResult r = run_factdb({"--db", fresh.string(), "load", bad.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err == refused);
    CHECK(r.out.empty());
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        CHECK_FALSE(fs::exists(fs::symlink_status(fresh.string() + suffix)));
    // A file that existed before is never removed: an empty one (a new
    // database to SQLite), and a seeded one, which stays byte for byte.
    const auto empty = dir.write("empty.sqlite", "");
    r = run_factdb({"--db", empty.string(), "load", bad.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err == refused);
    CHECK(fs::exists(empty));
    const fs::path seeded = seed_database(dir);
    const std::string before = file_sha256(seeded);
    r = run_factdb({"--db", seeded.string(), "load", bad.string()});
    CHECK(r.exit_code == 2);
    CHECK(file_sha256(seeded) == before);
    // A load that goes in keeps its new file.
    const auto good = dir.write("good.json", read_file(bad).replace(read_file(bad).find("---"), 3,
                                                                    "Jane Doe"));
    r = run_factdb({"--db", fresh.string(), "load", good.string()});
    CHECK(r.exit_code == 0);
    CHECK(fs::exists(fresh));
}

TEST_CASE("load refuses --db :memory:, which would report a load and keep nothing", "[cli]") {
    TempDir dir;
    const auto file = dir.write(
        "one.json", R"({"format": "factdb.claims/1", "document": {"id": "d", "title": "T",)"
                    R"( "language": "en", "text": "Acme hired Jane Doe as CEO."}, "claims": []})");
    const RunResult r = run_factdb({"--db", ":memory:", "load", file.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "factdb: load needs a database file: --db :memory: would keep nothing (see 'factdb load "
          "--help')\n");
    CHECK_FALSE(fs::exists(":memory:"));
}

TEST_CASE("a symbolic link loop in a folder given to load is a located error, exit 2", "[cli]") {
    TempDir dir;
    const fs::path seeded = seed_database(dir);
    const std::string before = file_sha256(seeded);
    const fs::path claims = dir / "claims";
    fs::create_directory(claims);
    fs::create_symlink("loop.json", claims / "loop.json");
    for (const char* keep_going : {"--", "--keep-going"}) {
        INFO(keep_going);
        const RunResult r =
            run_factdb({"--db", seeded.string(), "load", keep_going, claims.string()});
        CHECK(r.exit_code == 2);
        CHECK(r.err == (claims / "loop.json").string() +
                           ": cannot read: Too many levels of symbolic links\nfactdb: load failed "
                           "with 1 problem; the database was not changed\n");
        CHECK(file_sha256(seeded) == before);
    }
}
