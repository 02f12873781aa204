// Internal to lang/: parse_percent on tokens, so share.cpp can
// read the percentage inside a longer phrase ("a 49 % stake").
#pragma once

#include "lang/quantity.h"
#include "lang/tokens.h"

namespace factdb::lang {

Range parse_percent_tokens(TokenSpan tokens, Language language);

}  // namespace factdb::lang
