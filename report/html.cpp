// The HTML form of a report (see writers.h): one self-contained file that a
// browser shows offline, from a mail attachment or a file share.
//
// Invariants: no <script>, no external resource (stylesheet, font, image)
// of any kind; inline CSS and inline SVG only.  Every text that comes from
// the database or the spec goes through html_escape, in element content and
// in attributes alike (entity names come from untrusted articles).  The
// first quote of each row is its hover text (title=) on the whole row, so
// it is there even when the spec's "columns" leaves the quote column out;
// a quote cell shows the whole quote, wrapping, unless it is longer than
// kQuoteChars (then cut, with the full text on hover).  Cells show what
// display.h makes of the row: ranges in words ("> US$3 bn") with the exact
// stored bounds on hover, headers in words with the column name on hover.
// Layout: the page fits 1280 px (quotes and long names wrap, the table
// scrolls only inside its own box), a print stylesheet (no hover, so the
// row's quote is not lost: quote columns print in full) and a dark one
// (prefers-color-scheme).
#include <sstream>

#include "query/named_query.h"
#include "report/display.h"
#include "report/writers.h"
#include "text/lines.h"

namespace factdb::report {
namespace {

constexpr std::size_t kCellChars = 120;
// Quotes wrap in their cell; only a quote longer than this is cut (full text on hover).
constexpr std::size_t kQuoteChars = 400;

constexpr const char* kStyle = R"css(
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d0d7de;
        --head: #f0f3f6; --stripe: #f8f9fb; --null: #eef0f3; --quote: #3d444d; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --head: #161b22;
          --stripe: #11161d; --null: #1c2128; --quote: #c9d1d9; }
}
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
       background: var(--bg); margin: 2rem auto; max-width: 76rem; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: .3rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
.meta, .note, .empty { color: var(--muted); font-size: .9rem; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: .88rem; margin: .6rem 0; width: 100%; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: var(--head); }
tbody tr:nth-child(even) { background: var(--stripe); }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.null { background: repeating-linear-gradient(45deg, transparent 0 4px, var(--null) 4px 8px); }
td.quote { font-style: italic; color: var(--quote); min-width: 16rem; max-width: 34rem; }
tr[title] { cursor: help; }
figure { margin: .8rem 0; }
figcaption { color: var(--muted); font-size: .85rem; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text.label, svg.chart text.value { fill: var(--fg); }
svg.chart text.tick { fill: var(--muted); }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --line: #999; --head: #eee; --stripe: #fff; }
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  .table-wrap { overflow: visible; }
  section { break-inside: auto; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  td.num { white-space: normal; }
}
)css";

std::string param_list(const std::vector<BoundParam>& params) {
    std::string out;
    for (const auto& p : params)
        out += (out.empty() ? "" : ", ") + p.name + " = " + (p.value ? *p.value : "NULL");
    return out;
}

// A "url" column's http(s) value becomes a link; any other scheme
// (javascript:, data:, file:) stays text.
bool is_link(const std::string& column, const std::string& value) {
    if (column != "url" && column.rfind("url_", 0) != 0) return false;
    return value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0;
}

void write_table(std::ostream& out, const SectionResult& s, ReportLanguage language) {
    const auto columns = display_columns(s, query::find_named_query(s.query), language);
    out << "<div class=\"table-wrap\"><table>\n<thead><tr>";
    for (const auto& d : columns) {
        out << "<th";
        if (d.label != d.key) out << " title=\"" << html_escape(d.key) << "\"";
        out << ">" << html_escape(d.label) << "</th>";
    }
    out << "</tr></thead>\n<tbody>\n";
    for (const auto& row : s.result.rows) {
        out << "<tr";
        if (s.quote_column && !std::holds_alternative<std::monostate>(row[*s.quote_column]))
            out << " title=\"" << html_escape(query::to_text(row[*s.quote_column])) << "\"";
        out << ">";
        for (const auto& d : columns) {
            const std::string text = display_text(d, row, language);
            if (d.kind == DisplayColumn::Kind::range) {
                if (text.empty()) {
                    out << "<td class=\"null\"></td>";
                    continue;
                }
                // The exact stored bounds on hover: the cell shows them at a scale.
                out << "<td class=\"num\" title=\"" << html_escape(exact_text(d, s.result.columns, row))
                    << "\">" << html_escape(text) << "</td>";
                continue;
            }
            const SqlValue& v = row[d.column];
            if (std::holds_alternative<std::monostate>(v)) {
                out << "<td class=\"null\"></td>";
            } else if (is_numeric_cell(d, row)) {
                out << "<td class=\"num\">" << html_escape(text) << "</td>";
            } else if (d.kind == DisplayColumn::Kind::quote) {
                const std::string cut = text::shorten(text, kQuoteChars);
                out << "<td class=\"quote\"";
                if (cut != text) out << " title=\"" << html_escape(text) << "\"";
                out << ">" << html_escape(cut) << "</td>";
            } else if (is_link(s.result.columns[d.column], text)) {
                // A document's link: a plain <a>, which loads nothing by itself.
                out << "<td><a href=\"" << html_escape(text) << "\">"
                    << html_escape(text::shorten(text, kCellChars)) << "</a></td>";
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

void write_chart(std::ostream& out, const BarChart& c, const std::string& type,
                 ReportLanguage language) {
    const bool fr = language == ReportLanguage::fr;
    out << "<figure>\n";
    if (!c.bars.empty()) {
        if (type == "us_map")
            out << svg_us_tiles(c, language) << "\n";
        else if (type == "timeline")
            out << svg_timeline(c, language) << "\n";
        else
            out << svg_bar_chart(c, language) << "\n";
    }
    out << "<figcaption>" << html_escape(c.title);
    if (c.bars.empty()) out << (fr ? " &mdash; aucune valeur" : " &mdash; no values to chart");
    auto list = [&](const std::vector<std::string>& items) {
        std::string labels;
        for (const auto& s : items) labels += (labels.empty() ? "" : ", ") + s;
        return html_escape(labels);
    };
    if (!c.skipped.empty())
        out << ". " << (fr ? "Non repr\u00e9sent\u00e9s (pas de " : "Not charted (no ")
            << html_escape(c.value_column) << "): " << list(c.skipped);
    if (type == "us_map") {
        if (const auto off = off_map_labels(c); !off.empty())
            out << ". " << (fr ? "Hors carte : " : "Not on the map: ") << list(off);
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
    out << "<!DOCTYPE html>\n<html lang=\"" << (r.language == ReportLanguage::fr ? "fr" : "en")
        << "\">\n<head>\n<meta charset=\"utf-8\">\n"
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
        // A section without rows says so in one line: no empty chart, no empty table.
        if (s.chart && !s.result.rows.empty())
            write_chart(out, *s.chart, s.chart_spec->type, r.language);
        if (s.result.rows.empty())
            out << "<p class=\"empty\">" << (r.language == ReportLanguage::fr ? "(aucune ligne)" : "(no rows)")
                << "</p>\n";
        else if (s.table)
            write_table(out, s, r.language);
        out << "</section>\n";
    }
    out << "</body>\n</html>\n";
    return out.str();
}

}  // namespace factdb::report
