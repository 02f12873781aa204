// parse_count and parse_year.
//
// Counts: the shared grammar (grammar.cpp) with no unit; words naming what is
// counted may follow the quantity ("30 centres de données", "seven former
// employees") but the text must start with the number or its qualifier.
// Each end must be a whole number ("count is not a whole number") within
// int64 ("count exceeds the 64-bit integer range"); "-3": "count is negative".
// Undisclosed counts ("un nombre non divulgué") are accepted.
//
// Years: "2021", fr "en 2021", en "in 2021": four plain digits (no
// separators), 1800..2200 ("year out of range 1800..2200"); anything else is
// "not a year".
#include "lang/count.h"

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"

namespace factdb::lang {

namespace {

void check_whole(const Decimal& d) {
    std::int64_t out = 0;
    switch (whole_value(d, out)) {
        case Whole::yes:
            break;
        case Whole::fraction:
            throw NormalizeError("count is not a whole number");
        case Whole::overflow:
            throw NormalizeError("count exceeds the 64-bit integer range");
    }
    if (out < 0) throw NormalizeError("count is negative");
}

}  // namespace

Range parse_count(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    const UnitRules rules{
        "count", [](TokenSpan, std::size_t, bool, std::string&) { return std::size_t{0}; }, true};
    Range range = parse_quantity(tokens, language, rules).range;
    if (range.low) check_whole(*range.low);
    if (range.high) check_whole(*range.high);
    return range;
}

int parse_year(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    std::size_t p = 0;
    if (!tokens.empty() && tokens[0].is(language == Language::fr ? "en" : "in")) p = 1;
    if (tokens.size() != p + 1 || tokens[p].kind != Token::Kind::number ||
        !tokens[p].frac_digits.empty() || tokens[p].raw.size() != 4)
        throw NormalizeError("not a year");
    const int year = std::stoi(tokens[p].int_digits);
    if (year < 1800 || year > 2200) throw NormalizeError("year out of range 1800..2200");
    return year;
}

}  // namespace factdb::lang
