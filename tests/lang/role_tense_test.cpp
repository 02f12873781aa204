// infer_tense, parse_tense, parse_start_year (lang/role_tense.h), table
// driven in both languages: cues that govern the title (exact words and
// bytes), near misses (a cue word that governs something else), two roles
// of two tenses in one sentence, and a title the evidence does not hold.
// These rows are the development set of the cue table (role_tense.cpp).
#include "lang/role_tense.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "errors/error.h"
#include "lang/tokens.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct Case {
    factdb::Language language;
    std::string text, title;
    const char* tense;  // nullptr: no cue governs the title (current)
    std::string cue;
};

const std::vector<Case> kCases{
    // English: former
    {en, "former OpenAI chief scientist Ilya Sutskever", "chief scientist", "former",
     "former OpenAI chief scientist"},
    {en, "Former CEO John Smith", "CEO", "former", "Former CEO"},
    {en, "ex-CEO John Smith", "CEO", "former", "ex-CEO"},
    {en, "Smith, who previously served as chief executive", "chief executive", "former",
     "previously served as chief executive"},
    {en, "Smith, formerly president of Intel", "president", "former", "formerly president"},
    // English: incoming
    {en, "SoftBank chief executive Masayoshi Son will be chairman of Stargate", "chairman",
     "incoming", "will be chairman"},
    {en, "Jones will become the new CFO", "CFO", "incoming", "will become the new CFO"},
    {en, "the incoming chief executive, Jane Doe", "chief executive", "incoming",
     "incoming chief executive"},
    {en, "Doe was named CEO effective January 1", "CEO", "incoming",
     "named CEO effective"},
    {en, "Doe, the CEO-designate", "CEO", "incoming", "CEO-designate"},
    {en, "Doe will be named president", "president", "incoming", "will be named president"},
    // English: current, and near misses
    {en, "SoftBank chief executive Masayoshi Son will be chairman of Stargate",
     "chief executive", nullptr, ""},
    {en, "Chief executive Sam Altman said the former headquarters will be sold", "Chief executive",
     nullptr, ""},
    {en, "Doe was named CEO on Monday", "CEO", nullptr, ""},
    {en, "Doe will be replaced as CEO", "CEO", nullptr, ""},
    {en, "the CEO will be in Texas", "CEO", nullptr, ""},
    {en, "Smith then became CEO", "CEO", nullptr, ""},
    // French: former
    {fr, "l'ancien directeur général d'OpenAI", "directeur général", "former",
     "ancien directeur général"},
    {fr, "l'ancienne présidente de la Commission", "présidente", "former",
     "ancienne présidente"},
    {fr, "l'ex-président de Renault", "président", "former", "ex-président"},
    {fr, "Dupont, auparavant directeur financier", "directeur financier", "former",
     "auparavant directeur financier"},
    // French: incoming
    {fr, "Masayoshi Son sera président de Stargate", "président", "incoming", "sera président"},
    {fr, "Marie Curie deviendra la nouvelle directrice", "directrice", "incoming",
     "deviendra la nouvelle directrice"},
    {fr, "le futur patron d'OpenAI", "patron", "incoming", "futur patron"},
    {fr, "Dupont est nommé directeur général à partir du 1er janvier", "directeur général",
     "incoming", "nommé directeur général à partir du"},
    {fr, "Dupont, nommée présidente d'Arm à compter de mars", "présidente", "incoming",
     "nommée présidente d'Arm à compter de"},
    // French: current, and near misses
    {fr, "Fondée en 2021 par sept anciens employés d'OpenAI, dont le président Dario Amodei",
     "président", nullptr, ""},
    {fr, "Dupont a été nommé président", "président", nullptr, ""},
    {fr, "le président sera présent", "président", nullptr, ""},
    {fr, "Dupont est nommé directeur général", "directeur général", nullptr, ""},
    {fr, "Dan Grossman, vice-président senior de l'expansion des entreprises mondiales d'Amazon",
     "vice-président senior de l'expansion des entreprises mondiales", nullptr, ""},
};

}  // namespace

TEST_CASE("infer_tense: the cue governing the title, in both languages",
          "[normalize][role_tense]") {
    for (const auto& c : kCases) {
        INFO(c.text << " / " << c.title);
        const TenseReading r = infer_tense(c.text, c.title, c.language);
        CHECK(r.title_found);
        if (!c.tense) {
            CHECK_FALSE(r.cue.has_value());
            continue;
        }
        REQUIRE(r.cue.has_value());
        CHECK(r.cue->tense == c.tense);
        CHECK(std::string(r.cue->cue) == c.cue);
        CHECK(c.text.substr(r.cue->begin, r.cue->end - r.cue->begin) == c.cue);
    }
}

TEST_CASE("infer_tense: a title the evidence does not hold reports a stray cue",
          "[normalize][role_tense]") {
    const TenseReading paraphrase = infer_tense("former chief executive John Smith", "CEO", en);
    CHECK_FALSE(paraphrase.title_found);
    CHECK_FALSE(paraphrase.cue.has_value());
    CHECK(std::string(paraphrase.stray_cue) == "former");
    const TenseReading fr_case = infer_tense("le futur patron", "directeur", fr);
    CHECK(std::string(fr_case.stray_cue) == "futur");
    const TenseReading none = infer_tense("John Smith of Acme", "CEO", en);
    CHECK_FALSE(none.title_found);
    CHECK(none.stray_cue.empty());
    // Past the bound, nothing is read at all.
    const std::string long_text = std::string(kMaxTenseTextBytes, 'a') + " former CEO";
    const TenseReading too_long = infer_tense(long_text, "CEO", en);
    CHECK_FALSE(too_long.title_found);
    CHECK_FALSE(too_long.cue.has_value());
}

TEST_CASE("every tense cue row is well formed and matches its own pattern",
          "[normalize][role_tense]") {
    for (const auto& row : tense_cue_rows()) {
        INFO(row.pattern);
        CHECK((row.tense == "former" || row.tense == "incoming"));
        const std::string pattern(row.pattern);
        CHECK(pattern.find("{title}") != std::string::npos);
        CHECK(pattern.find("{title}") == pattern.rfind("{title}"));
        CHECK(pattern.front() != '*');
        CHECK(pattern.back() != '*');
        // The pattern with the wildcards as no word and the title "chef" is
        // its own cue, read from its first byte.
        std::string text;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern.compare(i, 7, "{title}") == 0) {
                text += "chef";
                i += 6;
            } else if (pattern[i] == '*') {
                if (!text.empty() && text.back() == ' ') text.pop_back();
                if (i + 1 < pattern.size() && pattern[i + 1] == ' ') ++i;
                if (!text.empty()) text += ' ';
            } else {
                text += pattern[i];
            }
        }
        const auto language = row.langs == kEn ? en : fr;
        const TenseReading r = infer_tense(text, "chef", language);
        INFO(text);
        REQUIRE(r.cue.has_value());
        CHECK(r.cue->begin == 0);
        CHECK(r.cue->end == text.size());
        CHECK(r.cue->tense == row.tense);
    }
}

TEST_CASE("parse_tense: codes and words of both languages, others are refused",
          "[normalize][role_tense]") {
    struct Row {
        factdb::Language language;
        const char* text;
        const char* tense;
    };
    for (const Row& row : std::vector<Row>{{en, "current", "current"},
                                           {fr, "former", "former"},
                                           {en, "Incoming", "incoming"},
                                           {en, "previous", "former"},
                                           {en, "ex", "former"},
                                           {en, "future", "incoming"},
                                           {fr, "actuel", "current"},
                                           {fr, "en poste", "current"},
                                           {fr, "ancienne", "former"},
                                           {fr, "futur", "incoming"},
                                           {fr, "désigné", "incoming"}}) {
        INFO(row.text);
        CHECK(parse_tense(row.text, row.language) == row.tense);
    }
    CHECK_THROWS_WITH(parse_tense("retired", en),
                      "unknown tense (known: current, former, incoming, or a word saying one: "
                      "present, previous, ex, future, designate)");
    CHECK_THROWS_WITH(parse_tense("ancien", en),
                      "unknown tense (known: current, former, incoming, or a word saying one: "
                      "present, previous, ex, future, designate)");
    CHECK_THROWS_WITH(parse_tense("previous", fr),
                      "unknown tense (known: current, former, incoming, or a word saying one: "
                      "actuel, ancien, ex, futur, désigné)");
}

TEST_CASE("parse_start_year: a year, alone or after since / depuis", "[normalize][role_tense]") {
    CHECK(parse_start_year("2021", en) == 2021);
    CHECK(parse_start_year("since 2021", en) == 2021);
    CHECK(parse_start_year("in 2019", en) == 2019);
    CHECK(parse_start_year("depuis 2021", fr) == 2021);
    CHECK(parse_start_year("à partir de 2024", fr) == 2024);
    CHECK(parse_start_year("en 2020", fr) == 2020);
    CHECK_THROWS_WITH(parse_start_year("since", en), "not a year");
    CHECK_THROWS_WITH(parse_start_year("depuis 2021", en), "not a year");
    CHECK_THROWS_WITH(parse_start_year("since 1700", en), "year out of range 1800..2200");
    CHECK_THROWS_WITH(parse_start_year("since last year", en), "not a year");
}
