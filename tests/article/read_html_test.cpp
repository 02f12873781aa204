// Tests of reading .html articles (article/html_reader.cpp, html_guard.cpp):
// the corpus page against its .body.txt, what counts as body text, each
// metadata source in its order, the charset rule, and hostile pages (no
// <article>, nested tables, comments, scripts holding "</p>", broken
// markup, 5 MB of nested divs) read or refused in linear time.
#include <gumbo.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <utility>
#include <vector>
#include <fstream>
#include <sstream>
#include <string>

#include "article/article.h"
#include "article/html_guard.h"
#include "errors/error.h"

using namespace factdb;
using namespace factdb::article;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string without_final_newlines(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

ReadOptions french() {
    ReadOptions o;
    o.language = Language::fr;
    return o;
}

Article page(const std::string& html) {
    return parse_article(html, Format::html, "p.html", french());
}

std::string error_of(const std::string& html) {
    try {
        page(html);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

const std::string kDir = std::string(FACTDB_TESTS_DIR);

}  // namespace

TEST_CASE("the corpus's HTML page reads as its .body.txt", "[article][html]") {
    const Article a = read_article(kDir + "/extraction/03-meta-richland.html");
    CHECK(a.text == without_final_newlines(slurp(kDir + "/extraction/03-meta-richland.body.txt")));
    CHECK(a.title == "Meta agrandit Hyperion, son campus géant de Louisiane");
    CHECK(a.published == "2026-03-14");
    CHECK(a.url == "https://www.lefiltech.example/ia/meta-hyperion-richland");
    CHECK(a.id == "03-meta-richland");
    CHECK(a.language == Language::fr);
    CHECK(a.language_detected);
    CHECK(a.paragraphs.size() == 5);
}

TEST_CASE("HTML body text: blocks of the content root, boilerplate skipped", "[article][html]") {
    struct Row {
        const char* name;
        std::string html;
        std::string text;
    };
    const Row rows[] = {
        {"article preferred over the rest",
         "<body><p>cookie</p><article><p>un</p><div>byline</div><p>deux &amp; <b>trois</b></p>"
         "</article><p>pied</p></body>",
         "un\n\ndeux & trois"},
        {"itemprop=articleBody before article",
         "<article><p>teaser</p><div itemprop=\"articleBody\"><p>corps</p></div></article>",
         "corps"},
        {"the article with most text",
         "<article><p>court</p></article><article><p>le plus long des deux</p></article>",
         "le plus long des deux"},
        {"a related-links article is no root",
         "<body><article class=\"related\"><p>teaser long long long</p></article><main><p>vrai</p>"
         "</main></body>",
         "vrai"},
        {"an svg title is not the page's", "<body><svg><title>icône</title></svg><p>x</p></body>",
         "x"},
        {"main when there is no article", "<body><p>hors</p><main><p>dedans</p></main></body>",
         "dedans"},
        {"body when there is neither", "<body><div><p>a</p><p>b</p></div></body>", "a\n\nb"},
        {"headings, lists, quotes; not h1",
         "<article><h1>Titre</h1><h2>Section</h2><ul><li>un</li><li>deux <p>imbriqué</p></li></ul>"
         "<blockquote>cité</blockquote><h6>petit</h6></article>",
         "Section\n\nun\n\ndeux\n\nimbriqué\n\ncité\n\npetit"},
        {"skipped elements and attributes",
         "<article><p>oui</p><nav><p>nav</p></nav><header><p>h</p></header><footer><p>f</p>"
         "</footer><aside><p>a</p></aside><form><p>form</p></form><figure><p>fig</p><figcaption>"
         "légende</figcaption></figure><p hidden>caché</p><p aria-hidden=\"true\">caché</p>"
         "<div role=\"navigation\"><p>rôle</p></div><div class=\"share-bar\"><p>partager</p></div>"
         "<div id=\"cookie_banner\"><p>cookies</p></div><p>fin</p></article>",
         "oui\n\nfin"},
        {"white space collapsed, nbsp kept, br a space",
         "<p>  un\n\t deux<br>trois&nbsp;: quatre  </p>", "un deux trois\u00a0: quatre"},
        {"script with </p> in a string",
         "<article><p>avant</p><script>var s = \"</p><p>faux</p>\";</script><p>après</p></article>",
         "avant\n\naprès"},
        {"comments", "<article><p>un<!-- </p><p>non --> deux</p><!-- <p>rien</p> --></article>",
         "un deux"},
        {"broken markup",
         "<article><p>un <b>gras<p>deux</i> <p>trois</article></div></span><p>après",
         "un gras\n\ndeux\n\ntrois"},
        {"nested tables: cell text is not body, paragraphs in cells are",
         "<body><table><tr><td>cellule<table><tr><td><p>para</p></td></tr></table></td></tr>"
         "</table></body>",
         "para"},
        {"text outside blocks only", "<article><div>rien <span>que</span> des div</div><p>p</p>",
         "p"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(page(r.html).text == r.text);
    }
}

TEST_CASE("HTML metadata: each source in its order", "[article][html]") {
    const std::string body = "<p>corps</p>";
    struct Row {
        const char* name;
        std::string head;
        std::string title;
        std::optional<std::string> published;
        std::optional<std::string> url;
    };
    const Row rows[] = {
        {"og:title over title, meta date over JSON-LD",
         "<title>T | Site</title><meta property=\"og:title\" content=\" OG \">"
         "<meta property=\"article:published_time\" content=\"2026-03-14T23:30:00-05:00\">"
         "<script type=\"application/ld+json\">{\"datePublished\": \"2020-01-01\"}</script>"
         "<link rel=\"canonical\" href=\"https://a.example/c\"><meta property=\"og:url\" "
         "content=\"https://a.example/og\">",
         "OG", "2026-03-14", "https://a.example/c"},
        {"title trimmed of the site's own name only",
         "<title> Meta agrandit Hyperion | Le Fil Tech </title><meta property=\"og:site_name\" "
         "content=\"Le Fil Tech\">",
         "Meta agrandit Hyperion", std::nullopt, std::nullopt},
        {"an unknown suffix stays", "<title>Un - deux | Autre</title>", "Un - deux | Autre",
         std::nullopt, std::nullopt},
        {"JSON-LD in @graph, og:url",
         "<script type=\"application/ld+json\">[{\"@graph\": [{\"@type\": \"WebPage\"}, "
         "{\"@type\": \"NewsArticle\", \"datePublished\": \"2026-02-01T10:00:00Z\"}]}]</script>"
         "<meta property=\"og:url\" content=\"https://a.example/og\">",
         "", "2026-02-01", "https://a.example/og"},
        {"broken JSON-LD is not a date source, time datetime is",
         "<script type=\"application/ld+json\">{\"datePublished\": </script>", "", "2025-12-31",
         std::nullopt},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        const std::string html = "<html><head>" + r.head + "</head><body><time datetime=\"2025-12-31\">"
                                 "31 déc.</time>" + body + "</body></html>";
        const Article a = page(html);
        CHECK(a.title == r.title);
        CHECK(a.published == r.published.value_or("2025-12-31"));
        CHECK(a.url == r.url);
    }
    CHECK(!page("<p>corps</p>").published);
    CHECK(page("<body><svg><title>icône</title></svg><p>x</p></body>").title.empty());
    CHECK(error_of("<meta property=\"article:published_time\" content=\"March 14, 2026\"><p>x</p>") ==
          "p.html: published: meta article:published_time 'March 14, 2026' is not a date "
          "(YYYY-MM-DD or an ISO 8601 datetime); fix it or give --published YYYY-MM-DD");
}

TEST_CASE("HTML charset: UTF-8 is read, another charset refused unless pure ASCII",
          "[article][html]") {
    CHECK(page("<meta charset=\"UTF-8\"><p>été</p>").text == "été");
    CHECK(page("<meta charset=\"windows-1252\"><p>ete &eacute;t&eacute;</p>").text == "ete été");
    CHECK(error_of("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                   "<p>\xE9t\xE9</p>") ==
          "p.html: charset: the page declares charset iso-8859-1; factdb reads UTF-8 only: convert "
          "it first, e.g. iconv -f iso-8859-1 -t utf-8 PAGE > PAGE.utf8.html, and change its <meta "
          "charset>");
    CHECK(error_of("<p>\xE9t\xE9</p>") ==
          "p.html: not UTF-8: invalid byte sequence at byte 3; convert the page to UTF-8 (e.g. "
          "iconv -f windows-1252 -t utf-8)");
    CHECK(error_of("\xEF\xBB\xBF<p>\xE9t\xE9</p>") ==
          "p.html: not UTF-8: invalid byte sequence at byte 6; convert the page to UTF-8 (e.g. "
          "iconv -f windows-1252 -t utf-8)");
}

TEST_CASE("a page saved in ISO-8859-1 is refused with the command to convert it",
          "[article][html][errors]") {
    const std::string path = kDir + "/article/latin1-charset.html";
    try {
        read_article(path);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) ==
              path + ": charset: the page declares charset iso-8859-1; factdb reads UTF-8 only: "
                     "convert it first, e.g. iconv -f iso-8859-1 -t utf-8 PAGE > PAGE.utf8.html, "
                     "and change its <meta charset>");
        CHECK(e.kind() == ErrorKind::input);
    }
}

TEST_CASE("HTML without body text is refused", "[article][html][errors]") {
    const std::string expected =
        "p.html: no body text: the page has no paragraph of article text (p, h2-h6, li, "
        "blockquote outside navigation, headers, footers and asides); save the article's own "
        "page, or its text as .txt";
    CHECK(error_of("") == expected);
    CHECK(error_of("<html><head><title>x</title></head><body><nav><p>menu</p></nav><div>texte"
                   "</div></body></html>") == expected);
    CHECK(error_of(slurp(kDir + "/article/no-article-text.html")) == expected);
}

TEST_CASE("hostile HTML fixtures read as their .body.txt", "[article][html]") {
    for (const char* stem : {"no-article-element", "nested-tables", "broken-markup"}) {
        INFO(stem);
        const Article a = read_article(kDir + "/article/" + stem + ".html", french());
        CHECK(a.text == without_final_newlines(slurp(kDir + "/article/" + stem + ".body.txt")));
    }
}

TEST_CASE("html_guard refuses the shapes gumbo spends more than linear time on",
          "[article][html][errors]") {
    // 5 MB of nested divs: refused at depth 513, after one linear scan.
    std::string deep;
    while (deep.size() < 5u << 20) deep += "<div>";
    CHECK(error_of(deep) == "p.html: the page nests elements more than 512 deep (at byte 2560); "
                            "save the article's own page, or its text as .txt");
    // Unclosed formatting elements, each re-created in every paragraph.
    std::string fmt;
    for (int i = 0; i < 65; ++i) fmt += "<b id=" + std::to_string(i) + ">";
    fmt += "</p>";
    for (int i = 0; i < 1000; ++i) fmt += "<p>x</p>";
    CHECK(error_of(fmt) == "p.html: the page leaves more than 64 formatting elements (b, i, "
                           "font, ...) open at once; save the article's own page, or its text as "
                           ".txt");
    std::string many;
    for (int i = 0; i <= 500000; ++i) many += "<br>";
    CHECK(error_of(many) == "p.html: the page has more than 500000 elements; save the article's "
                            "own page, or its text as .txt");
    // What is not deep is read: 5 MB of sibling paragraphs, and 500 levels.
    std::string wide;
    while (wide.size() < 5u << 20) wide += "<p>un deux</p>";
    CHECK(page(wide).paragraphs.size() == wide.size() / 14);
    std::string nested(500 * 5, ' ');
    nested.clear();
    for (int i = 0; i < 500; ++i) nested += "<div>";
    nested += "<p>profond</p>";
    CHECK(page(nested).text == "profond");
    // Closed elements, void elements, p and li closing their own kind and
    // svg's self-closing children do not count as depth.
    std::string flat;
    for (int i = 0; i < 2000; ++i)
        flat += "<div><span>a</span></div><img src=x><p>b<li>c<svg><path d=\"\"/></svg>";
    CHECK(!html_guard(flat));
}

namespace {

// The deepest element of gumbo's tree for a page, and its element count:
// what html_guard estimates from above.
struct TreeShape {
    std::size_t depth = 0;
    std::size_t elements = 0;
};

TreeShape gumbo_shape(const std::string& html) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
    TreeShape shape;
    std::vector<std::pair<const GumboNode*, std::size_t>> todo{{out->root, 1}};
    while (!todo.empty()) {
        const auto [node, depth] = todo.back();
        todo.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
        ++shape.elements;
        shape.depth = std::max(shape.depth, depth);
        const GumboVector& kids = node->v.element.children;
        for (unsigned k = 0; k < kids.length; ++k)
            todo.push_back({static_cast<const GumboNode*>(kids.data[k]), depth + 1});
    }
    gumbo_destroy_output(&options, out);
    return shape;
}

}  // namespace

// Each row is a way to make gumbo's tree deep (or wide through the
// reconstruction of formatting elements) that a naive count of start and
// end tags misses: an end tag the tree builder ignores or answers by
// reparenting, a comment that ends early, a quote that opens no value, a
// '/' inside an unquoted value, markup inside SVG's <title>, formatting
// elements re-created in every paragraph ('#' is the repetition's number,
// so that Noah's Ark does not merge them).  Repeated 1, 10, ... 100,000
// times: whenever html_guard accepts the page, gumbo's real tree stays
// within twice the guard's bounds (implied tbody/tr and html/head/body are
// the difference); and at 100,000 repetitions every deep row is refused, so
// gumbo never sees the cubic case.
TEST_CASE("html_guard's estimate bounds gumbo's real tree from above", "[article][html]") {
    struct Row {
        std::string pattern;
        bool refused_at_100000;
    };
    const Row rows[] = {
        {"<div>", true},
        {"<b><div></b>", true},
        {"<span><div></span>", true},
        {"<svg><div/></svg>", true},
        {"<form><div></form>", true},
        {"<!--> <div>", true},
        {"<div x\"><p>\"", true},
        {"<svg><g a=b/>", true},
        {"<svg><title><div>", true},
        {"<p><b id=#>x</p>", true},
        {"<p><b id=1>x</p>", false},  // alike: Noah's Ark keeps three
        {"<table><td><table><td>", true},
        {"<li><section>", true},
        {"<a><div></a>", true},
        {"<i><b><div></i>x", true},
        {"<math><mi><div></math>", true},
        {"<select><option><div>", true},
        {"<body><div></body>", true},
        {"<template><div>", true},
        {"<p>x</p><div></div><ul><li>a<li>b</ul>", false},
    };
    for (const auto& row : rows) {
        std::string page;
        for (std::size_t n : {1, 10, 100, 1000, 10000, 100000}) {
            page.clear();
            for (std::size_t k = 0; k < n; ++k) {
                std::string unit = row.pattern;
                if (const std::size_t hash = unit.find('#'); hash != std::string::npos)
                    unit.replace(hash, 1, std::to_string(k));
                page += unit;
            }
            INFO(row.pattern << " x " << n);
            if (html_guard(page)) continue;
            const TreeShape shape = gumbo_shape(page);
            CHECK(shape.depth <= 2 * kMaxHtmlDepth);
            CHECK(shape.elements <= 2 * kMaxHtmlElements);
        }
        INFO(row.pattern << " x 100000");
        CHECK(html_guard(page).has_value() == row.refused_at_100000);
    }
}
