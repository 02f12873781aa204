// The languages a document may be written in.  The language drives every
// normaliser: decimal separators, number and scale words, cue words, place names.
#pragma once

#include <optional>
#include <string_view>

namespace factdb {

enum class Language { fr, en };

// "fr" / "en" (ISO 639-1, lower case); anything else is nullopt.
std::optional<Language> parse_language(std::string_view code);
std::string_view to_string(Language language);

}  // namespace factdb
