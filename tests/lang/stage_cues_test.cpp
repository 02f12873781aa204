// infer_stage (lang/stage_cues.h): the stage an evidence's verb shows, table
// driven in both languages: which cue decides (leftmost, longest), the exact
// words returned and their bytes, wildcards, and texts that show no stage.
// These rows are the development set of the cue table (stage_cues.cpp).
#include "lang/stage_cues.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct Case {
    factdb::Language language;
    std::string text;
    const char* stage;  // nullptr: no cue
    std::string cue;
};

const std::vector<Case> kCases{
    // English: completed
    {en, "Microsoft has invested $10 billion in OpenAI", "completed", "has invested"},
    {en, "Microsoft has already invested $10 billion", "completed", "has already invested"},
    {en, "Amazon invested $4bn in Anthropic", "completed", "invested"},
    {en, "SoftBank has put in $2 billion", "completed", "has put in"},
    {en, "Nvidia put in $100 million", "completed", "put in"},
    {en, "The fund poured $1bn into the start-up", "completed", "poured"},
    {en, "Google had invested heavily in Anthropic", "completed", "had invested"},
    // English: committed
    {en, "Amazon agreed to invest up to $4 billion", "committed", "agreed to"},
    {en, "Amazon has agreed to invest $4 billion", "committed", "has agreed to"},
    {en, "Microsoft pledged $1 billion to OpenAI", "committed", "pledged"},
    {en, "Meta will invest $10 billion in Louisiana", "committed", "will invest"},
    {en, "Oracle is committing $40bn", "committed", "is committing"},
    {en, "SoftBank is to invest $15bn", "committed", "is to invest"},
    {en, "The money will be invested over five years", "committed", "will be invested"},
    // English: considered
    {en, "Amazon is weighing a new investment in Anthropic", "considered", "is weighing"},
    {en, "Apple is in talks to invest in OpenAI", "considered", "in talks"},
    {en, "Apple is in early talks to invest", "considered", "in early talks"},
    {en, "Nvidia is considering an investment", "considered", "is considering"},
    {en, "Microsoft considering a stake in the firm", "considered", "considering"},
    {en, "Google plans to invest $25 billion", "considered", "plans to"},
    {en, "Amazon could invest more", "considered", "could invest"},
    // English: the leftmost cue decides
    {en, "Amazon has invested $4bn and agreed to invest $4bn more", "completed", "has invested"},
    {en, "Amazon agreed to invest $4bn, after it invested $1bn", "committed", "agreed to"},
    // English: case and typography do not matter
    {en, "AMAZON HAS INVESTED $4BN", "completed", "HAS INVESTED"},
    // English: no stage
    {en, "Amazon announced an investment in Anthropic", nullptr, ""},
    {en, "Amazon will invest", "committed", "will invest"},
    {en, "the investment in Anthropic", nullptr, ""},
    {en, "Amazon plans an investment", nullptr, ""},
    // French: completed
    {fr, "Amazon a investi 8 milliards de dollars", "completed", "a investi"},
    {fr, "Amazon ait déjà investi 8 milliards de dollars", "completed", "ait déjà investi"},
    {fr, "Amazon a déjà investi 4 milliards", "completed", "a déjà investi"},
    {fr, "Google a précédemment injecté plus de 3 milliards", "completed", "a précédemment injecté"},
    {fr, "les deux groupes ont investi 2 milliards", "completed", "ont investi"},
    {fr, "Amazon avait investi 4 milliards", "completed", "avait investi"},
    {fr, "4 milliards investis dans Anthropic", "completed", "investis"},
    {fr, "Amazon a mis 4 milliards sur la table", "completed", "a mis"},
    // French: committed
    {fr, "Amazon s'est engagé à investir 4 milliards", "committed", "s'est engagé"},
    {fr, "Amazon s’est engagée à investir", "committed", "s’est engagée"},
    {fr, "les deux groupes se sont engagés à investir", "committed", "se sont engagés"},
    {fr, "Amazon investira 4 milliards", "committed", "investira"},
    {fr, "Amazon va investir 4 milliards", "committed", "va investir"},
    {fr, "Amazon a promis 4 milliards", "committed", "a promis"},
    {fr, "Amazon a accepté d'investir 4 milliards", "committed", "a accepté d'"},
    // French: considered
    {fr, "Amazon envisage un nouvel investissement", "considered", "envisage"},
    {fr, "Amazon envisageait de réaliser un nouvel investissement", "considered", "envisageait"},
    {fr, "Amazon serait en discussions avec Anthropic", "considered", "en discussions"},
    {fr, "Amazon est en négociation avec Anthropic", "considered", "en négociation"},
    {fr, "Amazon étudie un investissement", "considered", "étudie"},
    {fr, "Amazon pourrait investir davantage", "considered", "pourrait investir"},
    {fr, "Amazon prévoit d'investir 10 milliards", "considered", "prévoit"},
    // French: the leftmost cue decides
    {fr, "Amazon a investi 4 milliards et envisage d'investir davantage", "completed", "a investi"},
    // French: no stage
    {fr, "l'investissement d'Amazon dans Anthropic", nullptr, ""},
    {fr, "Amazon a annoncé un investissement", nullptr, ""},
    {fr, "Amazon investir", nullptr, ""},
    // A cue of the other language is no cue.
    {fr, "Amazon has invested", nullptr, ""},
    {en, "Amazon a investi", nullptr, ""},
};

}  // namespace

TEST_CASE("infer_stage: the first stage cue of the evidence, in both languages",
          "[normalize][stage_cues]") {
    for (const auto& c : kCases) {
        INFO(c.text);
        const auto found = infer_stage(c.text, c.language);
        if (!c.stage) {
            CHECK_FALSE(found.has_value());
            continue;
        }
        REQUIRE(found.has_value());
        CHECK(found->stage == c.stage);
        CHECK(std::string(found->cue) == c.cue);
        // The bytes are the cue's place in the text.
        CHECK(c.text.substr(found->begin, found->end - found->begin) == c.cue);
    }
}

TEST_CASE("every stage cue row is well formed and matches its own pattern",
          "[normalize][stage_cues]") {
    const std::set<std::string> stages{"completed", "committed", "considered"};
    for (const auto& row : stage_cue_rows()) {
        INFO(row.pattern);
        CHECK(stages.count(std::string(row.stage)) == 1);
        CHECK(row.pattern.front() != '*');
        CHECK(row.pattern.back() != '*');
        // Written with the wildcard as no word, the pattern is its own cue
        // (or a longer row's cue of the same stage): no row is dead.
        std::string text;
        for (std::size_t i = 0; i < row.pattern.size(); ++i) {
            if (row.pattern[i] == '*') {
                text += "x";
            } else {
                text += row.pattern[i];
            }
        }
        const auto language = row.langs == kEn ? en : fr;
        const auto found = infer_stage(text, language);
        REQUIRE(found.has_value());
        CHECK(found->begin == 0);
        CHECK(found->stage == row.stage);
    }
}
