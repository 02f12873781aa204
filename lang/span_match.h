// What every span matcher of lang/ returns, and how to turn a match into
// offsets of the caller's text.
//
// The span matchers (match_money, match_count, match_year, match_percent,
// match_share, match_ratio, PlaceResolver::match) read running text: the
// caller tokenizes it once (tokenize_running_text in lang/tokens.h) and asks,
// token by token, whether a recogniser's value starts there.  A matcher
// takes the longest match that starts exactly at `position`, and returns
// nullopt when none does, also for text that starts like a value but is
// malformed ("$ florins", "-5 %"): running text is full of near misses, and
// only the whole-field parsers (parse_money...) say why.  A matcher never
// throws.
//
// Lifetimes: a match holds token indices and a view into the text the
// tokens were made from; it is valid as long as that text is.
#pragma once

#include <cstddef>
#include <string_view>

#include "lang/tokens.h"
#include "text/span.h"

namespace factdb::lang {

template <class V>
struct SpanMatch {
    std::size_t begin = 0, end = 0;  // the tokens matched, [begin, end) of the span searched
    std::string_view raw;  // the text from the first token to the last, as written (a view)
    V value;               // the normalised value
};

// Byte and code-point offsets, in text, of raw: a view into text (a match's
// raw, a token's raw).  O(length of text up to the end of raw).
// Precondition: raw lies within text, and text is valid UTF-8.
text::Span locate(std::string_view text, std::string_view raw);

// locate() for many views of one text in increasing order, as a scan left
// to right finds them: each call counts code points from the previous one,
// so a whole scan costs O(text).  A view before the previous one is counted
// from the start again.  The locator keeps a view of text: text must outlive it.
class Locator {
  public:
    explicit Locator(std::string_view text) : text_(text) {}
    text::Span operator()(std::string_view raw);

  private:
    std::string_view text_;
    std::size_t byte_ = 0, chars_ = 0;  // code points in text_[0, byte_)
};

}  // namespace factdb::lang
