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
    // Units of the currency, exactly: whole ("8000000000") or with at most
    // the currency's minor-unit decimals ("4.99" USD; none for JPY).
    Range range;
    std::string currency;  // ISO 4217 ("USD"); empty only when undisclosed
};

// The whole field: throws NormalizeError when the text is not an amount
// (unknown currency, no currency, negative, more decimals than the
// currency's minor unit, beyond 64 bits...).  Undisclosed forms ("non divulgué", "undisclosed") give
// Qualifier::undisclosed.
Money parse_money(std::string_view text, Language language);

// Running text: the longest amount starting at tokens[position] ("8
// milliards de dollars" in "Amazon a investi 8 milliards de dollars dans
// Anthropic"), with the value parse_money gives that text; nullopt when none
// starts there or what starts there is no valid amount ("5 milliards" with
// no currency, "$ florins", "$0.0004"), or is a piece of a longer
// expression (span_match.h, grammar.cpp: "3 millions 500 000 euros").
// Undisclosed words are not amounts in running text.  Never throws.
// Precondition: tokens come from one tokenize call; the match's raw is a
// view into that call's text.
using MoneyMatch = SpanMatch<Money>;
std::optional<MoneyMatch> match_money(TokenSpan tokens, std::size_t position, Language language);

// The currencies factdb reads, each with its ISO 4217 minor unit and its
// plausibility bound: the largest amount in whole units the loader stores,
// 10^max_power (docs/NORMALISATION.md, "Plausibility bounds of amounts").
// No real investment, data centre or budget comes near (10^15 USD is about
// ten years of the world's GDP); an amount beyond is a typo or hostile, and
// refusing it is what keeps every total exact (queries/investment_totals.sql).
// Invariant: max_power + minor_unit <= 18, so the bound in minor units (the
// amount_low_minor columns) is at most 10^18 and fits int64 with room to sum.
// One row per ISO code, sorted by code: the codes known_currency_code
// accepts (schema/0014 holds the same rows; a test compares them).
struct CurrencyBound {
    std::string_view code;  // ISO 4217
    int max_power;          // the bound is 10^max_power units
    int minor_unit;         // ISO 4217 exponent: 2 (cents), 0 (JPY, KRW)
    std::string_view minor_name;  // for errors: "cents", "" when minor_unit is 0
    std::int64_t max_units() const;
    std::int64_t minor_per_unit() const;  // 10^minor_unit
};
std::span<const CurrencyBound> currency_bounds();
// The row of code; nullptr when factdb does not read that currency.
const CurrencyBound* currency_bound(std::string_view code);

// Why money is not an amount factdb stores ("" when it is): no currency,
// a negative end, an end beyond int64 whole units, or more decimals than
// the currency's minor unit ("amount 0.0004 USD has 4 decimals, but USD
// counts in cents (2 decimals): ...").  Never rounds.  parse_money,
// match_money and money_from_json all apply it.
std::string amount_problem(const Money& money);

// Why an amount parse_money or money_from_json accepted is beyond its
// currency's plausibility bound ("amount exceeds the plausible maximum of
// 10^15 USD (a plausibility bound)"), or "" when both ends are within it
// (undisclosed amounts always are).  Precondition: amount_problem(money)
// is "" and its currency is one of currency_bounds().
std::string implausible_amount(const Money& money);

// An end of an accepted, plausible amount in minor units of its currency
// ("4.99" USD -> 499, 8 milliards JPY -> 8000000000).  Exact: the amount
// has at most minor_unit decimals and at most 10^18 minor units.
// Precondition: amount_problem and implausible_amount are "" for it.
std::int64_t to_minor_units(const Decimal& end, std::string_view currency);

// "unrecognised currency 'florins': factdb reads ...; write ..." — the one
// spelling of that error, with the accepted currencies and how to fix the
// claim; a real ISO 4217 code factdb does not read (BRL) is said to be one.
std::string unrecognised_currency(std::string_view written);

}  // namespace factdb::lang
