// Counts ("30", "une trentaine", "au moins 11", "sept", "more than 1,000
// sites") and years ("en 2021", "in 2021").
#pragma once

#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"

namespace factdb::lang {

// A non-negative whole count.  Words after the number naming what is counted
// ("30 centres de données") are allowed and not kept.  Throws NormalizeError.
Range parse_count(std::string_view text, Language language);

// A year between 1800 and 2200: "2021", "en 2021", "in 2021".  Throws NormalizeError.
int parse_year(std::string_view text, Language language);

}  // namespace factdb::lang
