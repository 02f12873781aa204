// The .html reader: a saved article page, parsed by gumbo (a real HTML5
// parser), to its article paragraphs and metadata.
//
// Body text:
//   * the content root is the first element with itemprop="articleBody",
//     else the <article> holding the most paragraph text (a page's other
//     <article>s are usually teasers), else the first <main>, else <body>;
//   * inside it, the paragraphs are the text of p, h2-h6, li, blockquote,
//     dt, dd and pre; a block nested in another one is a paragraph of its
//     own; text outside any such block (a byline in a <div>, a table cell)
//     is not body text;
//   * skipped whole: script, style, noscript, template, nav, header, footer,
//     aside, form, figure (with its figcaption), button, select, textarea,
//     svg, math, iframe, object, h1 (the page's title, which the article
//     carries as its title); elements with the hidden attribute,
//     aria-hidden="true", a role of navigation, banner, contentinfo,
//     complementary, search or dialog, or a class or id naming boilerplate
//     (kBoilerplateWords: cookie banners, share bars, related links);
//   * entities are decoded (gumbo does), <br> is a space, and each run of
//     HTML white space becomes one space: a page's line breaks are layout;
//     U+00A0 and the other Unicode spaces are kept as written.
// Metadata, first source found wins:
//   * title: meta og:title, else <title> - less a " | Site", " - Site",
//     " – Site" or " — Site" suffix when Site is the page's og:site_name or
//     application-name, and only then;
//   * published: meta article:published_time, else JSON-LD datePublished
//     (a NewsArticle/Article object, also inside @graph or an array), else
//     the first <time datetime> in the content root, else in the page; a
//     value that is not a date is a published_problem, never dropped;
//   * url: <link rel="canonical">, else meta og:url.
// Charset: factdb reads UTF-8.  A page that declares another charset and
// holds any non-ASCII byte is refused (convert it with iconv); one that is
// pure ASCII reads the same in every ASCII-based charset and is read.
// Before gumbo sees a page, html_guard refuses the shapes gumbo would spend
// more than linear time or memory on.
#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article/html_guard.h"
#include "article/published_date.h"
#include "article/source_parts.h"
#include "errors/error.h"
#include "text/unicode.h"

namespace factdb::article {

namespace {

constexpr GumboTag kSkippedTags[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
    GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE,    GUMBO_TAG_FORM,     GUMBO_TAG_FIGURE,
    GUMBO_TAG_BUTTON, GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_SVG,      GUMBO_TAG_MATH,
    GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_H1,
};

constexpr GumboTag kBlockTags[] = {
    GUMBO_TAG_P,  GUMBO_TAG_H2, GUMBO_TAG_H3,         GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
    GUMBO_TAG_LI, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_DT, GUMBO_TAG_DD, GUMBO_TAG_PRE,
};

constexpr std::string_view kSkippedRoles[] = {"navigation",    "banner", "contentinfo",
                                              "complementary", "search", "dialog"};

// Words of a class or id (split at '-', '_' and spaces) that name what is
// not the article: a "cookie-banner", a "share" bar, "related" links.
constexpr std::string_view kBoilerplateWords[] = {
    "cookie", "cookies", "consent",  "share",     "sharing", "social",   "related",
    "newsletter", "comments", "comment", "advert", "advertisement", "ads", "promo",
    "breadcrumb", "breadcrumbs", "sidebar", "paywall", "subscribe", "signup", "popup", "modal",
};

// The names a page may give UTF-8 by (WHATWG Encoding's labels).
constexpr std::string_view kUtf8Names[] = {"utf-8", "utf8", "unicode-1-1-utf-8"};

template <class T, std::size_t N>
bool in(const T (&list)[N], const T& v) {
    return std::find(std::begin(list), std::end(list), v) != std::end(list);
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string_view trim_html_space(std::string_view s) {
    constexpr std::string_view ws = " \t\n\r\f";
    const std::size_t b = s.find_first_not_of(ws);
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

const char* attr(const GumboElement& e, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    return a ? a->value : nullptr;
}

bool has_token(std::string_view list, std::string_view token) {
    std::size_t i = 0;
    while (i < list.size()) {
        while (i < list.size() && (list[i] == ' ' || list[i] == '\t' || list[i] == '\n')) ++i;
        std::size_t j = i;
        while (j < list.size() && list[j] != ' ' && list[j] != '\t' && list[j] != '\n') ++j;
        if (j > i && lower_ascii(list.substr(i, j - i)) == token) return true;
        i = j;
    }
    return false;
}

bool names_boilerplate(const char* value) {
    if (!value) return false;
    const std::string v = lower_ascii(value);
    std::size_t i = 0;
    while (i < v.size()) {
        std::size_t j = v.find_first_of(" -_\t\n", i);
        if (j == std::string::npos) j = v.size();
        if (j > i && in(kBoilerplateWords, std::string_view(v).substr(i, j - i))) return true;
        i = j + 1;
    }
    return false;
}

bool is_skipped(const GumboElement& e) {
    if (in(kSkippedTags, e.tag)) return true;
    if (attr(e, "hidden")) return true;
    if (const char* h = attr(e, "aria-hidden"); h && lower_ascii(h) == "true") return true;
    if (const char* role = attr(e, "role"); role && in(kSkippedRoles, std::string_view(lower_ascii(role))))
        return true;
    return names_boilerplate(attr(e, "class")) || names_boilerplate(attr(e, "id"));
}

// All text below node, white space as written (for <title>, JSON-LD).
std::string raw_text(const GumboNode* node) {
    std::string out;
    std::vector<const GumboNode*> todo{node};
    while (!todo.empty()) {
        const GumboNode* n = todo.back();
        todo.pop_back();
        if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboVector& kids = n->v.element.children;
            for (unsigned k = kids.length; k-- > 0;) todo.push_back(static_cast<const GumboNode*>(kids.data[k]));
        } else if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
                   n->type == GUMBO_NODE_CDATA) {
            out += n->v.text.text;
        }
    }
    return out;
}

// The paragraph being collected: HTML white space runs made one space.
class ParagraphText {
  public:
    void append(std::string_view s) {
        for (const char c : s) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space_ = !text_.empty();
            } else {
                if (space_) text_ += ' ';
                space_ = false;
                text_ += c;
            }
        }
    }
    void space() { space_ = !text_.empty(); }
    void flush_to(BodyBuilder& body) {
        if (!text_.empty()) body.add(text_);
        text_.clear();
        space_ = false;
    }

  private:
    std::string text_;
    bool space_ = false;
};

// The page's metadata and the candidates for the content root, found in
// one walk of the whole tree.
struct PageFacts {
    std::optional<std::string> og_title, title, site_name, published_meta, og_url, canonical;
    std::optional<std::string> first_time;  // first <time datetime> anywhere
    std::vector<std::string> json_ld;
    std::optional<std::string> charset;
    const GumboNode* article_body = nullptr;  // itemprop=articleBody
    const GumboNode* main = nullptr;
    const GumboNode* body = nullptr;
    std::vector<const GumboNode*> articles;
};

void read_meta(const GumboElement& e, PageFacts& f) {
    const char* content = attr(e, "content");
    if (const char* cs = attr(e, "charset")) f.charset = lower_ascii(trim_html_space(cs));
    const char* http_equiv = attr(e, "http-equiv");
    if (http_equiv && content && lower_ascii(http_equiv) == "content-type") {
        const std::string c = lower_ascii(content);
        const std::size_t at = c.find("charset=");
        if (at != std::string::npos) {
            std::string_view v = std::string_view(c).substr(at + 8);
            v = v.substr(0, v.find_first_of("; \"'"));
            f.charset = std::string(v);
        }
    }
    if (!content) return;
    const char* key = attr(e, "property");
    if (!key) key = attr(e, "name");
    if (!key) return;
    const std::string k = lower_ascii(key);
    auto set = [&](std::optional<std::string>& slot) {
        if (!slot) slot = std::string(trim_html_space(content));
    };
    if (k == "og:title") set(f.og_title);
    else if (k == "og:site_name" || k == "application-name") set(f.site_name);
    else if (k == "article:published_time") set(f.published_meta);
    else if (k == "og:url") set(f.og_url);
}

void survey(const GumboNode* root, PageFacts& f) {
    std::vector<const GumboNode*> todo{root};
    while (!todo.empty()) {
        const GumboNode* n = todo.back();
        todo.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        const GumboElement& e = n->v.element;
        switch (e.tag) {
            case GUMBO_TAG_META: read_meta(e, f); break;
            case GUMBO_TAG_TITLE:
                // Not an SVG <title> (a tooltip of a drawing).
                if (!f.title && e.tag_namespace == GUMBO_NAMESPACE_HTML) f.title = raw_text(n);
                break;
            case GUMBO_TAG_LINK:
                if (const char* rel = attr(e, "rel"); rel && has_token(rel, "canonical")) {
                    if (const char* href = attr(e, "href"); href && !f.canonical)
                        f.canonical = std::string(trim_html_space(href));
                }
                break;
            case GUMBO_TAG_TIME:
                if (const char* dt = attr(e, "datetime"); dt && !f.first_time) f.first_time = dt;
                break;
            case GUMBO_TAG_SCRIPT:
                if (const char* type = attr(e, "type"); type && lower_ascii(trim_html_space(type)) == "application/ld+json")
                    f.json_ld.push_back(raw_text(n));
                break;
            // An <article class="related"> or a hidden <main> is no root.
            case GUMBO_TAG_ARTICLE:
                if (!is_skipped(e)) f.articles.push_back(n);
                break;
            case GUMBO_TAG_MAIN:
                if (!f.main && !is_skipped(e)) f.main = n;
                break;
            case GUMBO_TAG_BODY:
                if (!f.body) f.body = n;
                break;
            default: break;
        }
        if (const char* ip = attr(e, "itemprop"); ip && !f.article_body && has_token(ip, "articlebody"))
            f.article_body = n;
        const GumboVector& kids = e.children;
        for (unsigned k = kids.length; k-- > 0;) todo.push_back(static_cast<const GumboNode*>(kids.data[k]));
    }
}

// Walks root's subtree and hands each paragraph to body (or, when body is
// null, only counts the bytes of paragraph text).  Iterative: a frame per
// open element, so depth costs heap, not stack.
std::size_t collect(const GumboNode* root, BodyBuilder* body, std::optional<std::string>* time) {
    struct Frame {
        const GumboNode* node;
        unsigned next = 0;
        bool block = false;
    };
    ParagraphText paragraph;
    BodyBuilder sink;
    std::size_t bytes = 0;
    int in_block = 0;
    std::vector<Frame> stack{{root, 0, false}};
    while (!stack.empty()) {
        Frame& top = stack.back();
        const GumboElement& e = top.node->v.element;
        if (top.next == e.children.length) {
            if (top.block) {
                --in_block;
                paragraph.flush_to(body ? *body : sink);
            }
            stack.pop_back();
            continue;
        }
        const GumboNode* child = static_cast<const GumboNode*>(e.children.data[top.next++]);
        switch (child->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                if (in_block > 0) {
                    bytes += std::string_view(child->v.text.text).size();
                    if (body) paragraph.append(child->v.text.text);
                }
                break;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE: {
                const GumboElement& ce = child->v.element;
                if (is_skipped(ce)) break;
                if (ce.tag == GUMBO_TAG_TIME && time && !*time) {
                    if (const char* dt = attr(ce, "datetime")) *time = dt;
                }
                if (ce.tag == GUMBO_TAG_BR) {
                    paragraph.space();
                    break;
                }
                const bool block = in(kBlockTags, ce.tag);
                if (block) {
                    paragraph.flush_to(body ? *body : sink);
                    ++in_block;
                }
                stack.push_back({child, 0, block});
                break;
            }
            default:
                break;
        }
    }
    return bytes;
}

const GumboNode* content_root(const PageFacts& f) {
    if (f.article_body) return f.article_body;
    const GumboNode* best = nullptr;
    std::size_t best_bytes = 0;
    // Nested articles are each measured; html_guard bounds the depth, so
    // this costs at most kMaxHtmlDepth times the page.
    for (const GumboNode* a : f.articles) {
        const std::size_t bytes = collect(a, nullptr, nullptr);
        if (!best || bytes > best_bytes) best = a, best_bytes = bytes;
    }
    if (best && best_bytes > 0) return best;
    if (f.main) return f.main;
    return f.body;
}

// The title less a " | Site" suffix when Site is the page's own name.
std::string title_without_site(std::string title, const std::optional<std::string>& site) {
    if (!site || site->empty()) return title;
    for (const std::string_view sep : {" | ", " - ", " \u2013 ", " \u2014 "}) {
        const std::string suffix = std::string(sep) + *site;
        if (title.size() > suffix.size() &&
            title.compare(title.size() - suffix.size(), suffix.size(), suffix) == 0) {
            title.resize(title.size() - suffix.size());
            return title;
        }
    }
    return title;
}

// JSON nested deeper than this is not a JSON-LD block (and could exhaust a
// recursive destructor's stack).
constexpr int kMaxJsonDepth = 64;

bool json_depth_ok(std::string_view s) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

// datePublished of the first object that has one: the top level, an array
// of objects, or their @graph.
std::optional<std::string> json_ld_date(const std::vector<std::string>& blocks) {
    for (const std::string& block : blocks) {
        if (!json_depth_ok(block)) continue;
        const nlohmann::json j = nlohmann::json::parse(block, nullptr, false);
        if (j.is_discarded()) continue;
        std::vector<const nlohmann::json*> todo{&j};
        for (std::size_t k = 0; k < todo.size() && k < 4096; ++k) {
            const nlohmann::json& v = *todo[k];
            if (v.is_array()) {
                for (const auto& x : v) todo.push_back(&x);
            } else if (v.is_object()) {
                const auto d = v.find("datePublished");
                if (d != v.end() && d->is_string()) return d->get<std::string>();
                const auto g = v.find("@graph");
                if (g != v.end()) todo.push_back(&*g);
            }
        }
    }
    return std::nullopt;
}

void take_date(const std::optional<std::string>& value, std::string_view where, SourceParts& out) {
    out.published = normalise_published(*value);
    if (!out.published) {
        out.published_problem = std::string(where) + " '" + excerpt(*value, 60) +
                                "' is not a date (YYYY-MM-DD or an ISO 8601 datetime)";
    }
}

struct GumboDeleter {
    void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

bool has_non_ascii(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

void read_html(std::string_view bytes, const std::string& source, std::size_t offset_base,
               SourceParts& out) {
    if (const auto refusal = html_guard(bytes)) throw InputError({source, 0, "", ""}, *refusal);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // parse errors are not kept: a broken page costs no more memory
    const std::unique_ptr<GumboOutput, GumboDeleter> page(
        gumbo_parse_with_options(&options, bytes.data(), bytes.size()));
    PageFacts facts;
    survey(page->root, facts);

    if (facts.charset && !in(kUtf8Names, std::string_view(*facts.charset)) && has_non_ascii(bytes)) {
        throw InputError({source, 0, "", "charset"},
                         "the page declares charset " + excerpt(*facts.charset, 40) +
                             "; factdb reads UTF-8 only: convert it first, e.g. iconv -f " +
                             excerpt(*facts.charset, 40) + " -t utf-8 PAGE > PAGE.utf8.html, and "
                             "change its <meta charset>");
    }
    const std::size_t bad = text::first_invalid_utf8(bytes);
    if (bad != std::string::npos) {
        throw InputError({source, 0, "", ""},
                         "not UTF-8: invalid byte sequence at byte " + std::to_string(bad + offset_base) +
                             "; convert the page to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)");
    }

    std::optional<std::string> root_time;
    if (const GumboNode* root = content_root(facts)) collect(root, &out.body, &root_time);

    if (facts.og_title && !facts.og_title->empty())
        out.title = *facts.og_title;
    else if (facts.title)
        out.title = title_without_site(std::string(trim_html_space(*facts.title)), facts.site_name);

    if (facts.published_meta) {
        take_date(facts.published_meta, "meta article:published_time", out);
    } else if (const auto ld = json_ld_date(facts.json_ld)) {
        take_date(ld, "JSON-LD datePublished", out);
    } else if (root_time || facts.first_time) {
        take_date(root_time ? root_time : facts.first_time, "<time datetime>", out);
    }

    if (facts.canonical && !facts.canonical->empty())
        out.url = *facts.canonical;
    else if (facts.og_url && !facts.og_url->empty())
        out.url = *facts.og_url;
}

}  // namespace factdb::article
