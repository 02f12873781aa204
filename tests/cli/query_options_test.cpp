// The habits of sqlite-utils and the sqlite3 shell on the real binary
// (cli/query_options.cpp, cli/cmd_sql.cpp, cli/cmd_summary.cpp, the missing
// database of db/database.cpp): the output shortcuts are the same as
// --format, two choices are refused, ? and ?NNN placeholders bind from the
// values after the SQL and from -p N, no parameter is left NULL, a reader
// names a missing database and how to make it, and usage errors point to
// the command's own --help.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

const std::string kFacts = "SELECT id, type FROM facts WHERE id <= 2 ORDER BY id";

}  // namespace

TEST_CASE("each output shortcut writes what --format writes", "[cli][habits]") {
    TempDir dir;
    const std::string db = seed_database(dir).string();
    struct Row {
        std::vector<std::string> shortcut;
        std::string format;
    };
    for (const Row& r : std::vector<Row>{{{"--csv"}, "csv"},
                                         {{"--tsv"}, "tsv"},
                                         {{"--json"}, "json"},
                                         {{"--jsonl"}, "jsonl"},
                                         {{"--nl"}, "jsonl"},
                                         {{"--table"}, "table"},
                                         {{"--markdown"}, "markdown"},
                                         {{"--md"}, "markdown"},
                                         {{"-f", "csv"}, "csv"},
                                         {{"--format", "md"}, "markdown"},
                                         {{"--format=nl"}, "jsonl"}}) {
        INFO(r.shortcut.front());
        std::vector<std::string> a{"--db", db, "sql", kFacts};
        a.insert(a.end(), r.shortcut.begin(), r.shortcut.end());
        const RunResult shortcut = run_factdb(a);
        const RunResult format = run_factdb({"--db", db, "sql", kFacts, "--format", r.format});
        CHECK(shortcut.exit_code == 0);
        CHECK(shortcut.err == "");
        CHECK(shortcut.out == format.out);
    }
    CHECK(run_factdb({"--db", db, "sql", kFacts, "--csv"}).out ==
          "id,type\r\n1,investment\r\n2,investment\r\n");
    CHECK(run_factdb({"--db", db, "sql", kFacts, "--md"}).out ==
          "| id | type |\n| --- | --- |\n| 1 | investment |\n| 2 | investment |\n");
    CHECK(run_factdb({"--db", db, "sql", kFacts, "--nl"}).out ==
          "{\"id\":1,\"type\":\"investment\"}\n{\"id\":2,\"type\":\"investment\"}\n");
    // The named queries, search, schema and check take them too.
    const RunResult q = run_factdb({"--db", db, "query", "investments", "--csv"});
    CHECK(q.exit_code == 0);
    CHECK(q.out.rfind("investor,investee,amount_low,", 0) == 0);
    CHECK(run_factdb({"--db", db, "schema", "--md"}).out.rfind("| ", 0) == 0);
}

TEST_CASE("two output formats, or an unknown one, are refused", "[cli][habits]") {
    TempDir dir;
    const std::string db = seed_database(dir).string();
    const RunResult two = run_factdb({"--db", db, "sql", kFacts, "--md", "--csv"});
    CHECK(two.exit_code == 2);
    CHECK(two.err ==
          "factdb: --csv and --md both choose the output format: give one (see 'factdb sql "
          "--help')\n");
    const RunResult again = run_factdb({"--db", db, "query", "investments", "-f", "csv", "--json"});
    CHECK(again.exit_code == 2);
    CHECK(again.err ==
          "factdb: -f csv and --json both choose the output format: give one (see 'factdb query "
          "--help')\n");
    const RunResult unknown = run_factdb({"--db", db, "sql", kFacts, "-f", "xml"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err ==
          "factdb: unknown format 'xml' (formats: table, csv, tsv, json, jsonl (or nl), markdown "
          "(or md)) (see 'factdb sql --help')\n");
    CHECK(two.out == "");
}

TEST_CASE("positional parameters bind from the values after the SQL and from -p N",
          "[cli][habits]") {
    TempDir dir;
    const std::string db = seed_database(dir).string();
    auto csv = [&](std::vector<std::string> extra) {
        std::vector<std::string> a{"--db", db, "sql"};
        a.insert(a.end(), extra.begin(), extra.end());
        a.push_back("--csv");
        return run_factdb(a);
    };
    CHECK(csv({"SELECT id, type FROM facts WHERE id = ?", "3"}).out == "id,type\r\n3,stake\r\n");
    CHECK(csv({"SELECT ? AS a, ? AS b", "x", "12"}).out == "a,b\r\nx,12\r\n");
    CHECK(csv({"SELECT ?2 AS a, ?1 AS b, typeof(?1) AS t", "1.5", "y"}).out ==
          "a,b,t\r\ny,1.5,real\r\n");
    CHECK(csv({"SELECT ? AS a", "-p", "1", "z"}).out == "a\r\nz\r\n");
    CHECK(csv({"SELECT ?1 AS a", "-p", "?1", "w"}).out == "a\r\nw\r\n");
    // Numbers are SQLite's indexes: after :n, the ? is the second.
    CHECK(csv({"SELECT :n AS n, ? AS p", "-p", "n", "7", "-p", "2", "8"}).out == "n,p\r\n7,8\r\n");
    CHECK(csv({"SELECT @n AS n, $m AS m", "-p", "n", "1", "-p", "m", "2"}).out == "n,m\r\n1,2\r\n");
    // From stdin, the values still follow the "-".
    const RunResult piped = run_factdb({"--db", db, "sql", "-", "4", "--csv"},
                                       "SELECT id FROM facts WHERE id = ?");
    CHECK(piped.out == "id\r\n4\r\n");

    struct Refusal {
        std::vector<std::string> args;
        std::string err;
    };
    for (const Refusal& r : std::vector<Refusal>{
             {{"SELECT ? AS a, ? AS b", "x"},
              "factdb: the SQL's positional parameter ?2 has no value: give it after the SQL or "
              "with -p 2 VALUE\n"},
             {{"SELECT :a AS a"},
              "factdb: the SQL's parameter :a has no value: give it with -p a VALUE\n"},
             {{"SELECT ?5 AS a"},
              "factdb: the SQL's positional parameter ?5 has no value: give it after the SQL or "
              "with -p 5 VALUE\n"},
             {{"SELECT :a AS a", "1"},
              "factdb: parameter 1 of the SQL is :a: bind it with -p a VALUE\n"},
             {{"SELECT ? AS a", "1", "2"},
              "factdb: the SQL has no positional parameter ?2 (it has 1 parameter(s))\n"},
             {{"SELECT ? AS a", "1", "-p", "1", "2"},
              "factdb: parameter 1 is given twice: by -p 1 and as value 1 after the SQL (see "
              "'factdb sql --help')\n"},
             {{"SELECT 1 AS a", "-p", "b", "2"}, "factdb: the SQL has no parameter :b\n"},
         }) {
        INFO(r.args.front());
        std::vector<std::string> a{"--db", db, "sql"};
        a.insert(a.end(), r.args.begin(), r.args.end());
        const RunResult res = run_factdb(a);
        CHECK(res.exit_code == 2);
        CHECK(res.err == r.err);
        CHECK(res.out == "");
    }
}

TEST_CASE("a reader names a missing database and how to make one", "[cli][habits]") {
    TempDir dir;
    const std::string db = (dir / "none.sqlite").string();
    const std::string err = "factdb: no database at " + db +
                            ": create it with `factdb init` or `factdb load FILES`\n";
    for (const std::vector<std::string>& cmd : std::vector<std::vector<std::string>>{
             {"sql", "SELECT 1"},
             {"query", "investments"},
             {"summary"},
             {"schema"},
             {"check"},
             {"search", "Anthropic"},
             {"report", (source_dir() / "reports" / "overview.json").string(), "--format", "md"}}) {
        INFO(cmd.front());
        std::vector<std::string> a{"--db", db};
        a.insert(a.end(), cmd.begin(), cmd.end());
        const RunResult r = run_factdb(a);
        CHECK(r.exit_code == 3);
        CHECK(r.err == err);
        CHECK_FALSE(fs::exists(db));
    }
    // init makes it; then it opens.
    CHECK(run_factdb({"--db", db, "init"}).exit_code == 0);
    CHECK(run_factdb({"--db", db, "sql", "SELECT 1 AS one", "--csv"}).out == "one\r\n1\r\n");
}

TEST_CASE("summary takes --format table, markdown or json", "[cli][habits]") {
    TempDir dir;
    const std::string db = seed_database(dir).string();
    const RunResult table = run_factdb({"--db", db, "summary"});
    CHECK(table.exit_code == 0);
    CHECK(table.out.rfind("## Investments (3)\n\n", 0) == 0);
    const RunResult md = run_factdb({"--db", db, "summary", "--md"});
    CHECK(md.exit_code == 0);
    CHECK(md.out.rfind("## Investments (3)\n\n| investor | investee |", 0) == 0);
    const RunResult json = run_factdb({"--db", db, "summary", "--format", "json"});
    CHECK(json.exit_code == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    CHECK(parsed.size() == 9);
    CHECK(parsed.at("acquisitions").size() == 0);  // the seed article states none
    CHECK(parsed.at("investments").size() == 3);
    CHECK(parsed.at("investments")[0].at("amount_low") == 8000000000LL);
    CHECK(parsed.at("investments")[0].at("quote") ==
          "Amazon ait déjà investi 8 milliards de dollars dans Anthropic");
    CHECK(parsed.contains("stakeholders"));
    CHECK(parsed.contains("datacenters_by_state"));
    CHECK(parsed.contains("people"));
    // Issue 13: rounds, valuations, spending (none in the seed) and the
    // data-centre sites with their capacity.
    CHECK(parsed.at("funding_rounds").empty());
    CHECK(parsed.at("valuations").empty());
    CHECK(parsed.at("spending").empty());
    CHECK(parsed.at("datacenters").size() == 5);
    CHECK(table.out.find("\n## Funding rounds (0)\n") != std::string::npos);
    CHECK(table.out.find("\n## Data-centre sites (5)\n") != std::string::npos);
    const RunResult csv = run_factdb({"--db", db, "summary", "--csv"});
    CHECK(csv.exit_code == 2);
    CHECK(csv.err ==
          "factdb: summary prints several tables: use --format table, markdown or json (or "
          "'factdb query NAME' for one table in any format) (see 'factdb summary --help')\n");
}

TEST_CASE("usage errors point to the command's own --help, --help lists the formats",
          "[cli][habits]") {
    TempDir dir;
    const std::string db = seed_database(dir).string();
    struct Row {
        std::vector<std::string> args;
        std::string err;
    };
    for (const Row& r : std::vector<Row>{
             {{"sql", "SELECT 1", "--bogus"}, "factdb: unknown option --bogus (see 'factdb sql --help')\n"},
             {{"query"},
              "factdb: query takes one query NAME (list them with 'factdb queries') (see 'factdb "
              "query --help')\n"},
             {{"summary", "extra"}, "factdb: summary takes no arguments (see 'factdb summary --help')\n"},
             {{"frob"}, "factdb: unknown command 'frob' (see 'factdb --help')\n"},
         }) {
        std::vector<std::string> a{"--db", db};
        a.insert(a.end(), r.args.begin(), r.args.end());
        const RunResult res = run_factdb(a);
        INFO(r.args.front());
        CHECK(res.exit_code == 2);
        CHECK(res.err == r.err);
    }
    const RunResult help = run_factdb({"--help"});
    CHECK(help.out.find("Output formats (query, sql, search, schema, check, queries):\n"
                        "  table, csv, tsv, json, jsonl (or nl), markdown (or md), chosen with\n") !=
          std::string::npos);
}
