// A stake as articles describe it: a percentage ("49 %") or a word
// ("minoritaire", "majority", "principal actionnaire", "shareholder").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"
#include "lang/span_match.h"

namespace factdb::lang {

struct Share {
    // One of: shareholder, minority_shareholder, majority_shareholder,
    // principal_shareholder.
    std::string relation;
    Range percent;  // undisclosed when the text gives no figure
};

// The whole field.  Throws NormalizeError.
Share parse_share(std::string_view text, Language language);

// Running text: the longest stake phrase starting at tokens[position]
// ("participation de 49 %", "actionnaire minoritaire", "49% stake",
// "largest shareholder"), read with parse_share's words and rules; it starts
// and ends on a share word or the percentage.  nullopt when none starts
// there, and for a percentage or a modifier with nothing naming a stake
// ("49 %" alone, "the majority of users").  Never throws.
// Precondition: tokens come from one tokenize call.
using ShareMatch = SpanMatch<Share>;
std::optional<ShareMatch> match_share(TokenSpan tokens, std::size_t position, Language language);

}  // namespace factdb::lang
