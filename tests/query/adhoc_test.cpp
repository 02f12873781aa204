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
