// Sentence boundaries around a span of a document (sentence_around in
// evidence.h): the sentence is what modality cues are read from and what is
// stored with each piece of evidence.
//
// A sentence ends
//   * at a line break (a single newline or a blank line alike: extracted
//     articles put headings, captions and list items on lines of their own);
//   * after a run of terminators (. ! ? …), together with the closing quotes
//     and brackets that follow it ("… fini. »" keeps its guillemet, even after
//     the French no-break space), when what follows is white space or the end
//     of the text, and the next word does not start with a lower-case letter
//     ("etc. et", "Pourquoi ? » a-t-il demandé" go on).
// A terminator run does not end a sentence
//   * when it is one '.' after a single capital letter: an initial ("J. Doe");
//   * when it is one '.' after a title in kTitles ("M. Dupont", "Dr. Who");
//   * inside an elision mark "(…)", "[…]", "(...)".
// "1.5" never ends a sentence since no white space follows the dot.
// "etc.", "Inc.", "Corp." are not titles: they end a sentence exactly when the
// general rule says so (followed by a capital), because they end sentences
// often enough in news text ("… Apple Inc. Le groupe…").
//
// Invariants: the result contains the span, starts and ends on code-point
// boundaries, and has no white space at either end.  Only the span's byte
// offsets are read; its character offsets are recomputed.
#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

#include "errors/error.h"
#include "text/sentences.h"
#include "text/unicode.h"

namespace factdb::text {
namespace {

constexpr std::array<char32_t, 4> kTerminators = {U'.', U'!', U'?', U'\u2026'};

// What may close a quotation or parenthesis after the final punctuation.
constexpr std::array<char32_t, 8> kClosers = {U'"',      U'\'',     U')',      U']',
                                              U'\u00BB', U'\u203A', U'\u201D', U'\u2019'};

// Closers that French typography separates from the text by a (no-break)
// space: « Il a dit oui. »
constexpr std::array<char32_t, 2> kSpacedClosers = {U'\u00BB', U'\u203A'};

// Brackets of an elision mark "(…)" / "[…]": the omitted text is mid-sentence.
constexpr std::array<std::pair<char32_t, char32_t>, 2> kElisionBrackets = {{
    {U'(', U')'},
    {U'[', U']'},
}};

// Abbreviations written before a name: their dot never ends a sentence.
// Case-sensitive, as written before the dot.
constexpr std::array<std::string_view, 22> kTitles = {
    "M",  "MM",  "Mme", "Mmes",   "Mlle", "Mlles", "Mgr", "Dr",  "Drs", "Pr", "Prof",
    "Mr", "Mrs", "Ms",  "Messrs", "St",   "Ste",   "Sen", "Rep", "Gov", "vs", "cf",
};

template <std::size_t N>
bool contains(const std::array<char32_t, N>& set, char32_t c) {
    return std::find(set.begin(), set.end(), c) != set.end();
}

bool is_terminator(char32_t c) {
    return contains(kTerminators, c);
}

char32_t at(std::string_view s, std::size_t i) {
    return decode_at(s, i).value;
}

// The word (letters only) that ends at byte `end`.
std::string_view word_before(std::string_view s, std::size_t end) {
    std::size_t begin = end;
    while (begin > 0) {
        const std::size_t prev = previous_boundary(s, begin);
        if (!is_letter(at(s, prev))) break;
        begin = prev;
    }
    return s.substr(begin, end - begin);
}

bool is_elision(std::string_view s, std::size_t run_begin, std::size_t run_end) {
    if (run_begin == 0 || run_end >= s.size()) return false;
    const char32_t before = at(s, previous_boundary(s, run_begin));
    const char32_t after = at(s, run_end);
    return std::any_of(kElisionBrackets.begin(), kElisionBrackets.end(),
                       [&](const auto& b) { return b.first == before && b.second == after; });
}

bool blocks_single_dot(std::string_view s, std::size_t dot) {
    const std::string_view word = word_before(s, dot);
    if (word.empty()) return false;
    const CodePoint first = decode_at(word, 0);
    if (first.size == word.size() && is_upper(first.value)) return true;  // an initial
    return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end();
}

// If the terminator run starting at byte run_begin ends a sentence, the byte
// just after its punctuation and closers; npos otherwise.
std::size_t sentence_end_at(std::string_view s, std::size_t run_begin) {
    std::size_t p = run_begin;
    while (p < s.size() && is_terminator(at(s, p))) p += decode_at(s, p).size;
    if (is_elision(s, run_begin, p)) return std::string_view::npos;
    if (p == run_begin + 1 && s[run_begin] == '.' && blocks_single_dot(s, run_begin)) {
        return std::string_view::npos;
    }
    // Closers, and a spaced closer after horizontal white space.
    while (p < s.size()) {
        const CodePoint cp = decode_at(s, p);
        if (contains(kClosers, cp.value)) {
            p += cp.size;
            continue;
        }
        std::size_t q = p;
        while (q < s.size() && is_white_space(at(s, q)) && !is_line_break(at(s, q))) {
            q += decode_at(s, q).size;
        }
        if (q > p && q < s.size() && contains(kSpacedClosers, at(s, q))) {
            p = q;
            continue;
        }
        break;
    }
    if (p == s.size()) return p;
    if (!is_white_space(at(s, p))) return std::string_view::npos;
    std::size_t q = p;
    bool line_break = false;
    while (q < s.size()) {
        const CodePoint cp = decode_at(s, q);
        if (!is_white_space(cp.value)) break;
        line_break = line_break || is_line_break(cp.value);
        q += cp.size;
    }
    if (!line_break && q < s.size() && is_lower(at(s, q))) return std::string_view::npos;
    return p;
}

std::size_t terminator_run_begin(std::string_view s, std::size_t i) {
    while (i > 0) {
        const std::size_t prev = previous_boundary(s, i);
        if (!is_terminator(at(s, prev))) break;
        i = prev;
    }
    return i;
}

std::size_t find_start(std::string_view s, std::size_t limit) {
    std::size_t i = limit;
    while (i > 0) {
        const std::size_t prev = previous_boundary(s, i);
        const char32_t c = at(s, prev);
        if (is_line_break(c)) return i;
        if (is_terminator(c)) {
            const std::size_t run = terminator_run_begin(s, prev);
            const std::size_t end = sentence_end_at(s, run);
            if (end != std::string_view::npos && end <= limit) return end;
            i = run;
            continue;
        }
        i = prev;
    }
    return 0;
}

std::size_t find_end(std::string_view s, const Span& span) {
    std::size_t j = span.begin_byte;
    while (j < s.size()) {
        const CodePoint cp = decode_at(s, j);
        if (is_line_break(cp.value) && j >= span.end_byte) return j;
        if (is_terminator(cp.value)) {
            const std::size_t run = terminator_run_begin(s, j);
            const std::size_t end = sentence_end_at(s, run);
            if (end != std::string_view::npos && end >= span.end_byte) return end;
            while (j < s.size() && is_terminator(at(s, j))) j += decode_at(s, j).size;
            continue;
        }
        j += cp.size;
    }
    return s.size();
}

bool is_boundary(std::string_view s, std::size_t i) {
    return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// White-space runs at least this long are indexed by SentenceIndex; shorter
// ones are stepped over, so trimming a sentence end costs at most this many
// bytes plus a binary search.
constexpr std::size_t kLongWhite = 64;
constexpr std::size_t kCharStride = 128;  // bytes between SentenceIndex's character counts

void check_span(std::string_view text, const Span& span) {
    if (span.begin_byte > span.end_byte || span.end_byte > text.size() ||
        !is_boundary(text, span.begin_byte) || !is_boundary(text, span.end_byte)) {
        throw NormalizeError("evidence span outside the text or not on character boundaries");
    }
}

}  // namespace

SentenceIndex::SentenceIndex(std::string_view text) : text_(text) {
    if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
        throw NormalizeError("document text too long (4 GiB or more)");
    }
    const auto u32 = [](std::size_t v) { return static_cast<std::uint32_t>(v); };
    // One pass: a terminator run is examined once from its first byte (the
    // maximal run, as find_start and find_end see it), and sentence_end_at
    // reads only the run, its closers and the white space after it, so the
    // pass is linear.
    std::size_t white_begin = std::string_view::npos;
    chars_.reserve(text.size() / kCharStride + 1);
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = decode_at(text, i);
        if (is_white_space(cp.value)) {
            if (white_begin == std::string_view::npos) white_begin = i;
        } else if (white_begin != std::string_view::npos) {
            if (i - white_begin >= kLongWhite) long_white_.push_back({u32(white_begin), u32(i)});
            white_begin = std::string_view::npos;
        }
        if (is_line_break(cp.value)) {
            breaks_.push_back(u32(i));
            after_breaks_.push_back(u32(i + cp.size));
        } else if (is_terminator(cp.value) &&
                   (i == 0 || !is_terminator(at(text, previous_boundary(text, i))))) {
            const std::size_t end = sentence_end_at(text, i);
            if (end != std::string_view::npos) {
                std::size_t t = i;
                while (t < text.size() && is_terminator(at(text, t))) t += decode_at(text, t).size;
                run_ends_.push_back({u32(t), u32(end)});
            }
        }
        // A character count at every stride boundary this code point covers.
        while (chars_.size() * kCharStride <= i) chars_.push_back(u32(chars));
        ++chars;
        i += cp.size;
    }
    if (white_begin != std::string_view::npos && text.size() - white_begin >= kLongWhite) {
        long_white_.push_back({u32(white_begin), u32(text.size())});
    }
}

std::size_t SentenceIndex::char_offset(std::size_t byte) const {
    // chars_[k] counts the code points before the first code point that
    // starts at or after byte k * stride.
    std::size_t k = byte / kCharStride;
    if (k >= chars_.size()) k = chars_.empty() ? 0 : chars_.size() - 1;
    std::size_t from = k * kCharStride;
    std::size_t count = chars_.empty() ? 0 : chars_[k];
    while (from < text_.size() && !is_boundary(text_, from)) ++from;
    if (from > byte) return count;  // byte is inside the code point before `from`: not a boundary
    return count + count_code_points(text_.substr(from, byte - from));
}

std::size_t SentenceIndex::skip_white_forward(std::size_t p, std::size_t limit) const {
    // A long run containing p is jumped over; a short one is stepped over.
    const auto it = std::upper_bound(long_white_.begin(), long_white_.end(), p,
                                     [](std::size_t v, const WhiteRun& r) { return v < r.begin; });
    if (it != long_white_.begin() && p < std::prev(it)->end) {
        return std::min<std::size_t>(std::prev(it)->end, limit);
    }
    while (p < limit && is_white_space(at(text_, p))) p += decode_at(text_, p).size;
    return std::min(p, limit);
}

std::size_t SentenceIndex::skip_white_backward(std::size_t p, std::size_t limit) const {
    // The run whose bytes include p - 1: the first run ending at or after p,
    // if it starts before p.
    const auto run = std::lower_bound(long_white_.begin(), long_white_.end(), p,
                                      [](const WhiteRun& r, std::size_t v) { return r.end < v; });
    if (p > 0 && run != long_white_.end() && run->begin < p && p <= run->end) {
        return std::max<std::size_t>(run->begin, limit);
    }
    while (p > limit) {
        const std::size_t prev = previous_boundary(text_, p);
        if (!is_white_space(at(text_, prev))) break;
        p = prev;
    }
    return std::max(p, limit);
}

Span SentenceIndex::around(const Span& span) const {
    check_span(text_, span);
    // The start: the last sentence end or line break at or before the span
    // (see find_start: both kinds of point grow with their position, so the
    // nearest one before the span is the greatest).
    std::size_t begin = 0;
    {
        auto r = std::upper_bound(run_ends_.begin(), run_ends_.end(), span.begin_byte,
                                  [](std::size_t v, const RunEnd& e) { return v < e.end; });
        if (r != run_ends_.begin()) begin = std::max<std::size_t>(begin, std::prev(r)->end);
        auto b = std::upper_bound(after_breaks_.begin(), after_breaks_.end(), span.begin_byte);
        if (b != after_breaks_.begin()) begin = std::max<std::size_t>(begin, *std::prev(b));
    }
    // The end: the first line break at or after the span's end, or the first
    // sentence end at or after it among the runs that reach into the span or
    // after it (find_end starts reading at the span's first byte).
    std::size_t end = text_.size();
    {
        auto b = std::lower_bound(breaks_.begin(), breaks_.end(), span.end_byte);
        if (b != breaks_.end()) end = std::min<std::size_t>(end, *b);
        auto r = std::lower_bound(run_ends_.begin(), run_ends_.end(), span.end_byte,
                                  [](const RunEnd& e, std::size_t v) { return e.end < v; });
        auto t = std::upper_bound(run_ends_.begin(), run_ends_.end(), span.begin_byte,
                                  [](std::size_t v, const RunEnd& e) {
                                      return v < e.terminators_end;
                                  });
        r = std::max(r, t);
        if (r != run_ends_.end()) end = std::min<std::size_t>(end, r->end);
    }
    begin = skip_white_forward(begin, end);
    end = skip_white_backward(end, begin);
    begin = std::min(begin, span.begin_byte);
    end = std::max(end, span.end_byte);
    const std::size_t begin_char = char_offset(begin);
    return {begin, end, begin_char, char_offset(end)};
}

Span sentence_around(std::string_view text, const Span& span) {
    check_span(text, span);
    std::size_t begin = find_start(text, span.begin_byte);
    std::size_t end = find_end(text, span);
    while (begin < end && is_white_space(at(text, begin))) begin += decode_at(text, begin).size;
    while (end > begin) {
        const std::size_t prev = previous_boundary(text, end);
        if (!is_white_space(at(text, prev))) break;
        end = prev;
    }
    // A span that itself starts or ends with white space stays whole.
    begin = std::min(begin, span.begin_byte);
    end = std::max(end, span.end_byte);
    const std::size_t begin_char = count_code_points(text.substr(0, begin));
    return {begin, end, begin_char,
            begin_char + count_code_points(text.substr(begin, end - begin))};
}

}  // namespace factdb::text
