// The words of a closed vocabulary nearest to a word that is not in it, for
// the "unrecognised X" / "unknown X" errors, which list the accepted values
// or the nearest ones and say how to fix the claim (issue 12).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace factdb::lang {

// Levenshtein distance in bytes.  O(|a| x |b|) time, O(|b|) space.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The words nearest to text, compared folded (case and accents ignored):
// at most 3 edits and fewer than half of text's letters (so a short word is
// not "near" everything), best first, ties in the vocabulary's order, at most
// three; quoted and joined ("'low', 'high'"), "" when none.  A text longer
// than 64 bytes is near no word (no vocabulary word is that long; the cost
// stays linear in the text).
std::string nearest_words(std::string_view text, std::span<const std::string_view> words);

// The words joined by ", " ("asserted, reported, conditional").
std::string listed(std::span<const std::string_view> words);

}  // namespace factdb::lang
