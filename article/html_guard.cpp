// html_guard: the linear pre-scan that keeps gumbo's non-linear cases out
// (see html_guard.h for why).
//
// The scan is a small model of the HTML5 tree builder's "in body" rules,
// kept only to estimate two things from above: the depth of the stack of
// open elements and the number of elements the tree will hold.  Each rule
// below names the step of the tree builder it follows; where the model is
// coarser, it keeps more elements open than the real parser, never fewer:
//   * end tags: a formatting element's (a, b, i, ...) closes it only when
//     nothing but phrasing elements lies above it (otherwise the adoption
//     agency algorithm reparents rather than pops, and the model keeps
//     everything); a special element's (div, p, li, ...) closes up to a
//     match within kEndTagReach, never past a scope boundary (table, td,
//     button for p, ul/ol for li); any other element's stops at the first
//     special element, as "any other end tag" does; </body>, </html> pop
//     nothing; </form> removes the form alone;
//   * implied closings: a block start tag closes an open p, li closes li,
//     dt/dd close dt/dd, td/th close a cell, tr a row - each stopped where
//     the real step stops, or sooner;
//   * the list of active formatting elements, with the Noah's Ark clause
//     (at most three entries alike, compared as written), and its
//     reconstruction: before text and phrasing start tags every entry not
//     open is opened again and counted as an element;
//   * foreign content: '/>' closes only inside SVG/MathML (outside their
//     integration points), and an HTML breakout tag closes the foreign
//     elements first.
#include "article/html_guard.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factdb::article {

namespace {

bool contains(std::initializer_list<std::string_view> list, std::string_view name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

bool is_void(std::string_view n) {
    return contains({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                     "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"},
                    n);
}

bool is_raw_text(std::string_view n) {
    return contains({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                     "noframes", "plaintext"},
                    n);
}

bool is_formatting(std::string_view n) {
    return contains({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                     "strong", "tt", "u"},
                    n);
}

// HTML's "special" category (the elements "any other end tag" stops at).
bool is_special(std::string_view n) {
    return contains({"address", "applet", "area", "article", "aside", "base", "basefont",
                     "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col",
                     "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset",
                     "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2",
                     "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe",
                     "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu",
                     "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p",
                     "param", "plaintext", "pre", "script", "section", "select", "source",
                     "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot",
                     "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn",
                     "ms", "mtext", "annotation-xml", "foreignobject", "desc"},
                    n);
}

// Boundaries of "has an element in scope".
bool is_scope_boundary(std::string_view n) {
    return contains({"applet", "caption", "html", "table", "td", "th", "marquee", "object",
                     "template", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
                     "foreignobject", "desc", "svg", "math"},
                    n);
}

// Start tags that close an open p in button scope.
bool closes_p(std::string_view n) {
    return contains({"address", "article", "aside", "blockquote", "center", "details", "dialog",
                     "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
                     "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1",
                     "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt",
                     "table", "hr", "xmp"},
                    n);
}

// Start tags that leave foreign content (the tree builder pops the SVG or
// MathML elements first).
bool breaks_out_of_foreign(std::string_view n) {
    return contains({"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl",
                     "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i",
                     "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
                     "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul",
                     "var", "font"},
                    n);
}

// Foreign elements whose children are HTML again.
bool is_integration_point(std::string_view n) {
    return contains({"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext",
                     "annotation-xml"},
                    n);
}

// Start tags before which the tree builder does not reconstruct the
// formatting elements (structure, not phrasing); every other start tag, and
// text, is taken to reconstruct them (an upward estimate).
bool no_reconstruction(std::string_view n) {
    return closes_p(n) ||
           contains({"html", "head", "body", "meta", "link", "base", "title", "script", "style",
                     "template", "caption", "col", "colgroup", "tbody", "thead", "tfoot", "tr",
                     "td", "th", "frameset", "frame"},
                    n);
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_html_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_tag_end(char c) {
    return is_html_space(c) || c == '/' || c == '>';
}

// Position of "<" + needle (lower case, case-insensitive) at or after i.
std::size_t find_tag_ci(std::string_view s, std::string_view needle, std::size_t i) {
    while (i < s.size()) {
        const std::size_t hit = s.find('<', i);
        if (hit == std::string_view::npos || hit + needle.size() > s.size()) return std::string_view::npos;
        bool same = true;
        for (std::size_t k = 0; k < needle.size() && same; ++k) same = lower(s[hit + k]) == needle[k];
        if (same) return hit;
        i = hit + 1;
    }
    return std::string_view::npos;
}

struct TagEnd {
    std::size_t gt = std::string_view::npos;  // the '>' that ends the tag; npos at end of input
    bool self_closing = false;
};

// The end of a tag whose name ends at i, read as the tokenizer reads
// attributes: a quote opens a value only right after '=', an unquoted value
// runs to white space or '>' (a '/' in it is part of it), and the tag is
// self-closing only for a '/' directly before its '>' outside a value.
TagEnd tag_end(std::string_view s, std::size_t i) {
    TagEnd out;
    bool slash = false;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '>') {
            out.gt = i;
            out.self_closing = slash;
            return out;
        }
        if (is_html_space(c)) {
            slash = false;
            ++i;
            continue;
        }
        if (c == '/') {
            slash = true;
            ++i;
            continue;
        }
        slash = false;
        // An attribute name (a leading '=' belongs to it).
        ++i;
        while (i < s.size() && !is_html_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
        std::size_t j = i;
        while (j < s.size() && is_html_space(s[j])) ++j;
        if (j >= s.size() || s[j] != '=') {
            i = j;
            continue;
        }
        ++j;
        while (j < s.size() && is_html_space(s[j])) ++j;
        if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
            const std::size_t close = s.find(s[j], j + 1);
            if (close == std::string_view::npos) return out;
            i = close + 1;
        } else {
            while (j < s.size() && !is_html_space(s[j]) && s[j] != '>') ++j;
            i = j;
        }
    }
    return out;
}

class TreeEstimate {
  public:
    // nullopt while the page stays within the bounds, else the refusal.
    std::optional<std::string> problem;

    void text() { reconstruct(); }

    // Returns whether the element is an HTML one (not SVG/MathML).
    bool start_tag(const std::string& name, std::string_view raw, bool self_closing, std::size_t at) {
        if (problem) return true;
        if (in_foreign() && breaks_out_of_foreign(name)) {
            while (!stack_.empty() && stack_.back().foreign) pop_top();
        }
        const bool foreign = in_foreign() || name == "svg" || name == "math";
        if (!foreign) implied_closings(name);
        if (name == "a" || name == "nobr") {
            if (find_active(name) != npos) formatting_end(name);
        }
        if (!foreign && !no_reconstruction(name)) reconstruct();
        if (is_void(name) || (foreign && self_closing)) {
            count_element();
            return !foreign;
        }
        push(name, foreign, at);
        if (is_formatting(name) && !foreign) add_active(name, raw, stack_.back().id);
        return !foreign;
    }

    void end_tag(const std::string& name) {
        if (problem) return;
        if (name == "body" || name == "html" || name == "br") return;
        if (is_formatting(name)) {
            formatting_end(name);
            return;
        }
        if (name == "form") {
            const std::size_t d = find_open(name, [](const Open&) { return false; });
            if (d != npos) erase_at(stack_.size() - 1 - d);
            return;
        }
        if (is_special(name)) {
            const auto stops = [&](const Open& o) {
                return is_scope_boundary(o.name) || (name == "p" && o.name == "button") ||
                       (name == "li" && (o.name == "ul" || o.name == "ol"));
            };
            const std::size_t d = find_open(name, stops);
            if (d != npos) pop(d);
            return;
        }
        const std::size_t d = find_open(name, [](const Open& o) { return is_special(o.name); });
        if (d != npos) pop(d);
    }

  private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    struct Open {
        std::string name;
        std::uint32_t id;
        bool foreign;  // an SVG/MathML element whose children are foreign too
    };
    struct Active {
        std::string name;
        std::string raw;  // the tag as written: Noah's Ark compares these
        std::uint32_t id;  // the element now standing for the entry
    };

    bool in_foreign() const { return !stack_.empty() && stack_.back().foreign; }

    void count_element() {
        if (++elements_ > kMaxHtmlElements && !problem) {
            problem = "the page has more than " + std::to_string(kMaxHtmlElements) +
                      " elements; save the article's own page, or its text as .txt";
        }
    }

    void push(const std::string& name, bool foreign, std::size_t at) {
        count_element();
        const auto id = static_cast<std::uint32_t>(on_stack_.size());
        on_stack_.push_back(true);
        // Children of an integration point (foreignObject, desc, mi...) are HTML.
        stack_.push_back({name, id, foreign && !is_integration_point(name)});
        if (stack_.size() > kMaxHtmlDepth && !problem) {
            problem = "the page nests elements more than " + std::to_string(kMaxHtmlDepth) +
                      " deep (at byte " + std::to_string(at) +
                      "); save the article's own page, or its text as .txt";
        }
    }

    void pop_top() {
        on_stack_[stack_.back().id] = false;
        stack_.pop_back();
    }
    void pop(std::size_t d) {
        for (std::size_t k = 0; k <= d; ++k) pop_top();
    }
    void erase_at(std::size_t index) {
        on_stack_[stack_[index].id] = false;
        stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(index));
    }

    // Depth (0 = top) of the nearest open element named name within
    // kEndTagReach, searching down until stops(); npos when none.
    template <class Stops>
    std::size_t find_open(std::string_view name, Stops stops) const {
        const std::size_t reach = std::min(stack_.size(), kEndTagReach);
        for (std::size_t d = 0; d < reach; ++d) {
            const Open& o = stack_[stack_.size() - 1 - d];
            if (o.name == name) return d;
            if (stops(o)) return npos;
        }
        return npos;
    }

    void implied_closings(const std::string& name) {
        const auto not_li_passable = [](const Open& o) {
            return is_special(o.name) && o.name != "address" && o.name != "div" && o.name != "p";
        };
        const auto table_only = [](const Open& o) {
            return o.name == "table" || o.name == "template" || o.name == "html";
        };
        std::size_t d = npos;
        if (name == "li") {
            d = find_open("li", not_li_passable);
        } else if (name == "dt" || name == "dd") {
            d = std::min(find_open("dt", not_li_passable), find_open("dd", not_li_passable));
        } else if (name == "td" || name == "th") {
            d = std::min(find_open("td", table_only), find_open("th", table_only));
        } else if (name == "tr") {
            d = find_open("tr", table_only);
        } else if ((name == "option" || name == "optgroup") && !stack_.empty() &&
                   stack_.back().name == "option") {
            d = 0;
        }
        if (d != npos) pop(d);
        if (closes_p(name)) {
            const std::size_t p = find_open("p", [](const Open& o) {
                return is_scope_boundary(o.name) || o.name == "button";
            });
            if (p != npos) pop(p);
        }
    }

    std::size_t find_active(std::string_view name) const {
        for (std::size_t k = active_.size(); k-- > 0;) {
            if (active_[k].name == name) return k;
        }
        return npos;
    }

    void add_active(const std::string& name, std::string_view raw, std::uint32_t id) {
        std::size_t alike = 0, first = npos;
        for (std::size_t k = 0; k < active_.size(); ++k) {
            if (active_[k].raw == raw) {
                if (first == npos) first = k;
                ++alike;
            }
        }
        if (alike >= 3) active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(first));
        active_.push_back({name, std::string(raw), id});
        if (active_.size() > kMaxUnclosedFormatting && !problem) {
            problem = "the page leaves more than " + std::to_string(kMaxUnclosedFormatting) +
                      " formatting elements (b, i, font, ...) open at once; save the article's "
                      "own page, or its text as .txt";
        }
    }

    // The adoption agency algorithm, estimated: the element is popped (with
    // what lies above it) only when nothing but phrasing lies above it.
    void formatting_end(const std::string& name) {
        const std::size_t k = find_active(name);
        if (k == npos) {  // not a formatting element of the list: "any other end tag"
            const std::size_t d = find_open(name, [](const Open& o) { return is_special(o.name); });
            if (d != npos) pop(d);
            return;
        }
        const std::uint32_t id = active_[k].id;
        if (!on_stack_[id]) {  // not open: the entry is dropped, nothing is popped
            active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(k));
            return;
        }
        const std::size_t reach = std::min(stack_.size(), kEndTagReach);
        for (std::size_t d = 0; d < reach; ++d) {
            const Open& o = stack_[stack_.size() - 1 - d];
            if (o.id == id) {
                pop(d);
                active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(k));
                return;
            }
            if (is_special(o.name)) return;  // a furthest block: reparenting, kept
        }
    }

    // Every entry not open is opened again (one element each).
    void reconstruct() {
        if (problem) return;
        for (Active& a : active_) {
            if (on_stack_[a.id]) continue;
            push(a.name, false, 0);
            a.id = stack_.back().id;
            if (problem) return;
        }
    }

    std::vector<Open> stack_;
    std::vector<Active> active_;
    std::vector<bool> on_stack_;  // by element id
    std::size_t elements_ = 0;
};

}  // namespace

std::optional<std::string> html_guard(std::string_view s) {
    TreeEstimate tree;
    std::size_t i = 0;
    while (i < s.size() && !tree.problem) {
        const std::size_t lt = s.find('<', i);
        const std::size_t text_end = lt == std::string_view::npos ? s.size() : lt;
        for (std::size_t k = i; k < text_end; ++k) {
            if (!is_html_space(s[k])) {
                tree.text();
                break;
            }
        }
        if (lt == std::string_view::npos) break;
        i = lt + 1;
        if (i >= s.size()) break;
        if (s.compare(lt, 4, "<!--") == 0) {
            // The earliest end the tokenizer could take: "<!-->" and
            // "<!--->" are whole comments, "--!>" ends one too.  Ending
            // sooner than gumbo only reads more markup (an upward estimate).
            const std::size_t dashes = s.find("-->", lt + 2);
            const std::size_t bang = s.find("--!>", lt + 4);
            if (dashes == std::string_view::npos && bang == std::string_view::npos) break;
            i = std::min(dashes == std::string_view::npos ? s.size() : dashes + 3,
                         bang == std::string_view::npos ? s.size() : bang + 4);
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
        const TagEnd end = tag_end(s, name_end);
        if (end.gt == std::string_view::npos) break;  // an unterminated tag ends the page
        const std::size_t k = end.gt;
        i = k + 1;
        if (closing) {
            tree.end_tag(name);
            continue;
        }
        const bool html = tree.start_tag(name, s.substr(lt, k - lt), end.self_closing, lt);
        // Raw text is a tokenizer state the tree builder sets for HTML
        // elements only: an SVG <title> or <style> holds markup.
        if (html && is_raw_text(name) && !tree.problem) {
            const std::size_t end = find_tag_ci(s, "</" + name, i);
            if (end == std::string_view::npos) break;
            i = end;  // the end tag itself is read by the next turn
        }
    }
    return tree.problem;
}

}  // namespace factdb::article
