// factdb report end to end: the real binary on the seed database, the
// shipped reports/overview.json, every output format, spec errors through
// the CLI, atomic --out, HTML escaping of hostile names, --fail-on-check,
// and the --out paths refused because the report would destroy them.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <cstring>

#include "check/checks.h"
#include "query/readonly.h"
#include "support/report_fixtures.h"

using namespace factdb::testing;
using json = nlohmann::json;

namespace {

// Binds a Unix socket at path (its node stays after the descriptor closes).
void make_socket(const fs::path& path) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    REQUIRE(path.string().size() < sizeof addr.sun_path);
    std::memcpy(addr.sun_path, path.c_str(), path.string().size() + 1);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    ::close(fd);
}

struct stat lstat_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::lstat(p.c_str(), &st) == 0);
    return st;
}

const std::string kFixDb =
    ", which the report would replace; write the report to another file (see 'factdb report --help')\n";
const std::string kFixKind =
    ", not a regular file; write the report to a regular file (see 'factdb report --help')\n";

// Is line (a whole line) in text?
bool has_line(const std::string& text, const std::string& line) {
    return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("overview as Markdown: title, tables, text chart, footnoted quotes", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    const RunResult r = run_report(s.db, {overview_spec()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());
    const std::string& md = r.out;
    CHECK(
        md.rfind("# AI industry overview\n\n"
                 "What the loaded articles say: money invested, who holds stakes in a company "
                 "(the report parameter company), data centres per US state, acquisitions, "
                 "people, money raised in funding rounds, valuations, spending, data-centre "
                 "sites with their capacity, and what is new.\n\n"
                 "_Generated 2025-03-01T00:00:00Z; parameters: since = 1970-01-01, company = "
                 "Anthropic._\n\n"
                 "## Investments\n\n"
                 "Who invested how much in whom, at what stage, how sure, and how many documents "
                 "say so.\n\n"
                 "| Investor | Company | Amount | Stage | How sure | Quote |\n"
                 "| --- | --- | --- | --- | --- | --- |\n"
                 "| Amazon | Anthropic | US$8\u00a0bn | completed | "
                 "asserted | Amazon ait déjà investi 8 milliards de … [^1] |\n"
                 "| Amazon | Anthropic | undisclosed | considered | reported | Amazon "
                 "envisageait de réaliser un nouve… [^2] |\n"
                 "| Google | Anthropic | &gt; US$3\u00a0bn | completed | asserted | "
                 "Google a précédemment injecté plus de 3… [^3] |\n"
                 "\n"
                 "[^1]: “Amazon ait déjà investi 8 milliards de dollars dans Anthropic”\n",
                 0) == 0);
    // The chart: Indiana's 30 is the longest bar (40 blocks); states named
    // without a count are listed, not drawn.
    std::string bar;
    for (int i = 0; i < 40; ++i) bar += "█";
    CHECK(md.find("```text\n"
                  "Data centres per state\n"
                  "US-IN  " +
                  bar +
                  " 30\n"
                  "not charted, no datacenter_count: US-MS, US-NC, US-PA\n"
                  "```\n") != std::string::npos);
    CHECK(has_line(md, "## Stakeholders of Anthropic"));
    CHECK(has_line(md,
                   "| Amazon | principal_shareholder |  |  | 8000000000 | expected | permette "
                   "à Amazon de rejoindre le cercl… [^4] |"));
    CHECK(has_line(md,
                   "| Google | investor |  |  | 3000000000 | asserted | Google a précédemment "
                   "injecté plus de 3… [^6] |"));
    // A stored range is one worded column: count with its qualifier, the
    // investment's low bound, qualifier and currency.
    CHECK(has_line(md,
                   "| State | State name | Operator | Data centres | Before | Investment | How "
                   "sure | Quote |"));
    CHECK(has_line(md,
                   "| US-IN | Indiana | Amazon | 30 | 16 | \u2265 US$11\u00a0bn | "
                   "asserted | Amazon a déjà investi au moins 11 milli… [^7] |"));
    CHECK(has_line(md,
                   "| US-MS | Mississippi | Amazon | undisclosed |  | undisclosed | planned | le "
                   "Mississippi [^8] |"));
    CHECK(has_line(md,
                   "[^7]: “Amazon a déjà investi au moins 11 milliards de dollars pour "
                   "construire 30 centres de données en Indiana, doublant ainsi la taille "
                   "initiale prévue de 16 centres”"));
    CHECK(has_line(md,
                   "| Mike Krieger | chef des produits | Anthropic | Mike Krieger, chef des "
                   "produits d'Anthr… [^12] |"));
    CHECK(has_line(md, "## New facts"));
    CHECK(count_of(md, "| 2025-01-02T03:04:05Z |") == 19);
    // The seed document has no published date, no acquisition, round,
    // valuation or spending: those sections say so in one line.
    CHECK(md.find("## Facts over time\n\nHow many facts the documents of each published date "
                  "state (documents without a date are left out: see sources).\n\n(no rows)\n") !=
          std::string::npos);
    CHECK(md.find("## Acquisitions\n\nWho bought whom (or what stake in it), from whom, at what "
                  "price, at what status (announced, agreed, completed, terminated, blocked), how "
                  "sure, and how many documents say so.\n\n(no rows)\n") != std::string::npos);
    CHECK(md.find("## Funding rounds\n\nWho raised how much in which round") != std::string::npos);
    CHECK(md.find("## Valuations\n\nA company's valuation history") != std::string::npos);
    CHECK(md.find("## Spending\n\nWho spends how much") != std::string::npos);
    CHECK(count_of(md, "(no rows)") == 5);
    CHECK(has_line(md, "## Data-centre sites and capacity"));
    CHECK(has_line(md, "| Title | Published | Link | Language | Facts |"));
    CHECK(has_line(md, "| Amazon et Anthropic s'associent pour construire le plus gra… |  |  | fr | "
                       "19 |"));
}

TEST_CASE("report -p since after the load: the new-facts section says (no rows)", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    const RunResult r = run_report(s.db, {overview_spec(), "-p", "since", "2025-01-03"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("_Generated 2025-03-01T00:00:00Z; parameters: since = 2025-01-03, company = "
                     "Anthropic._\n") != std::string::npos);
    const auto from = r.out.find("## New facts");
    CHECK(r.out.substr(from, r.out.find("## Facts over time") - from) ==
          "## New facts\n\nFacts first loaded after a moment, newest first.\n\n(no rows)\n\n");
}

TEST_CASE("overview as JSON: typed values, exact integers, null, parameters", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    const RunResult r = run_report(
        s.db, {overview_spec(), "--format", "json", "-p", "since", "2025-01-01T00:00:00Z"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const json j = json::parse(r.out);
    CHECK(j["title"] == "AI industry overview");
    CHECK(j["generated_at"] == "2025-03-01T00:00:00Z");
    CHECK(j["parameters"] == json{{"since", "2025-01-01T00:00:00Z"}, {"company", "Anthropic"}});
    REQUIRE(j["sections"].size() == 13);
    const json& inv = j["sections"][0];
    CHECK(inv["query"] == "investments");
    // Every query parameter is shown, the fact filters (issue 14) included.
    CHECK(inv["parameters"] == json{{"investor", nullptr},
                                    {"investee", nullptr},
                                    {"modality", nullptr},
                                    {"min_confidence", nullptr},
                                    {"curated_only", 0}});
    CHECK(inv["columns"] == json{"investor", "investee", "amount_low", "amount_high",
                                 "amount_qualifier", "currency", "stage", "modality", "quote"});
    REQUIRE(inv["rows"].size() == 3);
    CHECK(inv["rows"][0]["amount_low"].is_number_integer());
    CHECK(inv["rows"][0]["amount_low"].get<std::int64_t>() == 8000000000);
    CHECK(inv["rows"][1]["amount_low"].is_null());
    CHECK(inv["rows"][2]["investor"] == "Google");
    CHECK(r.out.find("\"amount_low\": 8000000000,") != std::string::npos);  // never 8e+09
    CHECK_FALSE(inv.contains("chart"));

    const json& stake = j["sections"][1];
    CHECK(stake["parameters"] ==
          json{{"company", "Anthropic"}, {"min_confidence", nullptr}, {"curated_only", 0}});
    CHECK(stake["rows"].size() == 3);

    const json& dc = j["sections"][2];
    CHECK(dc["chart"] == json{{"type", "bar"},
                              {"label", "state_code"},
                              {"value", "datacenter_count"},
                              {"title", "Data centres per state"}});
    REQUIRE(dc["rows"].size() == 4);
    CHECK(dc["rows"][0]["datacenter_count"] == 30);
    CHECK(dc["rows"][0]["investment_low"].get<std::int64_t>() == 11000000000);
    CHECK(dc["rows"][1]["datacenter_count"].is_null());
    CHECK(dc["parameters"] == json{{"operator", nullptr},
                                   {"rollup", 1},
                                   {"min_confidence", nullptr},
                                   {"curated_only", 0}});

    CHECK(j["sections"][3]["chart"]["type"] == "us_map");
    CHECK(j["sections"][3]["rows"].size() == 4);  // JSON keeps the rows of a chart-only section
    const json& acquisitions = j["sections"][4];
    CHECK(acquisitions["query"] == "acquisitions");
    CHECK(acquisitions["parameters"] == json{{"acquirer", nullptr},
                                             {"target", nullptr},
                                             {"min_confidence", nullptr},
                                             {"curated_only", 0}});
    CHECK(acquisitions["rows"] == json::array());
    // Issue 13's sections, in order, before the new facts.
    CHECK(j["sections"][6]["query"] == "funding_rounds");
    CHECK(j["sections"][6]["parameters"] == json{{"company", nullptr},
                                                 {"min_confidence", nullptr},
                                                 {"curated_only", 0}});
    CHECK(j["sections"][6]["rows"].empty());
    CHECK(j["sections"][7]["query"] == "valuations");
    CHECK(j["sections"][8]["query"] == "spending");
    CHECK(j["sections"][9]["query"] == "datacenters");
    CHECK(j["sections"][9]["rows"].size() == 5);
    CHECK(j["sections"][12]["columns"] == json{"title", "published", "url", "language", "facts"});
    CHECK(j["sections"][12]["rows"][0]["facts"] == 19);
    const json& fresh = j["sections"][10];
    CHECK(fresh["parameters"] == json{{"since", "2025-01-01T00:00:00Z"},
                                      {"min_confidence", nullptr},
                                      {"curated_only", 0}});
    CHECK(fresh["rows"].size() == 19);
    CHECK(fresh["rows"][0]["fact_id"] == 1);
}

TEST_CASE("overview as HTML: self-contained, charset, SVG chart, quotes on hover", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    const RunResult r = run_report(s.db, {overview_spec(), "--format", "html"});
    REQUIRE(r.exit_code == 0);
    const std::string& html = r.out;
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
                     0) == 0);
    CHECK(count_of(html, "<script") == 0);
    CHECK(count_of(html, "http://") == 2);  // the SVG namespace of the bars and the map
    CHECK(count_of(html, "https://") == 0);
    CHECK(count_of(html, "<link") == 0);
    CHECK(count_of(html, "<svg") == 2);  // no timeline: no document has a published date
    CHECK(count_of(html, "<rect class=\"bar\"") == 1);  // Indiana: the only state with a count
    CHECK(count_of(html, "<rect class=\"tile\"") == 51);
    CHECK(html.find("<rect class=\"tile\" data-state=\"IN\" data-value=\"30\" x=\"300\" "
                    "y=\"158\" width=\"46\" height=\"46\" rx=\"3\" fill=\"#08519c\"/>") !=
          std::string::npos);
    CHECK(html.find("<rect class=\"tile\" data-state=\"MS\" x=\"300\" y=\"308\" width=\"46\" "
                    "height=\"46\" rx=\"3\" fill=\"#e4e6ea\"/>") != std::string::npos);
    CHECK(html.find("<rect class=\"bar\" x=\"53\" y=\"12\" width=\"557\" height=\"18\"") !=
          std::string::npos);
    CHECK(html.find("Not charted (no datacenter_count): US-MS, US-NC, US-PA") != std::string::npos);
    CHECK(count_of(html, "<table>") == 7);
    // Quotes are whole in their cell (they wrap); the row's hover text has the first quote.
    CHECK(html.find("<td class=\"quote\">Amazon ait déjà investi 8 milliards de dollars "
                    "dans Anthropic</td>") != std::string::npos);
    // A range in words, its exact stored values on hover; headers in words, names on hover.
    CHECK(html.find("<td class=\"num\" title=\"amount_low 8000000000, amount_high 8000000000, "
                    "amount_qualifier exact, currency USD\">US$8\u00a0bn</td>") != std::string::npos);
    CHECK(html.find("<td class=\"num\" title=\"amount_low 3000000000, amount_qualifier "
                    "more_than, currency USD\">&gt; US$3\u00a0bn</td>") != std::string::npos);
    CHECK(html.find("<th title=\"amount\">Amount</th>") != std::string::npos);
    CHECK(html.find("<h2>Stakeholders of Anthropic</h2>") != std::string::npos);
    // Apostrophes in quotes are escaped inside attributes.
    CHECK(html.find("title=\"Mike Krieger, chef des produits d&#39;Anthropic\"") !=
          std::string::npos);
}

TEST_CASE("HTML escapes names from the database and the spec", "[report]") {
    HostileDb h;
    INFO(h.load.err);
    REQUIRE(h.load.exit_code == 0);
    const fs::path spec = h.dir.write("spec.json", R"({
        "title": "Money <i>in</i> & out",
        "sections": [{"query": "investments", "title": "<script>alert('t')</script>",
                      "chart": {"type": "bar", "label": "investor", "value": "amount_low"}}]})");
    const RunResult r = run_report(h.db, {spec.string(), "--format", "html"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(count_of(r.out, "<script") == 0);
    CHECK(count_of(r.out, "<i>") == 0);
    CHECK(r.out.find("<title>Money &lt;i&gt;in&lt;/i&gt; &amp; out</title>") != std::string::npos);
    CHECK(r.out.find("<h2>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</h2>") !=
          std::string::npos);
    CHECK(r.out.find("<td>&lt;script&gt;alert(1)&lt;/script&gt; Capital</td>") !=
          std::string::npos);
    CHECK(r.out.find("<td>Gamma &amp; Co</td>") != std::string::npos);
    // In the SVG too: the bar's label and its hover title.
    // The label is cut at 28 characters; the hover title has it whole.
    CHECK(r.out.find(">&lt;script&gt;alert(1)&lt;/script&gt; C…</text>") != std::string::npos);
    CHECK(r.out.find("<title>&lt;script&gt;alert(1)&lt;/script&gt; Capital: US$5\u00a0m\n") !=
          std::string::npos);
}

TEST_CASE("Markdown escapes names from the database and the spec: no tag, no link renders",
          "[report]") {
    HostileDb h;
    INFO(h.load.err);
    REQUIRE(h.load.exit_code == 0);
    const fs::path spec = h.dir.write("spec.json", R"json({
        "title": "Money <i>in</i> & out",
        "description": "See [this](javascript:alert(2))",
        "sections": [{"query": "investments", "title": "<script>alert('t')</script>",
                      "columns": ["investor", "investee"]}]})json");
    const RunResult r = run_report(h.db, {spec.string(), "--format", "md"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    INFO(r.out);
    CHECK(count_of(r.out, "<script") == 0);
    CHECK(count_of(r.out, "<i>") == 0);
    CHECK(count_of(r.out, "](javascript") == 0);
    CHECK(r.out.rfind("# Money &lt;i&gt;in&lt;/i&gt; &amp; out\n\n"
                      "See [this]\\(javascript:alert(2))\n\n",
                      0) == 0);
    CHECK(r.out.find("\n## &lt;script&gt;alert('t')&lt;/script&gt;\n") != std::string::npos);
    CHECK(r.out.find("| &lt;script&gt;alert(1)&lt;/script&gt; Capital | Gamma &amp; Co |\n") !=
          std::string::npos);
}

TEST_CASE("spec errors through the CLI: exit 2, one line, nothing written", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    TempDir out;
    const fs::path target = out.write("report.md", "previous report\n");
    const fs::path spec = out.write("bad.json", R"({"title": "T", "sections": [
        {"query": "people"},
        {"query": "datacenters_by_state",
         "chart": {"type": "bar", "label": "state_code", "value": "count"}}]})");
    const RunResult r = run_report(s.db, {spec.string(), "--out", target.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "factdb: " + spec.string() +
                       ": sections[1].chart.value: query datacenters_by_state has no column "
                       "'count' (columns: state_code, state_name, operator, datacenter_count, "
                       "count_qualifier, previous_count, investment_low, investment_high, "
                       "investment_qualifier, currency, modality, quote, capacity_mw_low, "
                       "capacity_mw_high, capacity_qualifier, site, locality)\n");
    CHECK(r.out.empty());
    CHECK(read_file(target) == "previous report\n");
    CHECK(file_names(out.path()) == std::vector<std::string>{"bad.json", "report.md"});

    const fs::path cols = out.write("cols.json", R"({"title": "T", "sections": [
        {"query": "people", "columns": ["person", "name"]}]})");
    const RunResult c = run_report(s.db, {cols.string(), "--out", target.string()});
    CHECK(c.exit_code == 2);
    CHECK(c.err == "factdb: " + cols.string() +
                       ": sections[0].columns[1]: query people has no column 'name' (columns: "
                       "person, title, organization, tense, start_year, as_of, modality, "
                       "quote)\n");

    const RunResult unknown_p =
        run_report(s.db, {overview_spec(), "-p", "until", "2025-01-01", "--out", target.string()});
    CHECK(unknown_p.exit_code == 2);
    CHECK(unknown_p.err == "factdb: " + overview_spec() +
                               ": -p until: no such report parameter (parameters: since, company)\n");
    const RunResult bad_p = run_report(s.db, {overview_spec(), "-p", "since", "yesterday"});
    CHECK(bad_p.exit_code == 2);
    CHECK(bad_p.err == "factdb: " + overview_spec() +
                           ": -p since: not an ISO timestamp (YYYY-MM-DD, "
                           "YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, each optionally ending "
                           "in Z): 'yesterday'\n");
    const RunResult missing = run_report(s.db, {(out / "nope.json").string()});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err ==
          "factdb: " + (out / "nope.json").string() + ": cannot read the report spec\n");
    const RunResult usage = run_report(s.db, {overview_spec(), "--format", "pdf"});
    CHECK(usage.exit_code == 2);
    CHECK(usage.err ==
          "factdb: unknown report format 'pdf' (formats: md, html, json) (see 'factdb report --help')\n");
    CHECK(read_file(target) == "previous report\n");
    CHECK(file_names(out.path()) == std::vector<std::string>{"bad.json", "cols.json", "report.md"});
}

TEST_CASE("report parses -p and --timeout with the query commands' words", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    const auto err = [&](std::vector<std::string> args) {
        const RunResult r = run_report(s.db, std::move(args));
        return std::to_string(r.exit_code) + " " + r.err;
    };
    CHECK(err({overview_spec(), "-p", "since"}) ==
          "2 factdb: -p needs NAME and VALUE (see 'factdb report --help')\n");
    CHECK(err({overview_spec(), "--param", "since"}) ==
          "2 factdb: --param needs NAME and VALUE (see 'factdb report --help')\n");
    // A report parameter's NAME is taken as given: no ':' is stripped.
    CHECK(err({overview_spec(), "-p", ":since", "2025-01-01"}) ==
          "2 factdb: " + overview_spec() +
              ": -p :since: no such report parameter (parameters: since, company)\n");
    // The later -p of a NAME wins.
    CHECK(err({overview_spec(), "-p", "since", "yesterday", "--param", "since", "2025-01-03"}) ==
          "0 ");
    for (const std::string t : {"0", "-1", "abc", "86401", "1s"}) {
        INFO(t);
        const std::string expected =
            "2 factdb: --timeout takes a number of seconds greater than 0, not '" + t +
            "' (see 'factdb report --help')\n";
        CHECK(err({overview_spec(), "--timeout", t}) == expected);
        CHECK(err({overview_spec(), "--timeout=" + t}) == expected);
        // The same words as the query commands'.
        const RunResult q = run_factdb({"--db", s.db.string(), "query", "people", "--timeout", t});
        CHECK(std::to_string(q.exit_code) + " " + q.err ==
              "2 factdb: --timeout takes a number of seconds greater than 0, not '" + t +
                  "' (see 'factdb query --help')\n");
    }
    CHECK(err({overview_spec(), "--timeout", "86400"}) == "0 ");
}

TEST_CASE("report --out replaces the file atomically, the format follows the extension",
          "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    TempDir out;
    const fs::path html = out.write("overview.html", "old");
    const RunResult r = run_report(s.db, {overview_spec(), "--out", html.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(read_file(html).rfind("<!DOCTYPE html>\n", 0) == 0);
    const fs::path js = out / "overview.json";
    REQUIRE(run_report(s.db, {overview_spec(), "--out", js.string()}).exit_code == 0);
    CHECK(json::parse(read_file(js))["generated_at"] == "2025-03-01T00:00:00Z");
    CHECK(file_names(out.path()) == std::vector<std::string>{"overview.html", "overview.json"});
    // Same inputs, same bytes: reports are reproducible under FACTDB_NOW.
    const RunResult md1 = run_report(s.db, {overview_spec()});
    const RunResult md2 = run_report(s.db, {overview_spec(), "--format", "md"});
    CHECK(md1.out == md2.out);
}

TEST_CASE("database and I/O errors exit 3 and write nothing", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    TempDir out;
    const RunResult no_dir =
        run_report(s.db, {overview_spec(), "--out", (out / "missing/r.md").string()});
    CHECK(no_dir.exit_code == 3);
    CHECK(no_dir.err.rfind("factdb: " + (out / "missing/r.md").string() +
                               ": cannot create a temporary file in " + (out / "missing").string() +
                               ": No such file or directory\n",
                           0) == 0);
    const fs::path kept = out.write("kept.md", "kept");
    const RunResult no_db =
        run_report(out / "none.sqlite", {overview_spec(), "--out", kept.string()});
    CHECK(no_db.exit_code == 3);
    CHECK(read_file(kept) == "kept");
    CHECK(file_names(out.path()) == std::vector<std::string>{"kept.md"});
}

TEST_CASE("report --out never replaces the database, its -wal/-shm, a FIFO, socket or folder",
          "[report]") {
    // Issue 11, defect 5: `--out factdb.sqlite` replaced the database with
    // Markdown (exit 0), and --out onto a device node replaced the node.
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    const std::string db = s.db.string();
    const std::string before = file_sha256(s.db);
    TempDir out;
    const fs::path hard = out / "hard.md", soft = out / "soft.md", pipe = out / "pipe.md",
                   sock = out / "sock.md", folder = out / "folder.md",
                   null_link = out / "null-link.md";
    fs::create_hard_link(s.db, hard);  // `ln db x.md`
    fs::create_symlink(s.db, soft);
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    make_socket(sock);
    fs::create_directories(folder);
    // What the link names is refused (a rename would only replace the link,
    // but the user meant the device).
    fs::create_symlink("/dev/null", null_link);
    const std::vector<std::string> names = file_names(out.path());

    struct Row {
        std::string out, err;
    };
    const std::vector<Row> rows = {
        {db, "factdb: --out " + db + ": that is the database " + db + kFixDb},
        {hard.string(), "factdb: --out " + hard.string() + ": that is the database " + db + kFixDb},
        {soft.string(), "factdb: --out " + soft.string() + ": that is the database " + db + kFixDb},
        // By name: no connection is open, so neither file exists now.
        {db + "-wal", "factdb: --out " + db + "-wal: that is " + db +
                          "-wal, the database's write-ahead log" + kFixDb},
        {db + "-shm", "factdb: --out " + db + "-shm: that is " + db +
                          "-shm, the database's shared-memory index" + kFixDb},
        {pipe.string(), "factdb: --out " + pipe.string() + ": is a FIFO" + kFixKind},
        {sock.string(), "factdb: --out " + sock.string() + ": is a socket" + kFixKind},
        {folder.string(), "factdb: --out " + folder.string() + ": is a folder" + kFixKind},
        {null_link.string(),
         "factdb: --out " + null_link.string() + ": is a character device" + kFixKind},
    };
    for (const auto& row : rows) {
        INFO(row.out);
        const RunResult r = run_report(s.db, {overview_spec(), "--out", row.out});
        CHECK(r.err == row.err);
        CHECK(r.out.empty());
        CHECK(r.exit_code == 2);
        CHECK(file_sha256(s.db) == before);
    }
    // Every path is what it was, and nothing was added beside it.
    CHECK(file_names(out.path()) == names);
    CHECK(lstat_of(hard).st_nlink == 2);
    CHECK(lstat_of(hard).st_ino == lstat_of(s.db).st_ino);
    CHECK(S_ISLNK(lstat_of(soft).st_mode));
    CHECK(S_ISFIFO(lstat_of(pipe).st_mode));
    CHECK(S_ISSOCK(lstat_of(sock).st_mode));
    CHECK(S_ISLNK(lstat_of(null_link).st_mode));
    CHECK_FALSE(fs::exists(db + "-wal"));
    CHECK_FALSE(fs::exists(db + "-shm"));
    // The same report to a new name beside them is written as ever.
    REQUIRE(run_report(s.db, {overview_spec(), "--out", (out / "ok.md").string()}).exit_code == 0);
    CHECK(read_file(out / "ok.md").rfind("# ", 0) == 0);
}

TEST_CASE("report --out onto a device node is refused and the node stays a device", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    TempDir out;
    const std::optional<fs::path> device = device_for_out(out.path());
    if (!device) {
        WARN("root without CAP_MKNOD: no device node this test may safely point --out at");
        return;
    }
    const struct stat before = lstat_of(*device);
    REQUIRE(S_ISCHR(before.st_mode));
    const RunResult r = run_report(s.db, {overview_spec(), "--out", device->string()});
    CHECK(r.err == "factdb: --out " + device->string() + ": is a character device" + kFixKind);
    CHECK(r.exit_code == 2);
    const struct stat after = lstat_of(*device);
    CHECK(S_ISCHR(after.st_mode));
    CHECK(after.st_rdev == before.st_rdev);
    CHECK(after.st_ino == before.st_ino);
}

TEST_CASE("report --out refuses links to an existing -wal and -shm by identity", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    const std::string db = s.db.string();
    // An open connection that has read keeps the database's -wal and -shm.
    SQLite::Database conn(db, SQLite::OPEN_READWRITE);
    REQUIRE(conn.execAndGet("SELECT count(*) FROM documents").getInt() > 0);
    REQUIRE(fs::exists(db + "-wal"));
    REQUIRE(fs::exists(db + "-shm"));
    TempDir out;
    const fs::path wal_link = out / "wal.md", shm_link = out / "shm.md";
    fs::create_hard_link(db + "-wal", wal_link);
    fs::create_symlink(db + "-shm", shm_link);
    const std::string wal_before = file_sha256(db + "-wal");
    RunResult r = run_report(s.db, {overview_spec(), "--out", wal_link.string()});
    CHECK(r.err == "factdb: --out " + wal_link.string() + ": that is " + db +
                       "-wal, the database's write-ahead log" + kFixDb);
    CHECK(r.exit_code == 2);
    r = run_report(s.db, {overview_spec(), "--out", shm_link.string()});
    CHECK(r.err == "factdb: --out " + shm_link.string() + ": that is " + db +
                       "-shm, the database's shared-memory index" + kFixDb);
    CHECK(r.exit_code == 2);
    CHECK(file_sha256(db + "-wal") == wal_before);
    CHECK(lstat_of(wal_link).st_nlink == 2);
    CHECK(S_ISLNK(lstat_of(shm_link).st_mode));
}

TEST_CASE("report --fail-on-check: exit 1 on problems at or above the level, report still written",
          "[report]") {
    HostileDb h;
    REQUIRE(h.load.exit_code == 0);
    {
        // The premise, through the checks' own header: this database has an error.
        factdb::query::ReadOnlyDatabase db(h.db.string(), {});
        const auto v = factdb::check::run_checks(db);
        REQUIRE(std::any_of(v.begin(), v.end(), [](const factdb::check::Violation& x) {
            return x.severity == factdb::check::Severity::error && x.rule == "stakes_over_100";
        }));
    }
    TempDir out;
    const fs::path target = out / "r.md";
    const fs::path spec = out.write("s.json", R"({"title": "Stakes", "sections": [
        {"query": "stakeholders", "parameters": {"company": "Gamma & Co"}}]})");
    const RunResult bad =
        run_report(h.db, {spec.string(), "--out", target.string(), "--fail-on-check", "error"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err ==
          "factdb: check: error: stakes_over_100: Gamma & Co: stakes add up to at least 110 % "
          "(Acme 60 %, Beta 50 %)\n"
          "factdb: check: 1 problem at or above error (the report was written)\n");
    CHECK(read_file(target).rfind("# Stakes\n", 0) == 0);
    CHECK(has_line(read_file(target),
                   "| Acme | shareholder | 60.0 | 60.0 |  |  | asserted | Acme holds 60% of "
                   "Gamma &amp; Co [^2] |"));

    // A database where the checks find no error: exit 0 at level error.
    TempDir empty;
    const fs::path empty_db = empty / "empty.sqlite";
    REQUIRE(run_factdb({"--db", empty_db.string(), "init"}).exit_code == 0);
    const RunResult ok = run_report(empty_db, {spec.string(), "--fail-on-check", "error"});
    CHECK(ok.exit_code == 0);
    CHECK(ok.err.empty());
    CHECK(ok.out.find("(no rows)") != std::string::npos);

    const RunResult level = run_report(empty_db, {spec.string(), "--fail-on-check", "info"});
    CHECK(level.exit_code == 2);
    CHECK(level.err ==
          "factdb: --fail-on-check takes error or warning, not 'info' (see 'factdb report --help')\n");
}

TEST_CASE("report --fail-on-check on the seeds: warnings count only at level warning", "[report]") {
    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    std::size_t errors = 0, warnings = 0;
    {
        factdb::query::ReadOnlyDatabase db(s.db.string(), {});
        for (const auto& v : factdb::check::run_checks(db)) {
            errors += v.severity == factdb::check::Severity::error;
            warnings += v.severity == factdb::check::Severity::warning;
        }
    }
    REQUIRE(errors == 0);
    const RunResult at_error = run_report(s.db, {overview_spec(), "--fail-on-check", "error"});
    CHECK(at_error.exit_code == 0);
    CHECK(at_error.err.empty());
    const RunResult at_warning = run_report(s.db, {overview_spec(), "--fail-on-check", "warning"});
    CHECK(at_warning.exit_code == (warnings > 0 ? 1 : 0));
    CHECK(at_warning.out == at_error.out);  // the report is written either way
}

TEST_CASE("report --help states usage, options and exit codes", "[report]") {
    const RunResult r = run_factdb({"report", "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("Usage: factdb [--db PATH] report SPEC.json [--out FILE] [--format "
                      "md|html|json]\n",
                      0) == 0);
    for (const char* option : {"--out FILE", "--format F", "-p, --param NAME VALUE",
                               "--fail-on-check LEVEL", "Exit codes: 0 ok, 1 --fail-on-check"}) {
        CHECK(r.out.find(option) != std::string::npos);
    }
    CHECK(run_factdb({"--help"}).out.find("\n  report ") != std::string::npos);
}
