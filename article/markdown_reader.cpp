// The .md reader: Markdown blocks to paragraphs, Markdown syntax removed.
//
// Blocks (line by line, one pass):
//   * front matter: a first line "---" up to the next "---" or "..." line;
//     "title:" gives the title, "published:" or "date:" the date (YYYY-MM-DD
//     or a datetime; anything else is a published_problem); other keys are
//     ignored; none of it is body text;
//   * ATX headings ("## Text ##") and Setext headings (a line underlined by
//     "===" or "---") are paragraphs of their own; the document's title is
//     front matter's, else the text of a level-1 heading that is its first
//     block;
//   * a list item (-, *, + or 1. / 1) ) starts a paragraph of its own;
//   * block quote markers ('>') and indentation are removed;
//   * fenced code blocks (``` or ~~~) keep their lines verbatim as one
//     paragraph; thematic breaks (---, ***, ___), reference definitions
//     ("[id]: url") and HTML comments (<!-- ... -->, over lines too) are
//     dropped;
//   * any other run of non-blank lines is a paragraph, its line breaks kept.
// Each paragraph's inline syntax then goes through strip_markdown_inline.
#include <string>
#include <string_view>
#include <vector>

#include "article/markdown_inline.h"
#include "article/published_date.h"
#include "article/source_parts.h"
#include "text/unicode.h"

namespace factdb::article {

namespace {

std::string_view trim_ascii(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Up to three leading spaces removed (Markdown's block indentation).
std::string_view unindent(std::string_view line) {
    std::size_t n = 0;
    while (n < 3 && n < line.size() && line[n] == ' ') ++n;
    return line.substr(n);
}

// "<!-- ... -->" removed; the line breaks a comment held are kept, so that a
// comment spanning lines still separates what surrounds it.
std::string without_html_comments(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find("<!--", i);
        if (open == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, open - i));
        std::size_t close = text.find("-->", open + 4);
        const std::size_t end = close == std::string_view::npos ? text.size() : close + 3;
        for (std::size_t k = open; k < end; ++k) {
            if (text[k] == '\n') out += '\n';
        }
        i = end;
    }
    return out;
}

// A line of three or more '-', '*' or '_' (the same one), spaces allowed.
char thematic_break(std::string_view line) {
    line = trim_ascii(line);
    if (line.empty()) return 0;
    const char c = line.front();
    if (c != '-' && c != '*' && c != '_') return 0;
    int count = 0;
    for (const char ch : line) {
        if (ch == c)
            ++count;
        else if (ch != ' ' && ch != '\t')
            return 0;
    }
    return count >= 3 ? c : 0;
}

bool all_of_char(std::string_view line, char c) {
    line = trim_ascii(line);
    if (line.empty()) return false;
    for (const char ch : line) {
        if (ch != c) return false;
    }
    return true;
}

// The heading level (1-6) of an ATX heading line and its text, or 0.
int atx_heading(std::string_view line, std::string_view& text) {
    line = unindent(line);
    int level = 0;
    while (level < static_cast<int>(line.size()) && line[level] == '#') ++level;
    if (level == 0 || level > 6) return 0;
    if (static_cast<std::size_t>(level) < line.size() && line[level] != ' ' && line[level] != '\t')
        return 0;
    std::string_view rest = trim_ascii(line.substr(level));
    // A closing sequence of '#' preceded by a space is not text.
    std::size_t end = rest.size();
    while (end > 0 && rest[end - 1] == '#') --end;
    if (end == 0 || rest[end - 1] == ' ' || rest[end - 1] == '\t') rest = trim_ascii(rest.substr(0, end));
    text = rest;
    return level;
}

// The text after a list item marker, or npos when the line is not one.
std::size_t list_item_text(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+')) {
        if (i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '\t')) return i + 2;
        return std::string_view::npos;
    }
    std::size_t digits = 0;
    while (i + digits < line.size() && line[i + digits] >= '0' && line[i + digits] <= '9') ++digits;
    if (digits == 0 || digits > 9) return std::string_view::npos;
    const std::size_t m = i + digits;
    if (m < line.size() && (line[m] == '.' || line[m] == ')') && m + 1 < line.size() &&
        (line[m + 1] == ' ' || line[m + 1] == '\t'))
        return m + 2;
    return std::string_view::npos;
}

// "[id]: destination" (a link reference definition).
bool reference_definition(std::string_view line) {
    line = unindent(line);
    if (line.empty() || line.front() != '[') return false;
    const std::size_t close = line.find("]:");
    return close != std::string_view::npos && close > 1 &&
           line.substr(1, close - 1).find('[') == std::string_view::npos;
}

// A front matter value without its quotes.
std::string_view unquote(std::string_view v) {
    v = trim_ascii(v);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.substr(1, v.size() - 2);
    return v;
}

struct FrontMatter {
    std::string_view title;
    std::string_view date;
    std::string_view date_key;
};

// Reads front matter if the text opens with it; returns where the body
// starts (0 when there is none).
std::size_t front_matter(std::string_view text, FrontMatter& fm) {
    if (text.substr(0, 4) != "---\n") return 0;
    std::size_t i = 4;
    while (i <= text.size()) {
        std::size_t end = text.find('\n', i);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(i, end - i);
        if (trim_ascii(line) == "---" || trim_ascii(line) == "...") return std::min(end + 1, text.size());
        const std::size_t colon = line.find(':');
        if (colon != std::string_view::npos) {
            const std::string_view key = trim_ascii(line.substr(0, colon));
            const std::string_view value = unquote(line.substr(colon + 1));
            if (key == "title") fm.title = value;
            // published: wins over date: (a page's date: may be its update).
            if (key == "published" || (key == "date" && fm.date_key != "published")) {
                fm.date = value;
                fm.date_key = key;
            }
        }
        i = end + 1;
    }
    fm = {};  // never closed: not front matter, but text
    return 0;
}

class MarkdownBlocks {
  public:
    explicit MarkdownBlocks(SourceParts& out) : out_(out) {}

    void line(std::string_view raw) {
        if (fence_) {
            code_line(raw);
            return;
        }
        std::string_view line = raw;
        // Block quote markers: '>' and one space after each.
        for (;;) {
            const std::string_view u = unindent(line);
            if (u.empty() || u.front() != '>') break;
            line = u.substr(1);
            if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
        }
        if (text::is_blank(line)) {
            flush();
            return;
        }
        const std::string_view u = unindent(line);
        if (u.substr(0, 3) == "```" || u.substr(0, 3) == "~~~") {
            flush();
            fence_ = u.front();
            fence_len_ = u.find_first_not_of(fence_);
            if (fence_len_ == std::string_view::npos) fence_len_ = u.size();
            return;
        }
        std::string_view heading;
        if (const int level = atx_heading(line, heading)) {
            flush();
            add_heading(heading, level);
            return;
        }
        if (!lines_.empty() && all_of_char(u, '=')) {  // Setext level 1
            flush_as_heading(1);
            return;
        }
        if (const char br = thematic_break(u)) {
            if (br == '-' && !lines_.empty() && !in_list_item_) {  // Setext level 2
                flush_as_heading(2);
            } else {
                flush();
            }
            return;
        }
        if (lines_.empty() && reference_definition(line)) return;
        const std::size_t item = list_item_text(line);
        if (item != std::string_view::npos) {
            flush();
            in_list_item_ = true;
            lines_.push_back(trim_ascii(line.substr(item)));
            return;
        }
        lines_.push_back(trim_ascii(line));
    }

    void end() {
        if (fence_) flush_code();
        flush();
    }

  private:
    void code_line(std::string_view raw) {
        const std::string_view u = unindent(raw);
        std::size_t n = 0;
        while (n < u.size() && u[n] == fence_) ++n;
        if (n >= fence_len_ && trim_ascii(u.substr(n)).empty()) {
            flush_code();
            return;
        }
        if (!code_.empty()) code_ += '\n';
        code_.append(raw);
    }

    void flush_code() {
        out_.body.add(code_);  // verbatim: no inline syntax inside code
        code_.clear();
        fence_ = 0;
        first_block_ = false;
    }

    std::string joined() const {
        std::string s;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (i) s += '\n';
            s.append(lines_[i]);
        }
        return s;
    }

    void add_heading(std::string_view text, int level) {
        const std::string stripped = strip_markdown_inline(text);
        if (level == 1 && first_block_ && out_.title.empty()) out_.title = stripped;
        out_.body.add(stripped);
        first_block_ = false;
    }

    void flush_as_heading(int level) {
        const std::string text = joined();
        lines_.clear();
        in_list_item_ = false;
        add_heading(text, level);
    }

    void flush() {
        in_list_item_ = false;
        if (lines_.empty()) return;
        out_.body.add(strip_markdown_inline(joined()));
        lines_.clear();
        first_block_ = false;
    }

    SourceParts& out_;
    std::vector<std::string_view> lines_;
    bool in_list_item_ = false;
    bool first_block_ = true;
    char fence_ = 0;
    std::size_t fence_len_ = 0;
    std::string code_;
};

}  // namespace

void read_markdown(std::string_view source, SourceParts& out) {
    FrontMatter fm;
    const std::size_t body_begin = front_matter(source, fm);
    const bool has_front_title = !fm.title.empty();
    const std::string text = without_html_comments(source.substr(body_begin));
    MarkdownBlocks blocks(out);
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = text.find('\n', i);
        if (end == std::string::npos) end = text.size();
        blocks.line(std::string_view(text).substr(i, end - i));
        i = end + 1;
    }
    blocks.end();
    if (has_front_title) out.title = std::string(fm.title);
    if (!fm.date.empty()) {
        out.published = normalise_published(fm.date);
        if (!out.published) {
            out.published_problem = "front matter " + std::string(fm.date_key) + ": '" +
                                    std::string(fm.date) + "' is not a date (YYYY-MM-DD)";
        }
    }
}

}  // namespace factdb::article
