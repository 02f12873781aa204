// Canonical and human-readable text for normalised ranges: the canonical form
// goes into fact keys (so it must never change for a given value), the
// display form into one-line summaries.
#pragma once

#include <string>

#include "lang/quantity.h"

namespace factdb {

// "exact:8000000000:8000000000", "at_least:11000000000:", "undisclosed::".
std::string canonical_range(const lang::Range& range);

// "8000000000", "at least 11000000000", "more than 3000000000", "about 30",
// "between 2 and 3", "at most 5", "less than 5"; empty when undisclosed.
// unit is appended after every number (" USD", " %").
std::string display_range(const lang::Range& range, const std::string& unit = {});

}  // namespace factdb
