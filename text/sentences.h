// Sentence bounds in running text, French and English: the sentence around
// a span of a document is what modality cues are read from and what an
// evidence row points into.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace factdb::text {

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
//
// Costs O(sentence + distance to the text's start) per call: to find the
// sentences of many spans of one document, build a SentenceIndex once.
Span sentence_around(std::string_view text, const Span& span);

// The sentence ends of one document, found in one pass, so that each
// around() costs O(log n) plus a bounded scan, whatever the sentence's size
// (issue 11: 500 claims in one 400 KB sentence re-scanned it 500 times).
// around(span) == sentence_around(text, span) for every span; the two are
// compared on every input by tests/text/sentences_test.cpp and fuzz_claims.
// Keeps a view of text: the text must outlive the index.  Building costs
// O(n) time and at most about n / 8 bytes (the points where a sentence may
// start or end, and a character count every 128 bytes).
class SentenceIndex {
  public:
    explicit SentenceIndex(std::string_view text);

    // Throws NormalizeError as sentence_around does.
    Span around(const Span& span) const;

  private:
    std::size_t skip_white_forward(std::size_t p, std::size_t limit) const;
    std::size_t skip_white_backward(std::size_t p, std::size_t limit) const;
    std::size_t char_offset(std::size_t byte) const;

    struct RunEnd {
        std::uint32_t terminators_end;  // byte after the run's last terminator
        std::uint32_t end;              // where the sentence it ends stops
    };
    struct WhiteRun {
        std::uint32_t begin, end;
    };

    std::string_view text_;
    std::vector<RunEnd> run_ends_;          // terminator runs that end a sentence, in order
    std::vector<std::uint32_t> breaks_;     // byte of each line-break character
    std::vector<std::uint32_t> after_breaks_;  // the byte after it
    std::vector<WhiteRun> long_white_;      // white-space runs of kLongWhite bytes or more
    std::vector<std::uint32_t> chars_;      // code points before byte 128 * i
};

}  // namespace factdb::text
