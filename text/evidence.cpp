// Locating a claim's quote in its document despite white-space and apostrophe
// differences, and reporting where it is in the document's own characters.
//
// Invariants:
//   * text and quote are folded by the same function (fold_unit below), so a
//     match of the folded quote in the folded text is exactly a match under
//     the rules of evidence.h;
//   * a match always starts and ends on a code-point boundary of the text:
//     folded copies are valid UTF-8 and UTF-8 is self-synchronising, and every
//     text byte belongs to exactly one folded unit, so unit starts map back to
//     the text without gaps;
//   * the text is folded once per FoldedText (O(n) time, about 9n bytes), and
//     each search is O(n + m) in the worst case: Knuth-Morris-Pratt, with
//     memchr to skip to the quote's first byte while nothing is matched.
//     (Boyer-Moore-Horspool, used until issue 11, is O(n * m) on texts such
//     as n x "a" searched for "b" + m x "a": seconds for a 240 KB file.)
#include "text/evidence.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "errors/error.h"
#include "text/unicode.h"

namespace factdb::text {
namespace {

// Calls emit(folded_bytes, begin_byte, begin_char) once per folded unit of s:
// a run of white space becomes " ", an apostrophe of any form becomes "'",
// any other code point is itself.  Throws NormalizeError on invalid UTF-8.
template <typename Emit>
void fold_units(std::string_view s, Emit emit) {
    std::size_t chars = 0;
    bool in_space = false;
    for (std::size_t i = 0; i < s.size();) {
        const CodePoint cp = decode_at(s, i);
        if (is_white_space(cp.value)) {
            if (!in_space) emit(std::string_view(" "), i, chars);
            in_space = true;
        } else {
            in_space = false;
            emit(is_apostrophe(cp.value) ? std::string_view("'") : s.substr(i, cp.size), i, chars);
        }
        i += cp.size;
        ++chars;
    }
}

std::string fold_quote(std::string_view quote) {
    std::string out;
    fold_units(quote, [&](std::string_view unit, std::size_t, std::size_t) { out += unit; });
    // A leading or trailing run is a single space after folding.
    if (!out.empty() && out.front() == ' ') out.erase(0, 1);
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

FoldedText::FoldedText(std::string_view text, std::size_t scan_budget) : scan_budget_(scan_budget) {
    if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
        throw NormalizeError("document text too long (4 GiB or more)");
    }
    folded_.reserve(text.size());
    byte_.reserve(text.size() + 1);
    char_.reserve(text.size() + 1);
    fold_units(text, [&](std::string_view unit, std::size_t begin_byte, std::size_t begin_char) {
        folded_ += unit;
        byte_.insert(byte_.end(), unit.size(), static_cast<std::uint32_t>(begin_byte));
        char_.insert(char_.end(), unit.size(), static_cast<std::uint32_t>(begin_char));
    });
    const std::size_t chars = count_code_points(text);
    // The sentinel: where a match that runs to the end of the folded copy ends.
    byte_.push_back(static_cast<std::uint32_t>(text.size()));
    char_.push_back(static_cast<std::uint32_t>(chars));
}

// Knuth-Morris-Pratt.  fail[q] is the length of the longest proper border
// (prefix that is also a suffix) of needle[0, q + 1).  Each text byte is
// looked at once when it extends a partial match, and at most once more per
// fall-back, and fall-backs never exceed advances: at most 2n + m steps.
// After a full match the search restarts empty at its end, which gives the
// non-overlapping occurrences left to right.
template <typename Hit>
void FoldedText::scan(std::string_view needle, Hit hit) const {
    const std::size_t m = needle.size();
    std::vector<std::size_t> fail(m, 0);
    for (std::size_t q = 1, k = 0; q < m; ++q) {
        while (k > 0 && needle[q] != needle[k]) k = fail[k - 1];
        if (needle[q] == needle[k]) ++k;
        fail[q] = k;
    }
    const char* const text = folded_.data();
    const std::size_t n = folded_.size();
    std::size_t q = 0;  // bytes of needle matched so far
    for (std::size_t i = 0; i < n;) {
        if (q == 0) {
            // Nothing matched: jump to the next candidate first byte.
            const void* next = std::memchr(text + i, needle[0], n - i);
            if (next == nullptr) return;
            i = static_cast<std::size_t>(static_cast<const char*>(next) - text);
        }
        if (text[i] == needle[q]) {
            ++i;
            if (++q == m) {
                if (!hit(i - m)) return;
                q = 0;
            }
        } else if (q > 0) {
            q = fail[q - 1];
        } else {
            ++i;
        }
    }
}

Span FoldedText::span_at(std::size_t begin, std::size_t size) const {
    // The unit after the match starts where the match's last unit ends,
    // because units tile the text.
    const std::size_t end = begin + size;
    return {byte_[begin], byte_[end], char_[begin], char_[end]};
}

std::vector<Span> FoldedText::find(std::string_view quote) const {
    std::vector<Span> out;
    const std::string needle = fold_quote(quote);
    if (needle.empty()) return out;
    scan(needle, [&](std::size_t begin) {
        out.push_back(span_at(begin, needle.size()));
        return true;
    });
    return out;
}

Occurrences FoldedText::locate(std::string_view quote, std::size_t index) const {
    std::string needle = fold_quote(quote);
    if (needle.empty()) return {};
    auto& by_index = memo_[needle];
    if (const auto it = by_index.find(index); it != by_index.end()) return it->second;
    const std::size_t cost = folded_.size() + needle.size();
    if (cost > scan_budget_ - std::min(scanned_, scan_budget_)) {
        throw SearchBudgetError("searching the text again would examine more than " +
                                std::to_string(scan_budget_) + " bytes in all (" +
                                std::to_string(scans_) + " searches of " +
                                std::to_string(folded_.size()) + " bytes so far)");
    }
    scanned_ += cost;
    ++scans_;
    Occurrences out;
    scan(needle, [&](std::size_t begin) {
        if (out.count == index) out.chosen = span_at(begin, needle.size());
        ++out.count;
        return true;
    });
    by_index.emplace(index, out);
    return out;
}

std::vector<Span> find_occurrences(std::string_view text, std::string_view quote) {
    // Folding an empty quote is free; folding a 1 MB text is not.
    if (fold_quote(quote).empty()) return {};
    return FoldedText(text).find(quote);
}

}  // namespace factdb::text
