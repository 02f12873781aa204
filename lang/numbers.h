// Internal to lang/: numbers written with digits or with words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/tokens.h"

namespace factdb::lang {

// Reads the digits starting at text[pos] (an ASCII digit) with the
// language's separators; returns the byte just past the number and fills the
// integer and fraction digits.  Never throws.
std::size_t scan_digits(std::string_view text, std::size_t pos, Language language,
                        std::string& int_digits, std::string& frac_digits);

// A number written in words ("vingt-six", "quatre-vingt-dix-neuf", "deux
// cents", "trois mille", "twenty six", "a hundred", "trois millions sept
// cent mille").  nullopt when the tokens at pos do not start one.
struct WordNumber {
    std::int64_t value;
    std::size_t length;  // tokens consumed
    // The power of the last scale word read inside the number ("trois
    // millions" -> 6), 0 when none: the grammar takes no second scale after
    // one ("deux millions millions"), and a range's low end borrows it.
    int scale = 0;
};
// The most tokens one reading of number words may look at, from pos.  The
// longest value that fits in int64, spelt with every dash the 1990 spelling
// allows ("huit-trillions-neuf-cent-quatre-vingt-dix-neuf-billiards-...",
// 8999999999999999999), takes 85 tokens, 43 of them words; the bound leaves
// room for it and makes one reading cost a constant whatever follows, so
// scanning a whole article with the span matchers (a reading at every
// token) stays linear even if the grammar ever learns a longer form.  A
// reading never sees past the bound: a number cut there ends there.
inline constexpr std::size_t kMaxNumberTokens = 96;
std::optional<WordNumber> parse_number_words(TokenSpan tokens, std::size_t pos, Language language);

}  // namespace factdb::lang
