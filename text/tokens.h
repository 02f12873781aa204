// The one tokenizer of running text, and the one classification of
// characters that every reader of text in factdb uses: the normalisers
// (lang/tokens.h builds its number-aware tokens from these), modality cues
// (lang/modality.cpp), evidence location (text/evidence.cpp) and folded keys
// (text/unicode.h).
//
// Invariants:
//  * white space is Unicode White_Space (text::is_white_space): ASCII
//    space, tab and line breaks, U+00A0, U+2002-U+200A, U+202F, U+3000 and
//    the rest; it separates tokens and is never a token;
//  * inside a figure, only horizontal white space may group digits
//    ("1 250 000" with any of U+0020, U+00A0, U+2007, U+2009, U+202F,
//    U+2002...): is_figure_space(); a line break or a tab never does;
//  * every code point of the text belongs to exactly one token or to the
//    white space between two, so tokens tile the text's non-space parts and
//    their byte ranges map a match back to the text exactly;
//  * a token's key is its fold_key() (case-folded, accents stripped, NFKC),
//    computed on demand by the readers that compare words.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace factdb::text {

enum class CharClass {
    space,       // Unicode White_Space
    apostrophe,  // ' U+2019 U+2018 U+02BC (U+02BC is a letter for Unicode, not for us)
    dash,        // - U+2010..U+2015 U+2212
    digit,       // ASCII 0-9: the digits figures are written with
    letter,      // general categories L* and M* (marks stay inside their word)
    numeral,     // any other N* ("²", "½", non-ASCII digits): part of a word for cue matching
    other,       // everything else: punctuation, symbols ($ € % ...), controls
};

// The class of a code point (the rules above, in that order).
CharClass classify(char32_t c);

// Horizontal white space that may group the digits of a figure: White_Space
// that is neither a line break nor a tab.
bool is_figure_space(char32_t c);

struct Token {
    enum class Kind {
        word,        // a maximal run of letters
        digits,      // a maximal run of ASCII digits
        numeral,     // a maximal run of other numerals
        apostrophe,  // one apostrophe
        dash,        // one dash
        symbol,      // one other code point
    };
    Kind kind = Kind::word;
    std::size_t begin = 0, end = 0;  // bytes of the text, [begin, end)
    bool space_before = false;       // white space (or nothing: the text's start) precedes it
    bool space_after = false;        // white space (or the text's end) follows it

    std::string_view raw(std::string_view text) const { return text.substr(begin, end - begin); }
};

// The tokens of text, in order.  Throws NormalizeError("invalid UTF-8 at
// byte N") at the first invalid sequence.  O(n) time, one token per
// non-space run or code point.
std::vector<Token> tokenize(std::string_view text);

}  // namespace factdb::text
