// The British/American spelling table (text/spelling.h): every row rewrites
// its British form and leaves its American form alone, the table is
// idempotent, and the variants of a word are found both ways.
#include <catch2/catch.hpp>

#include <string>

#include "text/spelling.h"

using namespace factdb::text;

TEST_CASE("every spelling row rewrites the British form and keeps the American one",
          "[text][spelling]") {
    REQUIRE(spelling_pairs().size() == 74);
    for (const SpellingPair& p : spelling_pairs()) {
        INFO(p.british << " -> " << p.american);
        CHECK(american_spelling(p.british) == p.american);
        // Idempotent: the American form is no British form.
        if (p.american.find(' ') == std::string_view::npos)
            CHECK(american_spelling(p.american) == p.american);
    }
}

TEST_CASE("spelling pairs the issue names", "[text][spelling]") {
    const std::pair<const char*, const char*> cases[] = {
        {"centre", "center"},
        {"centres", "centers"},
        {"organisation", "organization"},
        {"programme", "program"},
        {"analyse", "analyze"},
        {"licence", "license"},
        {"datacentre", "data center"},
        {"datacenter", "data center"},
        {"colour", "color"},
        {"center", "center"},
        {"data", "data"},
        {"analysis", "analysis"},
        {"analyses", "analyses"},
        {"check", "check"},
        {"", ""},
    };
    for (const auto& [word, american] : cases) {
        INFO(word);
        CHECK(american_spelling(word) == american);
    }
}

TEST_CASE("spelling variants are found from either spelling", "[text][spelling]") {
    CHECK(spelling_variants("center") == std::vector<std::string_view>{"center", "centre"});
    CHECK(spelling_variants("centre") == std::vector<std::string_view>{"centre", "center"});
    CHECK(spelling_variants("licence") == std::vector<std::string_view>{"licence", "license"});
    CHECK(spelling_variants("datacenter") ==
          std::vector<std::string_view>{"datacenter", "datacentre"});
    CHECK(spelling_variants("nvidia") == std::vector<std::string_view>{"nvidia"});
}
