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
    for (char& c : s) {
        if (c == '\n' || c == '\r' || (c == '\t' && tabs == Tabs::to_spaces)) c = ' ';
    }
    return s;
}

}  // namespace factdb::text
