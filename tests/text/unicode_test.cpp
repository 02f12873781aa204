// Tests of text/unicode: folded keys, NFC, UTF-8 validation and the
// character classes.  Each table row is one input and its exact expected value.
#include <utf8proc.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <vector>

#include <string>
#include <string_view>

#include "errors/error.h"
#include "text/unicode.h"

using namespace factdb::text;

namespace {

struct FoldCase {
    std::string_view input;
    std::string_view key;
};

// NBSP is \u00A0, NNBSP \u202F, written as escapes so the reader
// sees which space is which.
constexpr FoldCase kFoldCases[] = {
    {"Caroline-du-Nord", "caroline du nord"},
    {"  Caroline-du-Nord ", "caroline du nord"},
    {"caroline du nord", "caroline du nord"},
    {"Québec", "quebec"},
    {"Que\u0301bec", "quebec"},  // decomposed e + U+0301
    {"ÉTATS-UNIS", "etats unis"},
    {"États-Unis", "etats unis"},
    {"l’Ohio", "l'ohio"},
    {"l‘Ohio", "l'ohio"},
    {"lʼOhio", "l'ohio"},
    {"l'Ohio", "l'ohio"},
    {"Straße", "strasse"},
    {"Virginie-Occidentale", "virginie occidentale"},
    {"Virginie Occidentale", "virginie occidentale"},
    {"Virginie\u2011Occidentale", "virginie occidentale"},  // U+2011 no-break hyphen
    {"a\u2014b", "a b"},                                    // U+2014 em dash
    {"a \u2013 b", "a b"},                                  // spaced en dash: one space
    {"a\u2212b", "a b"},                                    // U+2212 minus
    {"10\u00A0milliards", "10 milliards"},                  // NBSP
    {"10\u202Fmilliards", "10 milliards"},                  // NNBSP
    {"New\t\tYork\n", "new york"},
    {"New \r\n York", "new york"},
    {"\uFB01nance", "finance"},      // U+FB01 ligature, NFKC
    {"Ｎｖｉｄｉａ", "nvidia"},      // full-width, NFKC
    {"Caro\u00ADline", "caroline"},  // soft hyphen is default-ignorable
    {"Hawaï", "hawai"},
    {"Zoë", "zoe"},
    {"", ""},
    {" \u00A0 - ", ""},
};

struct InvalidCase {
    std::string_view name;
    std::string bytes;
    std::size_t at;
};

const InvalidCase kInvalidCases[] = {
    {"overlong NUL", std::string("a\xC0\x80", 3), 1},
    {"overlong 3-byte", std::string("ab\xE0\x80\xAF", 5), 2},
    {"surrogate D800", std::string("\xED\xA0\x80", 3), 0},
    {"above U+10FFFF (F4 90)", std::string("xyz\xF4\x90\x80\x80", 7), 3},
    {"F5 lead byte", std::string("\xF5\x80\x80\x80", 4), 0},
    {"FF byte", std::string("ok\xFF", 3), 2},
    {"lone continuation", std::string("\x80", 1), 0},
    {"truncated 2-byte at end", std::string("caf\xC3", 4), 3},
    {"truncated 3-byte at end", std::string("\xE2\x80", 2), 0},
    {"truncated 4-byte mid-text", std::string("\xF0\x9F\x98 ok", 6), 0},
    {"after valid accents", std::string("é\xC3(", 4), 2},
};

struct CountCase {
    std::string_view input;
    std::size_t count;
};

constexpr CountCase kCountCases[] = {
    {"", 0},           {"abc", 3},       {"Québec", 6},       {"l’Ohio", 6}, {"€", 1},
    {"\U0001F600", 1}, {"10\u00A0M", 4}, {"Que\u0301bec", 7},  // the combining mark is a code point
                                                               // of its own
};

}  // namespace

TEST_CASE("fold_key gives two spellings of a name the same key", "[text]") {
    for (const auto& c : kFoldCases) {
        CAPTURE(c.input);
        CHECK(fold_key(c.input) == c.key);
        CHECK(fold_key(fold_key(c.input)) == c.key);  // idempotent
    }
    CHECK(fold_key("Caroline-du-Nord") == fold_key("caroline du nord"));
}

TEST_CASE("invalid UTF-8 is reported at its first bad byte", "[text]") {
    for (const auto& c : kInvalidCases) {
        CAPTURE(c.name);
        CHECK_FALSE(is_valid_utf8(c.bytes));
        CHECK(first_invalid_utf8(c.bytes) == c.at);
        const std::string reason = "invalid UTF-8 at byte " + std::to_string(c.at);
        CHECK_THROWS_MATCHES(fold_key(c.bytes), factdb::NormalizeError,
                             Catch::Matchers::Message(reason));
        CHECK_THROWS_MATCHES(nfc(c.bytes), factdb::NormalizeError,
                             Catch::Matchers::Message(reason));
    }
}

TEST_CASE("valid UTF-8 is accepted up to U+10FFFF", "[text]") {
    const std::string_view valid[] = {
        "", "ascii", "Québec", "\uFFFF", "\U0010FFFF", "\uD7FF", std::string_view("nul\0byte", 8)};
    for (const auto v : valid) {
        CAPTURE(v);
        CHECK(is_valid_utf8(v));
        CHECK(first_invalid_utf8(v) == std::string_view::npos);
    }
}

TEST_CASE("nfc composes and leaves composed text alone", "[text]") {
    struct Case {
        std::string_view input, expected;
    };
    constexpr Case cases[] = {
        {"Que\u0301bec", "Québec"}, {"Québec", "Québec"},
        {"\uFB01", "\uFB01"},  // NFC keeps compatibility characters
        {"A\u030A", "Å"},           {"", ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.input);
        CHECK(nfc(c.input) == c.expected);
    }
}

TEST_CASE("nfc's fast path gives utf8proc's NFC for every character it passes through", "[text]") {
    // nfc() returns text made only of NFC-stable characters (below U+0300,
    // and a few punctuation marks) as is; anything else goes to utf8proc.
    // Each stable character alone, after a letter, and before a combining
    // acute (which must still compose with it, or stay apart) must give
    // exactly what utf8proc gives.
    const auto reference = [](const std::string& s) {
        utf8proc_uint8_t* out = nullptr;
        const auto n =
            utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                         static_cast<utf8proc_ssize_t>(s.size()), &out,
                         static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
        std::string r(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
        std::free(out);
        return r;
    };
    const auto utf8 = [](char32_t c) {
        utf8proc_uint8_t buf[4];
        const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
        return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    };
    std::vector<char32_t> stable;
    for (char32_t c = 1; c < 0x300; ++c) stable.push_back(c);
    for (char32_t c : {U'\u2013', U'\u2014', U'\u2018', U'\u2019', U'\u201C', U'\u201D', U'\u2026',
                       U'\u202F', U'\u20AC', U'\u2022'})
        stable.push_back(c);
    int checked = 0;
    for (char32_t c : stable) {
        for (const std::string& s : {utf8(c), "e" + utf8(c) + "x", utf8(c) + "\u0301"}) {
            CAPTURE(static_cast<unsigned>(c));
            CHECK(nfc(s) == reference(s));
            ++checked;
        }
    }
    CHECK(checked == 3 * (0x2FF + 10));
    // The fast path is taken: already-NFC text comes back byte for byte.
    CHECK(nfc("Caf\u00E9 \u2019l\u2019\u00C9tat\u2026 10\u202F\u20AC") ==
          "Caf\u00E9 \u2019l\u2019\u00C9tat\u2026 10\u202F\u20AC");
    CHECK(nfc("Cafe\u0301 \u2019") == "Caf\u00E9 \u2019");
}

TEST_CASE("count_code_points counts characters, not bytes", "[text]") {
    for (const auto& c : kCountCases) {
        CAPTURE(c.input);
        CHECK(count_code_points(c.input) == c.count);
    }
}

TEST_CASE("character classes", "[text]") {
    struct Case {
        char32_t c;
        bool white, line_break, apostrophe, dash, word;
    };
    constexpr Case cases[] = {
        {U' ', true, false, false, false, false},
        {U'\u00A0', true, false, false, false, false},
        {U'\u202F', true, false, false, false, false},
        {U'\t', true, false, false, false, false},
        {U'\n', true, true, false, false, false},
        {U'\u2028', true, true, false, false, false},
        {U'\'', false, false, true, false, false},
        {U'\u2019', false, false, true, false, false},
        {U'\u02BC', false, false, true, false, true},  // Lm: apostrophe tests go first
        {U'-', false, false, false, true, false},
        {U'\u2013', false, false, false, true, false},
        {U'\u2212', false, false, false, true, false},
        {U'é', false, false, false, false, true},
        {U'7', false, false, false, false, true},
        {U'\u0301', false, false, false, false, true},
        {U'«', false, false, false, false, false},
    };
    for (const auto& c : cases) {
        CAPTURE(static_cast<unsigned>(c.c));
        CHECK(is_white_space(c.c) == c.white);
        CHECK(is_line_break(c.c) == c.line_break);
        CHECK(is_apostrophe(c.c) == c.apostrophe);
        CHECK(is_dash(c.c) == c.dash);
        CHECK(is_word_char(c.c) == c.word);
    }
}

TEST_CASE("is_blank: nothing but Unicode White_Space", "[text]") {
    CHECK(is_blank(""));
    CHECK(is_blank(" \t\r\n"));
    CHECK(is_blank("\u00A0\u202F\u2002\u3000\u2028"));
    CHECK_FALSE(is_blank(" x "));
    CHECK_FALSE(is_blank("\u200B"));  // zero-width space is not White_Space
    CHECK_THROWS_MATCHES(is_blank(" \xff"), factdb::NormalizeError,
                         Catch::Matchers::Message("invalid UTF-8 at byte 1"));
}

TEST_CASE("to_upper maps each code point to its simple capital", "[text]") {
    CHECK(to_upper("may") == "MAY");
    CHECK(to_upper("prévoit d'investir") == "PRÉVOIT D'INVESTIR");
    CHECK(to_upper("ß1€") == "ẞ1€");  // the simple mapping: one code point, never "SS"
    CHECK(to_upper("") == "");
}

// The ASCII fast paths of text/unicode.cpp (decode_at, is_white_space,
// is_letter, is_upper, is_lower, is_word_char) give utf8proc's answers for
// every ASCII code point: they exist for speed only.
TEST_CASE("the ASCII fast paths give Unicode's answers", "[unicode]") {
    for (char32_t c = 0; c < 0x80; ++c) {
        INFO("U+" << static_cast<unsigned>(c));
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
        CHECK(factdb::text::is_white_space(c) ==
              ((c >= U'\t' && c <= U'\r') || cat == UTF8PROC_CATEGORY_ZS ||
               cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP));
        CHECK(factdb::text::is_letter(c) ==
              (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO));
        CHECK(factdb::text::is_upper(c) == (cat == UTF8PROC_CATEGORY_LU));
        CHECK(factdb::text::is_lower(c) == (cat == UTF8PROC_CATEGORY_LL));
        CHECK(factdb::text::is_word_char(c) ==
              (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO));
        const std::string one(1, static_cast<char>(c));
        const auto cp = factdb::text::decode_at(one + "é", 0);
        CHECK(cp.value == c);
        CHECK(cp.size == 1);
    }
}
