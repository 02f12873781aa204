// Small closed vocabularies of the claim types, accepted in French or English
// and mapped to the codes the schema's CHECK constraints allow.
#pragma once

#include <string>
#include <string_view>

#include "lang/language.h"

namespace factdb::lang {

// investment.stage -> "completed" | "committed" | "considered".
std::string parse_stage(std::string_view text, Language language);

// supply.item -> "chips" | "compute" | "cloud_capacity" | "technical_support"
//                | "funding" | "other"   ("other" only when given as "other"/"autre").
std::string parse_supply_item(std::string_view text, Language language);

// datacenter.growth: how the text relates count to previous_count
// ("doublant" -> 2, "triple" -> 3, "x1.5" -> 1.5).
double parse_ratio(std::string_view text, Language language);

}  // namespace factdb::lang
