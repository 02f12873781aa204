// The database opened as users open it, with Debian's sqlite3 shell and
// sqlite-utils (installed by scripts/install-deps.sh --test): the file is
// plain SQLite that other tools read without factdb, with the same counts.
// A missing tool fails the test with the command that installs it: CI runs
// these, so they are never skipped quietly.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "db/database.h"
#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

// Runs a shell command, returning its stdout; fails the test on a non-zero exit.
std::string shell(const std::string& cmd, const TempDir& io) {
    const fs::path out = io / "tool.out";
    const int status = std::system((cmd + " >" + sh_quote(out.string()) + " 2>&1").c_str());
    INFO(cmd);
    INFO(read_file(out));
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return read_file(out);
}

void require_tool(const char* name) {
    const std::string probe = std::string("command -v ") + name + " >/dev/null 2>&1";
    if (std::system(probe.c_str()) != 0)
        FAIL(std::string(name) +
             " is not installed: run scripts/install-deps.sh --test (it installs Debian's " + name +
             ")");
}

}  // namespace

TEST_CASE("the sqlite3 shell reads the database factdb wrote", "[e2e][tools]") {
    require_tool("sqlite3");
    TempDir dir;
    const std::string db = sh_quote(seed_database(dir).string());
    CHECK(shell("sqlite3 -readonly " + db + " 'PRAGMA integrity_check'", dir) == "ok\n");
    CHECK(shell("sqlite3 -readonly " + db + " 'SELECT count(*) FROM facts'", dir) == "19\n");
    CHECK(shell("sqlite3 -readonly -csv " + db +
                    " 'SELECT amount_low, currency FROM investments WHERE amount_low IS NOT NULL "
                    "ORDER BY amount_low'",
                dir) == "3000000000,USD\n8000000000,USD\n");
    CHECK(shell("sqlite3 -readonly " + db + " 'PRAGMA user_version'", dir) ==
          std::to_string(factdb::db::latest_schema_version()) + "\n");
    // The tables are STRICT, which the shell shows and enforces.
    CHECK(shell("sqlite3 -readonly " + db + " '.schema investments'", dir).find(") STRICT;") !=
          std::string::npos);
    // The stemmed search index needs no tokenizer of factdb's: the shell
    // searches its search forms in plain SQL (investissement, centres,
    // données -> invest, centr, donne; schema/0020_search_stems.sql).
    CHECK(shell("sqlite3 -readonly " + db +
                    " \"SELECT count(*) FROM documents_stems WHERE documents_stems MATCH"
                    " 'invest AND centr AND donne'\"",
                dir) == "1\n");
    CHECK(shell("sqlite3 -readonly " + db +
                    " \"SELECT count(*) FROM evidence_stems WHERE evidence_stems MATCH 'invest'\"",
                dir) == "4\n");
    // (FTS5's integrity-check is an INSERT command, so not -readonly.)
    CHECK(shell("sqlite3 " + db +
                    " \"INSERT INTO documents_stems (documents_stems) VALUES ('integrity-check')\"",
                dir) == "");
    CHECK(shell("sqlite3 -readonly " + db + " '.schema documents_stems'", dir)
              .find("tokenize = 'unicode61 remove_diacritics 2'") != std::string::npos);
}

TEST_CASE("sqlite-utils lists, counts and queries the database factdb wrote", "[e2e][tools]") {
    require_tool("sqlite-utils");
    TempDir dir;
    const std::string db = sh_quote(seed_database(dir).string());
    const std::string counts = shell("sqlite-utils tables " + db + " --counts --csv", dir);
    // sqlite-utils writes CSV with CRLF line ends (RFC 4180), as factdb does.
    for (const char* line : {"\nfacts,19\r\n", "\ninvestments,3\r\n", "\nentities,14\r\n",
                             "\nevidence,19\r\n", "\ndocuments,1\r\n"}) {
        INFO(line);
        CHECK(counts.find(line) != std::string::npos);
    }
    CHECK(shell("sqlite-utils rows " + db + " investments --csv -c amount_low -c currency", dir) ==
          "amount_low,currency\r\n,\r\n8000000000,USD\r\n3000000000,USD\r\n");
    CHECK(shell("sqlite-utils query " + db +
                    " \"SELECT count(*) AS n FROM facts WHERE type = 'investment'\"",
                dir) == "[{\"n\": 3}]\n");
    // Views are there too, under their names.
    CHECK(shell("sqlite-utils views " + db + " --csv", dir).find("\ninvestments_v\r\n") !=
          std::string::npos);
}
