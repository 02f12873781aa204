// Internal to lang/: the grammar shared by money, counts and
// percentages (grammar.cpp documents it).  The three differ only in their
// unit (currency, none, percent sign) and in whether words may follow.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "lang/quantity.h"
#include "lang/tokens.h"

namespace factdb::lang {

struct UnitRules {
    std::string_view noun;  // "amount", "count", "percentage": starts error messages
    // Reads a unit at pos, before the figure or after it; returns the tokens
    // consumed (0 when there is none) and sets unit.  May throw.
    std::function<std::size_t(TokenSpan, std::size_t pos, bool before, std::string& unit)> read;
    bool trailing_words = false;  // counts: "30 centres de données"
};

struct Quantity {
    Range range;
    std::string unit;  // the unit both ends agree on; "" when none was given
};

// Throws NormalizeError.  An undisclosed quantity has an empty unit: the
// caller looks for one itself if it wants it.
Quantity parse_quantity(TokenSpan tokens, Language language, const UnitRules& rules);

}  // namespace factdb::lang
