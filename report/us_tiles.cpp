// The US tile-grid map of a report (chart type "us_map", see writers.h):
// every state and DC is one square in its usual place, shaded by its value.
//
// Why tiles and not a drawn map: no outline data to ship, every state the
// same size (Rhode Island is as readable as Texas), and it renders the same
// in every browser and in print.  The layout is the common 12 x 8 grid of
// the tile maps in the US press (kTiles below).
//
// Invariants the tests rely on: exactly one <rect class="tile"> per state
// and DC (51), each with data-state="XX" and, when the chart has a figure
// for it, data-value and a fill from kShades; a state without a figure is
// drawn in kNoFigure, so it is visible as such, never left out; the legend
// draws its swatches as <rect class="swatch">; every text is escaped.
#include <array>
#include <cmath>
#include <map>
#include <sstream>

#include "report/writers.h"

namespace factdb::report {
namespace {

struct Tile {
    const char* state;
    int row;
    int col;
};

constexpr std::array<Tile, 51> kTiles{{
    {"AK", 0, 0},  {"ME", 0, 11}, {"VT", 1, 10}, {"NH", 1, 11}, {"WA", 2, 1},  {"ID", 2, 2},
    {"MT", 2, 3},  {"ND", 2, 4},  {"MN", 2, 5},  {"IL", 2, 6},  {"WI", 2, 7},  {"MI", 2, 8},
    {"NY", 2, 9},  {"RI", 2, 10}, {"MA", 2, 11}, {"OR", 3, 1},  {"NV", 3, 2},  {"WY", 3, 3},
    {"SD", 3, 4},  {"IA", 3, 5},  {"IN", 3, 6},  {"OH", 3, 7},  {"PA", 3, 8},  {"NJ", 3, 9},
    {"CT", 3, 10}, {"CA", 4, 1},  {"UT", 4, 2},  {"CO", 4, 3},  {"NE", 4, 4},  {"MO", 4, 5},
    {"KY", 4, 6},  {"WV", 4, 7},  {"VA", 4, 8},  {"MD", 4, 9},  {"DE", 4, 10}, {"AZ", 5, 2},
    {"NM", 5, 3},  {"KS", 5, 4},  {"AR", 5, 5},  {"TN", 5, 6},  {"NC", 5, 7},  {"SC", 5, 8},
    {"DC", 5, 9},  {"OK", 6, 4},  {"LA", 6, 5},  {"MS", 6, 6},  {"AL", 6, 7},  {"GA", 6, 8},
    {"HI", 7, 0},  {"TX", 7, 4},  {"FL", 7, 9},
}};

// Light to dark: five equal classes of (0, max]; a figure of 0 has its own.
constexpr std::array<const char*, 5> kShades{{"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"}};
constexpr const char* kZero = "#f7fbff";
constexpr const char* kNoFigure = "#e4e6ea";

constexpr int kCell = 46;
constexpr int kGap = 4;
constexpr int kTop = 8;
constexpr int kLegendHeight = 40;

// "US-TX" or "TX" -> "TX"; "" for anything else.
std::string state_of(const std::string& label) {
    std::string s = label.rfind("US-", 0) == 0 ? label.substr(3) : label;
    for (const auto& t : kTiles) {
        if (s == t.state) return s;
    }
    return {};
}

}  // namespace

int tile_shade(double value, double max) {
    if (!(value > 0) || !(max > 0)) return -1;
    const int k = static_cast<int>(std::ceil(value / max * static_cast<double>(kShades.size()))) - 1;
    return std::clamp(k, 0, static_cast<int>(kShades.size()) - 1);
}

std::vector<std::string> off_map_labels(const BarChart& c) {
    std::vector<std::string> out;
    for (const auto& b : c.bars) {
        if (state_of(b.label).empty()) out.push_back(b.label);
    }
    return out;
}

std::string svg_us_tiles(const BarChart& c, ReportLanguage language) {
    std::map<std::string, const Bar*> by_state;
    double max = 0;
    for (const auto& b : c.bars) {
        const std::string s = state_of(b.label);
        if (s.empty()) continue;
        by_state[s] = &b;
        if (std::isfinite(b.value)) max = std::max(max, b.value);
    }
    const int width = 12 * (kCell + kGap);
    const int grid_height = 8 * (kCell + kGap);
    const int height = kTop + grid_height + kLegendHeight;
    std::ostringstream out;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart map\" width=\"" << width
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << width << " " << height
        << "\" role=\"img\" aria-label=\"" << html_escape(c.title)
        << "\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"12\">\n"
        << "<title>" << html_escape(c.title) << "</title>\n";
    for (const auto& t : kTiles) {
        const int x = t.col * (kCell + kGap);
        const int y = kTop + t.row * (kCell + kGap);
        auto it = by_state.find(t.state);
        std::string fill = kNoFigure;
        std::string tip = std::string(t.state) + ": " + (language == ReportLanguage::fr ? "sans chiffre" : "no figure");
        out << "<g class=\"tile-cell\">";
        if (it != by_state.end()) {
            const int k = tile_shade(it->second->value, max);
            fill = k < 0 ? kZero : kShades[static_cast<std::size_t>(k)];
            tip = std::string(t.state) + ": " + bar_value_text(c, *it->second, language);
            if (!it->second->quote.empty()) tip += "\n\u201c" + it->second->quote + "\u201d";
        }
        out << "<title>" << html_escape(tip) << "</title><rect class=\"tile\" data-state=\"" << t.state
            << "\"";
        if (it != by_state.end()) out << " data-value=\"" << html_escape(bar_value_text(c, *it->second, language)) << "\"";
        out << " x=\"" << x << "\" y=\"" << y << "\" width=\"" << kCell << "\" height=\"" << kCell
            << "\" rx=\"3\" fill=\"" << fill << "\"/>"
            << "<text class=\"tile-label\" x=\"" << x + kCell / 2 << "\" y=\"" << y + kCell / 2 + 4
            << "\" text-anchor=\"middle\" fill=\""
            << (it != by_state.end() && tile_shade(it->second->value, max) >= 3 ? "#ffffff" : "#1f2328")
            << "\">" << t.state << "</text></g>\n";
    }
    // Legend: the five classes by their upper bound, then "no figure".
    const int ly = kTop + grid_height + 8;
    int lx = 0;
    for (std::size_t k = 0; k < kShades.size() && max > 0; ++k) {
        Bar bound;
        bound.value = max * static_cast<double>(k + 1) / static_cast<double>(kShades.size());
        bound.integral = std::floor(bound.value) == bound.value;
        bound.currency = c.bars.empty() ? "" : c.bars.front().currency;
        const std::string text = "\u2264 " + bar_value_text(c, bound, language);
        out << "<rect class=\"swatch\" x=\"" << lx << "\" y=\"" << ly << "\" width=\"16\" height=\"16\" fill=\""
            << kShades[k] << "\"/><text class=\"legend\" x=\"" << lx + 20 << "\" y=\"" << ly + 13
            << "\" fill=\"#1f2328\">" << html_escape(text) << "</text>\n";
        lx += 30 + static_cast<int>(text.size()) * 7;
    }
    out << "<rect class=\"swatch\" x=\"" << lx << "\" y=\"" << ly << "\" width=\"16\" height=\"16\" fill=\""
        << kNoFigure << "\"/><text class=\"legend\" x=\"" << lx + 20 << "\" y=\"" << ly + 13
        << "\" fill=\"#1f2328\">" << (language == ReportLanguage::fr ? "sans chiffre" : "no figure")
        << "</text>\n</svg>";
    return out.str();
}

}  // namespace factdb::report
