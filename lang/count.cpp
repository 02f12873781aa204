// parse_count, parse_year and their span matchers match_count, match_year.
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
//
// Running text (match_count, match_year): the same readings, nullopt where
// the whole field has an error; the counted noun is not part of a count's
// match.  Running text adds refusals the whole field has no need of,
// because a claim's count field says it is a count and a sentence does not:
// a lone article "un"/"une", a figure with a percent sign or a currency
// (lexicon's unit_at / unit_before), a day next to a month (months()), and
// pieces of longer expressions (grammar.cpp's stands_alone).
#include "lang/count.h"

#include <algorithm>

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"
#include "lang/lexicon.h"

namespace factdb::lang {

namespace {

UnitRead no_unit(TokenSpan, std::size_t, bool, Language) {
    return {};
}

constexpr UnitRules kCountRules{"count", no_unit, true, true};

// Why d is not a count ("" when it is one).
std::string_view count_problem(const Decimal& d) {
    std::int64_t out = 0;
    switch (whole_value(d, out)) {
        case Whole::yes:
            break;
        case Whole::fraction:
            return "count is not a whole number";
        case Whole::overflow:
            return "count exceeds the 64-bit integer range";
    }
    if (out < 0) return "count is negative";
    return {};
}

std::string_view range_problem(const Range& range) {
    for (const auto& end : {range.low, range.high})
        if (end)
            if (const auto problem = count_problem(*end); !problem.empty()) return problem;
    return {};
}

bool month_at(TokenSpan t, std::size_t i, Language language) {
    return i < t.size() && months().longest(t, i, language).has_value();
}

// A year figure: four plain digits, no separator, no decimals.
bool year_figure(const Token& t) {
    return t.kind == Token::Kind::number && t.frac_digits.empty() && t.raw.size() == 4;
}

struct YearRead {
    int year;
    std::size_t end;
};

// The year at pos, with the language's preposition when it starts there;
// the range is not checked.
std::optional<YearRead> read_year(TokenSpan t, std::size_t pos, Language language) {
    std::size_t p = pos;
    if (p + 1 < t.size() && t[p].is(language == Language::fr ? "en" : "in") &&
        year_figure(t[p + 1]))
        ++p;
    if (p >= t.size() || !year_figure(t[p])) return std::nullopt;
    return YearRead{std::stoi(t[p].int_digits), p + 1};
}

bool year_in_range(int year) {
    return year >= 1800 && year <= 2200;
}

}  // namespace

Range parse_count(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    Range range = parse_quantity(tokens, language, kCountRules).range;
    if (const auto problem = range_problem(range); !problem.empty())
        throw NormalizeError(std::string(problem));
    return range;
}

int parse_year(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    const auto read = read_year(tokens, 0, language);
    if (!read || read->end != tokens.size()) throw NormalizeError("not a year");
    if (!year_in_range(read->year)) throw NormalizeError("year out of range 1800..2200");
    return read->year;
}

std::optional<CountMatch> match_count(TokenSpan tokens, std::size_t position, Language language) {
    QuantityRead read = read_quantity(tokens, position, language, kCountRules);
    if (!read.quantity || !range_problem(read.quantity->range).empty()) return std::nullopt;
    const std::size_t end = read.end;
    if (end == position + 1 && (tokens[position].is("un") || tokens[position].is("une") ||
                                tokens[position].is("a") || tokens[position].is("an")))
        return std::nullopt;
    if (unit_at(tokens, end, language) || unit_before(tokens, position, language))
        return std::nullopt;
    if ((position > 0 && month_at(tokens, position - 1, language)) ||
        month_at(tokens, end, language))
        return std::nullopt;
    if (!stands_alone(tokens, position, end, language)) return std::nullopt;
    return CountMatch{position, end, raw_between(tokens, position, end), read.quantity->range};
}

std::optional<YearMatch> match_year(TokenSpan tokens, std::size_t position, Language language) {
    const auto read = read_year(tokens, position, language);
    if (!read || !year_in_range(read->year)) return std::nullopt;
    const std::size_t figure = read->end - 1;
    if (unit_at(tokens, read->end, language) || unit_before(tokens, figure, language))
        return std::nullopt;
    if (!stands_alone(tokens, position, read->end, language)) return std::nullopt;
    return YearMatch{position, read->end, raw_between(tokens, position, read->end), read->year};
}

// A compute deal's quantity: the counted things may be named with figures
// or unit-like words ("H100", "NX-400", "TPU v5") that parse_count would
// read as a second number or a scale.  The whole text is parse_count's when
// it reads it; else the count is the longest prefix of at most
// kItemCountMaxTokens tokens that match_count reads whole, that a word
// follows, and that the next token does not extend (so "jusqu'à un" is
// never the count of "jusqu'à un million ...": a scale cut off would be a
// wrong number).  The rest is kept only in the claim's text.  A bounded
// number of prefixes of bounded length: linear in the text.  None:
// parse_count's errors.
constexpr std::size_t kItemCountMaxTokens = 12;

// The longest prefix of tokens[position..] of at most kItemCountMaxTokens
// tokens that match_count reads whole, that a word follows and that the
// next token does not extend; nullopt when none.
static std::optional<CountMatch> count_before_items(TokenSpan t, std::size_t position,
                                                    Language language) {
    if (position >= t.size()) return std::nullopt;
    const TokenSpan rest = t.subspan(position);
    const auto whole = [&](std::size_t n) -> std::optional<CountMatch> {
        const auto m = match_count(rest.first(n), 0, language);
        if (!m || m->end != n) return std::nullopt;
        return m;
    };
    const std::size_t longest = std::min(rest.size() - 1, kItemCountMaxTokens);
    for (std::size_t j = longest; j >= 1; --j) {
        if (rest[j].kind != Token::Kind::word) continue;
        if (auto m = whole(j); m && !whole(j + 1)) {
            m->end += position;
            return m;
        }
    }
    return std::nullopt;
}

Range parse_count_of_items(std::string_view text, Language language) {
    try {
        return parse_count(text, language);
    } catch (const NormalizeError&) {
        const Tokens tokens = tokenize(text, language);
        if (const auto m = count_before_items(tokens, 0, language)) return m->value;
        throw;
    }
}

std::optional<CountMatch> match_count_of_items(TokenSpan tokens, std::size_t position,
                                               Language language) {
    if (auto m = match_count(tokens, position, language)) return m;
    return count_before_items(tokens, position, language);
}

}  // namespace factdb::lang
