// Finding a claim's evidence in its document (the sentence around it:
// text/sentences.h).
//
// Evidence must occur verbatim in the text after NFC (the caller passes NFC
// text and quote) and white-space folding: any run of white space (ASCII,
// U+00A0, U+202F, line breaks...) in either matches any run in the other, and
// typographic apostrophes (U+2019, U+2018, U+02BC) match '.  Leading and trailing
// white space of the quote is ignored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace factdb::text {

// Every non-overlapping occurrence of quote in text, in order.  An empty (or
// all-white-space) quote has no occurrence.  Folds the whole text on every
// call: to search one document for many quotes, build a FoldedText once.
std::vector<Span> find_occurrences(std::string_view text, std::string_view quote);

// A document folded once (white-space runs -> one space, typographic
// apostrophes -> ') with a map from folded bytes back to the text's byte and
// character offsets, so that each find() costs a search of the folded copy
// and nothing more.  Keeps no reference to the text.  Throws NormalizeError on
// invalid UTF-8 and on texts of 4 GiB or more (offsets are 32-bit).
class FoldedText {
  public:
    explicit FoldedText(std::string_view text);

    // Same result as find_occurrences(text, quote).
    std::vector<Span> find(std::string_view quote) const;

    std::size_t text_bytes() const { return byte_.back(); }
    std::size_t text_chars() const { return char_.back(); }

  private:
    std::string folded_;
    // For each byte of folded_, and one past its end: the byte and character
    // offset in the text where the folded unit containing it begins.
    std::vector<std::uint32_t> byte_;
    std::vector<std::uint32_t> char_;
};

}  // namespace factdb::text
