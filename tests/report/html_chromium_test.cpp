// The HTML report as a browser shows it: headless Chromium (the Debian
// package, installed by scripts/install-deps.sh --test) renders the seed
// database's overview from a file:// URL.
//   * --dump-dom: the rendered DOM holds the SVG chart (one <rect> per state
//     with a count: Indiana) and the five tables;
//   * --screenshot, of the same report with the chart section moved first
//     (a screenshot shows the 1200x900 viewport only): the PNG is decoded
//     here (zlib inflate + PNG row filters, no image library needed) and
//     must not be blank: many distinct colours, real luminance variance,
//     and pixels of the bars' colour (#3b6ea5), which only the rendered SVG
//     can produce.
// Chromium runs as a child process under coreutils `timeout` (one retry
// after a timeout, see run_chromium), with a fresh profile and every
// background service off, so it can neither hang CI nor touch the network.
// A missing /usr/bin/chromium is a FAILURE, not a skip: the HTML report is
// only tested when this runs.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <set>

#include "support/report_fixtures.h"

using namespace factdb::testing;

namespace {

constexpr const char* kChromium = "/usr/bin/chromium";

// Runs chromium with the flags that keep it headless, offline and isolated,
// plus extra, each try killed after 90 s.  Returns the exit status; stdout to
// out_file.  A try that times out (124) is made once more with a fresh
// profile: on a loaded CI machine (the ASan suite runs two tests at once) a
// Chromium once ran past the old 30 s limit in the DOM section, with nothing
// on stderr, while the same test had passed in the plain suite of that run;
// a stall like that says nothing about the report.  A second timeout, or
// any other failure, is returned as it is and fails the test.
int run_chromium(const fs::path& profile, const std::vector<std::string>& extra,
                 const fs::path& out_file, const fs::path& err_file) {
    int code = -1;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const fs::path dir = profile.string() + "-" + std::to_string(attempt);
        std::string cmd = "timeout -k 5 90 " + sh_quote(kChromium) +
                          " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                          " --disable-background-networking --disable-component-update"
                          " --disable-sync --disable-dev-shm-usage --hide-scrollbars"
                          " --user-data-dir=" +
                          sh_quote(dir.string());
        for (const auto& a : extra) cmd += " " + sh_quote(a);
        cmd += " >" + sh_quote(out_file.string()) + " 2>" + sh_quote(err_file.string()) +
               " </dev/null";
        const int status = std::system(cmd.c_str());
        code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (code != 124) break;
        WARN("chromium timed out after 90 s (try " << attempt + 1 << " of 2)");
    }
    return code;
}

struct Image {
    std::uint32_t width = 0, height = 0;
    std::vector<std::uint8_t> rgb;  // 3 bytes a pixel
};

std::uint32_t be32(const std::string& s, std::size_t at) {
    return (std::uint32_t(std::uint8_t(s[at])) << 24) |
           (std::uint32_t(std::uint8_t(s[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(s[at + 2])) << 8) | std::uint32_t(std::uint8_t(s[at + 3]));
}

int paeth(int a, int b, int c) {
    const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes).
Image decode_png(const std::string& png) {
    REQUIRE(png.size() > 8);
    REQUIRE(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    Image img;
    int channels = 0;
    std::string idat;
    for (std::size_t at = 8; at + 8 <= png.size();) {
        const std::uint32_t len = be32(png, at);
        const std::string type = png.substr(at + 4, 4);
        REQUIRE(at + 12 + len <= png.size());
        if (type == "IHDR") {
            img.width = be32(png, at + 8);
            img.height = be32(png, at + 12);
            const int depth = std::uint8_t(png[at + 16]), colour = std::uint8_t(png[at + 17]);
            REQUIRE(depth == 8);
            REQUIRE((colour == 2 || colour == 6));
            REQUIRE(std::uint8_t(png[at + 20]) == 0);  // not interlaced
            channels = colour == 2 ? 3 : 4;
        } else if (type == "IDAT") {
            idat += png.substr(at + 8, len);
        }
        at += 12 + len;
    }
    REQUIRE(channels != 0);
    const std::size_t stride = std::size_t(img.width) * channels;
    std::vector<std::uint8_t> raw((stride + 1) * img.height);
    uLongf raw_size = raw.size();
    REQUIRE(uncompress(raw.data(), &raw_size, reinterpret_cast<const Bytef*>(idat.data()),
                       idat.size()) == Z_OK);
    REQUIRE(raw_size == raw.size());
    std::vector<std::uint8_t> prev(stride, 0), cur(stride);
    img.rgb.reserve(std::size_t(img.width) * img.height * 3);
    for (std::uint32_t y = 0; y < img.height; ++y) {
        const std::uint8_t* line = &raw[y * (stride + 1)];
        const int filter = line[0];
        for (std::size_t i = 0; i < stride; ++i) {
            const int a = i >= std::size_t(channels) ? cur[i - channels] : 0;
            const int b = prev[i];
            const int c = i >= std::size_t(channels) ? prev[i - channels] : 0;
            const int x = line[1 + i];
            int v = x;
            switch (filter) {
                case 1:
                    v = x + a;
                    break;
                case 2:
                    v = x + b;
                    break;
                case 3:
                    v = x + (a + b) / 2;
                    break;
                case 4:
                    v = x + paeth(a, b, c);
                    break;
                default:
                    break;
            }
            cur[i] = std::uint8_t(v & 0xFF);
        }
        for (std::uint32_t px = 0; px < img.width; ++px) {
            for (int k = 0; k < 3; ++k) img.rgb.push_back(cur[px * channels + k]);
        }
        std::swap(prev, cur);
    }
    return img;
}

}  // namespace

TEST_CASE("Chromium renders the HTML report: SVG chart and tables in the DOM, not blank",
          "[report][chromium]") {
    INFO("install it with: scripts/install-deps.sh --test (Debian package chromium)");
    REQUIRE(fs::exists(kChromium));

    SeedReportDb s;
    REQUIRE(s.load.exit_code == 0);
    TempDir work;
    const fs::path html = work / "overview.html";
    const RunResult r = run_report(s.db, {overview_spec(), "--out", html.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string url = "file://" + html.string();

    SECTION("the rendered DOM") {
        const fs::path dom = work / "dom.html", err = work / "dom.err";
        const int code = run_chromium(work / "profile-dom", {"--dump-dom", url}, dom, err);
        INFO(read_file(err));
        REQUIRE(code == 0);
        const std::string d = read_file(dom);
        CHECK(count_of(d, "<svg") == 2);  // the bars and the map (no dated document: no timeline)
        CHECK(count_of(d, "<rect class=\"bar\"") == 1);  // one bar per state with a count: Indiana
        CHECK(count_of(d, "<rect class=\"tile\"") == 51);
        CHECK(count_of(d, "data-value=\"30\"") == 1);  // Indiana; MS, NC, PA have no count
        CHECK(count_of(d, "data-value=") == 1);
        CHECK(d.find(">US-IN</text>") != std::string::npos);
        CHECK(d.find(">30</text>") != std::string::npos);
        CHECK(count_of(d, "<table>") == 7);
        CHECK(d.find("<h2>Data centres per US state</h2>") != std::string::npos);
        CHECK(d.find("<td>Mike Krieger</td>") != std::string::npos);
        CHECK(count_of(d, "<script") == 0);
    }
    SECTION("the screenshot") {
        // The overview with its chart section first: a screenshot shows the viewport only.
        nlohmann::ordered_json spec = nlohmann::ordered_json::parse(read_file(overview_spec()));
        auto& sections = spec["sections"];
        REQUIRE(sections[2]["query"] == "datacenters_by_state");
        sections.insert(sections.begin(), nlohmann::ordered_json(sections[2]));
        sections.erase(sections.begin() + 3);
        const fs::path chart_first = work.write("chart-first.json", spec.dump(2));
        const fs::path page = work / "chart-first.html";
        REQUIRE(run_report(s.db, {chart_first.string(), "--out", page.string()}).exit_code == 0);

        const fs::path png = work / "shot.png", out = work / "shot.out", err = work / "shot.err";
        const int code = run_chromium(
            work / "profile-shot",
            {"--screenshot=" + png.string(), "--window-size=1200,900", "file://" + page.string()},
            out, err);
        INFO(read_file(err));
        REQUIRE(code == 0);
        REQUIRE(fs::exists(png));
        const Image img = decode_png(read_file(png));
        CHECK(img.width == 1200);
        CHECK(img.height == 900);
        std::set<std::uint32_t> colours;
        double sum = 0, sum2 = 0;
        std::size_t bar_pixels = 0;
        const std::size_t n = img.rgb.size() / 3;
        for (std::size_t i = 0; i < n; ++i) {
            const int r8 = img.rgb[3 * i], g8 = img.rgb[3 * i + 1], b8 = img.rgb[3 * i + 2];
            colours.insert(std::uint32_t(r8) << 16 | std::uint32_t(g8) << 8 | std::uint32_t(b8));
            const double y = 0.2126 * r8 + 0.7152 * g8 + 0.0722 * b8;
            sum += y;
            sum2 += y * y;
            if (std::abs(r8 - 0x3b) <= 6 && std::abs(g8 - 0x6e) <= 6 && std::abs(b8 - 0xa5) <= 6)
                ++bar_pixels;
        }
        const double mean = sum / double(n);
        const double variance = sum2 / double(n) - mean * mean;
        INFO("colours " << colours.size() << ", luminance variance " << variance << ", bar pixels "
                        << bar_pixels);
        CHECK(colours.size() > 50);  // text antialiasing alone gives hundreds
        CHECK(variance > 100);       // a blank page has 0
        CHECK(bar_pixels > 1000);    // the bar: ~557 x 18 px at scale 1
    }
}

TEST_CASE("Chromium screenshot: the tile map shades the right states, bars keep their ratio, "
          "nothing overflows a 1280 px page",
          "[report][chromium]") {
    INFO("install it with: scripts/install-deps.sh --test (Debian package chromium)");
    REQUIRE(fs::exists(kChromium));
    SitesDb m;
    INFO(m.load.err);
    REQUIRE(m.load.exit_code == 0);
    TempDir work;
    // The map first (a screenshot shows the viewport only), then the bars,
    // then a table with a long quote.
    const fs::path spec = work.write("spec.json", R"spec({"title": "Sites",
        "sections": [
          {"query": "datacenters_by_state", "title": "Map", "table": false,
           "chart": {"type": "us_map", "label": "state_code", "value": "datacenter_count"}},
          {"query": "datacenters_by_state", "title": "Bars", "table": false,
           "chart": {"type": "bar", "label": "state_code", "value": "datacenter_count"}},
          {"query": "investments", "title": "Money"}]})spec");
    const fs::path page = work / "sites.html";
    const RunResult r = run_report(m.db, {spec.string(), "--out", page.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const fs::path png = work / "shot.png", out = work / "shot.out", err = work / "shot.err";
    const int code = run_chromium(
        work / "profile-map",
        {"--screenshot=" + png.string(), "--window-size=1280,1400", "file://" + page.string()},
        out, err);
    INFO(read_file(err));
    REQUIRE(code == 0);
    const Image img = decode_png(read_file(png));
    REQUIRE(img.width == 1280);
    auto at = [&](std::uint32_t x, std::uint32_t y) {
        const std::size_t i = (std::size_t(y) * img.width + x) * 3;
        return std::uint32_t(img.rgb[i]) << 16 | std::uint32_t(img.rgb[i + 1]) << 8 | img.rgb[i + 2];
    };
    auto near = [](std::uint32_t c, std::uint32_t want) {
        for (int shift : {16, 8, 0}) {
            if (std::abs(int((c >> shift) & 0xFF) - int((want >> shift) & 0xFF)) > 3) return false;
        }
        return true;
    };
    // The grid's top-left: the first row and column where a run of 30
    // pixels has the "no figure" tile colour (#e4e6ea: Alaska at row 0,
    // column 0).  A run, because antialiased grey text has single pixels of
    // about that colour; only a tile (46 px) or the legend's swatch (16 px,
    // below the grid) has it solid, and only a tile for 30 px.
    constexpr std::uint32_t kNoFigure = 0xe4e6ea, kDarkest = 0x08519c, kLightest = 0xc6dbef;
    std::uint32_t x0 = img.width, y0 = img.height;
    for (std::uint32_t y = 0; y < img.height; ++y) {
        std::uint32_t run = 0;
        for (std::uint32_t x = 0; x < img.width; ++x) {
            run = near(at(x, y), kNoFigure) ? run + 1 : 0;
            if (run < 30) continue;
            x0 = std::min(x0, x - 29);
            y0 = std::min(y0, y);
        }
    }
    REQUIRE(x0 < img.width);
    // Tiles are 46 px with a 4 px gap (us_tiles.cpp): the centre of (row, col).
    auto tile = [&](int row, int col) { return at(x0 + col * 50 + 23, y0 + row * 50 + 23); };
    CHECK(near(tile(7, 4), kDarkest));    // Texas: 5, the most
    CHECK(near(tile(3, 7), kLightest));   // Ohio: 1 of 5, the first class
    CHECK(near(tile(4, 1), kNoFigure));   // California: no figure
    CHECK(near(tile(3, 6), kNoFigure));   // Indiana: no figure here
    CHECK(near(tile(0, 0), kNoFigure));   // Alaska, the corner itself
    // The bars: Texas (5) five times as long as Ohio (1), in #3b6ea5.
    std::vector<std::uint32_t> runs;
    for (std::uint32_t y = y0 + 8 * 50; y < img.height && runs.size() < 2; ++y) {
        std::uint32_t run = 0;
        for (std::uint32_t x = 0; x < img.width; ++x) run += near(at(x, y), 0x3b6ea5) ? 1 : 0;
        if (run > 20 && (runs.empty() || run != runs.back())) {
            runs.push_back(run);
            y += 10;  // past this bar (18 px high) to the next
        }
    }
    REQUIRE(runs.size() == 2);
    const double ratio = double(std::max(runs[0], runs[1])) / double(std::min(runs[0], runs[1]));
    INFO("bar runs " << runs[0] << " and " << runs[1]);
    CHECK(std::abs(ratio - 5.0) < 0.2);
    // Nothing reaches the page's right edge: the long quote wrapped.
    std::size_t edge_ink = 0;
    for (std::uint32_t y = 0; y < img.height; ++y) {
        for (std::uint32_t x = img.width - 16; x < img.width; ++x) edge_ink += at(x, y) != 0xffffff;
    }
    CHECK(edge_ink == 0);
}
