// Output formats (see format.h).  Widths count characters (code points), not
// bytes, so accented French text lines up.  Integers are always written in
// full (8000000000, never 8e+09): amounts are exact and must stay so.
#include "query/format.h"

#include <nlohmann/json.hpp>

#include <array>
#include <ostream>

#include "text/lines.h"
#include "text/unicode.h"

namespace factdb::query {
namespace {

struct FormatName {
    Format format;
    std::string_view name;
};
constexpr std::array<FormatName, 6> kNames = {{{Format::table, "table"},
                                               {Format::csv, "csv"},
                                               {Format::tsv, "tsv"},
                                               {Format::json, "json"},
                                               {Format::jsonl, "jsonl"},
                                               {Format::markdown, "markdown"}}};

bool numeric(const SqlValue& v) {
    return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v);
}

void write_table(std::ostream& out, const Table& t, const FormatOptions& o) {
    std::vector<std::vector<std::string>> cells;
    std::vector<std::size_t> width(t.columns.size());
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        width[c] = text::count_code_points(t.columns[c]);
    for (const auto& row : t.rows) {
        auto& line = cells.emplace_back();
        for (std::size_t c = 0; c < row.size(); ++c) {
            // A cell of an aligned table must stay on one line (the value itself
            // is unchanged in every other format).
            line.push_back(text::shorten(text::one_line(to_text(row[c]), text::Tabs::to_spaces),
                                         o.max_cell_width));
            width[c] = std::max(width[c], text::count_code_points(line.back()));
        }
    }
    auto pad = [&](const std::string& s, std::size_t w, bool right, bool last) {
        const std::string fill(w - text::count_code_points(s), ' ');
        out << (right ? fill + s : (last ? s : s + fill));
    };
    const std::size_t n = t.columns.size();
    for (std::size_t c = 0; c < n; ++c) {
        if (c) out << "  ";
        pad(t.columns[c], width[c], false, c + 1 == n);
    }
    out << "\n";
    for (std::size_t c = 0; c < n; ++c) out << (c ? "  " : "") << std::string(width[c], '-');
    out << "\n";
    for (std::size_t r = 0; r < cells.size(); ++r) {
        for (std::size_t c = 0; c < n; ++c) {
            if (c) out << "  ";
            pad(cells[r][c], width[c], numeric(t.rows[r][c]), c + 1 == n);
        }
        out << "\n";
    }
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string tsv_field(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\\':
                out += "\\\\";
                break;
            default:
                out += c;
        }
    }
    return out;
}

void write_delimited(std::ostream& out, const Table& t, bool csv) {
    const char* sep = csv ? "," : "\t";
    const char* eol = csv ? "\r\n" : "\n";
    auto field = [csv](const std::string& s) { return csv ? csv_field(s) : tsv_field(s); };
    for (std::size_t c = 0; c < t.columns.size(); ++c) out << (c ? sep : "") << field(t.columns[c]);
    out << eol;
    for (const auto& row : t.rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            out << (c ? sep : "") << field(to_text(row[c]));
        out << eol;
    }
}

nlohmann::ordered_json json_row(const Table& t, const std::vector<SqlValue>& row) {
    nlohmann::ordered_json obj = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < row.size(); ++c) {
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    obj[t.columns[c]] = nullptr;
                else
                    obj[t.columns[c]] = v;
            },
            row[c]);
    }
    return obj;
}

void write_json(std::ostream& out, const Table& t, bool lines) {
    // Invalid UTF-8 in a value is replaced, not fatal: output must never
    // abort half-way through a report.
    constexpr auto kHandler = nlohmann::ordered_json::error_handler_t::replace;
    if (lines) {
        for (const auto& row : t.rows)
            out << json_row(t, row).dump(-1, ' ', false, kHandler) << "\n";
        return;
    }
    out << "[";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        out << (r ? ",\n " : "\n ") << json_row(t, t.rows[r]).dump(-1, ' ', false, kHandler);
    }
    out << (t.rows.empty() ? "]\n" : "\n]\n");
}

std::string markdown_cell(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

void write_markdown(std::ostream& out, const Table& t, const FormatOptions& o) {
    out << "|";
    for (const auto& c : t.columns) out << " " << markdown_cell(c) << " |";
    out << "\n|";
    for (const auto& c : t.columns) {
        (void)c;
        out << " --- |";
    }
    out << "\n";
    for (const auto& row : t.rows) {
        out << "|";
        for (const auto& v : row)
            out << " " << markdown_cell(text::shorten(to_text(v), o.max_cell_width)) << " |";
        out << "\n";
    }
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
    for (const auto& n : kNames) {
        if (n.name == name) return n.format;
    }
    return std::nullopt;
}

std::string_view format_names() {
    return "table, csv, tsv, json, jsonl, markdown";
}

void write(std::ostream& out, const Table& table, Format format, const FormatOptions& options) {
    switch (format) {
        case Format::table:
            return write_table(out, table, options);
        case Format::csv:
            return write_delimited(out, table, true);
        case Format::tsv:
            return write_delimited(out, table, false);
        case Format::json:
            return write_json(out, table, false);
        case Format::jsonl:
            return write_json(out, table, true);
        case Format::markdown:
            return write_markdown(out, table, options);
    }
}

}  // namespace factdb::query
