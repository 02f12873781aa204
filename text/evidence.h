// Finding a claim's evidence in its document, and the sentence around it.
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

namespace factdb::text {

// A span of the document text, in bytes (for slicing) and in code points
// (what is stored: SQLite's substr(text, start + 1, end - start) counts
// characters, so stored offsets reproduce the quote).
struct Span {
    std::size_t begin_byte = 0, end_byte = 0;  // [begin, end)
    std::size_t begin_char = 0, end_char = 0;  // [begin, end)
};

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

// The sentence (or sentences) containing span: from just after the previous
// sentence end (or the start of text) to the end of the sentence the span
// ends in, trimmed of white space.  Rules in sentences.cpp; in short, a
// sentence ends
//   * at a line break (single newline or blank line alike);
//   * after a run of terminators (. ! ? …) and the closing quotes and
//     brackets right after it (" ' ) ] » › ” ’, and » › also after a
//     no-break or plain space: "… fini. »"), all kept in the sentence, when
//     white space or the end of the text follows and, unless that white
//     space holds a line break, the first character after it is not a
//     lower-case letter ("etc. et", "? » a-t-il demandé" go on).
// A terminator run does not end a sentence when it is a single '.' after a
// single capital letter (an initial: "J. Doe") or after a title of the
// case-sensitive list in sentences.cpp ("M.", "Mme.", "Dr.", "Mr.", "St.",
// "vs."...), nor inside an elision mark "(…)", "[…]", "(...)".  "1.5" never
// ends one (no white space after the dot).  "etc.", "Inc.", "Corp." are not
// titles: followed by a capital they end the sentence.  The span is always
// contained whole, even when it crosses sentence ends.
Span sentence_around(std::string_view text, const Span& span);

}  // namespace factdb::text
