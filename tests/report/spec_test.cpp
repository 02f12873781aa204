// Report specs (report/spec.h): a good spec parses to what it says, and every
// kind of mistake is a SpecError whose exact message names the spec file and
// the JSON path.  Also the small pure helpers the writers share (escaping,
// cutting, axis scale).  No database involved.
#include <catch2/catch.hpp>

#include <algorithm>

#include "report/report.h"
#include "report/spec.h"
#include "report/writers.h"
#include "support/fixtures.h"
#include "text/lines.h"

using namespace factdb;
using namespace factdb::report;

namespace {

// The message of the SpecError parsing text throws ("" when it parses).
std::string spec_error(const std::string& text) {
    try {
        (void)parse_spec("r.json", text);
    } catch (const SpecError& e) {
        return e.what();
    }
    return "";
}

// A spec with one section made of the given JSON members.
std::string one_section(const std::string& members, const std::string& top = "") {
    return R"({"title": "T", )" + top + R"("sections": [{)" + members + "}]}";
}

}  // namespace

TEST_CASE("the shipped overview spec parses with its since and company parameters", "[report]") {
    const ReportSpec spec = load_spec((testing::source_dir() / "reports/overview.json").string());
    CHECK(spec.title == "AI industry overview");
    REQUIRE(spec.parameters.size() == 2);
    CHECK(spec.parameters[0].name == "since");
    CHECK(spec.parameters[0].type == query::ParamType::timestamp);
    CHECK(spec.parameters[0].default_value == std::optional<std::string>("1970-01-01"));
    CHECK(spec.parameters[1].name == "company");
    CHECK(spec.parameters[1].type == query::ParamType::entity);
    CHECK(spec.parameters[1].default_value == std::optional<std::string>("Anthropic"));
    CHECK(spec.sections[1].title == "Stakeholders of $company");
    REQUIRE(spec.sections.size() == 13);
    CHECK(spec.sections[0].query->name == "investments");
    CHECK(spec.sections[1].query->name == "stakeholders");
    CHECK(spec.sections[2].query->name == "datacenters_by_state");
    REQUIRE(spec.sections[2].chart);
    CHECK(spec.sections[2].chart->label == "state_code");
    CHECK(spec.sections[2].chart->value == "datacenter_count");
    CHECK(spec.sections[3].query->name == "datacenters_by_state");
    REQUIRE(spec.sections[3].chart);
    CHECK(spec.sections[3].chart->type == "us_map");
    CHECK_FALSE(spec.sections[3].table);
    CHECK(spec.sections[4].query->name == "acquisitions");
    CHECK(spec.sections[5].query->name == "people");
    CHECK(spec.sections[6].query->name == "funding_rounds");
    CHECK(spec.sections[7].query->name == "valuations");
    CHECK(spec.sections[8].query->name == "spending");
    CHECK(spec.sections[9].query->name == "datacenters");
    CHECK(spec.sections[10].query->name == "new_since");
    CHECK(spec.sections[10].parameters.at("since").reference == "since");
    CHECK(spec.sections[11].query->name == "timeline");
    REQUIRE(spec.sections[11].chart);
    CHECK(spec.sections[11].chart->type == "timeline");
    CHECK(spec.sections[12].query->name == "sources");
    CHECK(spec.sections[12].table);
}

TEST_CASE("section defaults, literals, references and $$ escapes", "[report]") {
    const ReportSpec spec = parse_spec("r.json", R"({
        "title": "T",
        "parameters": {"who": {"type": "entity", "default": null},
                       "n": {"type": "integer", "default": 5}},
        "sections": [{"query": "investments",
                      "parameters": {"investor": "$who", "modality": "$$odd"}},
                     {"query": "datacenters_by_state", "parameters": {"rollup": "$n"}}]})");
    CHECK(spec.sections[0].title == "Investments");  // the query's title
    CHECK(spec.sections[0].description == query::find_named_query("investments")->description);
    CHECK(spec.sections[0].parameters.at("modality").literal == std::optional<std::string>("$odd"));
    CHECK(spec.parameters[1].default_value == std::optional<std::string>("5"));

    const auto params = bind_report_parameters(spec, {{"who", "Amazon"}});
    REQUIRE(params.size() == 2);
    CHECK(params[0].value == std::optional<std::string>("Amazon"));
    CHECK(params[1].value == std::optional<std::string>("5"));
    const auto s0 = bind_section_parameters(spec, spec.sections[0], params);
    REQUIRE(s0.size() == 5);  // every query parameter, in the query's order
    CHECK(s0[0].name == "investor");
    CHECK(s0[0].value == std::optional<std::string>("Amazon"));
    CHECK(s0[1].name == "investee");
    CHECK_FALSE(s0[1].value);
    CHECK(s0[2].value == std::optional<std::string>("$odd"));
    // The fact filters every query declares, at their defaults.
    CHECK(s0[3].name == "min_confidence");
    CHECK_FALSE(s0[3].value);
    CHECK(s0[4].name == "curated_only");
    CHECK(s0[4].value == std::optional<std::string>("0"));
}

TEST_CASE("curated_only: true binds every section's curated_only to 1, whatever it says",
          "[report][provenance]") {
    ReportSpec spec = parse_spec("r.json", R"({
        "title": "T", "curated_only": true,
        "sections": [{"query": "investments", "parameters": {"curated_only": 0}},
                     {"query": "people"}]})");
    CHECK(spec.curated_only);
    for (const auto& s : spec.sections) {
        INFO(s.path);
        const auto bound = bind_section_parameters(spec, s, {});
        const auto it = std::find_if(bound.begin(), bound.end(),
                                     [](const BoundParam& b) { return b.name == "curated_only"; });
        REQUIRE(it != bound.end());
        CHECK(it->value == std::optional<std::string>("1"));
    }
    ReportSpec plain = parse_spec("r.json", R"({"title": "T", "curated_only": false,
        "sections": [{"query": "investments"}]})");
    CHECK_FALSE(plain.curated_only);
    require_curated_only(plain);  // --curated-only
    CHECK(plain.curated_only);
    CHECK(spec_error(R"({"title": "T", "curated_only": 1, "sections": [{"query": "people"}]})") ==
          "r.json: curated_only: must be true or false, not number");
}

TEST_CASE("spec errors name the file and the JSON path", "[report]") {
    CHECK(spec_error("{") ==
          "r.json: invalid JSON: parse error at line 1, column 2: syntax error while parsing "
          "object key - unexpected end of input; expected string literal");
    CHECK(spec_error("[]") == "r.json: a report spec is a JSON object, not array");
    CHECK(spec_error(R"({"sections": []})") == "r.json: missing key 'title'");
    CHECK(spec_error(R"({"title": "T"})") == "r.json: missing key 'sections'");
    CHECK(spec_error(R"({"title": "T", "sections": []})") ==
          "r.json: sections: must be a non-empty array of sections");
    CHECK(spec_error(one_section(R"("query": "investments")", R"("titel": "x", )")) ==
          "r.json: titel: unknown key (keys: title, description, parameters, sections, "
          "curated_only)");
    CHECK(spec_error(one_section(R"("query": "investments", "colums": ["x"])")) ==
          "r.json: sections[0].colums: unknown key (keys: title, description, query, "
          "parameters, columns, chart, table)");
    CHECK(spec_error(one_section(R"("title": "x")")) == "r.json: sections[0]: missing key 'query'");
    CHECK(spec_error(one_section(R"("query": "investment")")) ==
          "r.json: sections[0].query: unknown query 'investment' (queries: acquisitions, "
          "compute_deals, conflicts, datacenters, datacenters_by_state, entity, funding_rounds, "
          "investment_totals, investments, new_since, people, provenance, sources, spending, "
          "stakeholders, timeline, valuations)");
    CHECK(spec_error(one_section(R"("query": 3)")) ==
          "r.json: sections[0].query: must be a string, not number");
    CHECK(spec_error(one_section(R"("query": "investments", "parameters": {"investr": "x"})")) ==
          "r.json: sections[0].parameters.investr: query investments has no parameter 'investr' "
          "(parameters: investor, investee, modality, min_confidence, curated_only)");
    CHECK(spec_error(one_section(R"("query": "new_since")")) ==
          "r.json: sections[0].parameters: query new_since needs parameter 'since' (timestamp: an "
          "ISO timestamp: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC))");
    CHECK(spec_error(one_section(R"("query": "new_since", "parameters": {"since": "$snce"})",
                                 R"("parameters": {"since": {"type": "timestamp"}}, )")) ==
          "r.json: sections[0].parameters.since: '$snce' names no report parameter (parameters: "
          "since)");
    CHECK(spec_error(one_section(R"("query": "investments", "parameters": {"investor": true})")) ==
          "r.json: sections[0].parameters.investor: must be a string, a number or null, not "
          "boolean");
    CHECK(spec_error(one_section(R"("query": "investments", "columns": [])")) ==
          "r.json: sections[0].columns: must be a non-empty array of column names");
    CHECK(spec_error(one_section(R"("query": "investments", "columns": ["quote", "quote"])")) ==
          "r.json: sections[0].columns[1]: column 'quote' is listed twice");
    CHECK(spec_error(one_section(R"("query": "people", "chart": {"type": "pie", "label": "a",
                                    "value": "b"})")) ==
          "r.json: sections[0].chart.type: unknown chart type 'pie' (types: bar, us_map, timeline)");
    CHECK(spec_error(one_section(R"("query": "people", "table": false)")) ==
          "r.json: sections[0].table: false needs a \"chart\": the section would show nothing");
    CHECK(spec_error(one_section(R"("query": "people", "table": "no")")) ==
          "r.json: sections[0].table: must be true or false, not string");
    CHECK(spec_error(one_section(R"("query": "people", "chart": {"type": "bar", "label": "a"})")) ==
          "r.json: sections[0].chart: missing key 'value'");
    CHECK(spec_error(one_section(R"("query": "people", "chart": {"type": "bar", "label": "a",
                                    "value": "b", "colour": "red"})")) ==
          "r.json: sections[0].chart.colour: unknown key (keys: type, label, value, title)");
    CHECK(spec_error(one_section(R"("query": "people")",
                                 R"("parameters": {"since": {"type": "date"}}, )")) ==
          "r.json: parameters.since.type: unknown type 'date' (types: text, entity, integer, "
          "real, timestamp)");
    CHECK(spec_error(one_section(
              R"("query": "people")",
              R"("parameters": {"since": {"type": "timestamp", "default": "yesterday"}}, )")) ==
          "r.json: parameters.since.default: not an ISO timestamp (YYYY-MM-DD, "
          "YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, each optionally ending in Z): 'yesterday'");
    CHECK(spec_error(one_section(R"("query": "people")", R"("parameters": {"9x": {}}, )")) ==
          "r.json: parameters.9x: a parameter name is letters, digits and '_', not starting with "
          "a digit");
    CHECK(spec_error(one_section(R"("query": "people")",
                                 R"("parameters": {"x": {"default": 1, "help": "?"}}, )")) ==
          "r.json: parameters.x.help: unknown key (keys: type, default, description)");
}

TEST_CASE("report parameter errors: unknown -p, bad value, no value", "[report]") {
    const ReportSpec spec =
        parse_spec("r.json", one_section(R"("query": "new_since",
        "parameters": {"since": "$since"})",
                                         R"("parameters": {"since": {"type": "timestamp"},
        "n": {"type": "integer", "default": 1}}, )"));
    auto error = [&](const std::map<std::string, std::string>& overrides) -> std::string {
        try {
            (void)bind_report_parameters(spec, overrides);
        } catch (const SpecError& e) {
            return e.what();
        }
        return "";
    };
    CHECK(error({{"since", "2024-01-01"}, {"sinse", "x"}}) ==
          "r.json: -p sinse: no such report parameter (parameters: since, n)");
    CHECK(
        error({{"since", "last week"}}) ==
        "r.json: -p since: not an ISO timestamp (YYYY-MM-DD, YYYY-MM-DDTHH:MM or "
        "YYYY-MM-DDTHH:MM:SS, each optionally ending in Z): 'last week'");
    CHECK(error({{"since", "2024-01-01"}, {"n", "1.5"}}) == "r.json: -p n: not an integer: '1.5'");
    CHECK(error({}) == "r.json: parameters.since: has no default; give it with -p since VALUE");
    CHECK(error({{"since", "2024-01-01T10:00:00Z"}}).empty());

    // A literal of the wrong type for the query parameter is found at bind time.
    const ReportSpec bad = parse_spec(
        "r.json",
        one_section(R"("query": "datacenters_by_state", "parameters": {"rollup": "yes"})"));
    try {
        (void)bind_section_parameters(bad, bad.sections[0], {});
        FAIL("no error");
    } catch (const SpecError& e) {
        CHECK(std::string(e.what()) ==
              "r.json: sections[0].parameters.rollup: not an integer: 'yes'");
    }
}

TEST_CASE("a spec file that cannot be read is a SpecError", "[report]") {
    try {
        (void)load_spec("/nonexistent/spec.json");
        FAIL("no error");
    } catch (const SpecError& e) {
        CHECK(std::string(e.what()) == "/nonexistent/spec.json: cannot read the report spec");
    }
}

TEST_CASE("writer helpers: escaping, cutting, nice axis scales", "[report]") {
    CHECK(html_escape(R"(<script>alert("x" & 'y')</script>)") ==
          "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    // The cut is text::shorten, shared with query/format.cpp (tests/text/lines_test.cpp).
    CHECK(text::shorten("données", 4) == "don…");
    CHECK(text::shorten("données", 7) == "données");
    CHECK(is_quote_column("quote"));
    CHECK(is_quote_column("quote_a"));
    CHECK_FALSE(is_quote_column("quotes"));
    auto scale = [](double max) {
        const Scale s = nice_scale(max);
        return std::to_string(static_cast<long long>(s.max)) + "/" +
               std::to_string(static_cast<long long>(s.step));
    };
    CHECK(scale(30) == "30/10");
    CHECK(scale(7) == "8/2");
    CHECK(scale(1) == "1/0");  // step 0.25
    CHECK(nice_scale(1).step == 0.25);
    CHECK(scale(11000000000.0) == "15000000000/5000000000");
    CHECK(scale(100) == "100/25");
    CHECK(nice_scale(0).max == 1);
    // Whole-number steps for counts: 2 is 0, 1, 2 (not 0, 0.5 ...), 10 is 0, 5, 10.
    CHECK(nice_scale(2, true).step == 1);
    CHECK(nice_scale(2, true).max == 2);
    CHECK(nice_scale(1, true).step == 1);
    CHECK(nice_scale(10, true).step == 5);
    CHECK(nice_scale(10, true).max == 10);
    CHECK(nice_scale(5, true).step == 2);
    CHECK(nice_scale(5, true).max == 6);
    CHECK(nice_scale(100, true).step == 25);
    CHECK(parse_output_format("md") == OutputFormat::markdown);
    CHECK(parse_output_format("html") == OutputFormat::html);
    CHECK_FALSE(parse_output_format("pdf"));
}
