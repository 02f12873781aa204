// The digit rules and number words of numbers.cpp, through the tokeniser:
// each row is a text, its language, and the exact decimal it reads as.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "lang/decimal_ops.h"
#include "lang/numbers.h"
#include "lang/tokens.h"
#include "support/expect.h"
#include "support/fences.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct DigitCase {
    std::string text;
    factdb::Language language;
    const char* value;   // the first token's value
    std::size_t tokens;  // how many tokens the text makes
};

const std::vector<DigitCase> kDigits{
    {"1,25", fr, "1.25", 1},
    {"1,250", fr, "1.25", 1},
    {"1,250", en, "1250", 1},
    {"1.250", fr, "1250", 1},
    {"1.250", en, "1.25", 1},
    {"1.5", fr, "1.5", 1},
    {"1,5", en, "1.5", 1},
    {"40 000", fr, "40000", 1},
    {"40\u00A0000", fr, "40000", 1},
    {"40\u202F000", en, "40000", 1},
    {"1 234 567,5", fr, "1234567.5", 1},
    {"1 234 567.5", en, "1234567.5", 1},
    {"1.234.567,5", fr, "1234567.5", 1},
    {"1,234,567.5", en, "1234567.5", 1},
    {"0,25", fr, "0.25", 1},
    {"2021 300", fr, "2021", 2},
    {"1,234,56", en, "1234", 3},
    {"12 5", fr, "12", 2},
    {"007", en, "7", 1},
};

struct WordCase {
    std::string text;
    factdb::Language language;
    std::int64_t value;
};

const std::vector<WordCase> kWords{
    {"zéro", fr, 0},
    {"une", fr, 1},
    {"seize", fr, 16},
    {"dix-huit", fr, 18},
    {"vingt-six", fr, 26},
    {"vingt et un", fr, 21},
    {"vingt-et-une", fr, 21},
    {"quarante-deux", fr, 42},
    {"soixante et onze", fr, 71},
    {"soixante-dix-neuf", fr, 79},
    {"quatre-vingt-dix-neuf", fr, 99},
    {"cent", fr, 100},
    {"cent un", fr, 101},
    {"deux-cents", fr, 200},
    {"neuf cent quatre-vingt-dix-neuf", fr, 999},
    {"mille", fr, 1000},
    {"deux mille vingt-cinq", fr, 2025},
    {"cent mille", fr, 100000},
    {"zero", en, 0},
    {"eleven", en, 11},
    {"forty-two", en, 42},
    {"seventy seven", en, 77},
    {"a hundred", en, 100},
    {"one hundred and one", en, 101},
    {"nine hundred ninety-nine", en, 999},
    {"a thousand", en, 1000},
    {"two thousand and twenty-five", en, 2025},
    {"five hundred thousand", en, 500000},
    // Belgian and Swiss tens (issue 12)
    {"septante", fr, 70},
    {"septante et un", fr, 71},
    {"septante-deux", fr, 72},
    {"huitante", fr, 80},
    {"huitante-neuf", fr, 89},
    {"octante", fr, 80},
    {"octante et un", fr, 81},
    {"nonante", fr, 90},
    {"nonante-neuf", fr, 99},
    {"mille neuf cent nonante-cinq", fr, 1995},
    {"vingt et une", fr, 21},
    // compound forms with scale words, up to trillions (issue 12)
    {"un million", fr, 1000000},
    {"deux millions", fr, 2000000},
    {"trois millions sept cent mille", fr, 3700000},
    {"deux millions cinq cent mille", fr, 2500000},
    {"un milliard", fr, 1000000000},
    {"deux milliards trois cents millions", fr, 2300000000},
    {"un billion", fr, 1000000000000},
    {"un billiard", fr, 1000000000000000},
    {"un trillion", fr, 1000000000000000000},
    {"neuf trillions", fr, 9000000000000000000},
    {"cinq milliards vingt et un", fr, 5000000021},
    {"a million", en, 1000000},
    {"one million", en, 1000000},
    {"two million five hundred thousand", en, 2500000},
    {"a billion", en, 1000000000},
    {"three billion two hundred million", en, 3200000000},
    {"one trillion", en, 1000000000000},
    {"a trillion", en, 1000000000000},
    {"four trillion six billion", en, 4006000000000},
    {"one million two hundred thousand and six", en, 1200006},
};

// Where a number in words ends: the next token is not part of it.
struct WordEndCase {
    std::string text;
    factdb::Language language;
    std::int64_t value;
    std::size_t length;
};

const std::vector<WordEndCase> kWordEnds{
    // a scale not below the previous one ends the number
    {"deux millions de milliards", fr, 2000000, 2},
    {"deux millions millions", fr, 2000000, 2},
    {"mille milliards", fr, 1000, 1},
    {"two million billion", en, 2000000, 2},
    // a scale word alone is not a number; the article is one only in English
    {"un milliard", fr, 1000000000, 2},
    {"dix trillions", fr, 10, 1},  // 10^19 leaves int64: the grammar reports it
};

}  // namespace

TEST_CASE("digits follow the language's separators", "[normalize][numbers]") {
    for (const auto& c : kDigits) {
        INFO(c.text);
        const Tokens t = tokenize(c.text, c.language);
        REQUIRE(!t.empty());
        REQUIRE(t[0].kind == Token::Kind::number);
        CHECK(decimal_from_digits(t[0].int_digits, t[0].frac_digits, "number").to_string() ==
              c.value);
        CHECK(t.size() == c.tokens);
    }
}

TEST_CASE("number words end before what they cannot take", "[normalize][numbers]") {
    for (const auto& c : kWordEnds) {
        INFO(c.text);
        const Tokens t = tokenize(c.text, c.language);
        const auto n = parse_number_words(t, 0, c.language);
        REQUIRE(n);
        CHECK(n->value == c.value);
        CHECK(n->length == c.length);
    }
    for (const char* bare : {"milliard", "millions"}) {
        const Tokens t = tokenize(bare, fr);
        CHECK_FALSE(parse_number_words(t, 0, fr).has_value());
    }
}

TEST_CASE("number words read whole", "[normalize][numbers]") {
    for (const auto& c : kWords) {
        INFO(c.text);
        const Tokens t = tokenize(c.text, c.language);
        const auto n = parse_number_words(t, 0, c.language);
        REQUIRE(n);
        CHECK(n->value == c.value);
        CHECK(n->length == t.size());
    }
}

// The bound that makes reading number words from every position of a text
// linear (docs/NORMALISATION.md §1.3): a reading is at most 48 words, and
// it never reads past the longest number the grammar composes however long
// the run of number words after it.
TEST_CASE("a number in words is at most 48 words, whatever follows it", "[normalize][numbers]") {
    struct Longest {
        std::string text;
        factdb::Language language;
        std::int64_t value;
        std::size_t words;  // tokens but dashes
    };
    const std::string nines = " neuf cent quatre-vingt-dix-neuf";
    const std::vector<Longest> cases = {
        {"deux trillions" + nines + " billiards" + nines + " billions" + nines + " milliards" +
             nines + " millions" + nines + " mille" + nines,
         fr, 2999999999999999999, 43},
        {"nine trillion nine hundred and ninety-nine billion nine hundred and ninety-nine "
         "million nine hundred and ninety-nine thousand and nine hundred and ninety-nine",
         en, 9999999999999, 26},
    };
    for (const auto& c : cases) {
        for (const char* run : {"", " trois cent mille deux cents", " three hundred thousand two"}) {
            std::string text = c.text;
            for (int i = 0; i < 1000; ++i) text += run;
            INFO(c.text << " + 1000 x '" << run << "'");
            const Tokens t = tokenize(text, c.language);
            const auto n = parse_number_words(t, 0, c.language);
            REQUIRE(n);
            CHECK(n->value == c.value);
            std::size_t words = 0;
            for (std::size_t i = 0; i < n->length; ++i) words += !t[i].is("-");
            CHECK(words == c.words);
            CHECK(words <= 48);
            // From every later position too, within the bound.
            for (std::size_t p = 1; p < t.size(); ++p)
                if (const auto m = parse_number_words(t, p, c.language)) CHECK(m->length <= 2 * 48);
        }
    }
}

// kMaxNumberTokens (numbers.h): the longest int64 in words, with every dash,
// fits the window and reads whole; a 20,000-word chain of number words read
// from every position looks at no more than the window each time.  Work is
// counted as the tokens each reading consumes, and the whole scan is under
// a fence far below what an unbounded reading (20,000 x 20,000 tokens)
// costs.
TEST_CASE("number words are read within a window of kMaxNumberTokens", "[normalize][numbers]") {
    const std::string nines = "-neuf-cent-quatre-vingt-dix-neuf-";
    const std::string longest = "huit-trillions" + nines + "billiards" + nines + "billions" + nines +
                                "milliards" + nines + "millions" + nines + "mille" + nines.substr(0, nines.size() - 1);
    const Tokens whole = tokenize(longest, fr);
    REQUIRE(whole.size() == 85);
    const auto n = parse_number_words(whole, 0, fr);
    REQUIRE(n);
    CHECK(n->value == 8999999999999999999);
    CHECK(n->length == 85);

    struct Chain {
        std::string unit;
        factdb::Language language;
        std::size_t max_length;  // the longest reading from any position
    };
    const std::vector<Chain> chains = {
        {"trois cent mille ", fr, 5},
        {longest + " ", fr, 85},
        {"mille ", fr, 1},
        {"quatre-vingt-dix-neuf ", fr, 7},
        {"three hundred thousand and ", en, 6},
        {"nine hundred ninety nine million ", en, 9},
    };
    for (const auto& c : chains) {
        std::string text;
        std::size_t words = 0;
        while (words < 20000) {
            text += c.unit;
            for (const char ch : c.unit) words += ch == ' ' || ch == '-';
        }
        INFO(c.unit);
        const auto started = std::chrono::steady_clock::now();
        const Tokens t = tokenize(text, c.language);
        std::size_t consumed = 0, longest_reading = 0;
        for (std::size_t p = 0; p < t.size(); ++p) {
            if (const auto m = parse_number_words(t, p, c.language)) {
                consumed += m->length;
                longest_reading = std::max(longest_reading, m->length);
            }
        }
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
        CHECK(longest_reading == c.max_length);
        CHECK(longest_reading <= kMaxNumberTokens);
        CHECK(consumed <= kMaxNumberTokens * t.size());
        CHECK(took.count() < factdb::test::seconds_fence(10));
    }
}
