// The .txt reader: paragraphs are blocks of lines separated by blank lines
// (lines of white space only), kept byte for byte inside; the first line is
// the title when it stands alone, followed by a blank line.  The title's
// paragraph stays in the body: a .txt is its own text_file, and the
// hand-written claims of tests/extraction/ quote their titles.
#include <string>
#include <string_view>

#include "article/source_parts.h"
#include "text/unicode.h"

namespace factdb::article {

std::string normalise_line_breaks(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\r') {
            out += c;
            continue;
        }
        out += '\n';
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    }
    return out;
}

void read_text(std::string_view text, SourceParts& out) {
    std::size_t i = 0;
    std::size_t paragraph_begin = std::string_view::npos;
    std::size_t paragraph_end = 0;   // end of the last non-blank line seen
    std::size_t lines_in_first = 0;  // lines of the first paragraph
    bool first = true;
    auto flush = [&] {
        if (paragraph_begin == std::string_view::npos) return;
        const std::string_view paragraph =
            text.substr(paragraph_begin, paragraph_end - paragraph_begin);
        if (first) {
            first = false;
            if (lines_in_first == 1) out.title = std::string(text::trim_white_space(paragraph));
        }
        out.body.add(paragraph);
        paragraph_begin = std::string_view::npos;
    };
    while (i <= text.size()) {
        std::size_t end = text.find('\n', i);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(i, end - i);
        if (text::is_blank(line)) {
            flush();
        } else {
            if (paragraph_begin == std::string_view::npos) paragraph_begin = i;
            paragraph_end = end;
            if (first) ++lines_in_first;
        }
        i = end + 1;
    }
    flush();
    // A lone line with nothing after it is the body, not a title.
    if (out.body.paragraphs().size() < 2) out.title.clear();
}

}  // namespace factdb::article
