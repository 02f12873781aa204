// parse_stage, parse_supply_item, parse_ratio: rows mirror vocabulary.cpp's
// tables, plus the codes themselves and the rejections.
#include "lang/vocabulary.h"

#include <string>
#include <vector>

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

const std::vector<WordCase> kStageErrors{
    {"rumoured", en, "unrecognised stage 'rumoured'"},
    {"peut-être", fr, "unrecognised stage 'peut-être'"},
    {"", fr, "empty text"},
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

const std::vector<WordCase> kSupplyErrors{
    {"électricité", fr, "unrecognised supply item 'électricité'"},
    {"the", en, "unrecognised supply item 'the'"},
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
    {"beaucoup", fr, "unrecognised ratio 'beaucoup'"},
    {"x", en, "unrecognised ratio 'x'"},
    {"x0", en, "ratio must be positive"},
    {"", en, "empty text"},
};

}  // namespace

TEST_CASE("parse_stage", "[normalize][vocabulary]") {
    for (const auto& c : kStages) {
        INFO(c.text);
        CHECK(parse_stage(c.text, c.language) == c.code);
    }
    for (const auto& c : kStageErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_stage(c.text, c.language); }) == c.code);
    }
}

TEST_CASE("parse_supply_item", "[normalize][vocabulary]") {
    for (const auto& c : kSupplyItems) {
        INFO(c.text);
        CHECK(parse_supply_item(c.text, c.language) == c.code);
    }
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
