// report::check_output_path on its own, in-process (it never writes): the
// database refused by identity under any name (itself, a relative spelling,
// a hard link, a symbolic link), its -wal/-shm/-journal by name before they
// exist, any non-regular file by its kind; a new name, an existing report
// and ":memory:" as the database are accepted.
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include "errors/error.h"
#include "report/output_path.h"
#include "support/report_fixtures.h"

using namespace factdb::testing;
using factdb::report::check_output_path;

TEST_CASE("check_output_path refuses the database's files and non-regular files", "[report]") {
    TempDir dir;
    const fs::path db = dir.write("data/f.sqlite", "not really a database");
    dir.write("r.md", "an old report");
    fs::create_hard_link(db, dir / "hard.md");
    fs::create_symlink("data/f.sqlite", dir / "soft.md");
    REQUIRE(::mkfifo((dir / "pipe.md").c_str(), 0600) == 0);
    fs::create_directories(dir / "sub");
    const std::string d = db.string();
    const std::string fix_db = ", which the report would replace; write the report to another file";
    const std::string fix_kind = ", not a regular file; write the report to a regular file";

    struct Row {
        std::string out;
        std::string error;  // "" = accepted
    };
    const std::vector<Row> rows = {
        {d, "--out " + d + ": that is the database " + d + fix_db},
        {(dir / "data/../data/./f.sqlite").string(),
         "--out " + (dir / "data/../data/./f.sqlite").string() + ": that is the database " + d +
             fix_db},
        {(dir / "hard.md").string(),
         "--out " + (dir / "hard.md").string() + ": that is the database " + d + fix_db},
        {(dir / "soft.md").string(),
         "--out " + (dir / "soft.md").string() + ": that is the database " + d + fix_db},
        {d + "-wal",
         "--out " + d + "-wal: that is " + d + "-wal, the database's write-ahead log" + fix_db},
        {(dir / "sub/../data/f.sqlite-shm").string(),
         "--out " + (dir / "sub/../data/f.sqlite-shm").string() + ": that is " + d +
             "-shm, the database's shared-memory index" + fix_db},
        {d + "-journal", "--out " + d + "-journal: that is " + d +
                             "-journal, the database's rollback journal" + fix_db},
        {(dir / "pipe.md").string(),
         "--out " + (dir / "pipe.md").string() + ": is a FIFO" + fix_kind},
        {(dir / "sub").string(), "--out " + (dir / "sub").string() + ": is a folder" + fix_kind},
        {"/dev/null", "--out /dev/null: is a character device" + fix_kind},
        {(dir / "r.md").string(), ""},
        {(dir / "new.md").string(), ""},
        {(dir / "data/f.sqlite.md").string(), ""},
    };
    for (const auto& row : rows) {
        INFO(row.out);
        if (row.error.empty()) {
            CHECK_NOTHROW(check_output_path(row.out, d));
        } else {
            CHECK_THROWS_MATCHES(check_output_path(row.out, d), factdb::UsageError,
                                 Catch::Matchers::Message(row.error));
        }
    }
    // No database file to compare with: only the kind counts.
    CHECK_NOTHROW(check_output_path((dir / "new.md").string(), ":memory:"));
    CHECK_THROWS_AS(check_output_path("/dev/null", ":memory:"), factdb::UsageError);
}
