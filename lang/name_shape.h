// Whether a name given for a new entity looks like a phrase of the text
// rather than a name: "Le groupe de Redmond", "Google DeepMind et de Meta"
// (an extraction that took a description, or two names, for one).  Word
// lists are data per language (name_shape.cpp); a warning, never a refusal:
// "Bank of America" is a name, and a gazetteer entry makes it known.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lang/language.h"

namespace factdb::lang {

// Why name looks like a phrase ("contains the conjunction 'et'"), or
// nullopt.  Only words written in lower case count ("De Beers", "Et Al
// Capital" are names).  Throws NormalizeError on invalid UTF-8.
std::optional<std::string> phrase_like(std::string_view name, Language language);

}  // namespace factdb::lang
