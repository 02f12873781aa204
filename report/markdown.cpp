// The Markdown form of a report (see writers.h): readable as plain text in
// a terminal and rendered by code-hosting sites.
//
// Quotes are long sentences that would make a table unreadable, so a quote
// cell shows its first kQuoteChars characters and a footnote reference
// [^N]; the full quote follows the table as "[^N]: “...”".  Numbering runs
// over the whole report because footnote labels are document-wide.  Other
// cells are cut at kCellChars by query::write.  Bar charts are text in a
// fenced block: label, a bar of '█' scaled to the largest value, the value.
// Text from the spec, the command line or the database outside the chart
// goes through query::markdown_text, as table cells do: line breaks become
// spaces (Markdown has no line break inside a footnote or a paragraph line;
// a tab there is harmless), < > & become entities and "](" is broken, so a
// name like "<script>" or "[x](javascript:...)" is shown, never rendered as
// HTML or a link, and control characters are shown as ^X or \uXXXX.  The
// chart is a fenced code block, which renderers never read as HTML: its
// labels only go through text::one_line.
#include <cmath>
#include <sstream>

#include "query/format.h"
#include "report/writers.h"
#include "text/lines.h"
#include "text/unicode.h"

namespace factdb::report {
namespace {

constexpr std::size_t kCellChars = 60;
constexpr std::size_t kQuoteChars = 40;
constexpr std::size_t kBarChars = 40;
constexpr std::size_t kLabelChars = 30;
// A cut quote plus " [^NNNNNN]" must fit in a cell, or query::write would cut the reference.
static_assert(kQuoteChars + 11 <= kCellChars);

std::string param_list(const std::vector<BoundParam>& params) {
    std::string out;
    for (const auto& p : params)
        out += (out.empty() ? "" : ", ") + p.name + " = " + (p.value ? *p.value : "NULL");
    return out;
}

std::string pad_right(const std::string& s, std::size_t width) {
    const std::size_t n = text::count_code_points(s);
    return n >= width ? s : s + std::string(width - n, ' ');
}

void write_chart(std::ostream& out, const BarChart& c) {
    out << "```text\n" << text::one_line(c.title) << "\n";
    double max = 0;
    std::size_t label_width = 0;
    for (const auto& b : c.bars) {
        max = std::max(max, b.value);
        label_width =
            std::max(label_width,
                     text::count_code_points(text::shorten(text::one_line(b.label), kLabelChars)));
    }
    for (const auto& b : c.bars) {
        std::size_t n = 0;
        if (max > 0 && b.value > 0) {
            // At least one block, so a small positive value is still visible.
            n = std::max<std::size_t>(
                1, static_cast<std::size_t>(std::lround(b.value / max * kBarChars)));
        }
        std::string bar;
        for (std::size_t i = 0; i < n; ++i) bar += "█";
        out << pad_right(text::shorten(text::one_line(b.label), kLabelChars), label_width) << "  "
            << bar << (n ? " " : "") << b.value_text << "\n";
    }
    if (c.bars.empty()) out << "(no values to chart)\n";
    if (!c.skipped.empty()) {
        std::string labels;
        for (const auto& s : c.skipped) labels += (labels.empty() ? "" : ", ") + text::one_line(s);
        out << "not charted, no " << c.value_column << ": " << labels << "\n";
    }
    out << "```\n";
}

}  // namespace

std::string to_markdown(const Report& r) {
    std::ostringstream out;
    out << "# " << query::markdown_text(r.title) << "\n\n";
    if (!r.description.empty()) out << query::markdown_text(r.description) << "\n\n";
    out << "_Generated " << r.generated_at;
    if (!r.parameters.empty())
        out << "; parameters: " << query::markdown_text(param_list(r.parameters));
    if (r.curated_only) out << "; curated facts only (drafted facts left out)";
    out << "._\n";
    int footnote = 0;
    for (const auto& s : r.sections) {
        out << "\n## " << query::markdown_text(s.title) << "\n\n";
        if (!s.description.empty()) out << query::markdown_text(s.description) << "\n\n";
        if (s.chart) {
            write_chart(out, *s.chart);
            out << "\n";
        }
        if (s.result.rows.empty()) {
            out << "(no rows)\n";
            continue;
        }
        query::Table t;
        std::vector<std::string> notes;
        for (std::size_t c : s.shown) t.columns.push_back(s.result.columns[c]);
        for (const auto& row : s.result.rows) {
            auto& line = t.rows.emplace_back();
            for (std::size_t c : s.shown) {
                if (is_quote_column(s.result.columns[c]) &&
                    !std::holds_alternative<std::monostate>(row[c])) {
                    const std::string quote = text::one_line(query::to_text(row[c]));
                    const std::string ref = "[^" + std::to_string(++footnote) + "]";
                    // The cell is escaped by query::write; the footnote here.
                    notes.push_back(ref + ": \u201c" + query::markdown_text(quote) + "\u201d");
                    line.emplace_back(text::shorten(quote, kQuoteChars) + " " + ref);
                } else {
                    line.push_back(row[c]);
                }
            }
        }
        query::write(out, t, query::Format::markdown, query::FormatOptions{kCellChars});
        if (!notes.empty()) {
            out << "\n";
            for (const auto& n : notes) out << n << "\n";
        }
    }
    return out.str();
}

}  // namespace factdb::report
