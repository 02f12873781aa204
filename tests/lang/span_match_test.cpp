// lang/span_match.h: locate() and Locator turn a view into byte and
// code-point offsets of its text (what a consumer stores: SQLite's substr
// counts characters), and tokenize_running_text reads an article that
// tokenize() would refuse for one figure in exponent notation.
#include "lang/span_match.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "errors/error.h"
#include "lang/count.h"
#include "lang/money.h"
#include "lang/percent.h"
#include "lang/share.h"
#include "lang/tokens.h"
#include "lang/vocabulary.h"
#include "support/fences.h"

using namespace factdb;
using namespace factdb::lang;

namespace {

struct LocateCase {
    std::string_view text;
    std::string_view part;  // its first occurrence in text
    std::size_t begin_byte, end_byte, begin_char, end_char;
};

constexpr LocateCase kLocate[] = {
    {"8 milliards de dollars", "milliards", 2, 11, 2, 11},
    {"Amazon a investi 8 Md€ en Géorgie.", "8 Md€", 17, 24, 17, 22},
    {"Amazon a investi 8 Md€ en Géorgie.", "Géorgie", 28, 36, 26, 33},
    {"près d’un milliard", "un milliard", 10, 21, 7, 18},
    {"40\u202F000 €", "€", 9, 12, 7, 8},
    {"中国 invests ¥10bn", "¥10bn", 15, 21, 11, 16},
    {"", "", 0, 0, 0, 0},
};

}  // namespace

TEST_CASE("locate gives byte and code-point offsets of a view", "[span]") {
    for (const auto& c : kLocate) {
        CAPTURE(c.text, c.part);
        const std::string_view part = c.text.substr(c.text.find(c.part), c.part.size());
        const text::Span span = locate(c.text, part);
        CHECK(span.begin_byte == c.begin_byte);
        CHECK(span.end_byte == c.end_byte);
        CHECK(span.begin_char == c.begin_char);
        CHECK(span.end_char == c.end_char);
    }
}

TEST_CASE("Locator gives locate's offsets in any order", "[span]") {
    const std::string text = "Amazon a investi 8 Md€ en Géorgie, puis 3 Md€ au Québec, en 2024.";
    const Tokens tokens = tokenize_running_text(text, Language::fr);
    Locator forward(text);
    std::vector<text::Span> seen;
    for (const Token& t : tokens) {
        const text::Span a = forward(t.raw), b = locate(text, t.raw);
        CHECK(a.begin_byte == b.begin_byte);
        CHECK(a.end_byte == b.end_byte);
        CHECK(a.begin_char == b.begin_char);
        CHECK(a.end_char == b.end_char);
        seen.push_back(a);
    }
    // Backwards: each view is counted again from the start.
    Locator backward(text);
    for (std::size_t i = tokens.size(); i-- > 0;) {
        const text::Span a = backward(tokens[i].raw);
        CHECK(a.begin_char == seen[i].begin_char);
        CHECK(a.end_char == seen[i].end_char);
    }
    // "Québec" is 6 code points, 7 bytes.
    const std::size_t q = text.find("Québec");
    const text::Span quebec = locate(text, std::string_view(text).substr(q, 7));
    CHECK(quebec.end_char - quebec.begin_char == 6);
    CHECK(quebec.end_byte - quebec.begin_byte == 7);
}

TEST_CASE("tokenize_running_text keeps exponent notation as glued tokens", "[span]") {
    const std::string text = "Un taux de 1e-4 et 8 milliards de dollars, soit 2E9 fois rien.";
    CHECK_THROWS_AS(tokenize(text, Language::fr), NormalizeError);
    const Tokens tokens = tokenize_running_text(text, Language::fr);
    // Nothing is read in the exponent figures; the amount after them is.
    std::vector<std::string> amounts, counts;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (const auto m = match_money(tokens, i, Language::fr)) amounts.emplace_back(m->raw);
        if (const auto m = match_count(tokens, i, Language::fr)) counts.emplace_back(m->raw);
    }
    CHECK(amounts == std::vector<std::string>{"8 milliards de dollars"});
    CHECK(counts == std::vector<std::string>{});
    CHECK_THROWS_AS(tokenize_running_text("5 \xff dollars", Language::en), NormalizeError);
}

// Hostile running text: a long run of number words, digit groups, scale
// words or share words.  Every span matcher reads a bounded number of tokens
// from a position (docs/RELIABILITY.md, the complexity rule), so asking at
// every position of 1 MB, as the agreement check does, is linear; before,
// 320 KB of "trois cent mille" took 168 s in match_money, 64 KB of "1 000 "
// 27 s to tokenize, 128 KB of "de la part" 72 s in match_share.  The
// matches found, scanning left to right and resuming after each, are
// pinned too: a chain is no value unless it ends in one.  The fence (30 s
// in the plain build, about 2 s today on a loaded machine) is far below
// what a quadratic scan of 1 MB takes (hours).
namespace {

struct ChainCase {
    const char* unit;  // repeated to 1 MB
    Language language;
    // Matches found by a left-to-right scan: money, count, percent, share, ratio.
    std::size_t money, count, percent, share, ratio;
};

template <class Match>
std::size_t scan_count(TokenSpan t, Match&& match) {
    std::size_t found = 0;
    for (std::size_t i = 0; i < t.size();) {
        if (const auto m = match(t, i)) {
            ++found;
            i = std::max(m->end, i + 1);
        } else {
            ++i;
        }
    }
    return found;
}

void check_chain(const ChainCase& c) {
    std::string text;
    while (text.size() < (1u << 20)) text += c.unit;
    const auto started = std::chrono::steady_clock::now();
    const Tokens tokens = tokenize_running_text(text, c.language);
    const TokenSpan t(tokens);
    const Language l = c.language;
    CHECK(scan_count(t, [&](TokenSpan s, std::size_t i) { return match_money(s, i, l); }) ==
          c.money);
    CHECK(scan_count(t, [&](TokenSpan s, std::size_t i) { return match_count(s, i, l); }) ==
          c.count);
    CHECK(scan_count(t, [&](TokenSpan s, std::size_t i) { return match_percent(s, i, l); }) ==
          c.percent);
    CHECK(scan_count(t, [&](TokenSpan s, std::size_t i) { return match_share(s, i, l); }) ==
          c.share);
    CHECK(scan_count(t, [&](TokenSpan s, std::size_t i) { return match_ratio(s, i, l); }) ==
          c.ratio);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    INFO(c.unit << ": " << tokens.size() << " tokens in " << took.count() << " s");
    CHECK(took.count() < factdb::test::seconds_fence(30));
}

}  // namespace

TEST_CASE("span matchers over every position of 1 MB of number words are linear", "[span]") {
    check_chain({"trois cent mille ", Language::fr, 0, 0, 0, 0, 0});
    check_chain({"three hundred thousand ", Language::en, 0, 0, 0, 0, 0});
}

TEST_CASE("span matchers over every position of 1 MB of digit groups are linear", "[span]") {
    check_chain({"1 000 000 000 ", Language::fr, 0, 0, 0, 0, 0});
    check_chain({"12 34 ", Language::en, 0, 0, 0, 0, 0});
}

TEST_CASE("span matchers over every position of 1 MB of scale words are linear", "[span]") {
    check_chain({"milliards de ", Language::fr, 0, 0, 0, 0, 0});
    check_chain({"billion dollars and ", Language::en, 0, 0, 0, 0, 0});
}

TEST_CASE("span matchers over every position of 1 MB of mixed runs are linear", "[span]") {
    check_chain({"deux millions 300 000 trois cent mille de dollars ", Language::fr, 0, 0, 0, 0, 0});
    // 38837 units: each "49 %" is a percentage; a share runs from one unit's
    // "49 %" (the first: its "part") to the next unit's "capital", so the
    // last "49 %", with no share word after it, is none.
    check_chain({"de la part du capital 49 % ", Language::fr, 0, 0, 38837, 38836, 0});
}
