// The named queries: headers agree with their SQL, each query returns the
// exact rows on the seed database, parameterised lookups go through an index
// (checked in the plan and by the work done on a large table), and bad
// names, parameters and values are refused with exact messages.
#include <sqlite3.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

#include "db/database.h"
#include "loader/loader.h"
#include "query/named_query.h"
#include "query/readonly.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

namespace {

std::string rows_of(const query::Table& t) {
    std::string out;
    for (const auto& row : t.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "|" : "") + query::to_text(row[i]);
        out += "\n";
    }
    return out;
}

std::string run(const fs::path& db, const std::string& name,
                const std::map<std::string, std::optional<std::string>>& params = {}) {
    query::ReadOnlyDatabase ro(db.string(), {});
    return rows_of(ro.run_named(*query::find_named_query(name), params));
}

long line_count(const std::string& s) {
    return std::count(s.begin(), s.end(), '\n');
}

std::string columns_of(const fs::path& db, const std::string& name,
                       const std::map<std::string, std::optional<std::string>>& params = {}) {
    query::ReadOnlyDatabase ro(db.string(), {});
    std::string out;
    for (const auto& c : ro.run_named(*query::find_named_query(name), params).columns) {
        out += (out.empty() ? "" : ",") + c;
    }
    return out;
}

}  // namespace

TEST_CASE("every named query declares exactly the parameters its SQL uses", "[queries]") {
    const std::set<std::string> expected = {"acquisitions", "compute_deals",
                                            "conflicts",   "datacenters", "datacenters_by_state",
                                            "entity",      "funding_rounds",
                                            "investment_totals",
                                            "investments", "new_since",
                                            "people",      "provenance",
                                            "sources",     "spending",
                                            "stakeholders", "timeline",
                                            "valuations"};
    std::set<std::string> names;
    for (const auto& q : query::named_queries()) {
        INFO(q.name);
        names.insert(q.name);
        CHECK_FALSE(q.title.empty());
        CHECK_FALSE(q.description.empty());
        std::set<std::string> declared, used;
        for (const auto& p : q.params) declared.insert(p.name);
        for (std::size_t i = 0; i < q.sql.size(); ++i) {
            if (q.sql[i] != ':' || (i > 0 && q.sql[i - 1] == ':')) continue;
            const std::size_t line_start = q.sql.rfind('\n', i);
            if (q.sql.compare(line_start == std::string::npos ? 0 : line_start + 1, 2, "--") == 0)
                continue;
            std::size_t j = i + 1;
            while (j < q.sql.size() &&
                   (std::isalnum(static_cast<unsigned char>(q.sql[j])) || q.sql[j] == '_'))
                ++j;
            if (j > i + 1) used.insert(q.sql.substr(i + 1, j - i - 1));
        }
        CHECK(declared == used);
        // Every query takes the fact filters (docs/QUERIES.md, "Confidence
        // and origin"): --min-confidence and --curated-only bind them.
        const query::ParamSpec* min = query::find_parameter(q, query::kMinConfidenceParam);
        REQUIRE(min);
        CHECK(min->type == query::ParamType::real);
        CHECK_FALSE(min->required);
        CHECK_FALSE(min->default_value.has_value());
        const query::ParamSpec* curated = query::find_parameter(q, query::kCuratedOnlyParam);
        REQUIRE(curated);
        CHECK(curated->type == query::ParamType::integer);
        CHECK(curated->default_value == std::optional<std::string>("0"));
    }
    CHECK(names == expected);
}

TEST_CASE("named queries return the seed's facts", "[queries]") {
    TempDir dir;
    const fs::path db = seed_database(dir);
    CHECK(columns_of(db, "investments") ==
          "investor,investee,amount_low,amount_high,amount_qualifier,currency,stage,modality,"
          "documents,quote");
    CHECK(run(db, "investments", {{"investor", "AMAZON"}}) ==
          "Amazon|Anthropic|8000000000|8000000000|exact|USD|completed|asserted|1|"
          "Amazon ait déjà investi 8 milliards de dollars dans Anthropic\n"
          "Amazon|Anthropic|||undisclosed||considered|reported|1|Amazon envisageait de réaliser un "
          "nouvel investissement dans "
          "l'entreprise de start-up en intelligence artificielle Anthropic\n");
    CHECK(run(db, "investments", {{"modality", "reported"}}).find("considered|reported") !=
          std::string::npos);
    CHECK(run(db, "investments", {{"investee", "anthropic"}, {"investor", "Google"}}) ==
          "Google|Anthropic|3000000000||more_than|USD|completed|asserted|1|"
          "Google a précédemment injecté plus de 3 milliards de dollars dans Anthropic\n");
    CHECK(run(db, "investments", {{"investor", "Nobody"}}).empty());

    CHECK(columns_of(db, "investment_totals") ==
          "investor,investee,completed_low_total,currency,facts,undisclosed,hedged");
    CHECK(run(db, "investment_totals") ==
          "Amazon|Anthropic|8000000000|USD|2|1|1\nGoogle|Anthropic|3000000000|USD|1|0|0\n");

    CHECK(columns_of(db, "stakeholders") ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,quote");
    CHECK(run(db, "stakeholders") ==
          "Amazon|principal_shareholder|||8000000000|USD|expected|permette à Amazon de rejoindre le "
          "cercle restreint "
          "des principaux actionnaires de l'entreprise\n"
          "Amazon|shareholder|||8000000000|USD|asserted|consolider sa position d'actionnaire chez "
          "Anthropic\n"
          "Google|investor|||3000000000|USD|asserted|Google a précédemment injecté plus de 3 milliards "
          "de dollars "
          "dans Anthropic\n");

    CHECK(columns_of(db, "datacenters_by_state") ==
          "state_code,state_name,operator,datacenter_count,count_qualifier,previous_count,"
          "investment_low,"
          "investment_high,investment_qualifier,currency,modality,quote,capacity_mw_low,"
          "capacity_mw_high,capacity_qualifier,site,locality");
    CHECK(run(db, "datacenters_by_state") ==
          "US-IN|Indiana|Amazon|30|exact|16|11000000000||at_least|USD|asserted|Amazon a déjà "
          "investi au moins 11 "
          "milliards de dollars pour construire 30 centres de données en Indiana, doublant ainsi "
          "la taille initiale "
          "prévue de 16 centres|||undisclosed||\n"
          "US-MS|Mississippi|Amazon||undisclosed||||undisclosed||planned|le Mississippi|||"
          "undisclosed||\n"
          "US-NC|North Carolina|Amazon||undisclosed||||undisclosed||planned|la Caroline du "
          "Nord|||undisclosed||\n"
          "US-PA|Pennsylvania|Amazon||undisclosed||||undisclosed||planned|la Pennsylvanie|||"
          "undisclosed||\n");
    // Every site, the country-level and unplaced facts too (the seed's
    // "largest data centre" has no place: last).
    CHECK(columns_of(db, "datacenters") ==
          "country,state,location,locality,site,operator,datacenter_count,count_qualifier,"
          "capacity_mw_low,capacity_mw_high,capacity_qualifier,investment_low,investment_high,"
          "investment_qualifier,currency,status,modality,documents,quote,subdivision");
    CHECK(run(db, "datacenters") ==
          "US|US-IN|en Indiana|||Amazon|30|exact|||undisclosed|11000000000||at_least|USD|"
          "unspecified|asserted|1|Amazon a déjà investi au moins 11 milliards de dollars pour "
          "construire 30 centres de données en Indiana, doublant ainsi la taille initiale "
          "prévue de 16 centres|\n"
          "US|US-MS|le Mississippi|||Amazon||undisclosed|||undisclosed|||undisclosed||"
          "unspecified|planned|1|le Mississippi|\n"
          "US|US-NC|la Caroline du Nord|||Amazon||undisclosed|||undisclosed|||undisclosed||"
          "unspecified|planned|1|la Caroline du Nord|\n"
          "US|US-PA|la Pennsylvanie|||Amazon||undisclosed|||undisclosed|||undisclosed||"
          "unspecified|planned|1|la Pennsylvanie|\n"
          "|||||Amazon||undisclosed|||undisclosed|||undisclosed||unspecified|conditional|1|La pierre "
          "angulaire de cette nouvelle alliance serait la construction du plus grand centre de "
          "données du monde|\n");
    CHECK(run(db, "datacenters", {{"operator", "Google"}}).empty());
    CHECK(run(db, "datacenters_by_state", {{"operator", "Google"}}).empty());

    CHECK(columns_of(db, "people") ==
          "person,title,organization,tense,start_year,as_of,modality,quote");
    // The seed gives no published date: no as_of.
    CHECK(run(db, "people", {{"organization", "anthropic"}}) ==
          "Mike Krieger|chef des produits|Anthropic|current|||asserted|Mike Krieger, chef des "
          "produits d'Anthropic\n");

    CHECK(columns_of(db, "entity", {{"name", "x"}}) ==
          "fact_id,type,role,summary,modality,document,documents,quote");
    const std::string claude = run(db, "entity", {{"name", "claude"}});
    CHECK(claude ==
          "14|product|product|Claude by Anthropic (produit phare), competes with ChatGPT of "
          "OpenAI|asserted|"
          "000_d58c891cf63c8762|1|Son produit phare, Claude, est considéré comme le principal "
          "concurrent de "
          "ChatGPT d'OpenAI\n");
    CHECK(line_count(run(db, "entity", {{"name", "Amazon"}})) == 14);

    CHECK(columns_of(db, "provenance", {{"fact", "2"}}) ==
          "document,title,start,end,sentence,quote,modality,modality_cue,cue_start,cue_end,"
          "modality_source,origin,rule,confidence");  // the last three since issue 14
    CHECK(run(db, "provenance", {{"fact", "2"}}) ==
          "000_d58c891cf63c8762|Amazon et Anthropic s'associent pour construire le plus grand "
          "centre de données "
          "mondial : un investissement stratégique majeur dans l'IA|579|640|Bien qu'Amazon ait "
          "déjà investi 8 "
          "milliards de dollars dans Anthropic, l'échelle précise de ce nouveau financement n'a "
          "pas encore été "
          "dévoilée.|Amazon ait déjà investi 8 milliards de dollars dans Anthropic|asserted||||"
          "default|curated||\n");

    CHECK(line_count(run(db, "new_since", {{"since", "2026-11-28"}})) == 19);
    CHECK(run(db, "new_since", {{"since", "2026-11-28T12:00:00Z"}}).empty());
    CHECK(run(db, "conflicts").empty());
}

TEST_CASE("conflicts shows two documents disagreeing side by side", "[queries]") {
    TempDir dir;
    const fs::path db = seed_database(dir);
    const std::string text = "Amazon a déjà investi 4 milliards de dollars dans Anthropic.";
    const nlohmann::json doc = {
        {"format", "factdb.claims/1"},
        {"document", {{"id", "other"}, {"title", "Autre"}, {"language", "fr"}, {"text", text}}},
        {"claims",
         {{{"id", "c1"},
           {"type", "investment"},
           {"evidence", "Amazon a déjà investi 4 milliards de dollars dans Anthropic"},
           {"investor", "Amazon"},
           {"investee", "Anthropic"},
           {"amount", "4 milliards de dollars"},
           {"stage", "completed"}}}}};
    const auto file = dir.write("other.json", doc.dump());
    REQUIRE(run_factdb({"--db", db.string(), "load", file.string()}).exit_code == 0);
    query::ReadOnlyDatabase ro(db.string(), {});
    const query::Table t = ro.run_named(*query::find_named_query("conflicts"), {});
    CHECK(t.columns == std::vector<std::string>{"type", "fact_a", "summary_a", "modality_a",
                                                "documents_a", "quote_a", "fact_b", "summary_b",
                                                "modality_b", "documents_b", "quote_b"});
    CHECK(rows_of(t) ==
          "investment|2|Amazon invests in Anthropic: 8000000000 USD (completed)|asserted|1|Amazon "
          "ait déjà investi 8 "
          "milliards de dollars dans Anthropic|20|Amazon invests in Anthropic: 4000000000 USD "
          "(completed)|asserted|1|"
          "Amazon a déjà investi 4 milliards de dollars dans Anthropic\n");

    // Pairs are matched on subject_hash, then their full subject_key: a third
    // fact given the pair's hash (a 64-bit collision) does not join them.
    {
        SQLite::Database rw = db::open(db.string(), db::Mode::read_write);
        rw.exec(
            "UPDATE facts SET subject_hash = (SELECT subject_hash FROM facts WHERE id = 2)"
            " WHERE id = 1");
        REQUIRE(sql_int(rw,
                        "SELECT count(*) FROM facts WHERE subject_hash ="
                        " (SELECT subject_hash FROM facts WHERE id = 2)") == 3);
    }
    query::ReadOnlyDatabase again(db.string(), {});
    CHECK(rows_of(again.run_named(*query::find_named_query("conflicts"), {})) == rows_of(t));
}

TEST_CASE("bad query names, parameters and values are refused", "[queries]") {
    TempDir dir;
    const fs::path db = seed_database(dir);
    struct Case {
        std::vector<std::string> args;
        std::string err;
    };
    const std::vector<Case> cases = {
        {{"query", "nope"}, "factdb: unknown query 'nope' (see 'factdb queries')\n"},
        {{"query", "investments", "-p", "investr", "Amazon"},
         "factdb: query investments has no parameter 'investr' (parameters: investor, investee, "
         "modality, min_confidence, curated_only)\n"},
        {{"query", "provenance"}, "factdb: query provenance: parameter 'fact' is required\n"},
        {{"query", "provenance", "-p", "fact", "two"},
         "factdb: query provenance: parameter 'fact': not an integer: 'two'\n"},
        {{"query", "new_since", "-p", "since", "yesterday"},
         "factdb: query new_since: parameter 'since': not an ISO timestamp (YYYY-MM-DD, "
         "YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, each optionally ending in Z): "
         "'yesterday'\n"},
        {{"query", "investments", "--format", "xml"},
         "factdb: unknown format 'xml' (formats: table, csv, tsv, json, jsonl (or nl), markdown "
         "(or md)) (see 'factdb query --help')\n"},
    };
    for (const auto& c : cases) {
        std::vector<std::string> args = {"--db", db.string()};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const RunResult r = run_factdb(args);
        INFO(c.args[1]);
        CHECK(r.exit_code == 2);
        CHECK(r.err == c.err);
        CHECK(r.out.empty());
    }
}

TEST_CASE("parameters are bound as data, never spliced into SQL", "[queries]") {
    TempDir dir;
    const fs::path db = seed_database(dir);
    const std::string before = file_sha256(db);
    for (const std::string evil : {"x' OR '1'='1", "Amazon'; DROP TABLE facts; --", "%", "*"}) {
        const RunResult r = run_factdb({"--db", db.string(), "query", "investments", "-p",
                                        "investor", evil, "--format", "csv"});
        INFO(evil);
        CHECK(r.exit_code == 0);
        CHECK(r.out ==
              "investor,investee,amount_low,amount_high,amount_qualifier,currency,stage,modality,"
              "documents,quote\r\n");
    }
    CHECK(file_sha256(db) == before);
}

namespace {

// Loads n documents of one investment each by distinct investors, so that a
// full scan and an index lookup differ by orders of magnitude.
fs::path many_investments(const TempDir& dir, int n) {
    std::string lines;
    for (int i = 0; i < n; ++i) {
        const std::string who = "Investor" + std::to_string(i);
        const std::string text = who + " invested $" + std::to_string(i + 1) +
                                 " million in Startup" + std::to_string(i % 7) + ". " + who +
                                 " named Person" + std::to_string(i) + " as CEO.";
        nlohmann::json doc = {
            {"format", "factdb.claims/1"},
            {"document",
             {{"id", "d" + std::to_string(i)}, {"title", "T"}, {"language", "en"}, {"text", text}}},
            {"claims",
             {{{"id", "c1"},
               {"type", "investment"},
               {"evidence", text.substr(0, text.find('.'))},
               {"investor", who},
               {"investee", "Startup" + std::to_string(i % 7)},
               {"amount", "$" + std::to_string(i + 1) + " million"},
               {"stage", "completed"}},
              {{"id", "c2"},
               {"type", "role"},
               {"evidence", who + " named Person" + std::to_string(i) + " as CEO"},
               {"person", "Person" + std::to_string(i)},
               {"organization", who},
               {"title", "CEO"}},
              {{"id", "c3"},
               {"type", "datacenter"},
               {"evidence", who},
               {"occurrence", 1},
               {"operator", who},
               {"location", "Texas"},
               {"count", 1}}}}};
        lines += doc.dump() + "\n";
    }
    const auto file = dir.write("many.jsonl", lines);
    SQLite::Database db = db::open((dir / "many.sqlite").string(), db::Mode::read_write);
    LoadOptions options;
    options.paths = {file.string()};
    const LoadReport r = load(db, options);
    if (!r.committed) throw std::runtime_error(r.errors.front().what());
    return dir / "many.sqlite";
}

struct Work {
    std::string plan;
    int fullscan_steps = 0;
    int rows = 0;
};

// Runs a named query with params through the raw API and reports the plan and
// how many rows it stepped through in full scans.
Work work_of(const fs::path& path, const std::string& name,
             const std::map<std::string, std::string>& params) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    const query::NamedQuery& q = *query::find_named_query(name);
    Work w;
    for (int pass = 0; pass < 2; ++pass) {
        const std::string sql = (pass == 0 ? "EXPLAIN QUERY PLAN " : "") + q.sql;
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
        for (const auto& p : q.params) {
            const int index = sqlite3_bind_parameter_index(st, (":" + p.name).c_str());
            auto it = params.find(p.name);
            if (it != params.end())
                sqlite3_bind_text(st, index, it->second.c_str(), -1, SQLITE_TRANSIENT);
            else if (p.default_value)
                sqlite3_bind_text(st, index, p.default_value->c_str(), -1, SQLITE_TRANSIENT);
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            if (pass == 0)
                w.plan +=
                    std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 3))) + "\n";
            else
                ++w.rows;
        }
        if (pass == 1)
            w.fullscan_steps = sqlite3_stmt_status(st, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return w;
}

}  // namespace

TEST_CASE("parameterised lookups use an index and do not scan", "[queries][plan]") {
    TempDir dir;
    const fs::path db = many_investments(dir, 400);
    struct Case {
        const char* query;
        std::map<std::string, std::string> params;  // folded already, as factdb binds them
        const char* index;                          // must appear in the plan
    };
    const std::vector<Case> cases = {
        {"investments",
         {{"investor", "investor7"}},
         "USING COVERING INDEX investments_pair (investor_id=?)"},
        {"investments",
         {{"investee", "startup3"}},
         "USING COVERING INDEX investments_investee (investee_id=?)"},
        {"people",
         {{"organization", "investor7"}},
         "USING COVERING INDEX roles_organization (organization_id=?)"},
        {"datacenters_by_state",
         {{"operator", "investor7"}},
         "USING COVERING INDEX datacenters_operator (operator_id=?)"},
        {"datacenters",
         {{"operator", "investor7"}},
         "USING COVERING INDEX datacenters_operator (operator_id=?)"},
        {"entity",
         {{"name", "investor7"}},
         "USING COVERING INDEX fact_entities_entity (entity_id=?)"},
        {"provenance", {{"fact", "42"}}, "USING INDEX evidence_fact (fact_id=?)"},
        {"stakeholders",
         {{"company", "startup3"}},
         "USING INDEX investments_investee (investee_id=?)"},
        {"new_since",
         {{"since", "2999-01-01"}},
         "USING INDEX facts_first_loaded (first_loaded_at>?)"},
        {"acquisitions",
         {{"acquirer", "investor7"}},
         "USING COVERING INDEX acquisitions_acquirer (acquirer_id=?)"},
        {"acquisitions",
         {{"target", "startup3"}},
         "USING COVERING INDEX acquisitions_target (target_id=?)"},
        {"compute_deals",
         {{"provider", "investor7"}},
         "USING COVERING INDEX compute_deals_provider (provider_id=?)"},
        {"compute_deals",
         {{"recipient", "startup3"}},
         "USING COVERING INDEX compute_deals_recipient (recipient_id=?)"},
        {"funding_rounds",
         {{"company", "startup3"}},
         "USING COVERING INDEX funding_rounds_company (company_id=?)"},
        {"valuations",
         {{"company", "startup3"}},
         "USING COVERING INDEX valuations_company (company_id=?)"},
        // A round's branch reads valuation_qualifier too: not covering.
        {"valuations",
         {{"company", "startup3"}},
         "SEARCH funding_rounds USING INDEX funding_rounds_company (company_id=?)"},
        {"spending",
         {{"spender", "investor7"}},
         "USING COVERING INDEX spending_spender (spender_id=?)"},
    };
    for (const auto& c : cases) {
        const Work w = work_of(db, c.query, c.params);
        INFO(c.query << "\n" << w.plan);
        CHECK(w.plan.find(c.index) != std::string::npos);
        // Scans over the rows a lookup picked (materialised CTEs) are fine; a
        // scan of a 400-row table is not.
        CHECK(w.fullscan_steps <= 3 * w.rows + 10);
        CHECK(w.fullscan_steps < 400);
    }
    // The fact filters read each chosen fact's evidence through its index,
    // never a scan.
    for (const char* q : {"investments", "entity"}) {
        const std::map<std::string, std::string> params =
            std::string(q) == "entity"
                ? std::map<std::string, std::string>{{"name", "investor7"},
                                                     {"min_confidence", "0.5"},
                                                     {"curated_only", "1"}}
                : std::map<std::string, std::string>{{"investor", "investor7"},
                                                     {"min_confidence", "0.5"},
                                                     {"curated_only", "1"}};
        const Work w = work_of(db, q, params);
        INFO(q << "\n" << w.plan);
        CHECK(w.plan.find("evidence_fact (fact_id=?)") != std::string::npos);
        CHECK(w.fullscan_steps < 400);
    }
    // And the same queries without parameters do scan: the measure above is live.
    CHECK(work_of(db, "investments", {}).fullscan_steps >= 400);
    CHECK(work_of(db, "people", {}).fullscan_steps >= 400);
}

TEST_CASE("totals of amounts are exact and never overflow, even beyond 64 bits",
          "[queries][totals]") {
    // Issue 11, defect 6: 5000000000000000000 + 4500000000000000000 by one
    // investor made investment_totals and stakeholders fail with "integer
    // overflow".  In yen (no minor unit: the minor columns summed are the
    // units themselves).  The sum is now exact: an INTEGER while it fits in 64 bits,
    // its decimal digits as TEXT beyond.
    struct Case {
        long long first, second;
        std::string total;
        bool integer;
    };
    const Case cases[] = {
        {5000000000000000000LL, 4500000000000000000LL, "9500000000000000000", false},
        // 2^63 - 1 exactly still fits; one more does not.
        {4611686018427387904LL, 4611686018427387903LL, "9223372036854775807", true},
        {4611686018427387904LL, 4611686018427387904LL, "9223372036854775808", false},
        // Remainders that carry into the billions: 2 x 999999999 units.
        {1000000999999999LL, 999999999LL, "1000001999999998", true},
    };
    for (const Case& c : cases) {
        INFO(c.total);
        TempDir dir;
        const fs::path db = huge_amounts_database(dir, c.first, c.second);
        query::ReadOnlyDatabase ro(db.string(), {});
        const query::Table totals = ro.run_named(*query::find_named_query("investment_totals"), {});
        CHECK(rows_of(totals) == "Acme|Anthropic|" + c.total + "|JPY|2|0|0\n");
        REQUIRE(totals.rows.size() == 1);
        CHECK(std::holds_alternative<std::int64_t>(totals.rows[0][2]) == c.integer);
        CHECK(std::holds_alternative<std::string>(totals.rows[0][2]) == !c.integer);

        const query::Table holders = ro.run_named(*query::find_named_query("stakeholders"), {});
        CHECK(rows_of(holders) == "Acme|investor|||" + c.total +
                                      "|JPY|asserted|Acme invested ¥5 billion in Anthropic\n");
        REQUIRE(holders.rows.size() == 1);
        CHECK(std::holds_alternative<std::int64_t>(holders.rows[0][4]) == c.integer);
    }
}

TEST_CASE("timestamp parameters: every documented form, real moments only", "[queries][timestamp]") {
    // Issue 11: "...Z" and "...THH:MMZ" were refused while "2024-99-99" was
    // accepted.  The seed's facts were first loaded at 2026-11-28T12:00:00Z.
    TempDir dir;
    const fs::path db = seed_database(dir);
    const auto count = [&](const std::string& since) {
        return line_count(run(db, "new_since", {{"since", since}}));
    };
    const long all = count("2026-11-28");
    CHECK(all > 0);
    // A day or a minute includes the whole of it, with or without Z.
    for (const std::string since : {"2026-11-28", "2026-11-28Z", "2026-11-28T12:00",
                                    "2026-11-28T12:00Z", "2026-11-28T11:59:59",
                                    "2026-11-28T11:59:59Z", "2026-11-28T12:00:00"}) {
        INFO(since);
        CHECK(count(since) == all);
    }
    // After the very moment stored, or a day or minute later: none.
    for (const std::string since : {"2026-11-28T12:00:00Z", "2026-11-28T12:01", "2026-11-28T12:01Z",
                                    "2026-11-29", "2026-11-29Z"}) {
        INFO(since);
        CHECK(count(since) == 0);
    }
    CHECK(query::check_parameter_value(query::ParamType::timestamp, "2024-02-29T23:59:59Z").empty());
    CHECK(query::check_parameter_value(query::ParamType::timestamp, "2000-02-29").empty());

    struct Bad {
        std::string value, why;
    };
    const std::vector<Bad> bad = {
        {"2024-99-99", "not a real moment: '2024-99-99' has month 99 (01-12)"},
        {"2024-13-01", "not a real moment: '2024-13-01' has month 13 (01-12)"},
        {"2024-00-10", "not a real moment: '2024-00-10' has month 00 (01-12)"},
        {"2024-01-00", "not a real moment: '2024-01-00' has day 00 (01-31)"},
        {"2024-04-31", "not a real moment: '2024-04-31': April 2024 has 30 days"},
        {"2023-02-29Z", "not a real moment: '2023-02-29Z': February 2023 has 28 days"},
        {"1900-02-29", "not a real moment: '1900-02-29': February 1900 has 28 days"},
        {"2024-02-30T10:00", "not a real moment: '2024-02-30T10:00': February 2024 has 29 days"},
        {"2024-05-01T24:00Z", "not a real moment: '2024-05-01T24:00Z' has hour 24 (00-23)"},
        {"2024-05-01T10:60", "not a real moment: '2024-05-01T10:60' has minute 60 (00-59)"},
        {"2024-05-01T10:00:60Z", "not a real moment: '2024-05-01T10:00:60Z' has second 60 (00-59)"},
        {"2024-05-01T10Z",
         "not an ISO timestamp (YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, each "
         "optionally ending in Z): '2024-05-01T10Z'"},
        {"2024-05-01 10:00",
         "not an ISO timestamp (YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, each "
         "optionally ending in Z): '2024-05-01 10:00'"},
    };
    for (const Bad& b : bad) {
        INFO(b.value);
        CHECK(query::check_parameter_value(query::ParamType::timestamp, b.value) == b.why);
        const RunResult r =
            run_factdb({"--db", db.string(), "query", "new_since", "-p", "since", b.value});
        CHECK(r.exit_code == 2);
        CHECK(r.err == "factdb: query new_since: parameter 'since': " + b.why + "\n");
        CHECK(r.out.empty());
    }
}
