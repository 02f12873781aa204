// Inline SVG bar charts for the HTML report (see writers.h).
//
// Horizontal bars, because labels (states, company names) are words and
// read best on the left.  The axis runs from 0 to a "nice" maximum (1, 2,
// 2.5 or 5 x 10^k) with 3 to 6 gridlines, so the scale reads at a glance;
// each bar also carries its exact value.  Invariants the tests rely on:
// every bar is exactly one <rect class="bar">, the chart draws no other
// rect (gridlines are <line>), and every text is HTML-escaped.  Fonts are
// generic families only: no download, same look offline.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "report/writers.h"
#include "text/lines.h"
#include "text/unicode.h"

namespace factdb::report {
namespace {

constexpr int kWidth = 720;
constexpr int kRowHeight = 26;
constexpr int kBarHeight = 18;
constexpr int kTop = 8;
constexpr int kAxisHeight = 26;
constexpr int kValueWidth = 110;  // room for "11000000000" after the longest bar
constexpr std::size_t kLabelChars = 28;

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

// Tick labels: short forms for big numbers (2.5 bn), exact values are on the bars.
std::string tick_label(double v) {
    struct Unit {
        double size;
        const char* suffix;
    };
    for (const Unit u : {Unit{1e12, " tn"}, Unit{1e9, " bn"}, Unit{1e6, " M"}, Unit{1e3, " k"}}) {
        if (std::fabs(v) >= u.size) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%g%s", v / u.size, u.suffix);
            return buf;
        }
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

}  // namespace

Scale nice_scale(double max, bool integers) {
    if (!(max > 0) || !std::isfinite(max)) return {};
    const double rough = max / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= rough) {
            step = m * power;
            break;
        }
    }
    if (integers && step != std::floor(step)) step = step < 1 ? 1 : std::ceil(step / power / 5) * 5 * power;
    return {std::ceil(max / step - 1e-9) * step, step};
}

std::string svg_bar_chart(const BarChart& c, ReportLanguage language) {
    double max = 0;
    std::size_t label_chars = 1;
    for (const auto& b : c.bars) {
        if (std::isfinite(b.value)) max = std::max(max, b.value);
        label_chars =
            std::max(label_chars, text::count_code_points(text::shorten(b.label, kLabelChars)));
    }
    const Scale scale = nice_scale(max, c.integers);
    // About 7.5 px per character at 13 px in a sans-serif font.
    const int label_width =
        static_cast<int>(std::min<std::size_t>(label_chars, kLabelChars) * 15 / 2) + 16;
    const int plot_width = kWidth - label_width - kValueWidth;
    const int n = static_cast<int>(c.bars.size());
    const int plot_bottom = kTop + n * kRowHeight;
    const int height = plot_bottom + kAxisHeight;
    auto x_of = [&](double v) {
        const double clamped = std::clamp(v, 0.0, scale.max);
        return label_width + clamped / scale.max * plot_width;
    };

    std::ostringstream out;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"" << kWidth
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << kWidth << " " << height
        << "\" role=\"img\" aria-label=\"" << html_escape(c.title)
        << "\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" "
           "font-size=\"13\">\n";
    out << "<title>" << html_escape(c.title) << "</title>\n";
    // Gridlines and tick labels.
    const int ticks = static_cast<int>(std::lround(scale.max / scale.step));
    for (int k = 0; k <= ticks; ++k) {
        const double t = k * scale.step;
        const std::string x = num(x_of(t));
        out << "<line class=\"grid\" x1=\"" << x << "\" y1=\"" << kTop - 4 << "\" x2=\"" << x
            << "\" y2=\"" << plot_bottom << "\" stroke=\"#d0d4da\" stroke-width=\"1\"/>\n"
            << "<text class=\"tick\" x=\"" << x << "\" y=\"" << plot_bottom + 17
            << "\" text-anchor=\"middle\" fill=\"#5f6670\">" << html_escape(tick_label(t))
            << "</text>\n";
    }
    for (int i = 0; i < n; ++i) {
        const Bar& b = c.bars[static_cast<std::size_t>(i)];
        const int y = kTop + i * kRowHeight + (kRowHeight - kBarHeight) / 2;
        const double w = x_of(b.value) - label_width;
        const std::string value_text = bar_value_text(c, b, language);
        const std::string tip = b.label + ": " + value_text +
                                (b.rows > 1 ? " (" + std::to_string(b.rows) + " rows)" : "") +
                                (b.quote.empty() ? "" : "\n\u201c" + b.quote + "\u201d");
        out << "<g class=\"bar-row\"><title>" << html_escape(tip) << "</title>"
            << "<text class=\"label\" x=\"" << label_width - 8 << "\" y=\"" << y + 13
            << "\" text-anchor=\"end\" fill=\"#1f2328\">"
            << html_escape(text::shorten(b.label, kLabelChars)) << "</text>"
            << "<rect class=\"bar\" x=\"" << label_width << "\" y=\"" << y << "\" width=\""
            << num(w) << "\" height=\"" << kBarHeight << "\" fill=\"#3b6ea5\"/>"
            << "<text class=\"value\" x=\"" << num(label_width + w + 6) << "\" y=\"" << y + 13
            << "\" fill=\"#1f2328\">" << html_escape(value_text) << "</text></g>\n";
    }
    out << "<line class=\"axis\" x1=\"" << label_width << "\" y1=\"" << plot_bottom << "\" x2=\""
        << label_width + plot_width << "\" y2=\"" << plot_bottom
        << "\" stroke=\"#5f6670\" stroke-width=\"1\"/>\n";
    out << "</svg>";
    return out.str();
}

}  // namespace factdb::report
