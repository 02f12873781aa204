// Internal to lang/: the token stream every text normaliser reads, built
// from the one tokenizer of text/tokens.h, and the phrase tables the
// vocabularies are written as.
//
// Invariants of a token stream:
//  * white space (Unicode White_Space, text::classify) separates tokens and
//    is never a token, except inside a number where horizontal white space
//    (text::is_figure_space) may group thousands: "1 250 000" reads the same
//    with U+0020, U+00A0, U+202F, U+2009, U+2007 or U+2002;
//  * a word's key is its text::fold_key, case-folded and accent-stripped ("Milliards" ->
//    "milliards", "Québec" -> "quebec"); an apostrophe (' or ’) ends the word
//    and is kept in the key ("d’euros" -> "d'", "euros"), and "d'" is keyed
//    "de" so tables list "de" once for both elisions;
//  * every dash (-, ‐, ‑, ‒, –, —, −) is the one-character symbol "-";
//  * a number token holds its digits split at the decimal mark, already
//    resolved for the document's language (see numbers.h);
//  * raw is a view into the caller's text, so errors quote what was written.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/language.h"

namespace factdb::lang {

struct Token {
    enum class Kind { word, number, symbol };
    Kind kind = Kind::word;
    std::string key;          // folded text (numbers: the raw digits)
    std::string_view raw;     // as written
    std::string int_digits;   // numbers only
    std::string frac_digits;  // numbers only
    bool is(std::string_view k) const { return key == k; }
};

using Tokens = std::vector<Token>;
using TokenSpan = std::span<const Token>;

// Throws NormalizeError on invalid UTF-8 and on exponent notation ("1e400").
Tokens tokenize(std::string_view text, Language language);

// tokenize() for running text (an article read by the span matchers of
// span_match.h): exponent notation is not an error but stays the tokens it
// is made of ("1e9" -> "1" "e" "9", glued, which no matcher reads); still
// throws NormalizeError on invalid UTF-8.
Tokens tokenize_running_text(std::string_view text, Language language);

// The original text from token i to token j-1 ("" when i >= j).
std::string_view raw_between(TokenSpan tokens, std::size_t i, std::size_t j);

// Keys of every token but dashes, joined by one space: the lookup key of a
// whole short text ("Semi-conducteurs" -> "semi conducteurs").
std::string joined_key(TokenSpan tokens);

// Which languages a table row belongs to.
enum Langs : unsigned { kFr = 1, kEn = 2, kAny = 3 };
inline bool speaks(unsigned langs, Language language) {
    return (langs & (language == Language::fr ? kFr : kEn)) != 0;
}

// A table row: a phrase as it is written ("de l'ordre de"), the languages
// that use it, and what it means.
template <class V>
struct PhraseRow {
    std::string_view text;
    unsigned langs;
    V value;
};

// The keys of a phrase, dashes dropped: "jusqu'à" -> {"jusqu'", "a"}.
std::vector<std::string> phrase_keys(std::string_view phrase);

// Tokens of `keys` matched at pos (dashes between words skipped); 0 when not.
std::size_t match_keys(TokenSpan tokens, std::size_t pos, const std::vector<std::string>& keys);

// A table of phrases matched against token streams, longest phrase first.
//
// Invariant: longest() tries only the rows whose first key is the token's
// (an index built once), in table order, so a lookup costs the few rows
// that can match, not the whole table: the span matchers ask every table at
// every token of a text, and that constant is most of their time.  The
// answer is the one a scan of every row gives (the first longest row).
template <class V>
class PhraseTable {
  public:
    struct Match {
        V value;
        std::size_t length;  // tokens consumed
    };

    PhraseTable(std::initializer_list<PhraseRow<V>> rows) {
        for (const auto& row : rows) rows_.push_back({phrase_keys(row.text), row.langs, row.value});
        for (std::size_t i = 0; i < rows_.size(); ++i)
            if (!rows_[i].keys.empty()) by_first_key_[rows_[i].keys.front()].push_back(i);
    }

    std::optional<Match> longest(TokenSpan tokens, std::size_t pos, Language language) const {
        std::optional<Match> best;
        if (pos >= tokens.size()) return best;
        const auto rows = by_first_key_.find(tokens[pos].key);
        if (rows == by_first_key_.end()) return best;
        for (const std::size_t i : rows->second) {
            const Compiled& row = rows_[i];
            if (!speaks(row.langs, language)) continue;
            const std::size_t n = match_keys(tokens, pos, row.keys);
            if (n > 0 && (!best || n > best->length)) best = Match{row.value, n};
        }
        return best;
    }

    // The whole span is exactly one phrase.
    std::optional<V> whole(TokenSpan tokens, Language language) const {
        const auto m = longest(tokens, 0, language);
        if (m && m->length == tokens.size()) return m->value;
        return std::nullopt;
    }

    // Every row, as (keys, langs, value): for tables derived from this one
    // and for tests that iterate the table itself.
    template <class F>
    void for_each_row(F&& f) const {
        for (const auto& row : rows_) f(row.keys, row.langs, row.value);
    }

  private:
    struct Compiled {
        std::vector<std::string> keys;
        unsigned langs;
        V value;
    };
    std::vector<Compiled> rows_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_key_;  // rows_ indices
};

}  // namespace factdb::lang
