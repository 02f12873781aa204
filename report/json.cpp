// The JSON form of a report (see writers.h), for programs.
//
// Values keep their SQL type: INTEGER as a JSON integer (exact: nlohmann
// writes int64 in full, 8000000000 and beyond 2^53), REAL as a number, NULL
// as null, TEXT as a string.  Parameters are typed the same way from their
// declared type (integer and real parameters as numbers).  Rows hold only
// the columns the section shows, in that order.  Invalid UTF-8 is replaced
// rather than fatal: a report must never fail half-way through.
#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdlib>

#include "report/writers.h"

namespace factdb::report {
namespace {

using json = nlohmann::ordered_json;

json value_json(const SqlValue& v) {
    return std::visit(
        [](const auto& x) -> json {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return nullptr;
            else
                return x;
        },
        v);
}

json param_json(const BoundParam& p) {
    if (!p.value) return nullptr;
    const std::string& s = *p.value;
    if (p.type == query::ParamType::integer) {
        std::int64_t n = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        if (ec == std::errc() && end == s.data() + s.size()) return n;
    } else if (p.type == query::ParamType::real) {
        char* end = nullptr;
        const double d = std::strtod(s.c_str(), &end);
        if (end == s.c_str() + s.size() && !s.empty()) return d;
    }
    return s;
}

json params_json(const std::vector<BoundParam>& params) {
    json out = json::object();
    for (const auto& p : params) out[p.name] = param_json(p);
    return out;
}

}  // namespace

std::string to_json(const Report& r) {
    json out = json::object();
    out["title"] = r.title;
    if (!r.description.empty()) out["description"] = r.description;
    out["generated_at"] = r.generated_at;
    out["parameters"] = params_json(r.parameters);
    if (r.curated_only) out["curated_only"] = true;
    json sections = json::array();
    for (const auto& s : r.sections) {
        json sec = json::object();
        sec["title"] = s.title;
        if (!s.description.empty()) sec["description"] = s.description;
        sec["query"] = s.query;
        sec["parameters"] = params_json(s.parameters);
        json columns = json::array();
        for (std::size_t c : s.shown) columns.push_back(s.result.columns[c]);
        sec["columns"] = columns;
        json rows = json::array();
        for (const auto& row : s.result.rows) {
            json obj = json::object();
            for (std::size_t c : s.shown) obj[s.result.columns[c]] = value_json(row[c]);
            rows.push_back(std::move(obj));
        }
        sec["rows"] = std::move(rows);
        if (s.chart_spec) {
            json chart = json::object();
            chart["type"] = s.chart_spec->type;
            chart["label"] = s.chart_spec->label;
            chart["value"] = s.chart_spec->value;
            if (!s.chart_spec->title.empty()) chart["title"] = s.chart_spec->title;
            sec["chart"] = std::move(chart);
        }
        sections.push_back(std::move(sec));
    }
    out["sections"] = std::move(sections);
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace factdb::report
