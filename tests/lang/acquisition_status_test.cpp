// parse_acquisition_status and infer_acquisition_status
// (lang/acquisition_status.h): the closed vocabulary of the claim field with
// its nearest-word refusals, and the status the evidence's verbs show, table
// driven in both languages: the most advanced status wins, neutral rows
// (completion to come) show none, a cue of the other language is no cue.
#include "lang/acquisition_status.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "lang/tokens.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct WordCase {
    factdb::Language language;
    std::string text;
    const char* code;
};

const std::vector<WordCase> kWords{
    {en, "announced", "announced"},   {en, "Announced", "announced"},
    {en, "agreed", "agreed"},         {en, "signed", "agreed"},
    {en, "pending", "agreed"},        {en, "definitive agreement", "agreed"},
    {en, "completed", "completed"},   {en, "closed", "completed"},
    {en, "finalized", "completed"},   {en, "terminated", "terminated"},
    {en, "called off", "terminated"}, {en, "abandoned", "terminated"},
    {en, "blocked", "blocked"},       {en, "blocked by regulators", "blocked"},
    {en, "vetoed", "blocked"},        {fr, "annoncée", "announced"},
    {fr, "signé", "agreed"},          {fr, "accord définitif", "agreed"},
    {fr, "finalisée", "completed"},   {fr, "Bouclé", "completed"},
    {fr, "réalisée", "completed"},    {fr, "abandonnée", "terminated"},
    {fr, "rompu", "terminated"},      {fr, "bloquée", "blocked"},
    {fr, "interdite", "blocked"},     {fr, "completed", "completed"},  // codes in either language
    {fr, "finalise", "completed"},  // folded: accents ignored
};

const std::string kAdvice =
    "; give announced, agreed, completed, terminated or blocked, or a word for one "
    "(NORMALISATION.md 15.1), or omit it to infer it";

struct WordError {
    factdb::Language language;
    std::string text;
    std::string error;
};

const std::vector<WordError> kWordErrors{
    {en, "", "empty text"},
    {en, "complted", "unrecognised acquisition status 'complted' (nearest: 'completed')" + kAdvice},
    {en, "anounced",
     "unrecognised acquisition status 'anounced' (nearest: 'announced', 'annoncé')" + kAdvice},
    {en, "rumoured", "unrecognised acquisition status 'rumoured'" + kAdvice},
    // a word of the other language: refused, the nearest words say which
    {en, "finalisée",
     "unrecognised acquisition status 'finalisée' (nearest: 'finalised', 'finalisé', "
     "'finalized')" + kAdvice},
    {fr, "closed", "unrecognised acquisition status 'closed' (nearest: 'closed', 'blocked')" +
                       kAdvice},
};

struct CueCase {
    factdb::Language language;
    std::string text;
    const char* status;  // nullptr: no cue
    std::string cue;
};

const std::vector<CueCase> kCues{
    // English
    {en, "Nvidia announced the acquisition of Run:ai", "announced", "announced"},
    {en, "CoreWeave agreed to buy Core Scientific for $9 billion", "agreed", "agreed to buy"},
    {en, "AMD has agreed to acquire ZT Systems", "agreed", "has agreed to"},
    {en, "Nvidia completed its acquisition of Run:ai", "completed", "completed"},
    {en, "Nvidia announced it has completed the deal", "completed", "has completed"},
    {en, "Google acquired DeepMind in 2014", "completed", "acquired"},
    {en, "The deal was blocked by regulators", "blocked", "blocked by regulators"},
    {en, "Nvidia agreed to buy Arm, a deal later blocked by regulators", "blocked",
     "blocked by regulators"},
    {en, "Nvidia called off its purchase of Arm", "terminated", "called off"},
    {en, "The deal is expected to close in the fourth quarter", nullptr, ""},
    {en, "The deal, expected to be completed next year, was announced", "announced", "announced"},
    {en, "Nvidia buys Run:ai", nullptr, ""},
    // French
    {fr, "Nvidia a annoncé mercredi l'acquisition de Run:ai", "announced", "a annoncé"},
    {fr, "CoreWeave a accepté de racheter Core Scientific", "agreed", "a accepté de racheter"},
    {fr, "Nvidia a finalisé le rachat de Run:ai", "completed", "a finalisé le rachat"},
    {fr, "Nvidia a annoncé avoir finalisé l'acquisition", "completed",
     "a annoncé avoir finalisé"},  // "a * finalisé", two words skipped
    {fr, "Nvidia a déjà finalisé l'opération", "completed", "a déjà finalisé"},
    {fr, "Google a racheté DeepMind en 2014", "completed", "a racheté"},
    {fr, "L'opération devrait être finalisée d'ici la fin de l'année", nullptr, ""},
    {fr, "Bruxelles a bloqué le rachat", "blocked", "a bloqué"},
    {fr, "Nvidia a renoncé au rachat d'Arm", "terminated", "a renoncé"},
    {fr, "Nvidia s'offre la start-up israélienne Run:ai", nullptr, ""},
    // a cue of the other language is no cue
    {fr, "Nvidia completed the deal", nullptr, ""},
    {en, "Nvidia a finalisé le rachat", nullptr, ""},
};

}  // namespace

TEST_CASE("parse_acquisition_status reads the status words of both languages",
          "[normalize][acquisition]") {
    for (const auto& c : kWords) {
        INFO(c.text);
        CHECK(parse_acquisition_status(c.text, c.language) == c.code);
    }
    for (const auto& c : kWordErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_acquisition_status(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("infer_acquisition_status takes the most advanced cue of the evidence",
          "[normalize][acquisition]") {
    for (const auto& c : kCues) {
        INFO(c.text);
        const auto found = infer_acquisition_status(c.text, c.language);
        if (!c.status) {
            CHECK_FALSE(found.has_value());
            continue;
        }
        REQUIRE(found.has_value());
        CHECK(found->status == c.status);
        CHECK(found->cue == c.cue);
    }
}

TEST_CASE("every acquisition cue row is found alone and shows a known status",
          "[normalize][acquisition]") {
    const std::set<std::string> codes{"announced", "agreed", "completed", "terminated", "blocked",
                                      ""};
    for (const auto& row : acquisition_cue_rows()) {
        std::string text(row.pattern);
        if (const auto star = text.find('*'); star != std::string::npos)
            text.replace(star, 1, row.langs & kFr ? "déjà" : "already");
        INFO(text);
        CHECK(codes.count(std::string(row.status)) == 1);
        const factdb::Language language = (row.langs & kFr) ? fr : en;
        const auto found = infer_acquisition_status(text, language);
        if (row.status.empty()) {
            CHECK_FALSE(found.has_value());
        } else {
            REQUIRE(found.has_value());
            CHECK(found->status == row.status);
            CHECK(parse_acquisition_status(std::string(row.status), language) == row.status);
        }
    }
}
