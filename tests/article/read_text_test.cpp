// Tests of reading .txt articles (article/text_reader.cpp through
// parse_article and read_article): title, paragraphs and their offsets,
// white space and line breaks, NFC, the id, the command line's overrides,
// and every refusal with its exact message.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "article/article.h"
#include "article/slug.h"
#include "errors/error.h"

using namespace factdb;
using namespace factdb::article;

namespace {

const std::string kFr =
    "La start-up française a annoncé mardi avoir bouclé une levée de fonds de 1,7 milliard "
    "d'euros, un tour de table mené par le groupe, qui valorise l'entreprise.";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string paragraph(const Article& a, std::size_t i) {
    const auto& p = a.paragraphs.at(i);
    return a.text.substr(p.begin, p.end - p.begin);
}

std::string error_of(const std::string& bytes, Format f, const ReadOptions& o = {}) {
    try {
        parse_article(bytes, f, "in.txt", o);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("format_of maps extensions, case-insensitively", "[article][format]") {
    struct Row {
        const char* path;
        std::optional<Format> format;
    };
    const Row rows[] = {
        {"a.txt", Format::text},       {"dir/A.TXT", Format::text},  {"a.text", Format::text},
        {"a.md", Format::markdown},    {"a.markdown", Format::markdown},
        {"x/y.html", Format::html},    {"y.HTM", Format::html},      {"-", Format::text},
        {"a.pdf", std::nullopt},       {"noext", std::nullopt},      {"dir.md/noext", std::nullopt},
        {"a.claims.json", std::nullopt},
    };
    for (const auto& r : rows) {
        INFO(r.path);
        CHECK(format_of(r.path) == r.format);
    }
}

TEST_CASE("slug_of_path is a stable id of the file name", "[article][slug]") {
    struct Row {
        const char* path;
        const char* slug;
    };
    const Row rows[] = {
        {"tests/extraction/02-stargate-abilene.md", "02-stargate-abilene"},
        {"articles/Mistral lève 1,7 Md€.html", "mistral-leve-1-7-md"},
        {"ÉTATS_UNIS--Report.txt", "etats-unis-report"},
        {"???.txt", "article"},
        {"-", "stdin"},
        {"a/b.c/.hidden", "hidden"},
        {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-yyyyyyyyyyyyyyyyyyyyyyyyyyyyy.txt",
         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
        {"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.txt",
         "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"},
    };
    for (const auto& r : rows) {
        INFO(r.path);
        CHECK(slug_of_path(r.path) == r.slug);
    }
}

TEST_CASE("a .txt: the first line alone is the title, paragraphs split on blank lines",
          "[article][text]") {
    const std::string src = "  Le titre  \r\n\r\n" + kFr + "\r\nsuite  du   paragraphe\r\n \t \r\n\r\n" +
                            "Deuxième\rparagraphe.\n";
    const Article a = parse_article(src, Format::text, "dir/Mon Article.txt");
    CHECK(a.source == "dir/Mon Article.txt");
    CHECK(a.format == Format::text);
    CHECK(a.id == "mon-article");
    CHECK(a.title == "Le titre");
    CHECK(a.language == Language::fr);
    CHECK(a.language_detected);
    CHECK(!a.published);
    CHECK(!a.url);
    REQUIRE(a.paragraphs.size() == 3);
    CHECK(paragraph(a, 0) == "Le titre");
    CHECK(paragraph(a, 1) == kFr + "\nsuite  du   paragraphe");
    CHECK(paragraph(a, 2) == "Deuxième\nparagraphe.");
    CHECK(a.text == "Le titre\n\n" + kFr + "\nsuite  du   paragraphe\n\nDeuxième\nparagraphe.");
}

TEST_CASE("a .txt whose first paragraph has two lines has no title", "[article][text]") {
    const Article a = parse_article("Line one\nline two\n\n" + kFr, Format::text, "x.txt");
    CHECK(a.title.empty());
    REQUIRE(a.paragraphs.size() == 2);
    CHECK(paragraph(a, 0) == "Line one\nline two");
    const Article one = parse_article(kFr + "\n", Format::text, "x.txt");
    CHECK(one.title.empty());  // a lone paragraph is body, not a title
    CHECK(one.text == kFr);
}

TEST_CASE("a .txt is NFC and a BOM is not text", "[article][text]") {
    const std::string decomposed = "Titre\n\nL'e\xCC\x81quipe a annonce\xCC\x81 une leve\xCC\x81" "e de "
                                   "fonds, selon le communiqué de la société publié dans la "
                                   "matinée par le groupe.";
    const Article a = parse_article("\xEF\xBB\xBF" + decomposed, Format::text, "x.txt");
    CHECK(a.text.substr(0, 41) == "Titre\n\nL'équipe a annoncé une levée de");
    CHECK(a.title == "Titre");
}

TEST_CASE("the command line overrides what the source says", "[article][text]") {
    ReadOptions o;
    o.id = "my-id";
    o.title = "  Autre   titre ";
    o.published = "2026-03-14";
    o.url = "https://example.org/a";
    o.language = Language::en;
    const Article a = parse_article("Titre\n\n" + kFr, Format::text, "x.txt", o);
    CHECK(a.id == "my-id");
    CHECK(a.title == "Autre titre");
    CHECK(a.published == "2026-03-14");
    CHECK(a.url == "https://example.org/a");
    CHECK(a.language == Language::en);
    CHECK(!a.language_detected);
}

TEST_CASE("the extraction corpus's .txt articles are their own text", "[article][text]") {
    for (const char* stem : {"01-mistral-serie-c", "04-nvidia-rachat-startup",
                             "05-anthropic-google-tpu", "06-coreweave-core-scientific"}) {
        INFO(stem);
        const std::string path = std::string(FACTDB_TESTS_DIR) + "/extraction/" + stem + ".txt";
        const Article a = read_article(path);
        std::string file = slurp(path);
        while (!file.empty() && file.back() == '\n') file.pop_back();
        CHECK(a.text == file);
        CHECK(a.id == stem);
        CHECK(a.language == Language::fr);
        CHECK(a.language_detected);
        CHECK(!a.title.empty());
        CHECK(a.title == paragraph(a, 0));
    }
}

TEST_CASE("bad .txt input is refused with the file and how to fix it", "[article][errors]") {
    CHECK(error_of("   \n\n \t\n", Format::text) ==
          "in.txt: no body text: the file holds nothing but white space and markup");
    CHECK(error_of("", Format::text) ==
          "in.txt: no body text: the file holds nothing but white space and markup");
    CHECK(error_of("Titre\n\nabc \xC3\x28 def", Format::text) ==
          "in.txt: not UTF-8: invalid byte sequence at byte 11; convert the file to UTF-8 (e.g. "
          "iconv -f windows-1252 -t utf-8)");
    CHECK(error_of("\xEF\xBB\xBF" "ab\xFF", Format::text) ==
          "in.txt: not UTF-8: invalid byte sequence at byte 5; convert the file to UTF-8 (e.g. "
          "iconv -f windows-1252 -t utf-8)");
    ReadOptions small;
    small.max_bytes = 10;
    CHECK(error_of("01234567890", Format::text, small) ==
          "in.txt: article exceeds the 0 MiB size limit; split it or keep only the article's own "
          "page");
    CHECK(error_of(
              "Das Unternehmen hat am Dienstag eine Finanzierungsrunde über 600 Millionen Euro "
              "abgeschlossen, die von einem Investor aus den Niederlanden angeführt wurde.",
              Format::text) ==
          "in.txt: the text is neither French nor English (20 words; scores German 11.0, "
          "Portuguese 1.0); give --language fr or --language en");
    CHECK(error_of("OpenAI raises money.", Format::text) ==
          "in.txt: the text is neither French nor English (3 words, too short to tell); give "
          "--language fr or --language en");
    for (const char* bad : {"2026-02-30", "14/03/2026", "2026-03", "2026-03-14T10:00", ""}) {
        INFO(bad);
        ReadOptions o;
        o.published = bad;
        CHECK(error_of("Titre\n\n" + kFr, Format::text, o) ==
              std::string("in.txt: --published: invalid --published '") + bad +
                  "': give a real day as YYYY-MM-DD, e.g. --published 2026-03-14");
    }
    ReadOptions empty_id;
    empty_id.id = "";
    CHECK(error_of(kFr, Format::text, empty_id) == "in.txt: --id: --id must not be empty");
}

TEST_CASE("read_article refuses what is not a regular article file", "[article][errors]") {
    auto error_reading = [](const std::string& path) {
        try {
            read_article(path);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error_reading("/nonexistent/dir/a.txt") == "/nonexistent/dir/a.txt: cannot open file");
    CHECK(error_reading("/tmp") ==
          "/tmp: not an article: factdb reads .txt, .md and .html/.htm articles; rename the file "
          "or save it in one of those formats");
    char dir[] = "/tmp/factdb-article-XXXXXX";
    REQUIRE(mkdtemp(dir) != nullptr);
    const std::string folder = std::string(dir) + "/folder.txt";
    REQUIRE(mkdir(folder.c_str(), 0700) == 0);
    CHECK(error_reading(folder) == folder + ": is a folder, not a regular file; only regular files are read");
    const std::string fifo = std::string(dir) + "/pipe.md";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(error_reading(fifo) == fifo + ": is a FIFO, not a regular file; only regular files are read");
    const std::string big = std::string(dir) + "/big.txt";
    { std::ofstream(big) << std::string(100, 'a'); }
    ReadOptions o;
    o.max_bytes = 99;
    try {
        read_article(big, o);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) == big + ": article exceeds the 0 MiB size limit; split it or "
                                             "keep only the article's own page");
    }
    std::remove(big.c_str());
    std::remove(fifo.c_str());
    rmdir(folder.c_str());
    rmdir(dir);
}
