// Percentages: "49 %", "49%", "environ 10 pour cent", "roughly 10 percent",
// "between 20 and 30%".  Values are 0..100.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"
#include "lang/span_match.h"

namespace factdb::lang {

// The whole field.  Throws NormalizeError, including for values over 100.
Range parse_percent(std::string_view text, Language language);

// Running text: the longest percentage starting at tokens[position] ("49 %"
// in "une participation de 49 % dans Anthropic", "entre 20 et 30 %"); nullopt
// when none starts there, when there is no percent sign, when parse_percent
// would refuse the value (over 100, negative), and for a piece of a longer
// expression (span_match.h).  Never throws.
// Precondition: tokens come from one tokenize call.
using PercentMatch = SpanMatch<Range>;
std::optional<PercentMatch> match_percent(TokenSpan tokens, std::size_t position,
                                          Language language);

}  // namespace factdb::lang
