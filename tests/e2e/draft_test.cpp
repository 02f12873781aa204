// factdb draft through the real binary: a small article drafted, the draft
// loaded unchanged by factdb load, and the named queries' exact rows; the
// usage errors and the language said on stderr.
#include <catch2/catch.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

TEST_CASE("A drafted article loads unchanged and the named queries give its rows", "[e2e][draft]") {
    TempDir dir;
    const auto article = dir.write(
        "amazon-indiana.txt",
        "Amazon investit en Indiana\n\n"
        "Amazon a investi 8 milliards de dollars dans Anthropic. Amazon exploite une trentaine de "
        "centres de données en Indiana.\n\nAndy Jassy, PDG de Amazon, a confirmé.\n");
    const auto claims = dir / "amazon.claims.json";
    const RunResult drafted = run_factdb({"draft", article.string(), "--out", claims.string()});
    REQUIRE(drafted.exit_code == 0);
    CHECK(drafted.err == article.string() + ": language fr (detected)\n" + article.string() +
                             ": 3 claim(s) drafted -> " + claims.string() + "\n");
    const auto db = (dir / "d.sqlite").string();
    const RunResult loaded = run_factdb({"--db", db, "load", claims.string()});
    REQUIRE(loaded.exit_code == 0);
    CHECK(loaded.out.find("facts: 3 added") != std::string::npos);
    CHECK(run_factdb({"--db", db, "query", "investments", "--format", "csv"}).out ==
          "investor,investee,amount_low,amount_high,amount_qualifier,currency,stage,modality,documents,quote\r\n"
          "Amazon,Anthropic,8000000000,8000000000,exact,USD,completed,asserted,1,"
          "Amazon a investi 8 milliards de dollars dans Anthropic\r\n");
    CHECK(run_factdb({"--db", db, "query", "people", "--format", "csv"}).out ==
          "person,title,organization,tense,start_year,as_of,modality,quote\r\n"
          "Andy Jassy,PDG,Amazon,current,,,asserted,\"Andy Jassy, PDG de Amazon\"\r\n");
    const RunResult dc = run_factdb({"--db", db, "sql",
                                     "SELECT p.code, d.count_low, d.count_qualifier FROM datacenters d "
                                     "JOIN places p ON p.code = d.place_code",
                                     "--format", "csv"});
    CHECK(dc.out == "code,count_low,count_qualifier\r\nUS-IN,30,approximately\r\n");
}

TEST_CASE("factdb draft reads standard input and refuses bad options", "[e2e][draft]") {
    const RunResult r = run_factdb({"draft", "-", "--language", "en", "--id", "doc-1"},
                                   "OpenAI was valued at $300 billion.\n");
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("\"id\": \"doc-1\"") != std::string::npos);
    CHECK(r.out.find("\"rule\": \"en.valuation.valued-at\"") != std::string::npos);
    const RunResult bad = run_factdb({"draft", "-", "--language", "de"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("--language takes fr, en or auto, not 'de'") != std::string::npos);
    const RunResult none = run_factdb({"draft"});
    CHECK(none.exit_code == 2);
    CHECK(none.err.find("draft needs at least one FILE") != std::string::npos);
}
