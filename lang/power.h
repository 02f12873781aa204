// Electrical power as articles write a data centre's capacity: "1 gigawatt",
// "150 MW", "1,4 gigawatt", "1.2GW", "plus de 300 mégawatts", "up to 5
// gigawatts", "between 1 and 2 GW", "un gigawatt" -> a Range in megawatts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"
#include "lang/span_match.h"

namespace factdb::lang {

// The whole field: a Range in megawatts, exact decimals (1 GW = 1000 MW,
// 500 kW = 0.5 MW).  Undisclosed words ("non divulguée", "undisclosed")
// give Qualifier::undisclosed.  Throws NormalizeError: "no unit in
// capacity", "unrecognised power unit 'X' (accepted: ...)", an energy unit
// ("'GWh' is energy, not power: ..."), "capacity is negative", a fraction
// of a watt, beyond the plausibility bound (power.cpp), and the shared
// grammar's reasons (grammar.cpp).
Range parse_power(std::string_view text, Language language);

// Running text: the longest capacity starting at tokens[position] ("1
// gigawatt" in "un campus d'un gigawatt"), the value parse_power gives that
// text; nullopt when none starts there, when it has no power unit, when
// parse_power would refuse it, and for a piece of a longer expression
// (span_match.h).  Never throws.
// Precondition: tokens come from one tokenize call.
using PowerMatch = SpanMatch<Range>;
std::optional<PowerMatch> match_power(TokenSpan tokens, std::size_t position, Language language);

// The accepted unit symbols, for messages: "W, kW, MW, GW, TW".
std::string power_unit_symbols();

}  // namespace factdb::lang
