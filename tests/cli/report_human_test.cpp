// Reports for people, through the real binary: one bar per state however
// many facts name it, whole-number ticks for counts, amounts summed per
// currency only, French words with --lang fr, titles with report
// parameters (docs/REPORTS.md "Numbers and labels for people", "Charts").
#include <catch2/catch.hpp>
#include <string>

#include "support/report_fixtures.h"

using namespace factdb::testing;

namespace {

std::string bar_of(int blocks) {
    std::string s;
    for (int i = 0; i < blocks; ++i) s += "\u2588";
    return s;
}

}  // namespace

TEST_CASE("report charts: one bar per state, summed, with whole-number ticks", "[report]") {
    SitesDb m;
    INFO(m.load.err);
    REQUIRE(m.load.exit_code == 0);
    const fs::path spec = m.dir.write("spec.json", R"spec({"title": "Sites",
        "sections": [{"query": "datacenters_by_state", "columns": ["state_code", "operator"],
                      "chart": {"type": "bar", "label": "state_code", "value": "datacenter_count",
                                "title": "Data centres"}}]})spec");
    const RunResult md = run_report(m.db, {spec.string(), "--format", "md"});
    INFO(md.err);
    REQUIRE(md.exit_code == 0);
    // Texas 3 + 2 = 5 is one bar of 40 blocks; Ohio 1 is 8 blocks.
    CHECK(md.out.find("```text\nData centres\nUS-OH  " + bar_of(8) + " 1\nUS-TX  " + bar_of(40) +
                      " 5\n```\n") != std::string::npos);
    const RunResult html = run_report(m.db, {spec.string(), "--format", "html"});
    REQUIRE(html.exit_code == 0);
    CHECK(count_of(html.out, "<rect class=\"bar\"") == 2);
    CHECK(html.out.find("<title>US-TX: 5 (2 rows)") != std::string::npos);
    // Max 5: the axis is 0, 2, 4, 6, whole steps (a fractional scale would be 0, 1.25, ...).
    CHECK(count_of(html.out, "<text class=\"tick\"") == 4);
    for (const char* tick : {">0</text>", ">2</text>", ">4</text>", ">6</text>"})
        CHECK(html.out.find(tick) != std::string::npos);
}

TEST_CASE("report charts: amounts are summed within one currency only", "[report]") {
    SitesDb m;
    REQUIRE(m.load.exit_code == 0);
    const fs::path spec = m.dir.write("spec.json", R"spec({"title": "Money",
        "sections": [{"query": "investments", "columns": ["investor", "investee"],
                      "chart": {"type": "bar", "label": "investor", "value": "amount_low"}}]})spec");
    const RunResult md = run_report(m.db, {spec.string(), "--format", "md"});
    INFO(md.err);
    REQUIRE(md.exit_code == 0);
    // Acme's dollars (2 bn + 0.5 bn) are one bar, its euros another.
    CHECK(md.out.find("Acme (USD)  " + bar_of(40) + " US$2.5\u00a0bn\n") != std::string::npos);
    CHECK(md.out.find("Acme (EUR)  " + bar_of(24) + " \u20ac1.5\u00a0bn\n") != std::string::npos);
}

TEST_CASE("report --lang fr: amounts, counts and labels in French", "[report]") {
    SitesDb m;
    REQUIRE(m.load.exit_code == 0);
    const fs::path spec = m.dir.write("spec.json", R"spec({"title": "Argent",
        "parameters": {"who": {"type": "entity", "default": "Acme"}},
        "sections": [{"query": "investments", "title": "Investissements de $who ($$)",
                      "parameters": {"investor": "$who"},
                      "columns": ["investor", "investee", "amount_low", "quote"]}]})spec");
    const RunResult md = run_report(m.db, {spec.string(), "--format", "md", "--lang", "fr"});
    INFO(md.err);
    REQUIRE(md.exit_code == 0);
    CHECK(md.out.find("## Investissements de Acme ($)\n") != std::string::npos);
    CHECK(md.out.find("| Investisseur | Entreprise | Montant | Citation |\n") != std::string::npos);
    CHECK(md.out.find("| Acme | Beta | 2\u00a0Md$ | Acme invested $2 billion in Beta [^1] |\n") !=
          std::string::npos);
    CHECK(md.out.find("| Acme | Beta | 1,5\u00a0Md\u20ac |") != std::string::npos);
    CHECK(md.out.find("| Acme | Gamma | 500\u00a0M$ |") != std::string::npos);
    const RunResult html = run_report(m.db, {spec.string(), "--format", "html", "--lang", "fr"});
    REQUIRE(html.exit_code == 0);
    CHECK(html.out.rfind("<!DOCTYPE html>\n<html lang=\"fr\">", 0) == 0);
    // JSON keeps the exact columns whatever --lang says.
    const RunResult json = run_report(m.db, {spec.string(), "--format", "json", "--lang", "fr"});
    REQUIRE(json.exit_code == 0);
    CHECK(json.out.find("\"amount_low\": 2000000000,") != std::string::npos);
    const RunResult bad = run_report(m.db, {spec.string(), "--lang", "de"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "factdb: --lang takes en or fr, not 'de' (see 'factdb report --help')\n");
}

TEST_CASE("report --now: the same database, spec and time give the same bytes", "[report]") {
    SitesDb m;
    REQUIRE(m.load.exit_code == 0);
    const std::string spec = overview_spec();
    for (const char* format : {"md", "html", "json"}) {
        INFO(format);
        // No FACTDB_NOW here: --now alone fixes the time.
        auto run = [&] {
            return run_factdb({"--db", m.db.string(), "report", spec, "--format", format, "--now",
                               "2026-06-01T08:00:00Z", "-p", "company", "Gamma"});
        };
        const RunResult a = run(), b = run();
        INFO(a.err);
        REQUIRE(a.exit_code == 0);
        CHECK(a.out == b.out);
        CHECK(a.out.find("2026-06-01T08:00:00Z") != std::string::npos);
        CHECK(a.out.find("Stakeholders of Gamma") != std::string::npos);
    }
    const RunResult bad = run_factdb({"--db", m.db.string(), "report", spec, "--now", "2026-02-30T00:00:00Z"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.rfind("factdb: --now takes a UTC time YYYY-MM-DDTHH:MM:SSZ, not '2026-02-30T00:00:00Z' (", 0) == 0);
}
