// html_guard: the linear pre-scan that keeps gumbo's non-linear cases out
// (see html_guard.h for why and what it models).
#include "article/html_guard.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace factdb::article {

namespace {

bool contains(std::initializer_list<std::string_view> list, std::string_view name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

// Elements that never have content (HTML: void elements).
bool is_void(std::string_view n) {
    return contains({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                     "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"},
                    n);
}

// Elements whose content is raw text up to their own end tag.
bool is_raw_text(std::string_view n) {
    return contains({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                     "noframes", "plaintext"},
                    n);
}

// Start tags that close an open p ("close a p element" when one is in
// button scope).
bool closes_p(std::string_view n) {
    return contains({"address", "article", "aside", "blockquote", "center", "details", "dialog",
                     "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
                     "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1",
                     "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt",
                     "table", "hr", "xmp"},
                    n);
}

// Elements the li/dt/dd closing step passes over (it stops at any other
// "special" element, so anything not listed stops the search: the estimate
// errs upwards).
bool li_passes(std::string_view n) {
    return contains({"p", "div", "address", "span", "a", "b", "big", "code", "em", "font", "i",
                     "nobr", "s", "small", "strike", "strong", "tt", "u"},
                    n);
}

// Boundaries an end tag does not close past (the "scope" markers).
bool is_scope_boundary(std::string_view n) {
    return contains({"table", "td", "th", "caption", "applet", "marquee", "object", "template",
                     "html"},
                    n);
}

bool is_formatting(std::string_view n) {
    return contains({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                     "strong", "tt", "u"},
                    n);
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_tag_end(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

// Position of the case-insensitive needle (lower case) at or after i, or npos.
std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t i) {
    if (needle.empty()) return i;
    while (i + needle.size() <= s.size()) {
        const std::size_t hit = s.find('<', i);
        if (hit == std::string_view::npos || hit + needle.size() > s.size()) return std::string_view::npos;
        bool same = true;
        for (std::size_t k = 0; k < needle.size() && same; ++k) same = lower(s[hit + k]) == needle[k];
        if (same) return hit;
        i = hit + 1;
    }
    return std::string_view::npos;
}

// Pops the top d + 1 elements of the stack.
void pop(std::vector<std::string>& stack, std::size_t d, std::size_t& foreign) {
    for (std::size_t k = 0; k <= d; ++k) {
        if (stack.back() == "svg" || stack.back() == "math") --foreign;
        stack.pop_back();
    }
}

// The closings a start tag implies, as the tree builder makes them: within
// the top kEndTagReach elements, and never past the boundary that stops
// the real step (so the estimate never falls below the real depth).
void implied_closings(const std::string& name, std::vector<std::string>& stack,
                      std::size_t& foreign) {
    auto close_to = [&](auto is_target, auto stops) {
        const std::size_t reach = std::min(stack.size(), kEndTagReach);
        for (std::size_t d = 0; d < reach; ++d) {
            const std::string& open = stack[stack.size() - 1 - d];
            if (is_target(open)) {
                pop(stack, d, foreign);
                return;
            }
            if (stops(open)) return;
        }
    };
    const auto scope = [](const std::string& open) {
        return is_scope_boundary(open) || open == "button" || open == "svg" || open == "math";
    };
    if (name == "li") {
        close_to([](const std::string& o) { return o == "li"; },
                 [](const std::string& o) { return !li_passes(o); });
    } else if (name == "dt" || name == "dd") {
        close_to([](const std::string& o) { return o == "dt" || o == "dd"; },
                 [](const std::string& o) { return !li_passes(o); });
    } else if (name == "td" || name == "th") {
        close_to([](const std::string& o) { return o == "td" || o == "th"; },
                 [](const std::string& o) { return o == "table" || o == "template" || o == "html"; });
    } else if (name == "tr") {
        close_to([](const std::string& o) { return o == "tr"; },
                 [](const std::string& o) { return o == "table" || o == "template" || o == "html"; });
    } else if ((name == "option" || name == "optgroup") && !stack.empty() && stack.back() == "option") {
        pop(stack, 0, foreign);
    }
    if (closes_p(name)) close_to([](const std::string& o) { return o == "p"; }, scope);
}

}  // namespace

std::optional<std::string> html_guard(std::string_view s) {
    std::vector<std::string> stack;
    std::size_t elements = 0;
    std::size_t formatting_open = 0;
    std::size_t foreign = 0;  // open svg/math elements on the stack
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t lt = s.find('<', i);
        if (lt == std::string_view::npos) break;
        i = lt + 1;
        if (i >= s.size()) break;
        if (s.compare(lt, 4, "<!--") == 0) {
            const std::size_t end = s.find("-->", lt + 4);
            if (end == std::string_view::npos) break;
            i = end + 3;
            continue;
        }
        if (s[i] == '!' || s[i] == '?') {  // doctype, CDATA, bogus comment: up to '>'
            const std::size_t end = s.find('>', i);
            if (end == std::string_view::npos) break;
            i = end + 1;
            continue;
        }
        const bool closing = s[i] == '/';
        const std::size_t name_begin = closing ? i + 1 : i;
        if (name_begin >= s.size() || !is_alpha(s[name_begin])) continue;  // text "<"
        std::size_t name_end = name_begin;
        std::string name;
        while (name_end < s.size() && !is_tag_end(s[name_end])) name += lower(s[name_end++]);
        // The tag's end: '>' outside attribute quotes.
        std::size_t k = name_end;
        char quote = 0;
        bool self_closing = false;
        for (; k < s.size(); ++k) {
            const char c = s[k];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                self_closing = k > name_end && s[k - 1] == '/';
                break;
            }
        }
        if (k >= s.size()) break;  // an unterminated tag ends the page
        i = k + 1;

        if (closing) {
            const std::size_t reach = std::min(stack.size(), kEndTagReach);
            for (std::size_t d = 0; d < reach; ++d) {
                const std::string& open = stack[stack.size() - 1 - d];
                if (open == name) {
                    pop(stack, d, foreign);
                    break;
                }
                if (is_scope_boundary(open)) break;
            }
            if (is_formatting(name) && formatting_open > 0) --formatting_open;
            continue;
        }

        if (++elements > kMaxHtmlElements) {
            return "the page has more than " + std::to_string(kMaxHtmlElements) +
                   " elements; save the article's own page, or its text as .txt";
        }
        if (is_void(name)) continue;
        if (foreign > 0 && self_closing) continue;
        implied_closings(name, stack, foreign);
        if (is_formatting(name) && ++formatting_open > kMaxUnclosedFormatting) {
            return "the page leaves more than " + std::to_string(kMaxUnclosedFormatting) +
                   " formatting elements (b, i, font, ...) open at once; save the article's own "
                   "page, or its text as .txt";
        }
        if (name == "svg" || name == "math") ++foreign;
        stack.push_back(name);
        if (stack.size() > kMaxHtmlDepth) {
            return "the page nests elements more than " + std::to_string(kMaxHtmlDepth) +
                   " deep (at byte " + std::to_string(lt) +
                   "); save the article's own page, or its text as .txt";
        }
        if (is_raw_text(name)) {
            const std::string close = "</" + name;
            const std::size_t end = find_ci(s, close, i);
            if (end == std::string_view::npos) break;
            i = end;  // the end tag itself is read by the next turn
        }
    }
    return std::nullopt;
}

}  // namespace factdb::article
