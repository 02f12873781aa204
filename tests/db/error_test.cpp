// Tests of db/error: SQLite's failures become db::Error at the db/ boundary,
// with the failure the CLI maps to an exit code and the one-line message
// that names the database.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "db/database.h"
#include "db/error.h"

using namespace factdb;

TEST_CASE("translate: busy, full and every other SQLite failure", "[db]") {
    struct Case {
        int code;
        db::Failure failure;
        std::string what;
    };
    const Case cases[] = {
        // No wait ran out before these: the message does not claim one.
        {SQLITE_BUSY, db::Failure::busy,
         "x.sqlite: database is busy: another process holds a lock on it that cannot be waited "
         "for (a load starting or recovering?); nothing was changed, try again"},
        {SQLITE_LOCKED, db::Failure::busy,
         "x.sqlite: database is busy: another process holds a lock on it that cannot be waited "
         "for (a load starting or recovering?); nothing was changed, try again"},
        {SQLITE_FULL, db::Failure::full, "x.sqlite: database or disk is full; nothing was changed"},
        {SQLITE_IOERR_WRITE, db::Failure::storage, "x.sqlite: database error: boom"},
        {SQLITE_CONSTRAINT, db::Failure::storage, "x.sqlite: database error: boom"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.code);
        const db::Error e = db::translate(SQLite::Exception("boom", c.code), "x.sqlite");
        CHECK(e.failure() == c.failure);
        CHECK(std::string(e.what()) == c.what);
    }
}

TEST_CASE("translating runs the function and translates what SQLite throws", "[db]") {
    CHECK(db::translating("x", [] { return 42; }) == 42);
    SQLite::Database mem(":memory:");
    try {
        db::translating("mem.sqlite", [&] { mem.exec("SELECT * FROM no_such_table"); });
        FAIL("no error");
    } catch (const db::Error& e) {
        CHECK(e.failure() == db::Failure::storage);
        CHECK(std::string(e.what()) == "mem.sqlite: database error: no such table: no_such_table");
    }
}

TEST_CASE("the busy message says it waited 5 s only after a wait that ran out", "[db][busy]") {
    // Issue 11: "kept it locked for more than 5 s" was printed after a
    // SQLITE_BUSY that SQLite returned at once.
    using Clock = std::chrono::steady_clock;
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("factdb-busy-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "busy.sqlite").string();
    {
        SQLite::Database db = db::open(path, db::Mode::read_write);
        db::migrate(db);
        db.exec("CREATE TABLE t (x)");
    }
    const auto seconds_since = [](Clock::time_point t0) {
        return std::chrono::duration<double>(Clock::now() - t0).count();
    };
    SQLite::Database a = db::open(path, db::Mode::read_write);
    SQLite::Database b = db::open(path, db::Mode::read_write);

    // A write lock held: b waits out the busy timeout, then says so.
    a.exec("BEGIN IMMEDIATE");
    auto t0 = Clock::now();
    std::string waited;
    try {
        b.exec("BEGIN IMMEDIATE");
    } catch (const SQLite::Exception& e) {
        waited = db::translate(e, path).what();
    }
    CHECK(seconds_since(t0) >= db::kBusyTimeoutMs / 1000.0 - 0.05);
    CHECK(waited == path + ": database is busy: another process kept it locked for more than 5 s "
                           "(a load in progress?); nothing was changed, try again");
    a.exec("ROLLBACK");

    // b reads a snapshot, a commits, b's write on the stale snapshot fails
    // at once (SQLITE_BUSY_SNAPSHOT: no busy handler is called).
    b.exec("BEGIN");
    CHECK(b.execAndGet("SELECT count(*) FROM t").getInt() == 0);
    a.exec("INSERT INTO t VALUES (1)");
    t0 = Clock::now();
    std::string at_once;
    int code = 0;
    try {
        b.exec("INSERT INTO t VALUES (2)");
    } catch (const SQLite::Exception& e) {
        code = e.getExtendedErrorCode();
        at_once = db::translate(e, path).what();
    }
    CHECK(code == SQLITE_BUSY_SNAPSHOT);
    CHECK(seconds_since(t0) < 1);
    CHECK(at_once == path + ": database is busy: another process holds a lock on it that cannot "
                            "be waited for (a load starting or recovering?); nothing was "
                            "changed, try again");
    b.exec("ROLLBACK");
    std::filesystem::remove_all(dir);
}
