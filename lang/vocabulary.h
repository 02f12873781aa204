// Small closed vocabularies of the claim types, accepted in French or English
// and mapped to the codes the schema's CHECK constraints allow.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/span_match.h"

namespace factdb::lang {

// investment.stage -> "completed" | "committed" | "considered".
std::string parse_stage(std::string_view text, Language language);

// supply.item -> "chips" | "compute" | "cloud_capacity" | "technical_support"
//                | "funding" | "other"   ("other" only when given as "other"/"autre").
std::string parse_supply_item(std::string_view text, Language language);

// datacenter.growth: how the text relates count to previous_count
// ("doublant" -> 2, "triple" -> 3, "x1.5" -> 1.5).  The whole field; throws
// NormalizeError.
double parse_ratio(std::string_view text, Language language);

// Running text: the longest growth ratio starting at tokens[position]
// ("doublant", "multiplié par 4", "2,5 fois plus", "three times"), the
// value parse_ratio gives that text; nullopt when none starts there, for a
// ratio that is not positive ("x0"), and for a piece of a longer expression
// (span_match.h).  Never throws.
// Precondition: tokens come from one tokenize call.
using RatioMatch = SpanMatch<double>;
std::optional<RatioMatch> match_ratio(TokenSpan tokens, std::size_t position, Language language);

}  // namespace factdb::lang
