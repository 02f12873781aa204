// Running a report's sections (see report.h).
//
// Column names are checked for every section before the first query runs,
// so a spec naming a column that does not exist fails fast (exit 2) and
// never after minutes of queries.  The chart's data is extracted here, once,
// so the Markdown and SVG charts cannot disagree about what is drawn and
// what is skipped.
#include "report/report.h"

#include <algorithm>

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

BarChart extract_chart(const ChartSpec& spec, const SectionResult& s) {
    BarChart c;
    c.label_column = spec.label;
    c.value_column = spec.value;
    c.title = spec.title.empty() ? spec.value + " by " + spec.label : spec.title;
    const std::size_t label = *index_of(s.result.columns, spec.label);
    const std::size_t value = *index_of(s.result.columns, spec.value);
    for (const auto& row : s.result.rows) {
        const std::string name = query::to_text(row[label]);
        double v = 0;
        if (const auto* i = std::get_if<std::int64_t>(&row[value]))
            v = static_cast<double>(*i);
        else if (const auto* d = std::get_if<double>(&row[value]))
            v = *d;
        else {
            c.skipped.push_back(name);  // NULL or text: nothing to draw
            continue;
        }
        Bar b{name, v, query::to_text(row[value]), {}};
        if (s.quote_column) b.quote = query::to_text(row[*s.quote_column]);
        c.bars.push_back(std::move(b));
    }
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
        out.title = s.title;
        out.description = s.description;
        out.query = s.query->name;
        out.parameters = bind_section_parameters(spec, s, params);
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
