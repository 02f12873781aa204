// Percentages: "49 %", "49%", "environ 10 pour cent", "roughly 10 percent",
// "between 20 and 30%".  Values are 0..100.
#pragma once

#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"

namespace factdb::lang {

// Throws NormalizeError, including for values over 100.
Range parse_percent(std::string_view text, Language language);

}  // namespace factdb::lang
