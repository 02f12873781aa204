// The small vocabularies of the claim types, accepted in French or English
// and mapped to the codes the schema's CHECK constraints allow.  Stage and
// growth ratio are closed (an unknown word is an error that lists what is
// accepted); supply items are open: the world supplies more than the table
// names, so an unknown item is kept under the code "other" with its text
// (docs/NORMALISATION.md, "Open and closed vocabularies").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/span_match.h"

namespace factdb::lang {

// investment.stage -> "completed" | "committed" | "considered" ("unspecified"
// is no word: it is what an absent, uninferable stage is stored as).  Throws
// NormalizeError for an unknown word, naming the accepted codes, the
// nearest table words and how to fix the claim.
std::string parse_stage(std::string_view text, Language language);

// supply.item -> "chips" | "compute" | "cloud_capacity" | "technical_support"
//                | "funding" | "other".  known is false for a text no row
// names ("custom silicon", "électricité"): code "other", and the caller
// keeps the text and warns.  Throws NormalizeError only for an empty text.
struct SupplyItem {
    std::string code;
    bool known = true;
};
SupplyItem parse_supply_item(std::string_view text, Language language);

// The codes of the known supply items, for messages: "chips, compute, ...".
std::string supply_item_codes();

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
