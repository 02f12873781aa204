// The timeline of a report (chart type "timeline", see writers.h): how
// many facts (or how much of a value) per month of a date column, as
// vertical columns in time order.
//
// The months come from report.cpp's extraction (labels cut to YYYY-MM,
// every month between the first and the last present, empty ones as 0, so
// a quiet month reads as a gap and not as nothing; past kMaxMonths months
// the steps are years).  Invariants: one <rect class="col"> per period with
// a value above 0, none for a 0; period labels are at most about twelve, so
// they never overlap; every text is escaped.
#include <algorithm>
#include <cmath>
#include <sstream>

#include "report/writers.h"

namespace factdb::report {
namespace {

constexpr int kWidth = 720;
constexpr int kPlotHeight = 160;
constexpr int kTop = 10;
constexpr int kLeft = 56;
constexpr int kBottom = 28;

std::string num(double v) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(1);
    s << v;
    std::string out = s.str();
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
    return out;
}

}  // namespace

std::string svg_timeline(const BarChart& c, ReportLanguage language) {
    double max = 0;
    for (const auto& b : c.bars) {
        if (std::isfinite(b.value)) max = std::max(max, b.value);
    }
    const Scale scale = nice_scale(max, c.integers);
    const int n = std::max<int>(1, static_cast<int>(c.bars.size()));
    const double slot = static_cast<double>(kWidth - kLeft - 8) / n;
    const double bar_width = std::max(1.0, slot * 0.8);
    const int height = kTop + kPlotHeight + kBottom;
    auto y_of = [&](double v) {
        return kTop + kPlotHeight - std::clamp(v, 0.0, scale.max) / scale.max * kPlotHeight;
    };
    std::ostringstream out;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart timeline\" width=\"" << kWidth
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << kWidth << " " << height
        << "\" role=\"img\" aria-label=\"" << html_escape(c.title)
        << "\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"12\">\n"
        << "<title>" << html_escape(c.title) << "</title>\n";
    const int ticks = static_cast<int>(std::lround(scale.max / scale.step));
    for (int k = 0; k <= ticks; ++k) {
        const double t = k * scale.step;
        Bar tick;
        tick.value = t;
        tick.integral = std::floor(t) == t;
        tick.currency = c.bars.empty() ? "" : c.bars.front().currency;
        out << "<line class=\"grid\" x1=\"" << kLeft << "\" y1=\"" << num(y_of(t)) << "\" x2=\""
            << kWidth - 8 << "\" y2=\"" << num(y_of(t)) << "\" stroke=\"#d0d4da\" stroke-width=\"1\"/>"
            << "<text class=\"tick\" x=\"" << kLeft - 6 << "\" y=\"" << num(y_of(t) + 4)
            << "\" text-anchor=\"end\" fill=\"#5f6670\">" << html_escape(bar_value_text(c, tick, language))
            << "</text>\n";
    }
    const int label_every = std::max(1, (n + 11) / 12);
    for (int i = 0; i < static_cast<int>(c.bars.size()); ++i) {
        const Bar& b = c.bars[static_cast<std::size_t>(i)];
        const double x = kLeft + i * slot + (slot - bar_width) / 2;
        if (b.value > 0) {
            const double y = y_of(b.value);
            out << "<g class=\"col-period\"><title>" << html_escape(b.label + ": " + bar_value_text(c, b, language))
                << "</title><rect class=\"col\" x=\"" << num(x) << "\" y=\"" << num(y) << "\" width=\""
                << num(bar_width) << "\" height=\"" << num(kTop + kPlotHeight - y)
                << "\" fill=\"#3b6ea5\"/></g>\n";
        }
        if (i % label_every == 0) {
            out << "<text class=\"period\" x=\"" << num(x + bar_width / 2) << "\" y=\""
                << kTop + kPlotHeight + 16 << "\" text-anchor=\"middle\" fill=\"#5f6670\">"
                << html_escape(b.label) << "</text>\n";
        }
    }
    out << "<line class=\"axis\" x1=\"" << kLeft << "\" y1=\"" << kTop + kPlotHeight << "\" x2=\""
        << kWidth - 8 << "\" y2=\"" << kTop + kPlotHeight << "\" stroke=\"#5f6670\" stroke-width=\"1\"/>\n"
        << "</svg>";
    return out.str();
}

}  // namespace factdb::report
