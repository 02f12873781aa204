// Running a report's sections (see report.h).
//
// Column names are checked for every section before the first query runs,
// so a spec naming a column that does not exist fails fast (exit 2) and
// never after minutes of queries.  The chart's data is extracted here, once,
// so the Markdown and SVG charts cannot disagree about what is drawn and
// what is skipped.  Rows sharing a label are one bar, their values summed
// (one bar per state, however many facts name it); amounts are summed only
// within one currency.
#include "report/report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "db/error.h"

namespace factdb::report {
namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::optional<std::size_t> index_of(const std::vector<std::string>& columns,
                                    const std::string& name) {
    auto it = std::find(columns.begin(), columns.end(), name);
    if (it == columns.end()) return std::nullopt;
    return static_cast<std::size_t>(it - columns.begin());
}

// A section title with "$NAME" replaced by the report parameter's value
// ("Stakeholders of $company" -> "Stakeholders of Anthropic"); "$$" is one
// '$', and a name that is no report parameter stays as written.  A name
// ends where letters, digits and '_' do: "$sinceday" is not "$since".
std::string with_parameters(const std::string& title, const std::vector<BoundParam>& params) {
    std::string out;
    for (std::size_t i = 0; i < title.size(); ++i) {
        if (title[i] != '$') {
            out += title[i];
            continue;
        }
        if (i + 1 < title.size() && title[i + 1] == '$') {
            out += '$';
            ++i;
            continue;
        }
        const BoundParam* best = nullptr;
        for (const auto& p : params) {
            const std::size_t end = i + 1 + p.name.size();
            const bool whole = end >= title.size() ||
                               !(std::isalnum(static_cast<unsigned char>(title[end])) || title[end] == '_');
            if (whole && title.compare(i + 1, p.name.size(), p.name) == 0) best = &p;
        }
        if (best == nullptr) {
            out += '$';
            continue;
        }
        out += best->value ? *best->value : "NULL";
        i += best->name.size();
    }
    return out;
}

// The result columns of a section's query, from the prepared statement.
std::vector<std::string> result_columns(query::ReadOnlyDatabase& db, const query::NamedQuery& q) {
    const auto st = db.prepare(q.sql);
    std::vector<std::string> out;
    for (int i = 0; i < st->getColumnCount(); ++i) out.emplace_back(st->getColumnName(i));
    return out;
}

void require_column(const ReportSpec& spec, const std::string& path, const SectionSpec& s,
                    const std::vector<std::string>& columns, const std::string& name) {
    if (index_of(columns, name)) return;
    throw SpecError(spec.source + ": " + path + ": query " + s.query->name + " has no column '" +
                    name + "' (columns: " + join(columns) + ")");
}

// The currency column of an amount's value column (X_low/X_high with
// X_currency or currency), when the value column is one.
std::optional<std::size_t> currency_column(const std::vector<std::string>& columns,
                                           const std::string& value) {
    for (const std::string_view end : {std::string_view("_low"), std::string_view("_high")}) {
        if (value.size() <= end.size() ||
            value.compare(value.size() - end.size(), end.size(), end) != 0)
            continue;
        const std::string base = value.substr(0, value.size() - end.size());
        if (auto c = index_of(columns, base + "_currency")) return c;
        if (auto c = index_of(columns, "currency")) return c;
    }
    return std::nullopt;
}

RangeUnit chart_unit(const std::string& value, bool has_currency) {
    if (has_currency) return RangeUnit::money;
    if (value.find("_mw") != std::string::npos) return RangeUnit::megawatts;
    if (value.rfind("share", 0) == 0) return RangeUnit::percent;
    return RangeUnit::count;
}

// Past this many months between the first and the last, a timeline steps by year.
constexpr int kMaxMonths = 120;

bool digits(const std::string& s, std::size_t from, std::size_t n) {
    if (s.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
}

// The period of a date label: "YYYY-MM" of "YYYY-MM-DD..." or "YYYY-MM",
// "YYYY" of a year alone; "" for anything else.
std::string period_of(const std::string& label) {
    if (digits(label, 0, 4) && label.size() >= 7 && label[4] == '-' && digits(label, 5, 2))
        return label.substr(0, 7);
    if (label.size() == 4 && digits(label, 0, 4)) return label;
    return {};
}

// A timeline's bars: one per period from the first to the last, empty ones
// as 0 (a quiet month is a gap), by month unless a label is a year alone or
// the span passes kMaxMonths, then by year.  Labels that are no date, and
// amounts in another currency than the first dated one, go to skipped.  Linear in the bars plus the periods spanned (at most
// 10000 years: a four-digit year).
std::vector<Bar> in_time_order(std::vector<Bar> bars, std::vector<std::string>& skipped) {
    std::vector<Bar> dated;
    bool by_year = false;
    for (auto& b : bars) {
        const std::string p = period_of(b.label);
        // One currency per timeline: amounts in another are listed, never added.
        if (p.empty() || (!dated.empty() && b.currency != dated.front().currency)) {
            skipped.push_back(b.label);
            continue;
        }
        by_year = by_year || p.size() == 4;
        b.label = p;
        dated.push_back(std::move(b));
    }
    if (dated.empty()) return dated;
    auto month_index = [](const std::string& p) {
        return std::stoi(p.substr(0, 4)) * 12 + (p.size() >= 7 ? std::stoi(p.substr(5, 2)) - 1 : 0);
    };
    int first = month_index(dated.front().label), last = first;
    for (const auto& b : dated) {
        first = std::min(first, month_index(b.label));
        last = std::max(last, month_index(b.label));
    }
    by_year = by_year || last - first + 1 > kMaxMonths;
    const int step = by_year ? 12 : 1;
    if (by_year) {
        first -= first % 12;
        last -= last % 12;
    }
    std::vector<Bar> out(static_cast<std::size_t>((last - first) / step + 1));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int m = first + static_cast<int>(i) * step;
        char buf[16];
        if (by_year)
            std::snprintf(buf, sizeof buf, "%04d", m / 12);
        else
            std::snprintf(buf, sizeof buf, "%04d-%02d", m / 12, m % 12 + 1);
        out[i].label = buf;
    }
    for (auto& b : dated) {
        Bar& slot = out[static_cast<std::size_t>((month_index(b.label) - first) / step)];
        if (slot.rows == 0) {
            slot.currency = b.currency;
            slot.quote = b.quote;
        }
        slot.value += b.value;
        slot.integral = slot.integral && b.integral;
        slot.rows += b.rows;
    }
    return out;
}

BarChart extract_chart(const ChartSpec& spec, const SectionResult& s) {
    BarChart c;
    c.label_column = spec.label;
    c.value_column = spec.value;
    c.title = spec.title.empty() ? spec.value + " by " + spec.label : spec.title;
    const std::size_t label = *index_of(s.result.columns, spec.label);
    const std::size_t value = *index_of(s.result.columns, spec.value);
    const auto currency = currency_column(s.result.columns, spec.value);
    c.unit = chart_unit(spec.value, currency.has_value());
    // Amounts in different currencies are never added: the bar's key is
    // the label and the currency.
    std::map<std::pair<std::string, std::string>, std::size_t> bar_of;
    std::set<std::string> currencies;
    for (const auto& row : s.result.rows) {
        const std::string name = query::to_text(row[label]);
        double v = 0;
        bool integral = true;
        if (const auto* i = std::get_if<std::int64_t>(&row[value])) {
            v = static_cast<double>(*i);
        } else if (const auto* d = std::get_if<double>(&row[value])) {
            v = *d;
            integral = std::floor(v) == v;
        } else {
            c.skipped.push_back(name);  // NULL or text: nothing to draw
            continue;
        }
        const std::string cur = currency ? query::to_text(row[*currency]) : std::string();
        currencies.insert(cur);
        auto [it, added] = bar_of.emplace(std::make_pair(name, cur), c.bars.size());
        if (added) {
            Bar b;
            b.label = name;
            b.currency = cur;
            if (s.quote_column) b.quote = query::to_text(row[*s.quote_column]);
            c.bars.push_back(std::move(b));
        }
        Bar& b = c.bars[it->second];
        b.value += v;
        b.integral = b.integral && integral;
        ++b.rows;
    }
    for (auto& b : c.bars) {
        if (currencies.size() > 1) b.label += " (" + (b.currency.empty() ? "?" : b.currency) + ")";
        c.integers = c.integers && b.integral;
    }
    if (spec.type == "timeline") c.bars = in_time_order(std::move(c.bars), c.skipped);
    return c;
}

Report run_sections(const ReportSpec& spec, const std::vector<BoundParam>& params,
                    query::ReadOnlyDatabase& db, const std::string& generated_at) {
    Report r;
    r.title = spec.title;
    r.description = spec.description;
    r.generated_at = generated_at;
    r.parameters = params;
    r.curated_only = spec.curated_only;

    // Pass 1: everything that can be wrong with the spec, before any query runs.
    for (const auto& s : spec.sections) {
        SectionResult out;
        out.title = with_parameters(s.title, params);
        out.description = s.description;
        out.query = s.query->name;
        out.parameters = bind_section_parameters(spec, s, params);
        out.table = s.table;
        const std::vector<std::string> columns = result_columns(db, *s.query);
        for (std::size_t i = 0; i < s.columns.size(); ++i) {
            require_column(spec, s.path + ".columns[" + std::to_string(i) + "]", s, columns,
                           s.columns[i]);
            out.shown.push_back(*index_of(columns, s.columns[i]));
        }
        if (s.columns.empty()) {
            for (std::size_t i = 0; i < columns.size(); ++i) out.shown.push_back(i);
        }
        if (s.chart) {
            require_column(spec, s.path + ".chart.label", s, columns, s.chart->label);
            require_column(spec, s.path + ".chart.value", s, columns, s.chart->value);
            out.chart_spec = s.chart;
        }
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (is_quote_column(columns[i])) {
                out.quote_column = i;
                break;
            }
        }
        r.sections.push_back(std::move(out));
    }

    // Pass 2: run them, under the read-only guards.
    for (std::size_t i = 0; i < spec.sections.size(); ++i) {
        SectionResult& out = r.sections[i];
        std::map<std::string, std::optional<std::string>> values;
        for (const auto& p : out.parameters) values[p.name] = p.value;
        try {
            out.result = db.run_named(*spec.sections[i].query, values, kMaxSectionRows);
        } catch (const QueryError& e) {
            // Same kind of error (exit 2), but saying which section it came from.
            throw QueryError(spec.source + ": " + spec.sections[i].path + ": " + e.what());
        }
        if (out.chart_spec) out.chart = extract_chart(*out.chart_spec, out);
    }
    return r;
}

}  // namespace

std::string bar_value_text(const BarChart& chart, const Bar& bar, ReportLanguage language) {
    StoredRange r{bar.value, bar.value, "exact"};
    // Whole counts below 2^53 are exact in a double; larger sums go through the range form.
    if (chart.unit == RangeUnit::count && bar.integral && std::fabs(bar.value) < 9e15)
        return human_integer(static_cast<std::int64_t>(bar.value), language);
    return human_range(r, chart.unit, bar.currency, language);
}

bool is_quote_column(const std::string& name) {
    return name == "quote" || name.rfind("quote_", 0) == 0;
}

Report run_report(const ReportSpec& spec, const std::vector<BoundParam>& params,
                  query::ReadOnlyDatabase& db, const std::string& generated_at) {
    // The statements are the connection's (prepare, run_named: already
    // translated); reading their column names is SQLiteCpp's, so the whole
    // run is translated too, and no SQLite::Exception leaves report/.
    return db::translating(db.path(), [&] { return run_sections(spec, params, db, generated_at); });
}

}  // namespace factdb::report
