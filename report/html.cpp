// The HTML form of a report (see writers.h): one self-contained file that a
// browser shows offline, from a mail attachment or a file share.
//
// Invariants: no <script>, no external resource (stylesheet, font, image)
// of any kind; inline CSS and inline SVG only.  Every text that comes from
// the database or the spec goes through html_escape, in element content and
// in attributes alike (entity names come from untrusted articles).  The
// first quote of each row is its hover text (title=) on the whole row, so
// it is there even when the spec's "columns" leaves the quote column out;
// a quote cell shows the quote cut to kQuoteChars with the full text on hover.
#include <sstream>

#include "report/writers.h"
#include "text/lines.h"

namespace factdb::report {
namespace {

constexpr std::size_t kCellChars = 120;
constexpr std::size_t kQuoteChars = 80;

constexpr const char* kStyle = R"css(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       background: #fff; margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: .3rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
.meta, .note, .empty { color: #59636e; font-size: .9rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .88rem; margin: .6rem 0; }
th, td { border: 1px solid #d0d7de; padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: #f0f3f6; }
tbody tr:nth-child(even) { background: #f8f9fb; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.null { background: repeating-linear-gradient(45deg, transparent 0 4px, #eef0f3 4px 8px); }
td.quote { font-style: italic; color: #3d444d; cursor: help; min-width: 18rem; }
tr[title] { cursor: help; }
figure { margin: .8rem 0; }
figcaption { color: #59636e; font-size: .85rem; }
svg.chart { max-width: 100%; height: auto; }
)css";

std::string param_list(const std::vector<BoundParam>& params) {
    std::string out;
    for (const auto& p : params)
        out += (out.empty() ? "" : ", ") + p.name + " = " + (p.value ? *p.value : "NULL");
    return out;
}

void write_table(std::ostream& out, const SectionResult& s) {
    out << "<div class=\"table-wrap\"><table>\n<thead><tr>";
    for (std::size_t c : s.shown) out << "<th>" << html_escape(s.result.columns[c]) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (const auto& row : s.result.rows) {
        out << "<tr";
        if (s.quote_column && !std::holds_alternative<std::monostate>(row[*s.quote_column]))
            out << " title=\"" << html_escape(query::to_text(row[*s.quote_column])) << "\"";
        out << ">";
        for (std::size_t c : s.shown) {
            const SqlValue& v = row[c];
            const std::string text = query::to_text(v);
            if (std::holds_alternative<std::monostate>(v)) {
                out << "<td class=\"null\"></td>";
            } else if (std::holds_alternative<std::int64_t>(v) ||
                       std::holds_alternative<double>(v)) {
                out << "<td class=\"num\">" << html_escape(text) << "</td>";
            } else if (is_quote_column(s.result.columns[c])) {
                out << "<td class=\"quote\" title=\"" << html_escape(text) << "\">"
                    << html_escape(text::shorten(text, kQuoteChars)) << "</td>";
            } else {
                const std::string cut = text::shorten(text, kCellChars);
                out << "<td";
                if (cut != text) out << " title=\"" << html_escape(text) << "\"";
                out << ">" << html_escape(cut) << "</td>";
            }
        }
        out << "</tr>\n";
    }
    out << "</tbody>\n</table></div>\n";
}

void write_chart(std::ostream& out, const BarChart& c) {
    out << "<figure>\n";
    if (!c.bars.empty()) out << svg_bar_chart(c) << "\n";
    out << "<figcaption>" << html_escape(c.title);
    if (c.bars.empty()) out << " &mdash; no values to chart";
    if (!c.skipped.empty()) {
        std::string labels;
        for (const auto& s : c.skipped) labels += (labels.empty() ? "" : ", ") + s;
        out << ". Not charted (no " << html_escape(c.value_column) << "): " << html_escape(labels);
    }
    out << "</figcaption>\n</figure>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += ch;
        }
    }
    return out;
}

std::string to_html(const Report& r) {
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"factdb " FACTDB_VERSION "\">\n"
        << "<title>" << html_escape(r.title) << "</title>\n<style>" << kStyle << "</style>\n"
        << "</head>\n<body>\n<header>\n<h1>" << html_escape(r.title) << "</h1>\n";
    if (!r.description.empty()) out << "<p>" << html_escape(r.description) << "</p>\n";
    out << "<p class=\"meta\">Generated <time datetime=\"" << html_escape(r.generated_at) << "\">"
        << html_escape(r.generated_at) << "</time>";
    if (!r.parameters.empty()) out << "; parameters: " << html_escape(param_list(r.parameters));
    if (r.curated_only) out << "; curated facts only (drafted facts left out)";
    out << ".</p>\n</header>\n";
    for (std::size_t i = 0; i < r.sections.size(); ++i) {
        const SectionResult& s = r.sections[i];
        out << "<section id=\"section-" << i + 1 << "\" data-query=\"" << html_escape(s.query)
            << "\">\n<h2>" << html_escape(s.title) << "</h2>\n";
        if (!s.description.empty())
            out << "<p class=\"note\">" << html_escape(s.description) << "</p>\n";
        if (s.chart) write_chart(out, *s.chart);
        if (s.result.rows.empty())
            out << "<p class=\"empty\">(no rows)</p>\n";
        else
            write_table(out, s);
        out << "</section>\n";
    }
    out << "</body>\n</html>\n";
    return out.str();
}

}  // namespace factdb::report
