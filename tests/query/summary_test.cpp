// query::summarize, the read path of `factdb summary`: the named queries in
// the order given, each with its defaults and its full result, handed over
// one at a time; a name that is not a compiled-in query is an internal error
// before anything is opened or shown; database failures are db::Error.
#include <catch2/catch.hpp>

#include "db/error.h"
#include "errors/error.h"
#include "query/named_query.h"
#include "query/readonly.h"
#include "query/summary.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

namespace {

// "name (title): N rows" per query shown, in order.
std::vector<std::string> shown(const std::string& path,
                               const std::vector<std::string_view>& names) {
    std::vector<std::string> out;
    query::summarize(path, names, [&](const query::NamedQuery& q, const query::Table& t) {
        out.push_back(q.name + " (" + q.title + "): " + std::to_string(t.rows.size()) + " rows");
    });
    return out;
}

}  // namespace

TEST_CASE("summarize runs the named queries in order with their defaults", "[query][summary]") {
    TempDir dir;
    const std::string db = seed_database(dir).string();
    const auto title = [](const char* name) { return query::find_named_query(name)->title; };
    CHECK(shown(db, {"investments", "people", "investments"}) ==
          std::vector<std::string>{"investments (" + title("investments") + "): 3 rows",
                                   "people (" + title("people") + "): 2 rows",
                                   "investments (" + title("investments") + "): 3 rows"});

    // Each table is the query's whole result, as the guarded connection
    // gives it.
    std::vector<query::Table> tables;
    query::summarize(db, {"investments", "people"},
                     [&](const query::NamedQuery&, const query::Table& t) { tables.push_back(t); });
    query::ReadOnlyDatabase ro(db, {});
    REQUIRE(tables.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const query::Table expected =
            ro.run_named(*query::find_named_query(i == 0 ? "investments" : "people"), {});
        CHECK(tables[i].columns == expected.columns);
        CHECK(tables[i].rows == expected.rows);
    }
}

TEST_CASE("summarize: an unknown query is an internal error, raised before anything is shown",
          "[query][summary]") {
    TempDir dir;
    const std::string db = seed_database(dir).string();
    int calls = 0;
    try {
        query::summarize(db, {"investments", "no_such_query"},
                         [&](const query::NamedQuery&, const query::Table&) { ++calls; });
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::internal);
        CHECK(std::string(e.what()) == "no named query 'no_such_query' is compiled into factdb");
    }
    CHECK(calls == 0);

    // Before opening: a missing file is not what is reported.
    try {
        query::summarize((dir / "missing.sqlite").string(), {"nope"},
                         [](const query::NamedQuery&, const query::Table&) {});
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::internal);
    }
}

TEST_CASE("summarize: a database that is not factdb's is a db::Error naming the path",
          "[query][summary]") {
    TempDir dir;
    const std::string path = (dir / "other.sqlite").string();
    { SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }
    try {
        query::summarize(path, {"investments"},
                         [](const query::NamedQuery&, const query::Table&) {});
        FAIL("no error");
    } catch (const db::Error& e) {
        CHECK(e.failure() == db::Failure::storage);
        CHECK(std::string(e.what()) == path + ": not a factdb database (run 'factdb init')");
    }
}

TEST_CASE("summarize reads a database holding amounts whose total is beyond 64 bits",
          "[query][summary][totals]") {
    // Issue 11, defect 6: summary failed with "integer overflow" (exit 3).
    TempDir dir;
    const std::string db =
        huge_amounts_database(dir, 5000000000000000000LL, 4500000000000000000LL).string();
    std::vector<std::string> totals;
    query::summarize(db, {"investments", "stakeholders"},
                     [&](const query::NamedQuery& q, const query::Table& t) {
                         for (const auto& row : t.rows)
                             totals.push_back(q.name + ": " + query::to_text(row[0]) + " " +
                                              query::to_text(row[q.name == "investments" ? 2 : 4]));
                     });
    CHECK(totals == std::vector<std::string>{"investments: Acme 5000000000000000000",
                                             "investments: Acme 4500000000000000000",
                                             "stakeholders: Acme 9500000000000000000"});
}
