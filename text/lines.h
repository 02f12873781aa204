// Fitting text into one line of a table, a chart label or a Markdown line:
// pure text functions shared by the query output formats (query/format.cpp)
// and the report writers (report/), so that both cut and flatten text the
// same way.
//
// Invariants: both functions only ever shorten or replace; a cut never
// splits a UTF-8 sequence and is marked with "…"; one_line never fails,
// whatever the bytes.
#pragma once

#include <cstddef>
#include <string>

namespace factdb::text {

// s cut to max_chars code points, the last being "…" when it was longer;
// unchanged when it fits or max_chars is 0 (no limit).
//   shorten("données", 4) == "don…"; shorten("données", 7) == "données"
std::string shorten(const std::string& s, std::size_t max_chars);

// What else one_line turns into a space besides line breaks.
enum class Tabs {
    keep,       // Markdown text: a tab is harmless inside a line
    to_spaces,  // aligned columns: a tab would break the alignment
};

// s with each line break (LF, VT, FF, CR, U+0085, U+2028, U+2029: the
// is_line_break of text/unicode.h) and, with Tabs::to_spaces, each tab
// replaced by one space, so that it prints on one line.
std::string one_line(std::string s, Tabs tabs = Tabs::keep);

}  // namespace factdb::text
