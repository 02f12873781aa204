// Tests of lang/tokens: one white space for every reader of text.  The
// normalisers (lang/tokens), evidence location (text/evidence) and modality cues (lang/modality) give
// the same answer whichever Unicode space an article uses inside or around
// its figures and cue words.  Each row is written with ASCII spaces; every
// space of the row is then replaced by each of the spaces below, and the
// result must equal the ASCII one exactly.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "lang/count.h"
#include "lang/modality.h"
#include "lang/money.h"
#include "lang/percent.h"
#include "text/evidence.h"

using namespace factdb;
using namespace factdb::lang;

namespace {

// U+0020, no-break, narrow no-break, thin, figure, en, em, ideographic.
const std::vector<std::string_view> kSpaces = {" ",        "\u00A0", "\u202F", "\u2009",
                                               "\u2007",   "\u2002", "\u2003", "\u3000"};

std::string with_space(std::string_view ascii, std::string_view space) {
    std::string out;
    for (const char c : ascii) {
        if (c == ' ')
            out += space;
        else
            out += c;
    }
    return out;
}

std::string money_text(const Money& m) {
    const auto end = [](const std::optional<Decimal>& d) { return d ? d->to_string() : "-"; };
    return std::string(to_string(m.range.qualifier)) + " " + end(m.range.low) + " " +
           end(m.range.high) + " " + m.currency;
}

std::string range_text(const Range& r) {
    const auto end = [](const std::optional<Decimal>& d) { return d ? d->to_string() : "-"; };
    return std::string(to_string(r.qualifier)) + " " + end(r.low) + " " + end(r.high);
}

struct MoneyCase {
    std::string_view text;
    Language language;
    std::string_view expected;  // qualifier low high currency
};

const MoneyCase kMoney[] = {
    {"8 milliards de dollars", Language::fr, "exact 8000000000 8000000000 USD"},
    {"1 250 000 euros", Language::fr, "exact 1250000 1250000 EUR"},
    {"au moins 11 milliards de dollars", Language::fr, "at_least 11000000000 - USD"},
    {"1,5 milliard d'euros", Language::fr, "exact 1500000000 1500000000 EUR"},
    {"$8 billion", Language::en, "exact 8000000000 8000000000 USD"},
    {"1 250 000 dollars", Language::en, "exact 1250000 1250000 USD"},
    {"more than $3 billion", Language::en, "more_than 3000000000 - USD"},
    {"between 2 and 3 billion dollars", Language::en, "between 2000000000 3000000000 USD"},
};

struct RangeCase {
    std::string_view text;
    Language language;
    bool percent;
    std::string_view expected;
};

const RangeCase kRanges[] = {
    {"une trentaine", Language::fr, false, "approximately 30 30"},
    {"plus de 1 000 centres", Language::fr, false, "more_than 1000 -"},
    {"about 30 sites", Language::en, false, "approximately 30 30"},
    {"49 %", Language::fr, true, "exact 49 49"},
    {"environ 10 pour cent", Language::fr, true, "approximately 10 10"},
    {"roughly 10 percent", Language::en, true, "approximately 10 10"},
};

struct ModalityCase {
    std::string_view sentence;
    std::string_view evidence;  // inside the sentence, ASCII spaces
    Language language;
    Modality modality;
    std::string_view cue;  // the cue as written (ASCII spaces)
};

const ModalityCase kModality[] = {
    {"Amazon plans to invest $8 billion in Anthropic.", "invest $8 billion in Anthropic",
     Language::en, Modality::planned, "plans to"},
    {"Selon des sources, Amazon investirait 8 milliards de dollars.",
     "Amazon investirait 8 milliards de dollars", Language::fr, Modality::reported, "Selon"},
    {"Amazon pourrait investir 8 milliards de dollars dans Anthropic.",
     "investir 8 milliards de dollars", Language::fr, Modality::possible, "pourrait"},
    {"Amazon a investi 8 milliards de dollars.", "Amazon a investi 8 milliards de dollars",
     Language::fr, Modality::asserted, ""},
};

}  // namespace

TEST_CASE("every Unicode space reads the same in amounts", "[lang][white_space]") {
    for (const auto& c : kMoney) {
        for (const auto space : kSpaces) {
            const std::string text = with_space(c.text, space);
            CAPTURE(c.text, text);
            CHECK(money_text(parse_money(text, c.language)) == c.expected);
        }
    }
}

TEST_CASE("every Unicode space reads the same in counts and percentages", "[lang][white_space]") {
    for (const auto& c : kRanges) {
        for (const auto space : kSpaces) {
            const std::string text = with_space(c.text, space);
            CAPTURE(c.text, text);
            const Range r =
                c.percent ? parse_percent(text, c.language) : parse_count(text, c.language);
            CHECK(range_text(r) == c.expected);
        }
    }
}

TEST_CASE("a line break never groups the digits of a figure", "[lang][white_space]") {
    CHECK_THROWS_WITH(parse_money("1\n250 000 dollars", Language::en),
                      Catch::Matchers::StartsWith("unexpected text"));
    CHECK_THROWS_WITH(parse_money("1\t250 dollars", Language::en),
                      Catch::Matchers::StartsWith("unexpected text"));
}

TEST_CASE("evidence typed with ASCII spaces is found in text written with any space",
          "[lang][white_space]") {
    const std::string_view ascii = "Amazon a investi 8 milliards de dollars dans Anthropic.";
    const std::string_view quote = "8 milliards de dollars";
    for (const auto space : kSpaces) {
        const std::string text = with_space(ascii, space);
        CAPTURE(text);
        const auto spans = text::find_occurrences(text, quote);
        REQUIRE(spans.size() == 1);
        CHECK(spans[0].begin_char == 17);
        CHECK(spans[0].end_char == 39);
        CHECK(text.substr(spans[0].begin_byte, spans[0].end_byte - spans[0].begin_byte) ==
              with_space(quote, space));
        // And the figure the quote holds is the one the normaliser reads.
        CHECK(money_text(parse_money(text.substr(spans[0].begin_byte,
                                                 spans[0].end_byte - spans[0].begin_byte),
                                     Language::fr)) == "exact 8000000000 8000000000 USD");
    }
}

TEST_CASE("modality cues match across any space, and the cue is the text's own",
          "[lang][white_space]") {
    for (const auto& c : kModality) {
        for (const auto space : kSpaces) {
            const std::string sentence = with_space(c.sentence, space);
            const std::string evidence = with_space(c.evidence, space);
            CAPTURE(sentence);
            const std::size_t begin = sentence.find(evidence);
            REQUIRE(begin != std::string::npos);
            const ModalityDecision d =
                infer_modality(sentence, begin, begin + evidence.size(), c.language);
            CHECK(d.modality == c.modality);
            CHECK(d.cue == with_space(c.cue, space));
        }
    }
}
