// One-line text (see lines.h).  Lengths count code points, not bytes, so
// accented French text is cut where a reader counts characters.
#include "text/lines.h"

#include "text/unicode.h"

namespace factdb::text {
namespace {

bool continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string shorten(const std::string& s, std::size_t max_chars) {
    if (max_chars == 0 || count_code_points(s) <= max_chars) return s;
    // Keep max_chars - 1 code points and leave room for the "…".
    std::size_t chars = 0, i = 0;
    for (; i < s.size() && chars + 1 < max_chars; ++chars) {
        ++i;
        while (i < s.size() && continuation_byte(s[i])) ++i;
    }
    return s.substr(0, i) + "…";
}

std::string one_line(std::string s, Tabs tabs) {
    // Every line break of text/unicode.h's is_line_break (LF, VT, FF, CR,
    // U+0085, U+2028, U+2029) by its bytes, so that text that is not valid
    // UTF-8 (SQL can make such TEXT) passes through unharmed.
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n' || c == '\v' || c == '\f' || c == '\r' ||
            (c == '\t' && tabs == Tabs::to_spaces)) {
            out += ' ';
        } else if (s.compare(i, 2, "\u0085") == 0) {
            out += ' ';
            i += 1;
        } else if (s.compare(i, 3, "\u2028") == 0 || s.compare(i, 3, "\u2029") == 0) {
            out += ' ';
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace factdb::text
