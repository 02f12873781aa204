// Amounts of money as articles write them: "8 milliards de dollars",
// "plus de 3 Md$", "$1.25bn", "environ 500 millions d'euros", "undisclosed".
#pragma once

#include <cstddef>
#include <optional>
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

}  // namespace factdb::lang
