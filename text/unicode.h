// Unicode handling (through utf8proc): validation, NFC, and the folded keys
// used to match names case- and accent-insensitively.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace factdb::text {

// True when s is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Byte offset of the first invalid sequence; npos when valid.
std::size_t first_invalid_utf8(std::string_view s);

// NFC normalisation.  Precondition: valid UTF-8 (throws NormalizeError otherwise).
std::string nfc(std::string_view s);

// The key two spellings of a name share: NFKC, case-folded, accents (combining
// marks) removed, typographic apostrophes -> ', dashes and hyphens -> space,
// runs of white space (including U+00A0, U+202F) -> one space, trimmed.
//   fold_key("  Caroline-du-Nord ") == fold_key("caroline du nord")
//   fold_key("Québec") == "quebec"; fold_key("l’Ohio") == "l'ohio"
// Throws NormalizeError on invalid UTF-8.
std::string fold_key(std::string_view s);

// True when s holds nothing but Unicode White_Space (is_white_space below),
// or nothing at all.  Throws NormalizeError on invalid UTF-8.
bool is_blank(std::string_view s);

// s without its leading and trailing White_Space (a view into s).
// Throws NormalizeError on invalid UTF-8.
std::string_view trim_white_space(std::string_view s);

// NFC text with every run of White_Space made one space, trimmed: how names
// and free-text fields are stored and compared (the evidence matcher folds
// the same runs, so a name and its evidence agree on what a space is).
// Invalid UTF-8 is returned unchanged, for the caller's validation to
// report where it is.
std::string squash_white_space(std::string_view s);

// Each code point in its simple upper-case mapping (one code point for one:
// "ß" becomes "ẞ", never "SS"), for matching words written in capitals
// ("MAY").
// Throws NormalizeError on invalid UTF-8.
std::string to_upper(std::string_view s);

// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view s);

// One code point decoded from UTF-8: its value and its length in bytes.
struct CodePoint {
    char32_t value = 0;
    std::size_t size = 0;
};

// The code point starting at byte i of s (i < s.size()).  Throws
// NormalizeError("invalid UTF-8 at byte N") when the sequence there is invalid.
CodePoint decode_at(std::string_view s, std::size_t i);

// Byte offset of the code point that ends just before byte i (0 < i <= s.size()).
// Precondition: s is valid UTF-8 and i is a code point boundary.
std::size_t previous_boundary(std::string_view s, std::size_t i);

// Character classes shared by the matchers (evidence, modality, places).
bool is_white_space(char32_t c);  // Unicode White_Space: Zs, Zl, Zp, TAB..CR, U+0085
bool is_line_break(char32_t c);   // LF, VT, FF, CR, U+0085, U+2028, U+2029
bool is_apostrophe(char32_t c);   // ' and its typographic forms U+2019, U+2018, U+02BC
bool is_dash(char32_t c);         // '-', U+2010..U+2015, U+2212
bool is_letter(char32_t c);       // general category L*
bool is_upper(char32_t c);        // general category Lu
bool is_lower(char32_t c);        // general category Ll
bool is_word_char(char32_t c);    // L*, M*, N*: what a word is made of

}  // namespace factdb::text
