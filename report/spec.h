// Report specs: the JSON file that says what a scheduled report contains
// (docs/REPORTS.md).  Parsing is strict, like the claims format: unknown
// keys, unknown queries, unknown or missing parameters and malformed values
// are SpecErrors whose message names the spec file and the JSON path of the
// problem ("reports/x.json: sections[2].chart.value: ...").  A spec that
// parses has only known queries, known query parameters, every required
// query parameter given, and references ("$name") only to declared report
// parameters; what needs the database (the result columns named by
// "columns" and "chart") is checked by run_report before any query runs.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "errors/error.h"
#include "query/named_query.h"

namespace factdb::report {

// A report parameter: "parameters": {"since": {"type": ..., "default": ...}}.
struct ReportParam {
    std::string name;
    query::ParamType type = query::ParamType::text;
    bool required = false;                     // no "default" key
    std::optional<std::string> default_value;  // nullopt with !required: NULL
    std::string description;
};

// A section parameter value: a literal (nullopt = NULL) or a reference to a
// report parameter ("$since"; "$$x" is the literal "$x").
struct ParamValue {
    std::optional<std::string> literal;
    std::string reference;  // report parameter name when non-empty
};

struct ChartSpec {
    std::string type = "bar";  // the only type so far
    std::string label;         // column whose values name the bars
    std::string value;         // column whose numbers size the bars
    std::string title;         // "" = "VALUE by LABEL"
};

struct SectionSpec {
    std::string title;        // defaults to the query's title
    std::string description;  // defaults to the query's description
    const query::NamedQuery* query = nullptr;
    std::map<std::string, ParamValue> parameters;
    std::vector<std::string> columns;  // empty = every column of the result
    std::optional<ChartSpec> chart;
    std::string path;  // "sections[N]", for messages
};

struct ReportSpec {
    std::string source;  // the spec file as named on the command line
    std::string title;
    std::string description;
    std::vector<ReportParam> parameters;  // in spec order
    std::vector<SectionSpec> sections;
    // "curated_only": true (or `factdb report --curated-only`): every
    // section binds its query's curated_only parameter to 1, whatever the
    // section says, so the report shows only facts some curated (typed by a
    // person) evidence states.  Every section's query must declare it.
    bool curated_only = false;
};

// Parses a spec; source names it in messages.  Throws SpecError, also for
// "curated_only": true with a section whose query does not declare
// curated_only.
ReportSpec parse_spec(std::string_view source, std::string_view json_text);

// Reads and parses a spec file.  Throws SpecError (also when it cannot be read).
ReportSpec load_spec(const std::string& path);

// Makes the report curated-only (--curated-only): as "curated_only": true,
// with the same check of every section's query.  Throws SpecError.
void require_curated_only(ReportSpec& spec);

// A parameter value after overrides and defaults, with its type.
struct BoundParam {
    std::string name;
    query::ParamType type = query::ParamType::text;
    std::optional<std::string> value;  // nullopt = NULL
};

// The report parameters' values: overrides (from -p) over defaults, in spec
// order.  Throws SpecError for an unknown override name, a required
// parameter left without a value, or a value that does not parse as its type.
std::vector<BoundParam> bind_report_parameters(const ReportSpec& spec,
                                               const std::map<std::string, std::string>& overrides);

// A section's query parameters with references replaced by report parameter
// values, each checked against the query parameter's type; parameters the
// section leaves out take the query's defaults.  Throws SpecError
// naming the section path.
std::vector<BoundParam> bind_section_parameters(const ReportSpec& spec, const SectionSpec& section,
                                                const std::vector<BoundParam>& report_params);

// Why value is not a valid TYPE ("not an integer: 'x'"), or "" when it is.
std::string check_value(query::ParamType type, const std::string& value);

}  // namespace factdb::report
