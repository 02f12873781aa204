// strip_markdown_inline: see markdown_inline.h for the rules.
#include "article/markdown_inline.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace factdb::article {

namespace {

bool is_ascii_punct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool is_tag_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

class InlineStripper {
  public:
    explicit InlineStripper(std::string_view s) : s_(s) { index_backtick_runs(); }

    std::string run() {
        out_.reserve(s_.size());
        std::size_t i = 0;
        while (i < s_.size()) i = step(i);
        return finish();
    }

  private:
    struct Opener {
        std::size_t out_pos;  // where '[' (or, for an image, '!') was written
        bool image;
    };

    // Backtick runs by length, each list in text order, with a cursor: the
    // closer of an opener is the first run of its length after it.
    void index_backtick_runs() {
        for (std::size_t i = 0; i < s_.size();) {
            if (s_[i] == '\\' && i + 1 < s_.size()) {
                i += 2;
                continue;
            }
            if (s_[i] != '`') {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < s_.size() && s_[j] == '`') ++j;
            runs_[j - i].positions.push_back(i);
            i = j;
        }
    }

    std::size_t step(std::size_t i) {
        const char c = s_[i];
        if (c == '\\' && i + 1 < s_.size() && is_ascii_punct(s_[i + 1])) {
            out_ += s_[i + 1];
            return i + 2;
        }
        if (c == '`') return code_span(i);
        if (c == '!' && i + 1 < s_.size() && s_[i + 1] == '[') {
            openers_.push_back({out_.size(), true});
            out_ += "![";
            return i + 2;
        }
        if (c == '[') {
            openers_.push_back({out_.size(), false});
            out_ += '[';
            return i + 1;
        }
        if (c == ']') return close_bracket(i);
        if (c == '*' || c == '_' || c == '~') return delimiter_run(i);
        if (c == '<') return angle(i);
        out_ += c;
        return i + 1;
    }

    std::size_t code_span(std::size_t i) {
        std::size_t j = i;
        while (j < s_.size() && s_[j] == '`') ++j;
        const std::size_t len = j - i;
        Runs& of_len = runs_[len];
        const auto& runs = of_len.positions;
        auto& cur = of_len.cursor;
        while (cur < runs.size() && runs[cur] <= i) ++cur;
        if (cur == runs.size()) {  // no closer: the backticks are literal
            out_.append(s_.substr(i, len));
            return j;
        }
        const std::size_t close = runs[cur];
        ++cur;
        std::string_view content = s_.substr(j, close - j);
        if (content.size() >= 2 && content.front() == ' ' && content.back() == ' ' &&
            content.find_first_not_of(' ') != std::string_view::npos)
            content = content.substr(1, content.size() - 2);
        out_.append(content);
        return close + len;
    }

    // The end (one past ')') of a destination "(...)" starting at i, or
    // npos.  A search that fails at a line's end fails for every later start
    // before that point too, so it is not repeated (linear time).
    std::size_t destination_end(std::size_t i) {
        if (i < dest_fail_until_) return std::string_view::npos;
        int depth = 0;
        std::size_t j = i;
        for (; j < s_.size() && s_[j] != '\n'; ++j) {
            const char c = s_[j];
            if (c == '\\') {
                ++j;
                if (j == s_.size()) break;
                continue;
            }
            if (c == '(') ++depth;
            if (c == ')' && --depth == 0) return j + 1;
        }
        dest_fail_until_ = j;
        return std::string_view::npos;
    }

    // The end of a reference label "[...]" starting at i, or npos.
    std::size_t reference_end(std::size_t i) {
        if (i < ref_fail_until_) return std::string_view::npos;
        for (std::size_t j = i + 1; j < s_.size(); ++j) {
            if (s_[j] == ']') return j + 1;
            if (s_[j] == '[' || s_[j] == '\n') {
                ref_fail_until_ = j;
                return std::string_view::npos;
            }
        }
        ref_fail_until_ = s_.size();
        return std::string_view::npos;
    }

    std::size_t close_bracket(std::size_t i) {
        if (openers_.empty()) {
            out_ += ']';
            return i + 1;
        }
        const Opener opener = openers_.back();
        openers_.pop_back();
        std::size_t end = std::string_view::npos;
        if (i + 1 < s_.size() && s_[i + 1] == '(') end = destination_end(i + 1);
        if (end == std::string_view::npos && i + 1 < s_.size() && s_[i + 1] == '[')
            end = reference_end(i + 1);
        if (end == std::string_view::npos) {  // not a link: literal brackets
            out_ += ']';
            return i + 1;
        }
        if (opener.image) {
            // Drop the image whole, with any link opener written inside it.
            out_.resize(opener.out_pos);
            while (!erase_.empty() && erase_.back() >= opener.out_pos) erase_.pop_back();
        } else {
            erase_.push_back(opener.out_pos);
        }
        return end;
    }

    std::size_t delimiter_run(std::size_t i) {
        const char c = s_[i];
        std::size_t j = i;
        while (j < s_.size() && s_[j] == c) ++j;
        const char before = i == 0 ? ' ' : s_[i - 1];
        const char after = j == s_.size() ? ' ' : s_[j];
        const bool before_edge = is_space(before) || is_ascii_punct(before);
        const bool after_edge = is_space(after) || is_ascii_punct(after);
        const bool left_flanking = !is_space(after) && (before_edge || !is_ascii_punct(after));
        const bool right_flanking = !is_space(before) && (after_edge || !is_ascii_punct(before));
        bool remove = left_flanking || right_flanking;
        if (c == '_' && is_alnum(before) && is_alnum(after)) remove = false;  // snake_case
        if (c == '~' && j - i == 1) remove = false;                         // "~5 %": about
        if (!remove) out_.append(s_.substr(i, j - i));
        return j;
    }

    // "<https://x>" keeps its address; "<b>", "</span>", "<br/>" go; any
    // other '<' ("a < b") is text.
    std::size_t angle(std::size_t i) {
        std::size_t j = i + 1;
        const bool closing = j < s_.size() && s_[j] == '/';
        if (closing) ++j;
        const std::size_t name_begin = j;
        while (j < s_.size() && is_tag_name_char(s_[j])) ++j;
        if (j == name_begin || !((s_[name_begin] >= 'a' && s_[name_begin] <= 'z') ||
                                 (s_[name_begin] >= 'A' && s_[name_begin] <= 'Z'))) {
            out_ += '<';
            return i + 1;
        }
        if (!closing && j < s_.size() && s_[j] == ':') {  // autolink
            const std::size_t gt = s_.find_first_of("> \n<", j);
            if (gt != std::string_view::npos && s_[gt] == '>') {
                out_.append(s_.substr(i + 1, gt - i - 1));
                return gt + 1;
            }
            out_ += '<';
            return i + 1;
        }
        // A tag: attributes up to '>' on the same line, outside quotes.  A
        // search that fails at a line's end or a '<' is not repeated for a
        // later start before that point (linear time).
        if (j >= tag_fail_until_) {
            char quote = 0;
            std::size_t k = j;
            for (; k < s_.size(); ++k) {
                const char c = s_[k];
                if (c == '\n' || c == '<') break;
                if (quote) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return k + 1;
                }
            }
            tag_fail_until_ = k;
        }
        out_ += '<';
        return i + 1;
    }

    std::string finish() {
        if (erase_.empty()) return std::move(out_);
        std::sort(erase_.begin(), erase_.end());
        std::string result;
        result.reserve(out_.size());
        std::size_t e = 0;
        for (std::size_t k = 0; k < out_.size(); ++k) {
            if (e < erase_.size() && erase_[e] == k) {
                ++e;
                continue;
            }
            result += out_[k];
        }
        return result;
    }

    std::string_view s_;
    std::string out_;
    std::vector<Opener> openers_;
    std::vector<std::size_t> erase_;  // output offsets of link openers '[' to remove
    // Keyed by length, not indexed: one run of a million backticks must not
    // cost a million empty lists.
    struct Runs {
        std::vector<std::size_t> positions;
        std::size_t cursor = 0;
    };
    std::unordered_map<std::size_t, Runs> runs_;
    std::size_t dest_fail_until_ = 0;
    std::size_t ref_fail_until_ = 0;
    std::size_t tag_fail_until_ = 0;
};

}  // namespace

std::string strip_markdown_inline(std::string_view block) {
    return InlineStripper(block).run();
}

}  // namespace factdb::article
