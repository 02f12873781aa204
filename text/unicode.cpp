// Unicode services for every reader of text, all backed by utf8proc so that no Unicode
// data is copied by hand into factdb.
//
// Invariants:
//   * every function that takes text validates it first and reports the first
//     bad byte as NormalizeError("invalid UTF-8 at byte N") (N counts from 0);
//     nothing is ever silently replaced;
//   * fold_key is idempotent (fold_key(fold_key(s)) == fold_key(s)) and its
//     output is NFC-stable, so folded keys can be stored and compared bytewise;
//   * the only hand-written character lists are the small ones the project
//     defines itself (apostrophes, dashes, line breaks), kept as tables below.
#include "text/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

#include "errors/error.h"

namespace factdb::text {
namespace {

// Typographic apostrophes written for ': folded to ASCII so "l’Ohio" and
// "l'Ohio" are the same key and the same evidence.
constexpr std::array<char32_t, 4> kApostrophes = {U'\'', U'\u2019', U'\u2018', U'\u02BC'};

// Hyphens, dashes and the minus sign: word joiners in names ("Caroline-du-Nord")
// that writers use inconsistently, so keys treat them as spaces.
constexpr std::array<std::pair<char32_t, char32_t>, 3> kDashRanges = {{
    {U'-', U'-'},
    {U'\u2010', U'\u2015'},
    {U'\u2212', U'\u2212'},
}};

// Characters after which a new line starts; VT and FF included because some
// extraction tools emit them for page and paragraph breaks.
constexpr std::array<char32_t, 7> kLineBreaks = {U'\n',     U'\v',     U'\f',    U'\r',
                                                 U'\u0085', U'\u2028', U'\u2029'};

// Code points that are their own NFC whatever surrounds them: no canonical
// decomposition other than to themselves composed, combining class 0, and
// never the second half of a composition (NFC_Quick_Check = Yes).  Every
// code point below U+0300 is one (the first that is not is U+0300, the
// combining grave accent); above, only the punctuation French and English
// news text is full of.  Text made only of these is returned as is,
// without utf8proc's decompose-and-recompose (the bulk of a re-load's
// normalising time).
constexpr char32_t kNfcStableBelow = 0x300;
constexpr std::array<char32_t, 10> kNfcStable = {U'\u2013', U'\u2014', U'\u2018', U'\u2019',
                                                 U'\u201C', U'\u201D', U'\u2026', U'\u202F',
                                                 U'\u20AC', U'\u2022'};

[[noreturn]] void throw_invalid(std::size_t at) {
    throw NormalizeError("invalid UTF-8 at byte " + std::to_string(at));
}

// utf8proc allocates with malloc; the deleter returns it to the same allocator.
struct FreeDeleter {
    void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

std::string map(std::string_view s, int options) {
    if (const std::size_t bad = first_invalid_utf8(s); bad != std::string_view::npos) {
        throw_invalid(bad);
    }
    utf8proc_uint8_t* out = nullptr;
    const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                            static_cast<utf8proc_ssize_t>(s.size()), &out,
                                            static_cast<utf8proc_option_t>(options));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(out);
    if (n < 0)
        throw NormalizeError(std::string("unicode normalisation failed: ") + utf8proc_errmsg(n));
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

void append_utf8(std::string& out, char32_t c) {
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

utf8proc_category_t category(char32_t c) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    std::size_t i = 0;
    while (i < s.size()) {
        utf8proc_int32_t c = 0;
        // The remaining length bounds the read, so a truncated sequence at the
        // end is reported instead of being read past.
        const utf8proc_ssize_t n =
            utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &c);
        if (n <= 0) return i;
        i += static_cast<std::size_t>(n);
    }
    return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) {
    return first_invalid_utf8(s) == std::string_view::npos;
}

std::string nfc(std::string_view s) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    for (std::size_t i = 0; i < s.size();) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        utf8proc_int32_t c = 0;
        const utf8proc_ssize_t n =
            utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &c);
        if (n <= 0) throw_invalid(i);
        const auto cp = static_cast<char32_t>(c);
        if (cp >= kNfcStableBelow &&
            std::find(kNfcStable.begin(), kNfcStable.end(), cp) == kNfcStable.end()) {
            return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        }
        i += static_cast<std::size_t>(n);
    }
    return std::string(s);
}

namespace {

// fold_key of ASCII text, without utf8proc: for ASCII the mapping below is
// lower case, and the white-space, dash and apostrophe rules are the same.
// Most words of French and English text are ASCII, and every cue and
// normaliser token is folded, so this is most of fold_key's work.
std::string fold_ascii(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (const char ch : s) {
        const auto c = static_cast<char32_t>(static_cast<unsigned char>(ch));
        if (is_white_space(c) || is_dash(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return out;
}

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

}  // namespace

std::string fold_key(std::string_view s) {
    if (is_ascii(s)) return fold_ascii(s);
    // IGNORE drops default-ignorable code points (soft hyphen, zero-width
    // joiners) that are invisible to readers and so must not split keys.
    const std::string mapped = map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                          UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    std::string out;
    out.reserve(mapped.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < mapped.size();) {
        const CodePoint cp = decode_at(mapped, i);
        i += cp.size;
        if (is_white_space(cp.value) || is_dash(cp.value)) {
            pending_space = !out.empty();  // leading separators vanish (trim)
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        if (is_apostrophe(cp.value)) {
            out += '\'';
        } else {
            append_utf8(out, cp.value);
        }
    }
    return out;  // trailing separators were never written
}

std::string_view trim_white_space(std::string_view s) {
    while (!s.empty()) {
        const CodePoint cp = decode_at(s, 0);
        if (!is_white_space(cp.value)) break;
        s.remove_prefix(cp.size);
    }
    while (!s.empty()) {
        const std::size_t last = previous_boundary(s, s.size());
        if (!is_white_space(decode_at(s, last).value)) break;
        s.remove_suffix(s.size() - last);
    }
    return s;
}

std::string squash_white_space(std::string_view s) {
    if (!is_valid_utf8(s)) return std::string(s);
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size();) {
        const CodePoint cp = decode_at(s, i);
        if (is_white_space(cp.value)) {
            pending_space = !out.empty();
        } else {
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.append(s.substr(i, cp.size));
        }
        i += cp.size;
    }
    return nfc(out);
}

std::string to_upper(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const CodePoint cp = decode_at(s, i);
        append_utf8(out, static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp.value))));
        i += cp.size;
    }
    return out;
}

bool is_blank(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const CodePoint cp = decode_at(s, i);
        if (!is_white_space(cp.value)) return false;
        i += cp.size;
    }
    return true;
}

std::size_t count_code_points(std::string_view s) {
    // Every code point has exactly one byte that is not a continuation byte.
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char b) { return (static_cast<unsigned char>(b) & 0xC0) != 0x80; }));
}

CodePoint decode_at(std::string_view s, std::size_t i) {
    // An ASCII byte is a whole code point: most of French and English text,
    // read without a call into utf8proc.
    if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0x80) == 0)
        return {static_cast<char32_t>(static_cast<unsigned char>(s[i])), 1};
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                         static_cast<utf8proc_ssize_t>(s.size() - i), &c);
    if (n <= 0) throw_invalid(i);
    return {static_cast<char32_t>(c), static_cast<std::size_t>(n)};
}

std::size_t previous_boundary(std::string_view s, std::size_t i) {
    do {
        --i;
    } while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
    return i;
}

// The ASCII answers below are Unicode's (U+0020 is the only ASCII Zs; A-Z
// are Lu, a-z Ll, 0-9 Nd, the rest of ASCII controls, punctuation and
// symbols), given without a table look-up: every token of every text asks.
bool is_white_space(char32_t c) {
    if ((c >= U'\t' && c <= U'\r') || c == U'\u0085') return true;
    if (c < 0x80) return c == U' ';
    const auto cat = category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
           cat == UTF8PROC_CATEGORY_ZP;
}

bool is_line_break(char32_t c) {
    return std::find(kLineBreaks.begin(), kLineBreaks.end(), c) != kLineBreaks.end();
}

bool is_apostrophe(char32_t c) {
    return std::find(kApostrophes.begin(), kApostrophes.end(), c) != kApostrophes.end();
}

bool is_dash(char32_t c) {
    return std::any_of(kDashRanges.begin(), kDashRanges.end(),
                       [c](const auto& r) { return c >= r.first && c <= r.second; });
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    const auto cat = category(c);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= U'A' && c <= U'Z';
    return category(c) == UTF8PROC_CATEGORY_LU;
}

bool is_lower(char32_t c) {
    if (c < 0x80) return c >= U'a' && c <= U'z';
    return category(c) == UTF8PROC_CATEGORY_LL;
}

bool is_word_char(char32_t c) {
    if (c < 0x80) return is_letter(c) || (c >= U'0' && c <= U'9');
    const auto cat = category(c);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;
}

}  // namespace factdb::text
