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
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "errors/error.h"
#include "text/span.h"

namespace factdb::text {

// Every non-overlapping occurrence of quote in text, in order.  An empty (or
// all-white-space) quote has no occurrence.  Folds the whole text on every
// call: to search one document for many quotes, build a FoldedText once.
std::vector<Span> find_occurrences(std::string_view text, std::string_view quote);

// How often a quote occurs (non-overlapping, left to right) and, when asked
// for and present, one of those occurrences.
struct Occurrences {
    std::size_t count = 0;
    std::optional<Span> chosen;  // the occurrence numbered `index` (0-based), if count > index
};

// A document folded once (white-space runs -> one space, typographic
// apostrophes -> ') with a map from folded bytes back to the text's byte and
// character offsets, so that each search costs one linear scan of the folded
// copy and nothing more.  Keeps no reference to the text.  Throws
// NormalizeError on invalid UTF-8 and on texts of 4 GiB or more (offsets are
// 32-bit).
//
// Cost: building is O(n) time and about 9n bytes; every search is
// O(n + m) whatever the text and the quote (Knuth-Morris-Pratt: never more
// than 2n + m byte comparisons), so no quote can make a search quadratic.
// locate() remembers its answers: a quote asked again (several claims on one
// sentence) costs a hash lookup.  Not thread-safe (the memo); one FoldedText
// belongs to the one thread normalising its document.
//
// Budget: a document with k distinct quotes costs k scans, O(k * n).  So
// that no document can hold the write lock for long, a FoldedText may be
// given the most bytes its scans may examine in all (each scan counts as the
// folded text's size plus the quote's); locate() throws SearchBudgetError
// rather than start a scan beyond it.  Unlimited by default.
class FoldedText {
  public:
    explicit FoldedText(std::string_view text,
                        std::size_t scan_budget = std::numeric_limits<std::size_t>::max());

    // Same result as find_occurrences(text, quote).
    std::vector<Span> find(std::string_view quote) const;

    // The number of occurrences of quote and the one numbered index: the
    // same as find(quote).size() and find(quote)[index], without keeping
    // every occurrence (a one-letter quote in a 16 MiB text has millions).
    Occurrences locate(std::string_view quote, std::size_t index) const;

    std::size_t text_bytes() const { return byte_.back(); }
    std::size_t folded_bytes() const { return folded_.size(); }
    std::size_t scanned_bytes() const { return scanned_; }  // counted against the budget
    std::size_t scans() const { return scans_; }
    std::size_t text_chars() const { return char_.back(); }

  private:
    // Calls hit(begin) at each non-overlapping occurrence of needle (folded,
    // non-empty) in folded_, left to right; stops when hit returns false.
    template <typename Hit>
    void scan(std::string_view needle, Hit hit) const;
    Span span_at(std::size_t begin, std::size_t size) const;

    std::string folded_;
    // For each byte of folded_, and one past its end: the byte and character
    // offset in the text where the folded unit containing it begins.
    std::vector<std::uint32_t> byte_;
    std::vector<std::uint32_t> char_;
    // locate()'s answers by folded quote and index.  Bounded by the claims
    // that asked: each entry holds its own quote, so the memo is never more
    // than the claims' evidence bytes.
    mutable std::unordered_map<std::string, std::unordered_map<std::size_t, Occurrences>> memo_;
    std::size_t scan_budget_;
    mutable std::size_t scanned_ = 0;
    mutable std::size_t scans_ = 0;
};

// Thrown by FoldedText::locate when a scan would go past the budget.
class SearchBudgetError : public NormalizeError {
  public:
    using NormalizeError::NormalizeError;
};

}  // namespace factdb::text
