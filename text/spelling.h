// British and American spellings of English words, as one search form: the
// search index and the query words both write a word in its American
// spelling before stemming, so "data centre" finds "data centers" and
// "organisation" finds "organization" (docs/SEARCH.md).
//
// Invariants:
//   * the table is data (spelling.cpp), one row per written form: British
//     form, American form, both folded (lower case, no accents, as
//     text::fold_key leaves a word);
//   * an American form is never itself a British form of another row, so
//     american_spelling() is idempotent: applying it twice changes nothing;
//   * the American form may be two words ("datacentre" -> "data center"),
//     so that the one-word and two-word spellings meet;
//   * only English words are rewritten: the table is applied to English
//     documents and to the English reading of a query word, never to
//     French (where "centre" is the French word).
#pragma once

#include <string_view>
#include <vector>

namespace factdb::text {

struct SpellingPair {
    std::string_view british;   // folded, one word
    std::string_view american;  // folded, one or two words
};

// Every row of the table, in the order of spelling.cpp.
const std::vector<SpellingPair>& spelling_pairs();

// The American search form of a folded English word: its row's american
// when the word is a British form (or a one-word American form written as
// two words, "datacenter"), else the word itself.  O(log n) in the table.
std::string_view american_spelling(std::string_view folded_word);

// The folded forms whose American search form is the same as folded_word's
// (itself included, first): "center" -> {"center", "centre"}.  For marking
// the matched words in a snippet of the unstemmed text.
std::vector<std::string_view> spelling_variants(std::string_view folded_word);

}  // namespace factdb::text
