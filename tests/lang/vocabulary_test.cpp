// parse_stage, parse_supply_item, parse_ratio: rows mirror vocabulary.cpp's
// tables, plus the codes themselves and the rejections (exact texts, with the
// nearest words and the fix); supply items are open, so an unknown one is
// "other" and not known, never an error.  match_ratio:
// growth ratios in running text, where the match starts and exactly what it
// covers, and near misses.
#include "lang/vocabulary.h"

#include <string>
#include <vector>

#include "support/span_rows.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct WordCase {
    std::string text;
    factdb::Language language;
    const char* code;  // or the exact error
};

const std::vector<WordCase> kStages{
    {"completed", en, "completed"},    {"done", en, "completed"},
    {"closed", en, "completed"},       {"made", en, "completed"},
    {"invested", en, "completed"},     {"réalisé", fr, "completed"},
    {"Réalisée", fr, "completed"},     {"effectué", fr, "completed"},
    {"finalisé", fr, "completed"},     {"investi", fr, "completed"},
    {"conclu", fr, "completed"},       {"committed", en, "committed"},
    {"pledged", en, "committed"},      {"promised", en, "committed"},
    {"agreed", en, "committed"},       {"engagé", fr, "committed"},
    {"promis", fr, "committed"},       {"annoncé", fr, "committed"},
    {"s'est engagé", fr, "committed"}, {"s’est engagée", fr, "committed"},
    {"considered", en, "considered"},  {"considering", en, "considered"},
    {"planned", en, "considered"},     {"mooted", en, "considered"},
    {"in talks", en, "considered"},    {"envisagé", fr, "considered"},
    {"envisage", fr, "considered"},    {"en discussion", fr, "considered"},
    {"à l'étude", fr, "considered"},   {"  Planned ", en, "considered"},
};

// The fix every refusal gives after the nearest words.
const std::string kStageFix =
    "; give completed, committed or considered, or a French or English word for one of them "
    "(docs/NORMALISATION.md 5.5), or leave \"stage\" out to have it inferred from the evidence";

const std::vector<WordCase> kStageErrors{
    {"rumoured", en, nullptr},
    {"peut-être", fr, nullptr},
    {"", fr, "empty text"},
};

// Refusals with their nearest table words (at most 3 edits on folded keys,
// best first, at most three).
struct NearCase {
    std::string text;
    factdb::Language language;
    std::string expected;  // the message before kStageFix
};
const std::vector<NearCase> kStageNear{
    {"rumoured", en, "unrecognised stage 'rumoured'"},
    {"peut-être", fr, "unrecognised stage 'peut-être'"},
    {"finished", en, "unrecognised stage 'finished' (nearest: 'finalised')"},
    {"comitted", en, "unrecognised stage 'comitted' (nearest: 'committed', 'completed')"},
    {"envisagée plus tard", fr, "unrecognised stage 'envisagée plus tard'"},
    {"investis", fr, "completed"},
    {"investit", fr, "unrecognised stage 'investit' (nearest: 'investi', 'invested')"},
};

const std::vector<WordCase> kSupplyItems{
    {"puces", fr, "chips"},
    {"des puces", fr, "chips"},
    {"chips", en, "chips"},
    {"semiconductors", en, "chips"},
    {"semi-conducteurs", fr, "chips"},
    {"Semi conducteurs", fr, "chips"},
    {"GPU", fr, "chips"},
    {"GPUs", en, "chips"},
    {"les processeurs", fr, "chips"},
    {"puissance de calcul", fr, "compute"},
    {"de la puissance de calcul", fr, "compute"},
    {"capacité de calcul", fr, "compute"},
    {"compute", en, "compute"},
    {"computing power", en, "compute"},
    {"capacité cloud", fr, "cloud_capacity"},
    {"cloud capacity", en, "cloud_capacity"},
    {"services cloud", fr, "cloud_capacity"},
    {"cloud services", en, "cloud_capacity"},
    {"cloud_capacity", en, "cloud_capacity"},
    {"soutien technique", fr, "technical_support"},
    {"support technique", fr, "technical_support"},
    {"assistance technique", fr, "technical_support"},
    {"technical support", en, "technical_support"},
    {"technical assistance", en, "technical_support"},
    {"financement", fr, "funding"},
    {"un financement", fr, "funding"},
    {"funding", en, "funding"},
    {"financial support", en, "funding"},
    {"other", en, "other"},
    {"autre", fr, "other"},
};

// Open: a text no row names is "other", not known, never refused.
const std::vector<WordCase> kSupplyUnknown{
    {"électricité", fr, "other"},
    {"primary cloud provider", en, "other"},
    {"custom silicon", en, "other"},
    {"the", en, "other"},
    {"des serveurs", fr, "other"},
};

const std::vector<WordCase> kSupplyErrors{
    {"", en, "empty text"},
};

struct RatioCase {
    std::string text;
    factdb::Language language;
    double ratio;
};

const std::vector<RatioCase> kRatios{
    {"doublant", fr, 2},  {"doublé", fr, 2},          {"double", fr, 2},
    {"doubler", fr, 2},   {"doubling", en, 2},        {"doubled", en, 2},
    {"deux fois", fr, 2}, {"twice", en, 2},           {"x2", en, 2},
    {"×2", fr, 2},        {"triplant", fr, 3},        {"triple", en, 3},
    {"tripled", en, 3},   {"trois fois", fr, 3},      {"three times", en, 3},
    {"x3", fr, 3},        {"quadruplé", fr, 4},       {"quadrupled", en, 4},
    {"x1.5", en, 1.5},    {"x1,5", fr, 1.5},          {"10 fois", fr, 10},
    {"5 times", en, 5},   {"2,5 fois plus", fr, 2.5}, {"multiplié par 4", fr, 4},
    {"3x", en, 3},
};

const std::vector<WordCase> kRatioErrors{
    {"beaucoup", fr,
     "unrecognised ratio 'beaucoup'; give a word (doublant, triple, twice, quadrupled...) or a "
     "number with x, fois, times or multiplied by (x2, 2,5 fois, three times, multiplied by 4)"},
    {"x", en,
     "unrecognised ratio 'x'; give a word (doublant, triple, twice, quadrupled...) or a number "
     "with x, fois, times or multiplied by (x2, 2,5 fois, three times, multiplied by 4)"},
    {"x0", en, "ratio must be positive"},
    {"", en, "empty text"},
};

struct RatioSpanCase {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    double ratio;
};

const std::vector<RatioSpanCase> kRatioSpans{
    // French
    {fr, "Amazon a doublé sa capacité en Indiana.", "doublé", "doublé", 9, 15, 2},
    {fr, "Il construit 30 centres, doublant ainsi la taille prévue.", "doublant", "doublant", 25,
     33, 2},
    {fr, "Le parc a été multiplié par 4 en un an.", "multiplié", "multiplié par 4", 14, 29, 4},
    {fr, "Les ventes sont 2,5 fois plus élevées.", "2,5", "2,5 fois plus", 16, 29, 2.5},
    {fr, "Le nombre de sites a été multiplié par trois.", "multiplié", "multiplié par trois", 25,
     44, 3},
    {fr, "Une croissance x1,5 sur l'année.", "x1", "x1,5", 15, 19, 1.5},
    {fr, "La puissance a triplé depuis 2021.", "triplé", "triplé", 15, 21, 3},
    {fr, "Dix fois plus de serveurs.", "Dix", "Dix fois plus", 0, 13, 10},
    // French: near misses
    {fr, "Une croissance x0 ce trimestre.", "x0", nullptr, 0, 0, 0},
    {fr, "Il roule en 4x4 depuis 2020.", "4x", nullptr, 0, 0, 0},
    {fr, "Le x reste inconnu.", "x", nullptr, 0, 0, 0},
    {fr, "Il a doublement raison.", "doublement", nullptr, 0, 0, 0},
    // English
    {en, "The company tripled its capacity.", "tripled", "tripled", 12, 19, 3},
    {en, "Revenue grew three times more than expected.", "three", "three times more", 13, 29, 3},
    {en, "Capacity was multiplied by 4 in a year.", "multiplied", "multiplied by 4", 13, 28, 4},
    {en, "Users grew 2.5 times in 2023.", "2.5", "2.5 times", 11, 20, 2.5},
    {en, "It reported a 3x increase.", "3x", "3x", 14, 16, 3},
    {en, "There are twice as many sites.", "twice", "twice", 10, 15, 2},
    // English: near misses
    {en, "Output grew x0 this quarter.", "x0", nullptr, 0, 0, 0},
    {en, "It sells 4x4 trucks.", "4x", nullptr, 0, 0, 0},
    {en, "A 1e9 factor is absurd.", "1e9", nullptr, 0, 0, 0},
    {en, "It grew by 2 points.", "2", nullptr, 0, 0, 0},
};

}  // namespace

TEST_CASE("parse_stage", "[normalize][vocabulary]") {
    for (const auto& c : kStages) {
        INFO(c.text);
        CHECK(parse_stage(c.text, c.language) == c.code);
    }
    for (const auto& c : kStageErrors) {
        INFO(c.text);
        if (c.code) CHECK(error_of([&] { parse_stage(c.text, c.language); }) == c.code);
    }
    for (const auto& c : kStageNear) {
        INFO(c.text);
        if (c.expected == "completed") {
            CHECK(parse_stage(c.text, c.language) == "completed");
        } else {
            CHECK(error_of([&] { parse_stage(c.text, c.language); }) == c.expected + kStageFix);
        }
    }
}

TEST_CASE("parse_supply_item", "[normalize][vocabulary]") {
    for (const auto& c : kSupplyItems) {
        INFO(c.text);
        const SupplyItem item = parse_supply_item(c.text, c.language);
        CHECK(item.code == c.code);
        CHECK(item.known);
    }
    for (const auto& c : kSupplyUnknown) {
        INFO(c.text);
        const SupplyItem item = parse_supply_item(c.text, c.language);
        CHECK(item.code == c.code);
        CHECK_FALSE(item.known);
    }
    CHECK(supply_item_codes() == "chips, compute, cloud_capacity, technical_support, funding");
    for (const auto& c : kSupplyErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_supply_item(c.text, c.language); }) == c.code);
    }
}

TEST_CASE("parse_ratio", "[normalize][vocabulary]") {
    for (const auto& c : kRatios) {
        INFO(c.text);
        CHECK(parse_ratio(c.text, c.language) == c.ratio);
    }
    for (const auto& c : kRatioErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_ratio(c.text, c.language); }) == c.code);
    }
}

TEST_CASE("match_ratio finds growth ratios in running text", "[normalize][vocabulary][span]") {
    for (const auto& c : kRatioSpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = match_ratio(s.tokens, at, c.language);
        if (check_match(s, at, m, {c.matched, c.begin_char, c.end_char}))
            CHECK(m->value == c.ratio);
    }
    // The whole field is the span covering everything.
    for (const auto& c : kRatios) {
        INFO(c.text);
        const Tokens tokens = tokenize_running_text(c.text, c.language);
        const auto m = match_ratio(tokens, 0, c.language);
        REQUIRE(m.has_value());
        CHECK(m->end == tokens.size());
        CHECK(m->value == c.ratio);
    }
}
