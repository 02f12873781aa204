// Internal to loader/normalize: parse_percent on tokens, so share.cpp can
// read the percentage inside a longer phrase ("a 49 % stake").
#pragma once

#include "loader/normalize/quantity.h"
#include "loader/normalize/tokens.h"

namespace factdb::normalize {

Range parse_percent_tokens(TokenSpan tokens, Language language);

}  // namespace factdb::normalize
