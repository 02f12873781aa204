// Tests of reading .md articles (article/markdown_reader.cpp and
// markdown_inline.cpp): the inline syntax each rule removes, one row per
// rule, the blocks, front matter, the corpus article against its
// .body.txt, and linear time on inputs built to make a backtracking parser
// quadratic (counted as output size and a fence, not timed).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "article/article.h"
#include "article/markdown_inline.h"
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

const std::string kFr =
    "La start-up française a annoncé mardi avoir bouclé une levée de fonds de 1,7 milliard "
    "d'euros, un tour de table mené par le groupe, qui valorise l'entreprise.";

struct InlineCase {
    std::string_view markdown;
    std::string_view text;
};

constexpr InlineCase kInline[] = {
    {"**OpenAI** et *Oracle*", "OpenAI et Oracle"},
    {"__gras__ et _italique_", "gras et italique"},
    {"***les deux***", "les deux"},
    {"~~barré~~ mais ~5 %", "barré mais ~5 %"},
    {"snake_case_name reste", "snake_case_name reste"},
    {"5 * 3 = 15", "5 * 3 = 15"},
    {"puces de [Nvidia](https://www.nvidia.com).", "puces de Nvidia."},
    {"[lien **gras**](http://x.org/a_(b)) fin", "lien gras fin"},
    {"[réf][1] et [autre] []", "réf et [autre] []"},
    {"avant ![un graphique](img.png) après", "avant  après"},
    {"![alt [imbriqué](x)](y.png)", ""},
    {"le `code` et ``a ` b``", "le code et a ` b"},
    {"` espacé `", "espacé"},
    {"un ` seul", "un ` seul"},
    {"\\*pas d'emphase\\* \\[ni lien\\]", "*pas d'emphase* [ni lien]"},
    {"mot<br/>suivant <span class=\"x\">texte</span>", "motsuivant texte"},
    {"a < b et c > d", "a < b et c > d"},
    {"voir <https://example.org/a>", "voir https://example.org/a"},
    {"[non fermé](http://x", "[non fermé](http://x"},
};

ReadOptions french() {
    ReadOptions o;
    o.language = Language::fr;
    return o;
}

std::string body_of(const std::string& md) {
    return parse_article(md, Format::markdown, "a.md", french()).text;
}

}  // namespace

TEST_CASE("strip_markdown_inline removes each inline syntax", "[article][markdown]") {
    for (const auto& c : kInline) {
        INFO(c.markdown);
        CHECK(strip_markdown_inline(c.markdown) == c.text);
    }
}

TEST_CASE("Markdown blocks become paragraphs", "[article][markdown]") {
    struct Row {
        std::string markdown;
        std::string text;
    };
    const Row rows[] = {
        {"# Titre #\n\nUn paragraphe\nsur deux lignes.\n\n## Section\nSuite.",
         "Titre\n\nUn paragraphe\nsur deux lignes.\n\nSection\n\nSuite."},
        {"- un\n- deux\n  suite\n* trois\n\n1. quatre\n2) cinq",
         "un\n\ndeux\nsuite\n\ntrois\n\nquatre\n\ncinq"},
        {"> cité\n> encore\n>\n> > imbriqué", "cité\nencore\n\nimbriqué"},
        {"Titre\n=====\n\nSous-titre\n---\n\ntexte\n\n***\n\n---\nfin",
         "Titre\n\nSous-titre\n\ntexte\n\nfin"},
        {"avant\n```json\n{\"a\": **1**}\n\n  x\n```\naprès", "avant\n\n{\"a\": **1**}\n  x\n\naprès"},
        {"[1]: https://example.org\ntexte <!-- caché\n\nsur des lignes --> visible\n\n<!-- seul -->",
         "texte\n\nvisible"},
        {"    indenté\n\tet tabulé", "indenté\net tabulé"},
    };
    for (const auto& r : rows) {
        INFO(r.markdown);
        CHECK(body_of(r.markdown) == r.text);
    }
}

TEST_CASE("Markdown title and date: front matter, else a first level-1 heading",
          "[article][markdown]") {
    const ReadOptions fr = french();
    const Article a = parse_article("# Le titre\n\n" + kFr, Format::markdown, "a.md", fr);
    CHECK(a.title == "Le titre");
    CHECK(a.text == "Le titre\n\n" + kFr);
    const Article late = parse_article(kFr + "\n\n# Plus loin", Format::markdown, "a.md", fr);
    CHECK(late.title.empty());
    const Article h2 = parse_article("## Section\n\n" + kFr, Format::markdown, "a.md", fr);
    CHECK(h2.title.empty());
    const Article fm = parse_article(
        "---\ntitle: \"Le vrai titre\"\ndate: 2026-03-10\npublished: '2026-03-14T08:00:00+01:00'\n"
        "tags: [ia]\n---\n# Autre\n\n" + kFr,
        Format::markdown, "a.md", fr);
    CHECK(fm.title == "Le vrai titre");
    CHECK(fm.published == "2026-03-14");
    CHECK(fm.text == "Autre\n\n" + kFr);
    const Article dated =
        parse_article("---\ndate: 2026-03-10\n---\n" + kFr, Format::markdown, "a.md", fr);
    CHECK(dated.published == "2026-03-10");
    CHECK(dated.title.empty());
    // Never closed: not front matter but text (the '---' is a thematic break).
    const Article open = parse_article("---\ntitle: x\n\n" + kFr, Format::markdown, "a.md", fr);
    CHECK(open.title.empty());
    CHECK(open.text == "title: x\n\n" + kFr);
    try {
        parse_article("---\ndate: 14 mars 2026\n---\n" + kFr, Format::markdown, "a.md", fr);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) == "a.md: published: front matter date: '14 mars 2026' is not "
                                       "a date (YYYY-MM-DD); fix it or give --published YYYY-MM-DD");
    }
    ReadOptions given = fr;
    given.published = "2026-03-15";
    CHECK(parse_article("---\ndate: 14 mars 2026\n---\n" + kFr, Format::markdown, "a.md", given)
              .published == "2026-03-15");
}

TEST_CASE("the corpus's Markdown article reads as its .body.txt", "[article][markdown]") {
    const std::string dir = std::string(FACTDB_TESTS_DIR) + "/extraction/";
    const Article a = read_article(dir + "02-stargate-abilene.md");
    std::string expected = slurp(dir + "02-stargate-abilene.body.txt");
    while (!expected.empty() && expected.back() == '\n') expected.pop_back();
    CHECK(a.text == expected);
    CHECK(a.title == "Stargate : OpenAI et Oracle accélèrent à Abilene");
    CHECK(a.id == "02-stargate-abilene");
    CHECK(a.language == Language::fr);
    CHECK(a.paragraphs.size() == 7);  // title, five paragraphs, one section heading
    CHECK(a.format == Format::markdown);
}

TEST_CASE("Markdown built to make a parser backtrack costs linear work", "[article][markdown]") {
    // Unclosed openers of every kind, 200,000 of each: each search resumes
    // where the last one failed, so the run takes a fraction of a second,
    // not hours; none of them opens anything, so the text is the input,
    // except the delimiters, which all go.
    struct Unit {
        std::string unit;
        bool kept;
    };
    const Unit units[] = {{"[a](", true}, {"<a x=\"", true}, {"![", true}, {"[x][y", true},
                          {"**_", false}};
    for (const auto& u : units) {
        INFO(u.unit);
        std::string md;
        for (int i = 0; i < 200000; ++i) md += u.unit;
        const std::string out = strip_markdown_inline(md);
        if (u.kept)
            CHECK(out == md);
        else
            CHECK(out.empty());
    }
    // One run of a million backticks is one unmatched run, not a million
    // lists of runs by length.
    const std::string ticks(1000000, '`');
    CHECK(strip_markdown_inline(ticks + "a") == ticks + "a");
}
