// Report spec parsing and parameter binding (see spec.h).
//
// Every error names the spec file and the JSON path ("sections[1].query"),
// with indexes counted from 0 as in JSONPath, so a cron user can fix the
// spec without reading code.  Values are checked against their declared
// type here, before the database is opened, so that a bad value is exit 2
// and never a half-run report.
#include "report/spec.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "text/unicode.h"

namespace factdb::report {
namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view kTypeNames = "text, entity, integer, real, timestamp";

[[noreturn]] void fail(std::string_view source, const std::string& path, const std::string& why) {
    throw SpecError(std::string(source) + ": " + (path.empty() ? "" : path + ": ") + why);
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? "none" : out;
}

std::string type_name(const json& j) {
    return j.is_null() ? "null" : std::string(j.type_name());
}

// Refuses keys outside allowed: a typo must not silently drop a setting.
void only_keys(std::string_view source, const std::string& path, const json& obj,
               const std::vector<std::string>& allowed) {
    for (const auto& [key, value] : obj.items()) {
        (void)value;
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            fail(source, path.empty() ? key : path + "." + key,
                 "unknown key (keys: " + join(allowed) + ")");
        }
    }
}

std::string need_string(std::string_view source, const std::string& path, const json& j) {
    if (!j.is_string()) fail(source, path, "must be a string, not " + type_name(j));
    const std::string s = j.get<std::string>();
    if (!text::is_valid_utf8(s)) fail(source, path, "invalid UTF-8");
    return s;
}

std::string need_nonempty(std::string_view source, const std::string& path, const json& j) {
    std::string s = need_string(source, path, j);
    if (s.empty()) fail(source, path, "must not be empty");
    return s;
}

bool valid_name(const std::string& s) {
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

std::optional<query::ParamType> parse_type(const std::string& name) {
    using query::ParamType;
    for (ParamType t : {ParamType::text, ParamType::entity, ParamType::integer, ParamType::real,
                        ParamType::timestamp}) {
        if (query::to_string(t) == name) return t;
    }
    return std::nullopt;
}

// A JSON scalar as the text a parameter binds: numbers as written (integers
// exact), null as nullopt.  Booleans and containers are refused: a named
// query parameter is never one.
std::optional<std::string> scalar_text(std::string_view source, const std::string& path,
                                       const json& j) {
    if (j.is_null()) return std::nullopt;
    if (j.is_string()) return need_string(source, path, j);
    if (j.is_number_integer()) return j.dump();
    if (j.is_number_float()) return j.dump();
    fail(source, path, "must be a string, a number or null, not " + type_name(j));
}

ReportParam parse_report_param(std::string_view source, const std::string& path,
                               const std::string& name, const json& j) {
    if (!valid_name(name)) {
        fail(source, path,
             "a parameter name is letters, digits and '_', not starting with a digit");
    }
    if (!j.is_object()) fail(source, path, "must be an object, not " + type_name(j));
    only_keys(source, path, j, {"type", "default", "description"});
    ReportParam p;
    p.name = name;
    if (j.contains("type")) {
        const std::string t = need_string(source, path + ".type", j["type"]);
        const auto type = parse_type(t);
        if (!type) {
            fail(source, path + ".type",
                 "unknown type '" + t + "' (types: " + std::string(kTypeNames) + ")");
        }
        p.type = *type;
    }
    if (j.contains("description"))
        p.description = need_string(source, path + ".description", j["description"]);
    if (!j.contains("default")) {
        p.required = true;
    } else {
        p.default_value = scalar_text(source, path + ".default", j["default"]);
        if (p.default_value) {
            if (const std::string why = check_value(p.type, *p.default_value); !why.empty())
                fail(source, path + ".default", why);
        }
    }
    return p;
}

ChartSpec parse_chart(std::string_view source, const std::string& path, const json& j) {
    if (!j.is_object()) fail(source, path, "must be an object, not " + type_name(j));
    only_keys(source, path, j, {"type", "label", "value", "title"});
    ChartSpec c;
    for (const char* key : {"type", "label", "value"}) {
        if (!j.contains(key)) fail(source, path, std::string("missing key '") + key + "'");
    }
    c.type = need_string(source, path + ".type", j["type"]);
    if (c.type != "bar")
        fail(source, path + ".type", "unknown chart type '" + c.type + "' (types: bar)");
    c.label = need_nonempty(source, path + ".label", j["label"]);
    c.value = need_nonempty(source, path + ".value", j["value"]);
    if (j.contains("title")) c.title = need_string(source, path + ".title", j["title"]);
    return c;
}

SectionSpec parse_section(std::string_view source, const std::string& path, const json& j,
                          const std::vector<ReportParam>& report_params) {
    if (!j.is_object()) fail(source, path, "must be an object, not " + type_name(j));
    only_keys(source, path, j, {"title", "description", "query", "parameters", "columns", "chart"});
    SectionSpec s;
    s.path = path;
    if (!j.contains("query")) fail(source, path, "missing key 'query'");
    const std::string name = need_nonempty(source, path + ".query", j["query"]);
    s.query = query::find_named_query(name);
    if (!s.query) {
        std::vector<std::string> names;
        for (const auto& q : query::named_queries()) names.push_back(q.name);
        fail(source, path + ".query",
             "unknown query '" + name + "' (queries: " + join(names) + ")");
    }
    s.title =
        j.contains("title") ? need_nonempty(source, path + ".title", j["title"]) : s.query->title;
    s.description = j.contains("description")
                        ? need_string(source, path + ".description", j["description"])
                        : s.query->description;
    if (j.contains("parameters")) {
        const json& params = j["parameters"];
        const std::string ppath = path + ".parameters";
        if (!params.is_object()) fail(source, ppath, "must be an object, not " + type_name(params));
        for (const auto& [key, value] : params.items()) {
            const std::string vpath = ppath + "." + key;
            const bool known =
                std::any_of(s.query->params.begin(), s.query->params.end(),
                            [&key = key](const query::ParamSpec& p) { return p.name == key; });
            if (!known) {
                std::vector<std::string> names;
                for (const auto& p : s.query->params) names.push_back(p.name);
                fail(source, vpath,
                     "query " + s.query->name + " has no parameter '" + key +
                         "' (parameters: " + join(names) + ")");
            }
            ParamValue v;
            v.literal = scalar_text(source, vpath, value);
            if (v.literal && value.is_string() && !v.literal->empty() && (*v.literal)[0] == '$') {
                if (v.literal->rfind("$$", 0) == 0) {
                    v.literal->erase(0, 1);  // "$$x" is the literal "$x"
                } else {
                    v.reference = v.literal->substr(1);
                    v.literal.reset();
                    const bool declared =
                        std::any_of(report_params.begin(), report_params.end(),
                                    [&](const ReportParam& p) { return p.name == v.reference; });
                    if (!declared) {
                        std::vector<std::string> names;
                        for (const auto& p : report_params) names.push_back(p.name);
                        fail(source, vpath,
                             "'$" + v.reference +
                                 "' names no report parameter (parameters: " + join(names) + ")");
                    }
                }
            }
            s.parameters[key] = std::move(v);
        }
    }
    for (const auto& p : s.query->params) {
        if (p.required && !s.parameters.count(p.name)) {
            fail(source, path + ".parameters",
                 "query " + s.query->name + " needs parameter '" + p.name + "' (" +
                     std::string(query::to_string(p.type)) + ": " + p.description + ")");
        }
    }
    if (j.contains("columns")) {
        const json& cols = j["columns"];
        const std::string cpath = path + ".columns";
        if (!cols.is_array() || cols.empty())
            fail(source, cpath, "must be a non-empty array of column names");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            const std::string ipath = cpath + "[" + std::to_string(i) + "]";
            std::string c = need_nonempty(source, ipath, cols[i]);
            if (!seen.insert(c).second) fail(source, ipath, "column '" + c + "' is listed twice");
            s.columns.push_back(std::move(c));
        }
    }
    if (j.contains("chart")) s.chart = parse_chart(source, path + ".chart", j["chart"]);
    return s;
}

}  // namespace

std::string check_value(query::ParamType type, const std::string& value) {
    return query::check_parameter_value(type, value);
}

ReportSpec parse_spec(std::string_view source, std::string_view json_text) {
    json j;
    try {
        j = json::parse(json_text);
    } catch (const json::exception& e) {
        // Any parser error (syntax, or a number beyond double range such as
        // 1E400, which is an out_of_range error) is a bad spec, not a crash.
        // Drop nlohmann's "[json.exception.parse_error.101] " prefix.
        std::string what = e.what();
        if (const auto pos = what.find("] ");
            what.rfind("[json.exception", 0) == 0 && pos != std::string::npos)
            what.erase(0, pos + 2);
        fail(source, "", "invalid JSON: " + what);
    }
    if (!j.is_object()) fail(source, "", "a report spec is a JSON object, not " + type_name(j));
    only_keys(source, "", j, {"title", "description", "parameters", "sections", "curated_only"});
    ReportSpec spec;
    spec.source = source;
    if (!j.contains("title")) fail(source, "", "missing key 'title'");
    spec.title = need_nonempty(source, "title", j["title"]);
    if (j.contains("description"))
        spec.description = need_string(source, "description", j["description"]);
    if (j.contains("parameters")) {
        const json& params = j["parameters"];
        if (!params.is_object())
            fail(source, "parameters", "must be an object, not " + type_name(params));
        for (const auto& [name, value] : params.items())
            spec.parameters.push_back(
                parse_report_param(source, "parameters." + name, name, value));
    }
    if (!j.contains("sections")) fail(source, "", "missing key 'sections'");
    const json& sections = j["sections"];
    if (!sections.is_array() || sections.empty())
        fail(source, "sections", "must be a non-empty array of sections");
    for (std::size_t i = 0; i < sections.size(); ++i) {
        spec.sections.push_back(parse_section(source, "sections[" + std::to_string(i) + "]",
                                              sections[i], spec.parameters));
    }
    if (j.contains("curated_only")) {
        if (!j["curated_only"].is_boolean())
            fail(source, "curated_only",
                 "must be true or false, not " + type_name(j["curated_only"]));
        if (j["curated_only"].get<bool>()) require_curated_only(spec);
    }
    return spec;
}

void require_curated_only(ReportSpec& spec) {
    for (const auto& s : spec.sections) {
        if (!query::find_parameter(*s.query, query::kCuratedOnlyParam))
            fail(spec.source, s.path + ".query",
                 "query " + s.query->name + " has no parameter '" +
                     std::string(query::kCuratedOnlyParam) +
                     "', so the report cannot be limited to curated facts");
    }
    spec.curated_only = true;
}

ReportSpec load_spec(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SpecError(path + ": cannot read the report spec");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw SpecError(path + ": cannot read the report spec");
    return parse_spec(path, text.str());
}

std::vector<BoundParam> bind_report_parameters(
    const ReportSpec& spec, const std::map<std::string, std::string>& overrides) {
    for (const auto& [name, value] : overrides) {
        (void)value;
        const bool known =
            std::any_of(spec.parameters.begin(), spec.parameters.end(),
                        [&name = name](const ReportParam& p) { return p.name == name; });
        if (!known) {
            std::vector<std::string> names;
            for (const auto& p : spec.parameters) names.push_back(p.name);
            throw SpecError(spec.source + ": -p " + name +
                            ": no such report parameter (parameters: " + join(names) + ")");
        }
    }
    std::vector<BoundParam> out;
    for (const auto& p : spec.parameters) {
        BoundParam b{p.name, p.type, p.default_value};
        if (auto it = overrides.find(p.name); it != overrides.end()) {
            if (const std::string why = check_value(p.type, it->second); !why.empty())
                throw SpecError(spec.source + ": -p " + p.name + ": " + why);
            b.value = it->second;
        } else if (p.required) {
            throw SpecError(spec.source + ": parameters." + p.name +
                            ": has no default; give it with -p " + p.name + " VALUE");
        }
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<BoundParam> bind_section_parameters(const ReportSpec& spec, const SectionSpec& section,
                                                const std::vector<BoundParam>& report_params) {
    std::vector<BoundParam> out;
    for (const auto& p : section.query->params) {
        if (spec.curated_only && p.name == query::kCuratedOnlyParam) {
            out.push_back(BoundParam{p.name, p.type, std::string("1")});
            continue;
        }
        auto it = section.parameters.find(p.name);
        if (it == section.parameters.end()) {
            // Bound explicitly anyway, so every output shows the values used.
            out.push_back(BoundParam{p.name, p.type, p.default_value});
            continue;
        }
        BoundParam b{p.name, p.type, it->second.literal};
        std::string origin;
        if (!it->second.reference.empty()) {
            origin = " ($" + it->second.reference + ")";
            for (const auto& r : report_params) {
                if (r.name == it->second.reference) b.value = r.value;
            }
        }
        if (b.value) {
            if (const std::string why = check_value(p.type, *b.value); !why.empty())
                throw SpecError(spec.source + ": " + section.path + ".parameters." + p.name +
                                origin + ": " + why);
        }
        out.push_back(std::move(b));
    }
    return out;
}

}  // namespace factdb::report
