// A report after its queries ran: what every writer (Markdown, HTML, JSON)
// renders.  Writers are pure functions of this model, so the three formats
// always show the same rows, and a report is produced entirely in memory
// before anything is written (see atomic_file.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "query/readonly.h"
#include "query/table.h"
#include "report/spec.h"

namespace factdb::report {

// One bar: a row of the result whose value column holds a number.
struct Bar {
    std::string label;       // the label column as text ("" for NULL)
    double value = 0;        // for scaling only
    std::string value_text;  // as written: integers exact (8000000000)
    std::string quote;       // the row's first quote, "" when none
};

struct BarChart {
    std::string title;
    std::string label_column;
    std::string value_column;
    std::vector<Bar> bars;             // in result order
    std::vector<std::string> skipped;  // labels of rows whose value is NULL or not a number
};

struct SectionResult {
    std::string title;
    std::string description;
    std::string query;  // the named query's name
    std::vector<BoundParam> parameters;
    query::Table result;                      // every column the query returns
    std::vector<std::size_t> shown;           // indexes into result.columns, in display order
    std::optional<std::size_t> quote_column;  // first quote column of result (hover text)
    std::optional<ChartSpec> chart_spec;
    std::optional<BarChart> chart;
};

struct Report {
    std::string title;
    std::string description;
    std::string generated_at;  // UTC, or $FACTDB_NOW
    std::vector<BoundParam> parameters;
    std::vector<SectionResult> sections;
    bool curated_only = false;  // the spec's (ReportSpec::curated_only): writers say so
};

// Rows longer than this make a section fail (a report is not a dump).
constexpr std::size_t kMaxSectionRows = 100000;

// True for the columns that hold evidence quotes: "quote" and "quote_*".
bool is_quote_column(const std::string& name);

// Runs every section on db.  First checks, for every section and before any
// query runs, that "columns" and "chart" name columns the query returns
// (SpecError otherwise); then runs each through db.run_named (each query
// under its own --timeout deadline).  A database failure is a db::Error
// naming db.path().
Report run_report(const ReportSpec& spec, const std::vector<BoundParam>& params,
                  query::ReadOnlyDatabase& db, const std::string& generated_at);

}  // namespace factdb::report
