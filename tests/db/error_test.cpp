// Tests of db/error: SQLite's failures become db::Error at the db/ boundary,
// with the failure the CLI maps to an exit code and the one-line message
// that names the database.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

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
        {SQLITE_BUSY, db::Failure::busy,
         "x.sqlite: database is busy: another process kept it locked for more than 5 s (a load "
         "in progress?); nothing was changed, try again"},
        {SQLITE_LOCKED, db::Failure::busy,
         "x.sqlite: database is busy: another process kept it locked for more than 5 s (a load "
         "in progress?); nothing was changed, try again"},
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
