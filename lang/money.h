// Amounts of money as articles write them: "8 milliards de dollars",
// "plus de 3 Md$", "$1.25bn", "environ 500 millions d'euros", "undisclosed".
#pragma once

#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"

namespace factdb::lang {

struct Money {
    Range range;           // whole units of the currency
    std::string currency;  // ISO 4217 ("USD"); empty only when undisclosed
};

// Throws NormalizeError when the text is not an amount (unknown currency, no
// currency, negative, fractions of a unit, beyond 64 bits...).
// Undisclosed forms ("non divulgué", "undisclosed") give Qualifier::undisclosed.
Money parse_money(std::string_view text, Language language);

}  // namespace factdb::lang
