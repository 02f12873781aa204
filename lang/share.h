// A stake as articles describe it: a percentage ("49 %") or a word
// ("minoritaire", "majority", "principal actionnaire", "shareholder").
#pragma once

#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"

namespace factdb::lang {

struct Share {
    // One of: shareholder, minority_shareholder, majority_shareholder,
    // principal_shareholder.
    std::string relation;
    Range percent;  // undisclosed when the text gives no figure
};

// Throws NormalizeError.
Share parse_share(std::string_view text, Language language);

}  // namespace factdb::lang
