// Tests of query/adhoc: an ad-hoc statement's :name parameters are typed
// as the sqlite3 shell's .parameter set types them, and a parameter the SQL
// does not have is refused by name.
#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>

#include "errors/error.h"
#include "query/adhoc.h"
#include "query/readonly.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

TEST_CASE("run_adhoc types each parameter by what it reads as", "[query][adhoc]") {
    TempDir dir;
    const fs::path db_path = seed_database(dir);
    query::ReadOnlyDatabase db(db_path.string(), {});
    struct Case {
        std::optional<std::string> value;
        std::string type, shown;
    };
    const Case cases[] = {
        {"12", "integer", "12"},          {"-7", "integer", "-7"},
        {"8000000000", "integer", "8000000000"},
        {"1.5", "real", "1.5"},           {"1e3", "real", "1000.0"},
        {"12abc", "text", "12abc"},       {"Anthropic", "text", "Anthropic"},
        {"", "text", ""},                 {std::nullopt, "text", ""},
        {"inf", "text", "inf"},  // no digit: not a number to the shell either
    };
    for (const auto& c : cases) {
        CAPTURE(c.value.value_or("(absent)"));
        const query::Table t =
            query::run_adhoc(db, "SELECT typeof(:v), :v", {{"v", c.value}}, 0);
        REQUIRE(t.rows.size() == 1);
        CHECK(query::to_text(t.rows[0][0]) == c.type);
        CHECK(query::to_text(t.rows[0][1]) == c.shown);
    }
}

TEST_CASE("run_adhoc refuses a parameter the SQL does not have", "[query][adhoc]") {
    TempDir dir;
    const fs::path db_path = seed_database(dir);
    query::ReadOnlyDatabase db(db_path.string(), {});
    CHECK_THROWS_MATCHES(query::run_adhoc(db, "SELECT :a", {{"b", "1"}}, 0), QueryError,
                         Catch::Matchers::Message("the SQL has no parameter :b"));
}

TEST_CASE("run_adhoc binds ?, ?NNN, @name and $name, and leaves no parameter NULL",
          "[query][adhoc]") {
    TempDir dir;
    const fs::path db_path = seed_database(dir);
    query::ReadOnlyDatabase db(db_path.string(), {});
    // "?, ?3": indexes 1 and 3; 2 is a gap no placeholder names.
    const query::Table t = query::run_adhoc(db, "SELECT ?, ?3, @a, $b",
                                            {{"1", "x"}, {"3", "7"}, {"a", "1.5"}, {"b", ""}}, 0);
    REQUIRE(t.rows.size() == 1);
    CHECK(query::to_text(t.rows[0][0]) == "x");
    CHECK(query::to_text(t.rows[0][1]) == "7");
    CHECK(query::to_text(t.rows[0][2]) == "1.5");
    CHECK(query::to_text(t.rows[0][3]) == "");
    // A bare ? after a ?NNN is one past it, and must have a value.
    CHECK_THROWS_MATCHES(query::run_adhoc(db, "SELECT ?2, ?", {{"2", "x"}}, 0), QueryError,
                         Catch::Matchers::Message("the SQL's positional parameter ?3 has no value: "
                                                  "give it after the SQL or with -p 3 VALUE"));
    CHECK_THROWS_MATCHES(query::run_adhoc(db, "SELECT ?3", {}, 0), QueryError,
                         Catch::Matchers::Message("the SQL's positional parameter ?3 has no value: "
                                                  "give it after the SQL or with -p 3 VALUE"));
    CHECK_THROWS_MATCHES(query::run_adhoc(db, "SELECT :a, :a", {}, 0), QueryError,
                         Catch::Matchers::Message(
                             "the SQL's parameter :a has no value: give it with -p a VALUE"));
    CHECK_THROWS_MATCHES(query::run_adhoc(db, "SELECT ?", {{"0", "x"}}, 0), QueryError,
                         Catch::Matchers::Message(
                             "the SQL has no positional parameter ?0 (it has 1 parameter(s))"));
    CHECK_THROWS_MATCHES(query::run_adhoc(db, "SELECT ?", {{"99999999999", "x"}}, 0), QueryError,
                         Catch::Matchers::Message("the SQL has no positional parameter "
                                                  "?99999999999 (it has 1 parameter(s))"));
}
