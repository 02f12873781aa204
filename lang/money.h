// Amounts of money as articles write them: "8 milliards de dollars",
// "plus de 3 Md$", "$1.25bn", "environ 500 millions d'euros", "undisclosed".
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"
#include "lang/span_match.h"

namespace factdb::lang {

struct Money {
    Range range;           // whole units of the currency
    std::string currency;  // ISO 4217 ("USD"); empty only when undisclosed
};

// The whole field: throws NormalizeError when the text is not an amount
// (unknown currency, no currency, negative, fractions of a unit, beyond 64
// bits...).  Undisclosed forms ("non divulgué", "undisclosed") give
// Qualifier::undisclosed.
Money parse_money(std::string_view text, Language language);

// Running text: the longest amount starting at tokens[position] ("8
// milliards de dollars" in "Amazon a investi 8 milliards de dollars dans
// Anthropic"), with the value parse_money gives that text; nullopt when none
// starts there or what starts there is no valid amount ("5 milliards" with
// no currency, "$ florins", "0,5 dollar"), or is a piece of a longer
// expression (span_match.h, grammar.cpp: "3 millions 500 000 euros").
// Undisclosed words are not amounts in running text.  Never throws.
// Precondition: tokens come from one tokenize call; the match's raw is a
// view into that call's text.
using MoneyMatch = SpanMatch<Money>;
std::optional<MoneyMatch> match_money(TokenSpan tokens, std::size_t position, Language language);

// The currencies factdb reads, each with its plausibility bound: the largest
// amount in whole units the loader stores, 10^max_power (docs/NORMALISATION.md,
// "Plausibility bounds of amounts").  No real investment, data centre or
// budget comes near (10^15 USD is about ten years of the world's GDP); an
// amount beyond is a typo or hostile, and refusing it is what keeps every
// total exact (queries/investment_totals.sql).  One row per ISO code, the
// codes known_currency_code accepts.
struct CurrencyBound {
    std::string_view code;  // ISO 4217
    int max_power;          // the bound is 10^max_power units
    std::int64_t max_units() const;
};
std::span<const CurrencyBound> currency_bounds();

// Why an amount parse_money or money_from_json accepted is beyond its
// currency's plausibility bound ("amount exceeds the plausible maximum of
// 10^15 USD (a plausibility bound)"), or "" when both ends are within it
// (undisclosed amounts always are).  Precondition: money's ends are whole
// units within int64 and its currency is one of currency_bounds().
std::string implausible_amount(const Money& money);

}  // namespace factdb::lang
