// The closed vocabularies of a funding round (issue 13): the round
// (pre_seed | seed | series_a ... series_j | bridge | growth | debt | grant
// | ipo | unspecified) and the basis of a stated valuation (pre_money |
// post_money | market_cap | unspecified), each given in French or English
// ("Series C", "série B", "amorçage", "introduction en Bourse", "before the
// new money", "capitalisation boursière").  The words are data
// (funding_round.cpp); an unknown word is an error naming the field, the
// nearest table words (lang/nearest.h) and the codes accepted.
#pragma once

#include <string>
#include <string_view>

#include "lang/language.h"

namespace factdb::lang {

// funding_round.round -> a round code.  Throws NormalizeError for an empty
// or unknown text.
std::string parse_funding_round(std::string_view text, Language language);

// valuation_basis / basis -> a basis code.  allow_market_cap is false for a
// round's valuation (a round has no market price), true for a valuation
// fact.  Throws NormalizeError for an empty, unknown or disallowed text.
std::string parse_valuation_basis(std::string_view text, Language language, bool allow_market_cap);

}  // namespace factdb::lang
