// lang/span_match.h: locate() and Locator turn a view into byte and
// code-point offsets of its text (what a consumer stores: SQLite's substr
// counts characters), and tokenize_running_text reads an article that
// tokenize() would refuse for one figure in exponent notation.
#include "lang/span_match.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "errors/error.h"
#include "lang/count.h"
#include "lang/money.h"
#include "lang/tokens.h"

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
