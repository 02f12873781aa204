// The output formats of a report, each a pure function from the model to
// the bytes of the file (markdown.cpp, html.cpp, svg_chart.cpp, json.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace factdb::report {

enum class OutputFormat { markdown, html, json };

// "md" (or "markdown"), "html", "json"; nullopt otherwise.
std::optional<OutputFormat> parse_output_format(std::string_view name);

// Markdown for a terminal and a code-hosting site: GitHub tables, text bar
// charts in fenced blocks, quotes cut in the table with the full text as
// numbered footnotes.
std::string to_markdown(const Report& report);

// One self-contained HTML file: inline CSS and SVG, no script, no network.
std::string to_html(const Report& report);

// {"title", "generated_at", "parameters", "sections": [...]}: numbers as
// numbers, NULL as null, integers exact.
std::string to_json(const Report& report);

// An inline <svg> horizontal bar chart (no script, no external font).
// Every bar is exactly one <rect class="bar">; the chart has no other rect.
std::string svg_bar_chart(const BarChart& chart, ReportLanguage language = ReportLanguage::en);

// An inline <svg> US tile-grid map (us_tiles.cpp): one square per state
// and DC in its usual place, shaded in five classes of (0, max] by the bar
// of its label ("US-TX" or "TX"), a legend, states without a figure drawn
// as such.  Bars whose label is no US state are not drawn: off_map_labels
// lists them for the caption.
std::string svg_us_tiles(const BarChart& chart, ReportLanguage language = ReportLanguage::en);
std::vector<std::string> off_map_labels(const BarChart& chart);
// The shade class (0-4) of value on a map whose largest value is max; -1
// for a value of 0 or less (drawn in its own lightest colour).
int tile_shade(double value, double max);

// An inline <svg> timeline (timeline.cpp): vertical columns per period,
// in the order of the bars (report.cpp gives them in time order).
std::string svg_timeline(const BarChart& chart, ReportLanguage language = ReportLanguage::en);

// Text escaped for HTML element content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

// A "nice" upper bound for an axis whose largest value is max (> 0), and the
// step between ticks: 1, 2, 2.5 or 5 times a power of ten, 3 to 6 ticks.
struct Scale {
    double max = 1;
    double step = 1;
};
// With integers (every bar a whole number: counts), the step is a whole
// number too (1, 2, 5, 10, 25 ...), so no tick reads "2.5 data centres".
Scale nice_scale(double max, bool integers = false);

}  // namespace factdb::report
