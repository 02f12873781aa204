// What a person sees of a section's result in the Markdown and HTML forms:
// the columns regrouped and labelled, the values in words.
//
// A range stored as COLUMN_low, COLUMN_high, a qualifier and a currency is
// one column "Amount" showing "> US$3 bn"; a count stored with its
// qualifier shows "≈ 30"; other columns are shown as they are.  The words
// come from the named query's `-- label:` header lines (`-- label.fr:` for
// French), else from the column name ("state_code" -> "State code").
//
// Invariants: every shown column of the section is in exactly one display
// column (a range's parts are shown together or not at all: a qualifier or
// currency column is taken into the range its low/high column opens); the
// order is that of the section's first shown part of each; nothing reads
// the database; JSON and CSV never use this (they keep every raw column).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/named_query.h"
#include "report/human_values.h"
#include "report/report.h"

namespace factdb::report {

struct DisplayColumn {
    enum class Kind { value, range, quote };
    Kind kind = Kind::value;
    std::string key;    // the label key: the column name, or a range's base ("amount")
    std::string label;  // the words shown in the header
    std::size_t column = 0;  // value and quote: the result column
    // range: the result columns of its parts (low or high may be absent).
    std::optional<std::size_t> low, high, qualifier, currency;
    RangeUnit unit = RangeUnit::count;
};

// The display columns of a section whose result has the query's columns.
std::vector<DisplayColumn> display_columns(const SectionResult& section,
                                           const query::NamedQuery* query,
                                           ReportLanguage language);

// A cell's text in words (NULL is "", an undisclosed amount "undisclosed").
std::string display_text(const DisplayColumn& column, const std::vector<SqlValue>& row,
                         ReportLanguage language);

// The exact stored values of a range cell, for hover text
// ("amount_low 3000000000, amount_qualifier more_than, currency USD");
// "" for other kinds.
std::string exact_text(const DisplayColumn& column, const std::vector<std::string>& names,
                       const std::vector<SqlValue>& row);

// True when the cell shows a number (right-aligned in HTML).
bool is_numeric_cell(const DisplayColumn& column, const std::vector<SqlValue>& row);

}  // namespace factdb::report
