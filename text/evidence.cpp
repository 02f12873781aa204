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
//     each search is O(n) with Boyer-Moore-Horspool.
#include "text/evidence.h"

#include <algorithm>
#include <functional>
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

FoldedText::FoldedText(std::string_view text) {
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

std::vector<Span> FoldedText::find(std::string_view quote) const {
    std::vector<Span> out;
    const std::string needle = fold_quote(quote);
    if (needle.empty()) return out;
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    auto from = folded_.begin();
    while (true) {
        const auto hit = std::search(from, folded_.end(), searcher);
        if (hit == folded_.end()) break;
        const auto begin = static_cast<std::size_t>(hit - folded_.begin());
        const std::size_t end = begin + needle.size();
        // The unit after the match starts where the match's last unit ends,
        // because units tile the text.
        out.push_back({byte_[begin], byte_[end], char_[begin], char_[end]});
        from = hit + static_cast<std::ptrdiff_t>(needle.size());
    }
    return out;
}

std::vector<Span> find_occurrences(std::string_view text, std::string_view quote) {
    // Folding an empty quote is free; folding a 1 MB text is not.
    if (fold_quote(quote).empty()) return {};
    return FoldedText(text).find(quote);
}

}  // namespace factdb::text
