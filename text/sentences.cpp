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

}  // namespace

Span sentence_around(std::string_view text, const Span& span) {
    if (span.begin_byte > span.end_byte || span.end_byte > text.size() ||
        !is_boundary(text, span.begin_byte) || !is_boundary(text, span.end_byte)) {
        throw NormalizeError("evidence span outside the text or not on character boundaries");
    }
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
