// Display columns of a report section (see display.h).  Which columns form
// a range, and in what unit, is read from the column names by the tables
// below, which mirror the schema's naming convention (docs/SCHEMA.md:
// X_low, X_high, X_qualifier; a unit suffix such as _mw; the currency of X
// in X_currency, else in currency).
#include "report/display.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "query/table.h"

namespace factdb::report {
namespace {

// A unit suffix of a range's base: capacity_mw_low/high with capacity_qualifier.
struct UnitSuffix {
    std::string_view suffix;
    RangeUnit unit;
};
constexpr std::array<UnitSuffix, 1> kUnitSuffixes{{{"_mw", RangeUnit::megawatts}}};

// Bases by their first or last word.
struct BaseUnit {
    std::string_view word;
    bool prefix;  // true: the base starts with word; false: ends with it
    RangeUnit unit;
};
constexpr std::array<BaseUnit, 3> kBaseUnits{{
    {"share", true, RangeUnit::percent},
    {"count", false, RangeUnit::count},
    {"quantity", false, RangeUnit::count},
}};

// A single value column whose qualifier is another column: the value is the
// low bound, or the high bound when the qualifier says "at most"/"less than"
// (queries/datacenters_by_state.sql: "datacenter_count is the count's low
// bound, or its high bound for at most counts").
struct QualifiedValue {
    std::string_view value;
    std::string_view qualifier;
};
constexpr std::array<QualifiedValue, 1> kQualifiedValues{{{"datacenter_count", "count_qualifier"}}};

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::optional<std::size_t> find(const std::vector<std::string>& columns, std::string_view name) {
    auto it = std::find(columns.begin(), columns.end(), name);
    if (it == columns.end()) return std::nullopt;
    return static_cast<std::size_t>(it - columns.begin());
}

RangeUnit unit_of(std::string_view base) {
    for (const auto& u : kUnitSuffixes) {
        if (ends_with(base, u.suffix)) return u.unit;
    }
    for (const auto& b : kBaseUnits) {
        if (b.prefix ? base.rfind(b.word, 0) == 0 : ends_with(base, b.word)) return b.unit;
    }
    return RangeUnit::money;
}

// "state_code" -> "State code".
std::string words_of(std::string_view name) {
    std::string out(name);
    std::replace(out.begin(), out.end(), '_', ' ');
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string label_for(const std::string& key, const query::NamedQuery* q, ReportLanguage language) {
    if (q != nullptr) {
        if (language == ReportLanguage::fr) {
            if (auto it = q->labels_fr.find(key); it != q->labels_fr.end()) return it->second;
        }
        if (auto it = q->labels.find(key); it != q->labels.end()) return it->second;
    }
    return words_of(key);
}

std::optional<double> number_of(const SqlValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v)) return *d;
    return std::nullopt;
}

std::string text_of(const std::vector<SqlValue>& row, std::optional<std::size_t> c) {
    if (!c || std::holds_alternative<std::monostate>(row[*c])) return {};
    return query::to_text(row[*c]);
}

// A range column opened by the column at index c (named ..._low or ..._high).
std::optional<DisplayColumn> range_at(const std::vector<std::string>& columns, std::size_t c) {
    const std::string& name = columns[c];
    std::string base;
    if (ends_with(name, "_low"))
        base = name.substr(0, name.size() - 4);
    else if (ends_with(name, "_high"))
        base = name.substr(0, name.size() - 5);
    else
        return std::nullopt;
    DisplayColumn d;
    d.kind = DisplayColumn::Kind::range;
    d.low = find(columns, base + "_low");
    d.high = find(columns, base + "_high");
    d.unit = unit_of(base);
    std::string key = base;
    for (const auto& u : kUnitSuffixes) {
        if (ends_with(base, u.suffix)) key = base.substr(0, base.size() - u.suffix.size());
    }
    d.qualifier = find(columns, base + "_qualifier");
    if (!d.qualifier && key != base) d.qualifier = find(columns, key + "_qualifier");
    if (!d.qualifier) return std::nullopt;  // bounds without their qualifier: shown as they are
    if (d.unit == RangeUnit::money) {
        d.currency = find(columns, base + "_currency");
        if (!d.currency) d.currency = find(columns, "currency");
    }
    d.key = key;
    d.column = c;
    return d;
}

}  // namespace

std::vector<DisplayColumn> display_columns(const SectionResult& s, const query::NamedQuery* q,
                                           ReportLanguage language) {
    const auto& columns = s.result.columns;
    std::vector<DisplayColumn> out;
    std::vector<bool> taken(columns.size(), false);
    // Ranges first take their parts, wherever those are shown.
    std::vector<std::optional<DisplayColumn>> opened(columns.size());
    for (std::size_t c : s.shown) {
        if (taken[c]) continue;
        auto r = range_at(columns, c);
        if (!r) {
            for (const auto& qv : kQualifiedValues) {
                if (columns[c] != qv.value) continue;
                if (auto qc = find(columns, qv.qualifier)) {
                    DisplayColumn d;
                    d.kind = DisplayColumn::Kind::range;
                    d.key = columns[c];
                    d.column = c;
                    d.low = c;
                    d.qualifier = qc;
                    d.unit = RangeUnit::count;
                    r = d;
                }
            }
        }
        if (!r) continue;
        for (auto part : {r->low, r->high, r->qualifier, r->currency}) {
            if (part) taken[*part] = true;
        }
        opened[c] = std::move(r);
    }
    for (std::size_t c : s.shown) {
        if (opened[c]) {
            DisplayColumn d = std::move(*opened[c]);
            d.label = label_for(d.key, q, language);
            out.push_back(std::move(d));
            continue;
        }
        if (taken[c]) continue;  // part of a range shown elsewhere
        DisplayColumn d;
        d.kind = is_quote_column(columns[c]) ? DisplayColumn::Kind::quote : DisplayColumn::Kind::value;
        d.key = columns[c];
        d.column = c;
        d.label = label_for(d.key, q, language);
        out.push_back(std::move(d));
    }
    return out;
}

std::string display_text(const DisplayColumn& d, const std::vector<SqlValue>& row,
                         ReportLanguage language) {
    if (d.kind != DisplayColumn::Kind::range) return text_of(row, d.column);
    const std::string qualifier = text_of(row, d.qualifier);
    if (qualifier.empty()) return {};
    StoredRange r;
    r.qualifier = qualifier;
    if (d.low) r.low = number_of(row[*d.low]);
    if (d.high) r.high = number_of(row[*d.high]);
    if (d.low && !d.high) {
        // A single value column (kQualifiedValues): the high bound for the
        // qualifiers that have only one, and both ends for exact values.
        if (qualifier == "at_most" || qualifier == "less_than") std::swap(r.low, r.high);
        // "between" keeps no high bound here: shown as stored, never as one end.
        if (qualifier == "exact" || qualifier == "approximately") r.high = r.low;
    }
    return human_range(r, d.unit, text_of(row, d.currency), language);
}

std::string exact_text(const DisplayColumn& d, const std::vector<std::string>& names,
                       const std::vector<SqlValue>& row) {
    if (d.kind != DisplayColumn::Kind::range) return {};
    std::string out;
    for (auto part : {d.low, d.high, d.qualifier, d.currency}) {
        if (!part || std::holds_alternative<std::monostate>(row[*part])) continue;
        if (part == d.high && d.high == d.low) continue;
        out += (out.empty() ? "" : ", ") + names[*part] + " " + query::to_text(row[*part]);
    }
    return out;
}

bool is_numeric_cell(const DisplayColumn& d, const std::vector<SqlValue>& row) {
    if (d.kind == DisplayColumn::Kind::range) return true;
    if (d.kind == DisplayColumn::Kind::quote) return false;
    return std::holds_alternative<std::int64_t>(row[d.column]) ||
           std::holds_alternative<double>(row[d.column]);
}

}  // namespace factdb::report
