// factdb draft through the real binary: a small article drafted, the draft
// loaded unchanged by factdb load, and the named queries' exact rows; the
// usage errors and the language said on stderr.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

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

TEST_CASE("factdb draft writes several articles into a folder or as JSON Lines", "[e2e][draft]") {
    TempDir dir;
    const auto a = dir.write("a.txt", "Titre\n\nAmazon a investi 8 milliards de dollars dans Anthropic.\n");
    const auto b = dir.write("b.md", "# Titre\n\nNvidia détient environ 7 % de CoreWeave.\n");
    const auto out = dir / "out";
    std::filesystem::create_directories(out);
    const RunResult r = run_factdb({"draft", a.string(), b.string(), "--language", "fr", "--out", out.string()});
    REQUIRE(r.exit_code == 0);
    CHECK(r.err == a.string() + ": 1 claim(s) drafted -> " + (out / "a.claims.json").string() + "\n" + b.string() +
                       ": 1 claim(s) drafted -> " + (out / "b.claims.json").string() + "\n");
    CHECK(read_file(out / "b.claims.json").find("\"holder\": \"Nvidia\"") != std::string::npos);
    // Both drafts load together, unchanged.
    const auto db = (dir / "d.sqlite").string();
    const RunResult loaded = run_factdb({"--db", db, "load", out.string()});
    CHECK(loaded.exit_code == 0);
    CHECK(loaded.out.find("loaded 2 documents from 2 files") != std::string::npos);
    // Without --out: one document a line.
    const RunResult lines = run_factdb({"draft", a.string(), b.string(), "--language", "fr"});
    REQUIRE(lines.exit_code == 0);
    CHECK(std::count(lines.out.begin(), lines.out.end(), '\n') == 2);
    CHECK(lines.out.rfind("{\"format\":\"factdb.claims/1\",\"document\":{\"id\":\"a\"", 0) == 0);
    // Several files need an existing folder.
    const RunResult no_dir = run_factdb({"draft", a.string(), b.string(), "--out", (dir / "nope").string()});
    CHECK(no_dir.exit_code == 2);
    CHECK(no_dir.err == "factdb: --out " + (dir / "nope").string() +
                            ": several FILEs are written into a folder, and it does not exist (see 'factdb "
                            "draft --help')\n");
}

TEST_CASE("factdb draft refuses a text in neither French nor English, naming the file", "[e2e][draft]") {
    TempDir dir;
    const auto de = dir.write("de.txt", "Der Hund läuft schnell über die Straße und die Katze schläft im Garten.\n");
    const RunResult r = run_factdb({"draft", de.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "factdb: " + de.string() +
                       ": the text is neither French nor English (13 words; scores German 8.0); give --language "
                       "fr or --language en\n");
}
