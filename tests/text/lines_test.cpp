// Tests of text/lines: shorten counts code points and marks the cut with
// "…", never splitting a UTF-8 sequence; one_line flattens line breaks (and
// tabs only when asked).  Each row is one input and its exact result.
#include <catch2/catch.hpp>

#include <string>

#include "text/lines.h"

using factdb::text::one_line;
using factdb::text::shorten;
using factdb::text::Tabs;

TEST_CASE("shorten cuts at a code point count and marks the cut", "[text][lines]") {
    struct Case {
        std::string input;
        std::size_t max;
        std::string expected;
    };
    const Case cases[] = {
        {"données", 4, "don…"},     // the é is one character, not two bytes
        {"données", 7, "données"},  // exactly the limit: unchanged
        {"données", 6, "donné…"},   // the cut falls right after a two-byte sequence
        {"données", 0, "données"},  // 0 = no limit
        {"abcdef", 1, "…"},        {"abcdef", 2, "a…"}, {"", 3, ""},
        {"€€€€", 3, "€€…"},  // three-byte sequences stay whole
        {"a😀b😀c", 3, "a😀…"},
    };
    for (const auto& c : cases) {
        INFO(c.input << " / " << c.max);
        CHECK(shorten(c.input, c.max) == c.expected);
    }
}

TEST_CASE("one_line turns line breaks into spaces, tabs only for aligned columns",
          "[text][lines]") {
    CHECK(one_line("a\nb\r\nc\td") == "a b  c\td");
    CHECK(one_line("a\nb\r\nc\td", Tabs::keep) == "a b  c\td");
    CHECK(one_line("a\nb\r\nc\td", Tabs::to_spaces) == "a b  c d");
    CHECK(one_line("déjà vu") == "déjà vu");
    CHECK(one_line("") == "");
    // Every line break of is_line_break, multi-byte ones as one space each.
    CHECK(one_line("a\vb\fc\u0085d\u2028e\u2029f") == "a b c d e f");
    // Bytes that are not UTF-8 pass through (SQL can make such TEXT).
    CHECK(one_line("\xff\xe2\x80\n") == "\xff\xe2\x80 ");
}
