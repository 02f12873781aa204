// The fault-injecting VFS of the [full_disk] tests (support/fault_vfs.h),
// tested on its own so that a full-disk test that passes is known to have
// had its fault: it is SQLite's default VFS exactly while it exists, it
// numbers the same statements' writes the same way twice, it fails exactly
// the planned call (and, asked to, every later one) with the planned code,
// and it refuses PRAGMA cache_size only when asked.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <stdexcept>

#include "support/fault_vfs.h"
#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

std::string default_vfs() {
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    return vfs ? vfs->zName : "";
}

// A fresh database at path, a table, then one row: the same statements
// every time, in rollback-journal mode (every write goes to a file).
void make_table(const fs::path& path) {
    for (const char* suffix : {"", "-journal"}) fs::remove(path.string() + suffix);
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (x TEXT)");
}

void insert_row(const fs::path& path) {
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO t VALUES ('one row')");
}

long long rows(const fs::path& path) {
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM t").getInt64();
}

// The number of the first write after the table exists.
std::int64_t first_insert_write(const fs::path& path) {
    FaultVfs counting;
    make_table(path);
    const std::int64_t table = counting.writes();
    insert_row(path);
    REQUIRE(counting.writes() > table);
    return table + 1;
}

}  // namespace

TEST_CASE("the fault VFS is the default exactly while it exists", "[reliability][fault_vfs]") {
    const std::string before = default_vfs();
    REQUIRE(before != FaultVfs::kName);
    {
        FaultVfs vfs;
        CHECK(default_vfs() == FaultVfs::kName);
        CHECK_THROWS_AS(FaultVfs(), std::logic_error);  // one at a time
        CHECK(default_vfs() == FaultVfs::kName);
    }
    CHECK(default_vfs() == before);
    CHECK(sqlite3_vfs_find(FaultVfs::kName) == nullptr);
}

TEST_CASE("the fault VFS counts deterministically and fails the planned write only",
          "[reliability][fault_vfs]") {
    TempDir dir;
    const fs::path path = dir / "t.sqlite";
    std::vector<VfsEvent> clean;
    for (int i = 0; i < 2; ++i) {
        FaultVfs vfs;
        make_table(path);
        insert_row(path);
        CHECK(vfs.failures() == 0);
        if (i == 0) clean = vfs.events();
        CHECK(vfs.events() == clean);
    }
    REQUIRE(rows(path) == 1);
    const std::int64_t at = first_insert_write(path);

    for (const int code : {SQLITE_FULL, SQLITE_IOERR_WRITE}) {
        INFO("code " << code);
        FaultVfs vfs({FaultOp::write, at, false, code});
        make_table(path);
        try {
            insert_row(path);
            FAIL("the insert did not fail");
        } catch (const SQLite::Exception& e) {
            CHECK(e.getExtendedErrorCode() == code);
        }
        CHECK(vfs.failures() == 1);
        const auto events = vfs.events();
        std::size_t failed = 0;
        for (const auto& e : events) {
            if (!e.failed) continue;
            ++failed;
            CHECK(e.kind == VfsEvent::Kind::write);
            CHECK(e.number == at);
        }
        CHECK(failed == 1);
        // The fault came and went: the next statement writes again.
        insert_row(path);
        CHECK(vfs.failures() == 1);
        CHECK(rows(path) == 1);
    }

    SECTION("and every later write when asked to") {
        FaultVfs vfs({FaultOp::write, at, true, SQLITE_FULL});
        make_table(path);
        CHECK_THROWS_AS(insert_row(path), SQLite::Exception);
        const std::int64_t failures = vfs.failures();
        CHECK_THROWS_AS(insert_row(path), SQLite::Exception);
        CHECK(vfs.failures() > failures);
        CHECK(vfs.failures() == vfs.writes() - at + 1);
        CHECK(rows(path) == 0);
    }

    SECTION("or the planned sync") {
        std::int64_t sync_at = 0;
        {
            FaultVfs counting;
            make_table(path);
            sync_at = counting.syncs() + 1;
        }
        FaultVfs vfs({FaultOp::sync, sync_at, false, SQLITE_IOERR_FSYNC});
        make_table(path);
        try {
            insert_row(path);
            FAIL("the insert did not fail");
        } catch (const SQLite::Exception& e) {
            CHECK(e.getExtendedErrorCode() == SQLITE_IOERR_FSYNC);
        }
        CHECK(vfs.failures() == 1);
        CHECK(rows(path) == 0);
    }
}

TEST_CASE("the fault VFS refuses PRAGMA cache_size only when asked", "[reliability][fault_vfs]") {
    TempDir dir;
    const std::string path = (dir / "t.sqlite").string();
    for (const bool refuse : {false, true}) {
        INFO((refuse ? "refusing" : "not refusing"));
        FaultPlan plan;
        plan.default_cache = refuse;
        FaultVfs vfs(plan);
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        const int initial = db.execAndGet("PRAGMA cache_size").getInt();
        db.exec("PRAGMA cache_size = -65536");
        CHECK(db.execAndGet("PRAGMA cache_size").getInt() == (refuse ? initial : -65536));
        CHECK(vfs.refused_cache_sizes() == (refuse ? 1 : 0));
    }
}
