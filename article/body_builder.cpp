// BodyBuilder: paragraphs appended in NFC with one blank line between them
// (see body_builder.h for the invariants).
#include "article/body_builder.h"

#include "text/unicode.h"

namespace factdb::article {

namespace {

// The paragraph with every line that holds only spaces or tabs removed, so
// that no "\n\n" (and no "\n  \n") survives inside it.  Lines with text are
// kept byte for byte.
std::string without_blank_lines(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t end = s.find('\n', i);
        if (end == std::string_view::npos) end = s.size();
        const std::string_view line = s.substr(i, end - i);
        if (!text::is_blank(line)) {
            if (!out.empty()) out += '\n';
            out.append(line);
        }
        i = end + 1;
    }
    return out;
}

}  // namespace

void BodyBuilder::add(std::string_view paragraph) {
    const std::string_view trimmed = text::trim_white_space(paragraph);
    if (trimmed.empty()) return;
    std::string nfc = text::nfc(trimmed.find('\n') == std::string_view::npos
                                    ? std::string(trimmed)
                                    : without_blank_lines(trimmed));
    // NFC never makes white space out of a letter, but a trimmed paragraph
    // may still end in a mark NFC leaves alone; trim again to be exact.
    const std::string_view kept = text::trim_white_space(nfc);
    if (kept.empty()) return;
    if (!text_.empty()) text_ += "\n\n";
    const std::size_t begin = text_.size();
    text_.append(kept);
    paragraphs_.push_back({begin, text_.size()});
}

}  // namespace factdb::article
