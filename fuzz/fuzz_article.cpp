// libFuzzer target: the article reader (article/), over HTML, Markdown and
// text - the formats a user hands `factdb draft` straight from the web.
//
// The input's first byte chooses the format and the language: 'h' HTML,
// 'm' Markdown, 't' text, read as French; 'H', 'M', 'T' the same with
// language detection; any other byte picks by its value.  The rest is the
// file.  Beyond "no crash, no sanitizer report, no hang", each call must
// end in exactly one of:
//   * an Article that keeps article.h's invariants: text is valid UTF-8 in
//     NFC; paragraphs are non-empty, in order, inside text, hold no "\n\n"
//     and are separated by exactly "\n\n" (text is their concatenation);
//     the id is a slug of [a-z0-9-] of at most 64 bytes; published, when
//     set, is a real day YYYY-MM-DD; the title holds no line break;
//   * a factdb::InputError (a refused file).
// And for HTML, whatever the outcome: when html_guard lets a page through,
// gumbo's real tree is at most twice kMaxHtmlDepth deep - the guard's
// estimate must bound the real depth from above, or a page could reach
// gumbo's cubic case.
// Any other exception or a broken invariant aborts, which libFuzzer reports
// as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <gumbo.h>

#include <utility>
#include <vector>

#include "article/article.h"
#include "article/html_guard.h"
#include "errors/error.h"
#include "lang/calendar_date.h"
#include "text/unicode.h"

namespace {

using namespace factdb;
using namespace factdb::article;

[[noreturn]] void fail(std::string_view what, std::string_view input) {
    std::fprintf(stderr, "fuzz_article: invariant broken: %.*s\n", static_cast<int>(what.size()),
                 what.data());
    std::fprintf(stderr, "input (%zu bytes): \"%.*s\"\n", input.size(),
                 static_cast<int>(input.size() < 400 ? input.size() : 400), input.data());
    std::abort();
}

void check(const Article& a, std::string_view input) {
    if (!text::is_valid_utf8(a.text)) fail("text is not UTF-8", input);
    if (text::nfc(a.text) != a.text) fail("text is not NFC", input);
    if (a.paragraphs.empty()) fail("an article without paragraphs", input);
    std::size_t expected_begin = 0;
    for (const Paragraph& p : a.paragraphs) {
        if (p.begin != expected_begin) fail("paragraphs not separated by one blank line", input);
        if (p.end <= p.begin || p.end > a.text.size()) fail("paragraph out of the text", input);
        if (std::string_view(a.text).substr(p.begin, p.end - p.begin).find("\n\n") != std::string_view::npos)
            fail("a paragraph holds a blank line", input);
        if (p.end < a.text.size() && a.text.compare(p.end, 2, "\n\n") != 0)
            fail("paragraphs not separated by \\n\\n", input);
        expected_begin = p.end + 2;
    }
    if (a.paragraphs.back().end != a.text.size()) fail("text beyond the last paragraph", input);
    if (a.id.empty() || a.id.size() > 64) fail("id length", input);
    for (const char c : a.id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) fail("id not a slug", input);
    }
    if (a.published && !lang::is_calendar_date(*a.published)) fail("published not a day", input);
    if (!text::is_valid_utf8(a.title)) fail("title not UTF-8", input);
    if (a.title.find('\n') != std::string::npos) fail("title holds a line break", input);
}

std::size_t gumbo_depth(std::string_view html) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
    std::size_t deepest = 0;
    std::vector<std::pair<const GumboNode*, std::size_t>> todo{{out->root, 1}};
    while (!todo.empty()) {
        const auto [node, depth] = todo.back();
        todo.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
        if (depth > deepest) deepest = depth;
        const GumboVector& kids = node->v.element.children;
        for (unsigned k = 0; k < kids.length; ++k)
            todo.push_back({static_cast<const GumboNode*>(kids.data[k]), depth + 1});
    }
    gumbo_destroy_output(&options, out);
    return deepest;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string input(reinterpret_cast<const char*>(data), size);
    const char selector = input[0];
    Format format = Format::html;
    bool detect = false;
    switch (selector) {
        case 'h': case 'H': format = Format::html; break;
        case 'm': case 'M': format = Format::markdown; break;
        case 't': case 'T': format = Format::text; break;
        default:
            format = static_cast<Format>(static_cast<unsigned char>(selector) % 3);
            detect = (static_cast<unsigned char>(selector) & 0x80) != 0;
    }
    if (selector >= 'A' && selector <= 'Z') detect = true;
    ReadOptions options;
    if (!detect) options.language = Language::fr;
    try {
        check(parse_article(input.substr(1), format, "fuzz-input.html", options), input);
    } catch (const InputError&) {
        // the one permitted failure: a refused file
    }
    if (format == Format::html) {
        const std::string_view page = std::string_view(input).substr(1);
        if (!html_guard(page) && gumbo_depth(page) > 2 * kMaxHtmlDepth)
            fail("html_guard let through a page gumbo nests deeper than its bound", input);
    }
    return 0;
}
