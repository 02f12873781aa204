// Writing a Table in the output formats users know from the sqlite3 shell
// and sqlite-utils: table, csv, tsv, json, jsonl, markdown.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string_view>

#include "query/table.h"

namespace factdb::query {

enum class Format { table, csv, tsv, json, jsonl, markdown };

// "table", "csv", ...; nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);
// The names, for help texts and error messages: "table, csv, tsv, json, jsonl, markdown".
std::string_view format_names();

struct FormatOptions {
    // table and markdown: cells longer than this many characters are cut
    // with "…" (0 = never).
    std::size_t max_cell_width = 0;
};

// table    aligned columns, numbers right-aligned, NULL empty, tabs and line
//          breaks shown as spaces
// csv      RFC 4180: CRLF line ends, fields with , " CR or LF quoted, " doubled; NULL empty
// tsv      tab-separated; tab, newline, carriage return and backslash escaped as \t \n \r \\; NULL
// empty json     one array of objects; numbers as numbers, NULL as null jsonl    one object per
// line markdown a GitHub table; | escaped, line breaks as spaces
void write(std::ostream& out, const Table& table, Format format, const FormatOptions& options = {});

}  // namespace factdb::query
