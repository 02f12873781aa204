// Writing a result in the output formats users know from the sqlite3 shell
// and sqlite-utils: table, csv, tsv, json, jsonl, markdown.
//
// Invariants:
//   * every format but table is written as the rows come (FormatWriter is
//     a RowSink): memory does not grow with the result; table needs every
//     row for its column widths, so it holds them, within max_bytes;
//   * with max_bytes > 0 no more than max_bytes bytes are ever written: the
//     output stops at exactly that many and the write is refused with a
//     QueryError naming the limit and --max-bytes;
//   * the sink's progress (the deadline) is called every 64 KiB written, so
//     a large value is not formatted past the time limit;
//   * no text format (table, csv, tsv, markdown) writes a control character
//     raw: C0 controls and DEL are shown in caret notation (^@ ... ^_, ^?),
//     as the sqlite3 shell's default --escape ascii does, and C1 controls
//     (U+0080..U+009F) and the bidirectional controls (U+061C, U+200E,
//     U+200F, U+202A..U+202E, U+2066..U+2069) as \uXXXX; tab, line feed and
//     carriage return keep each format's own rule below.  json and jsonl
//     escape the same characters as \u00XX / \uXXXX, which a JSON reader
//     turns back into the very characters (nothing is lost);
//   * markdown additionally writes < > & as &lt; &gt; &amp; and "](" as
//     "]\(", so that no renderer reads a tag, a script or a link into a cell.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "query/table.h"

namespace factdb::query {

enum class Format { table, csv, tsv, json, jsonl, markdown };

// "table", "csv", ..., and the aliases "md" (markdown) and "nl" (jsonl);
// nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);
// The names, for help texts and error messages: "table, csv, tsv, json,
// jsonl (or nl), markdown (or md)".
std::string_view format_names();

struct FormatOptions {
    // table and markdown: cells longer than this many characters are cut
    // with "…" (0 = never).
    std::size_t max_cell_width = 0;
    // Refuse to write more than this many bytes (0 = no limit).
    std::size_t max_bytes = 0;
};

// table    aligned columns, numbers right-aligned, NULL empty, tabs and line
//          breaks shown as spaces
// csv      RFC 4180: CRLF line ends, fields with , " CR or LF quoted, " doubled;
//          NULL empty
// tsv      tab-separated; tab, newline, carriage return and backslash escaped
//          as \t \n \r \\; NULL empty
// json     one array of objects; numbers as numbers, NULL as null
// jsonl    one object per line
// markdown a GitHub table; | escaped, line breaks as spaces
class FormatWriter : public RowSink {
  public:
    FormatWriter(std::ostream& out, Format format, FormatOptions options = {});
    ~FormatWriter() override;
    FormatWriter(const FormatWriter&) = delete;
    FormatWriter& operator=(const FormatWriter&) = delete;

    void begin(const std::vector<std::string>& columns) override;
    void row(const std::vector<ValueView>& values) override;
    // Writes what is left (for table, everything) and flushes out.
    void end() override;

    // Bytes handed to out so far.
    std::size_t bytes_written() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// A whole Table through a FormatWriter.
void write(std::ostream& out, const Table& table, Format format, const FormatOptions& options = {});

// s as Markdown text (a cell, a heading, a footnote): the escaping of the
// markdown format above, line breaks as spaces.
std::string markdown_text(std::string_view s);

}  // namespace factdb::query
