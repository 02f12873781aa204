// Every article of the extraction corpus (tests/extraction/) read by the
// article reader, compared with its hand-written gold document: the text
// must be exactly the gold's text_file (a .txt is its own; a .md or .html
// has a .body.txt), and the id, title and language those the gold gives.
// The published date is compared when the source states one (a .txt or a
// .md without front matter does not; the gold then has it from elsewhere).
// New articles added to the corpus are covered without editing this file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "article/article.h"

using namespace factdb;
using namespace factdb::article;

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("every corpus article reads as its gold document's text", "[article][corpus]") {
    const std::filesystem::path dir = std::filesystem::path(FACTDB_TESTS_DIR) / "extraction";
    std::size_t articles = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        const std::string stem = entry.path().stem().string();
        if (name.ends_with(".body.txt") || name == "README.md" || !format_of(name)) continue;
        const std::filesystem::path gold_path = dir / (stem + ".claims.json");
        if (!std::filesystem::exists(gold_path)) continue;
        INFO(name);
        ++articles;
        const auto gold = nlohmann::json::parse(slurp(gold_path))["document"];
        const Article a = read_article(entry.path().string());
        std::string text = slurp(dir / gold["text_file"].get<std::string>());
        while (!text.empty() && text.back() == '\n') text.pop_back();
        CHECK(a.text == text);
        CHECK(a.id == gold["id"].get<std::string>());
        CHECK(a.title == gold["title"].get<std::string>());
        CHECK(a.language_detected);
        CHECK(std::string(to_string(a.language)) == gold["language"].get<std::string>());
        if (a.published && gold["published"].is_string())
            CHECK(*a.published == gold["published"].get<std::string>());
    }
    // The corpus of this branch has six articles; main's grows (24 when
    // this test was written): at least the six are read.
    CHECK(articles >= 6);
}
