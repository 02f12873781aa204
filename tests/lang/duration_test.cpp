// parse_duration (lang/duration.h): a deal's length in months from the
// forms of both languages, table driven, with the exact refusals of what is
// no single whole number of months or years.
#include "lang/duration.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/tokens.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct Case {
    factdb::Language language;
    std::string text;
    int months;
};

const std::vector<Case> kCases{
    {en, "five-year", 60},        {en, "5-year", 60},
    {en, "a five-year deal", 60}, {en, "over 4 years", 48},
    {en, "over four years", 48},  {en, "for ten years", 120},
    {en, "18 months", 18},        {en, "one year", 12},
    {en, "two decades", 240},
    {en, "over a period of 7 years", 84}, {en, "six-year contract", 72},
    {en, "for a term of 36 months", 36},
    {fr, "sur six ans", 72},      {fr, "sur cinq ans", 60},
    {fr, "pendant dix ans", 120}, {fr, "18 mois", 18},
    {fr, "d'une durée de 18 mois", 18}, {fr, "un an", 12},
    {fr, "sur une durée de sept ans", 84},
    {fr, "cinq années", 60},      {fr, "une décennie", 120},
};

const std::string kForms =
    "write it as a whole number and a unit: 'five-year', 'over 4 years', '18 months', 'sur six "
    "ans', 'pendant dix ans' (NORMALISATION.md 16)";

struct ErrorCase {
    factdb::Language language;
    std::string text;
    std::string error;
};

const std::vector<ErrorCase> kErrors{
    {en, "", "empty text"},
    {en, "long-term", "no unit in duration (years, months, ans, mois...); " + kForms},
    {en, "years", "no number of years or months in duration; " + kForms},
    {en, "a year",
     "unreadable number 'a' in duration (not a number); " + kForms},
    // the noun goes after the unit: no other word is skipped
    {fr, "contrat de cinq ans",
     "unreadable number 'contrat de cinq' in duration (not a number); " + kForms},
    {en, "about five years",
     "duration 'about five' is not one exact number (approximately); a duration is stored as a "
     "whole number of months: give the number the article states, or leave \"duration\" out"},
    {fr, "jusqu'à six ans",
     "duration 'jusqu'à six' is not one exact number (at_most); a duration is stored as a whole "
     "number of months: give the number the article states, or leave \"duration\" out"},
    {en, "0 years", "duration must be at least one month or year"},
    {en, "200 years", "duration of more than 100 years is implausible"},
    {fr, "sur six years", "no unit in duration (years, months, ans, mois...); " + kForms},
};

}  // namespace

TEST_CASE("parse_duration reads the forms of both languages in months", "[normalize][duration]") {
    for (const auto& c : kCases) {
        INFO(c.text);
        CHECK(parse_duration(c.text, c.language) == c.months);
    }
    for (const auto& c : kErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_duration(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("every duration unit reads with a figure", "[normalize][duration]") {
    for (const auto& row : duration_unit_rows()) {
        const factdb::Language language = (row.langs & kFr) ? fr : en;
        const std::string text = "3 " + std::string(row.word);
        INFO(text);
        CHECK(parse_duration(text, language) == 3 * row.months);
    }
}
