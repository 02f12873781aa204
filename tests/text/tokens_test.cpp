// Tests of text/tokens: the one character classification and the tokenizer
// of running text.  Each row is a text and its tokens as (kind, exact slice,
// space before, space after); white space of every Unicode kind separates
// tokens and is never one.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "errors/error.h"
#include "text/tokens.h"

using namespace factdb::text;
using Kind = Token::Kind;

namespace {

struct ClassCase {
    char32_t c;
    CharClass cls;
    bool figure_space;
};

const ClassCase kClasses[] = {
    {U' ', CharClass::space, true},         {U'\t', CharClass::space, false},
    {U'\n', CharClass::space, false},       {U'\r', CharClass::space, false},
    {U'\u00A0', CharClass::space, true},    {U'\u2002', CharClass::space, true},
    {U'\u2007', CharClass::space, true},    {U'\u2009', CharClass::space, true},
    {U'\u202F', CharClass::space, true},    {U'\u3000', CharClass::space, true},
    {U'\u2028', CharClass::space, false},   {U'\u0085', CharClass::space, false},
    {U'\'', CharClass::apostrophe, false},  {U'\u2019', CharClass::apostrophe, false},
    {U'\u02BC', CharClass::apostrophe, false}, {U'-', CharClass::dash, false},
    {U'\u2013', CharClass::dash, false},    {U'\u2212', CharClass::dash, false},
    {U'7', CharClass::digit, false},        {U'a', CharClass::letter, false},
    {U'\u00E9', CharClass::letter, false},  {U'\u0301', CharClass::letter, false},
    {U'\u00B2', CharClass::numeral, false}, {U'\u0663', CharClass::numeral, false},
    {U'$', CharClass::other, false},        {U'\u20AC', CharClass::other, false},
    {U'%', CharClass::other, false},        {U'\u200B', CharClass::other, false},
};

struct Expected {
    Kind kind;
    std::string_view slice;
    bool space_before, space_after;
};

struct TokenCase {
    std::string_view name;
    std::string_view text;
    std::vector<Expected> tokens;
};

const TokenCase kTokenCases[] = {
    {"empty", "", {}},
    {"only white space", " \u2002\u3000\n", {}},
    {"words and a figure",
     "Amazon investit 8 milliards",
     {{Kind::word, "Amazon", true, true},
      {Kind::word, "investit", true, true},
      {Kind::digits, "8", true, true},
      {Kind::word, "milliards", true, true}}},
    {"no-break and en spaces separate like a space",
     "8\u00A0milliards\u2002de\u3000dollars",
     {{Kind::digits, "8", true, true},
      {Kind::word, "milliards", true, true},
      {Kind::word, "de", true, true},
      {Kind::word, "dollars", true, true}}},
    {"digit groups are separate digit tokens",
     "1\u202F250,5",
     {{Kind::digits, "1", true, true},
      {Kind::digits, "250", true, false},
      {Kind::symbol, ",", false, false},
      {Kind::digits, "5", false, true}}},
    {"apostrophe and accents",
     "d\u2019\u00E9lectricit\u00E9",
     {{Kind::word, "d", true, false},
      {Kind::apostrophe, "\u2019", false, false},
      {Kind::word, "\u00E9lectricit\u00E9", false, true}}},
    {"combining mark stays in its word",
     "Qu\u0065\u0301bec",
     {{Kind::word, "Qu\u0065\u0301bec", true, true}}},
    {"letters then digits are two tokens",
     "H100 GPUs",
     {{Kind::word, "H", true, false},
      {Kind::digits, "100", false, true},
      {Kind::word, "GPUs", true, true}}},
    {"symbols are one code point each",
     "$8bn \u20AC%",
     {{Kind::symbol, "$", true, false},
      {Kind::digits, "8", false, false},
      {Kind::word, "bn", false, true},
      {Kind::symbol, "\u20AC", true, false},
      {Kind::symbol, "%", false, true}}},
    {"spaced and unspaced dashes",
     "Caroline-du-Nord \u2014 fin",
     {{Kind::word, "Caroline", true, false},
      {Kind::dash, "-", false, false},
      {Kind::word, "du", false, false},
      {Kind::dash, "-", false, false},
      {Kind::word, "Nord", false, true},
      {Kind::dash, "\u2014", true, true},
      {Kind::word, "fin", true, true}}},
    {"numerals run together", "x\u00B2\u00B3", {{Kind::word, "x", true, false}, {Kind::numeral, "\u00B2\u00B3", false, true}}},
};

}  // namespace

TEST_CASE("classify: one class per code point, and which white space groups figures", "[text]") {
    for (const auto& c : kClasses) {
        CAPTURE(static_cast<std::uint32_t>(c.c));
        CHECK(classify(c.c) == c.cls);
        CHECK(is_figure_space(c.c) == c.figure_space);
    }
}

TEST_CASE("tokenize: kinds, exact slices and the white space around each token", "[text]") {
    for (const auto& c : kTokenCases) {
        CAPTURE(c.name);
        const std::vector<Token> tokens = tokenize(c.text);
        REQUIRE(tokens.size() == c.tokens.size());
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            CAPTURE(i);
            CHECK(tokens[i].kind == c.tokens[i].kind);
            CHECK(tokens[i].raw(c.text) == c.tokens[i].slice);
            CHECK(tokens[i].space_before == c.tokens[i].space_before);
            CHECK(tokens[i].space_after == c.tokens[i].space_after);
        }
    }
}

TEST_CASE("tokenize reports the first invalid UTF-8 byte", "[text]") {
    CHECK_THROWS_MATCHES(tokenize("ab \xC3"), factdb::NormalizeError,
                         Catch::Matchers::Message("invalid UTF-8 at byte 3"));
}
