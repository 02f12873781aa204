// parse_count and parse_year: digits, number words (the numbers.cpp table),
// collectives, bounds, and the words that may follow a count.  match_count
// and match_year: sentences, where the match starts and exactly what it
// covers, and the near misses running text is full of (articles, dates,
// percentages, amounts, codes).
#include "lang/count.h"

#include <string>
#include <vector>

#include "support/span_rows.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct CountCase {
    std::string text;
    factdb::Language language;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<CountCase> kCounts{
    // French digits and number words
    {"30", fr, Q::exact, "30", "30"},
    {"30 centres de données", fr, Q::exact, "30", "30"},
    {"40\u202F000 emplois", fr, Q::exact, "40000", "40000"},
    {"1,5 million d'utilisateurs", fr, Q::exact, "1500000", "1500000"},
    {"deux millions", fr, Q::exact, "2000000", "2000000"},
    {"zéro", fr, Q::exact, "0", "0"},
    {"un", fr, Q::exact, "1", "1"},
    {"un centre", fr, Q::exact, "1", "1"},
    {"dix-sept", fr, Q::exact, "17", "17"},
    {"Trente", fr, Q::exact, "30", "30"},
    {"vingt-six", fr, Q::exact, "26", "26"},
    {"vingt et un", fr, Q::exact, "21", "21"},
    {"trente et un", fr, Q::exact, "31", "31"},
    {"trente et une entreprises", fr, Q::exact, "31", "31"},
    {"soixante-douze", fr, Q::exact, "72", "72"},
    {"soixante et onze", fr, Q::exact, "71", "71"},
    {"soixante-dix", fr, Q::exact, "70", "70"},
    {"quatre-vingts", fr, Q::exact, "80", "80"},
    {"quatre-vingt-un", fr, Q::exact, "81", "81"},
    {"quatre-vingt-dix-neuf", fr, Q::exact, "99", "99"},
    {"cent", fr, Q::exact, "100", "100"},
    {"deux cents", fr, Q::exact, "200", "200"},
    {"deux cent cinquante", fr, Q::exact, "250", "250"},
    {"mille", fr, Q::exact, "1000", "1000"},
    {"trois mille", fr, Q::exact, "3000", "3000"},
    {"trois mille deux cents salariés", fr, Q::exact, "3200", "3200"},
    // French collectives, qualifiers, ranges
    {"une dizaine", fr, Q::approximately, "10", "10"},
    {"une douzaine", fr, Q::approximately, "12", "12"},
    {"une quinzaine", fr, Q::approximately, "15", "15"},
    {"une vingtaine", fr, Q::approximately, "20", "20"},
    {"une trentaine", fr, Q::approximately, "30", "30"},
    {"une trentaine de centres", fr, Q::approximately, "30", "30"},
    {"une quarantaine", fr, Q::approximately, "40", "40"},
    {"une cinquantaine", fr, Q::approximately, "50", "50"},
    {"une soixantaine", fr, Q::approximately, "60", "60"},
    {"une centaine", fr, Q::approximately, "100", "100"},
    {"un millier", fr, Q::approximately, "1000", "1000"},
    {"plus d'une dizaine", fr, Q::more_than, "10", nullptr},
    {"au moins une centaine de sites", fr, Q::at_least, "100", nullptr},
    {"au moins 11", fr, Q::at_least, "11", nullptr},
    {"environ 200 salariés", fr, Q::approximately, "200", "200"},
    {"moins de 10", fr, Q::less_than, nullptr, "10"},
    {"jusqu'à 500", fr, Q::at_most, nullptr, "500"},
    {"entre 20 et 30 centres", fr, Q::between, "20", "30"},
    {"de 20 à 30", fr, Q::between, "20", "30"},
    {"20 à 30 sites", fr, Q::between, "20", "30"},
    {"30 à Paris", fr, Q::exact, "30", "30"},
    {"entre 2 et 3 millions d'utilisateurs", fr, Q::between, "2000000", "3000000"},
    {"un nombre non divulgué", fr, Q::undisclosed, nullptr, nullptr},
    // English
    {"seven former employees", en, Q::exact, "7", "7"},
    {"seven former employees of an AI lab", en, Q::exact, "7", "7"},
    {"sept anciens employés d'une start-up", fr, Q::exact, "7", "7"},
    {"30 centres de données en Indiana", fr, Q::exact, "30", "30"},
    {"zero", en, Q::exact, "0", "0"},
    {"nineteen", en, Q::exact, "19", "19"},
    {"twenty-six", en, Q::exact, "26", "26"},
    {"twenty six", en, Q::exact, "26", "26"},
    {"ninety-nine", en, Q::exact, "99", "99"},
    {"a hundred", en, Q::exact, "100", "100"},
    {"three hundred", en, Q::exact, "300", "300"},
    {"one hundred and five", en, Q::exact, "105", "105"},
    {"a thousand", en, Q::exact, "1000", "1000"},
    {"two thousand", en, Q::exact, "2000", "2000"},
    {"a dozen", en, Q::exact, "12", "12"},
    {"about a dozen", en, Q::approximately, "12", "12"},
    {"more than 1,000 sites", en, Q::more_than, "1000", nullptr},
    {"at least 11", en, Q::at_least, "11", nullptr},
    {"fewer than 5", en, Q::less_than, nullptr, "5"},
    {"between 10 and 20", en, Q::between, "10", "20"},
    {"10 to 20 data centres", en, Q::between, "10", "20"},
    {"1.5 million users", en, Q::exact, "1500000", "1500000"},
    {"10k", en, Q::exact, "10000", "10000"},
    // issue 12: compound number words, counts of one, errors of the past
    {"deux millions cinq cent mille utilisateurs", fr, Q::exact, "2500000", "2500000"},
    {"a data centre", en, Q::exact, "1", "1"},
    {"an Ohio campus", en, Q::exact, "1", "1"},
    {"a second facility in Ohio", en, Q::exact, "1", "1"},
    {"a new campus", en, Q::exact, "1", "1"},
    {"un second site", fr, Q::exact, "1", "1"},
    {"une troisième usine", fr, Q::exact, "1", "1"},
    {"seven employees of a start-up", en, Q::exact, "7", "7"},
    {"30 sites en tout", fr, Q::exact, "30", "30"},
};

struct ErrorCase {
    std::string text;
    factdb::Language language;
    const char* error;
};

const std::vector<ErrorCase> kCountErrors{
    {"", fr, "empty text"},
    {"plusieurs", fr, "vague quantity 'plusieurs'"},
    {"plusieurs centres", fr, "vague quantity 'plusieurs'"},
    {"des centaines", fr, "vague quantity 'des centaines'"},
    {"several", en, "vague quantity 'several'"},
    {"de nombreux sites", fr, "vague quantity 'de nombreux'"},
    {"a few", en, "vague quantity 'a few'"},
    {"dozens of sites", en, "vague quantity 'dozens'"},
    {"2,5", fr, "count is not a whole number"},
    {"1.5", en, "count is not a whole number"},
    {"-3", fr, "count is negative"},
    {"99999999999999999999", en, "count exceeds the 64-bit integer range"},
    {"centres : 30", fr, "not a number"},
    {"30 %", fr, "unexpected text '%'"},
    {"1e400", en, "exponent notation is not accepted"},
    // A count never drops a quantity it cannot read (these once became 10, 12, 10 bn, 2).
    {"une dizaine de milliers", fr, "unexpected text 'de milliers'"},
    {"twelve hundred", en, "unexpected text 'hundred'"},
    {"10 milliards de milliards", fr, "unexpected text 'de milliards'"},
    {"at least 2 to 3", en, "unexpected text 'to 3'"},
    {"30 centres, 12 en construction", fr, "unexpected text 'centres, 12 en construction'"},
};

struct YearCase {
    std::string text;
    factdb::Language language;
    int year;  // 0: error
    const char* error;
};

const std::vector<YearCase> kYears{
    {"2021", fr, 2021, ""},
    {"en 2021", fr, 2021, ""},
    {"in 2021", en, 2021, ""},
    {"1800", en, 1800, ""},
    {"2200", en, 2200, ""},
    {"1799", en, 0, "year out of range 1800..2200"},
    {"2201", fr, 0, "year out of range 1800..2200"},
    {"in 2021", fr, 0, "not a year"},
    {"depuis 2021", fr, 0, "not a year"},
    {"21", en, 0, "not a year"},
    {"2 021", fr, 0, "not a year"},
    {"", fr, 0, "not a year"},
};

struct CountSpanCase {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<CountSpanCase> kCountSpans{
    // French: the count, without the noun it counts
    {fr, "Amazon construira 30 centres de données en Indiana.", "30", "30", 18, 20, Q::exact, "30",
     "30"},
    {fr, "Le groupe compte une trentaine de centres en Europe.", "une", "une trentaine", 17, 30,
     Q::approximately, "30", "30"},
    {fr, "Il exploite au moins 11 sites au Texas.", "au", "au moins 11", 12, 23, Q::at_least, "11",
     nullptr},
    {fr, "Entre 20 et 30 centres seront construits.", "Entre", "Entre 20 et 30", 0, 14, Q::between,
     "20", "30"},
    {fr, "Le projet créera 40\u202F000 emplois d'ici 2030.", "40", "40\u202F000", 17, 23, Q::exact,
     "40000", "40000"},
    {fr, "Vingt-six ingénieurs ont rejoint l'équipe.", "Vingt", "Vingt-six", 0, 9, Q::exact, "26",
     "26"},
    {fr, "Plus d'une dizaine de laboratoires collaborent.", "Plus", "Plus d'une dizaine", 0, 18,
     Q::more_than, "10", nullptr},
    {fr, "Ils seront 2 à 3 millions d'utilisateurs.", "2", "2 à 3 millions", 11, 25, Q::between,
     "2000000", "3000000"},
    {fr, "Il reste 30 à Paris.", "30", "30", 9, 11, Q::exact, "30", "30"},
    {fr, "Un centre neuf ouvrira, puis un millier de serveurs.", "un millier", "un millier", 29, 39,
     Q::approximately, "1000", "1000"},
    // French: near misses
    {fr, "Amazon a annoncé un investissement record.", "un", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "Le 5 mai, Amazon a annoncé 30 centres.", "5", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "Une hausse de 30 % des ventes.", "30", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {fr, "Il a investi 8 milliards de dollars.", "8", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "La puce H100 domine le marché.", "100", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {fr, "Le 1er centre ouvrira en 2026.", "1", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {fr, "Plusieurs centres sont prévus.", "Plusieurs", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "Le service compte deux millions cinq cent mille utilisateurs.", "deux",
     "deux millions cinq cent mille", 18, 47, Q::exact, "2500000", "2500000"},
    {fr, "Il détient 49 pour cent des parts.", "cent", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "Il en reste -3 cette semaine.", "-3", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    // English
    {en, "Nvidia plans to build five data centers in Texas.", "five", "five", 22, 26, Q::exact, "5",
     "5"},
    {en, "The company runs more than 1,000 sites worldwide.", "more", "more than 1,000", 17, 32,
     Q::more_than, "1000", nullptr},
    {en, "About a dozen engineers left.", "About", "About a dozen", 0, 13, Q::approximately, "12",
     "12"},
    {en, "Between 10 and 20 data centres are planned.", "Between", "Between 10 and 20", 0, 17,
     Q::between, "10", "20"},
    {en, "The service has 1.5 million users.", "1.5", "1.5 million", 16, 27, Q::exact, "1500000",
     "1500000"},
    {en, "Seven former employees sued the firm.", "Seven", "Seven", 0, 5, Q::exact, "7", "7"},
    {en, "It hired a hundred engineers.", "a hundred", "a hundred", 9, 18, Q::exact, "100", "100"},
    // English: near misses
    {en, "On May 5, Meta invested $10bn.", "5", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "A data centre opened in Ohio.", "A", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "It runs 24/7 in Iowa.", "24", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "Costs fell 30% last year.", "30", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "Scores rose by 2.5 points.", "2.5", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "Several sites are planned.", "Several", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "It paid $30 per seat.", "30", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "Chips are made at 3nm now.", "3", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
};

struct YearSpanCase {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    int year;
};

const std::vector<YearSpanCase> kYearSpans{
    // French
    {fr, "Amazon a investi en 2021 dans Anthropic.", "en", "en 2021", 17, 24, 2021},
    {fr, "Amazon a investi en 2021 dans Anthropic.", "2021", "2021", 20, 24, 2021},
    {fr, "Le 5 mai 2021, Amazon a annoncé un site.", "2021", "2021", 9, 13, 2021},
    {fr, "La mise en service est prévue pour 2026.", "2026", "2026", 35, 39, 2026},
    {fr, "En 1800, rien de tel n'existait.", "En", "En 1800", 0, 7, 1800},
    {fr, "Le contrat date du 12/05/2021.", "2021", nullptr, 0, 0, 0},
    {fr, "Le contrat date du 12/05/2021.", "12", nullptr, 0, 0, 0},
    {fr, "Sur la période 2021-2022, les ventes ont doublé.", "2021", nullptr, 0, 0, 0},
    {fr, "Sur la période 2021-2022, les ventes ont doublé.", "2022", nullptr, 0, 0, 0},
    {fr, "Le groupe emploie 2 021 personnes.", "2", nullptr, 0, 0, 0},
    {fr, "Fondée en 1650, la banque prospère.", "en", nullptr, 0, 0, 0},
    {fr, "Il a payé 2021 dollars.", "2021", nullptr, 0, 0, 0},
    {fr, "Il est arrivé in 2021.", "in", nullptr, 0, 0, 0},
    {fr, "Le prix atteint 2021,5 points.", "2021", nullptr, 0, 0, 0},
    // English
    {en, "Microsoft invested in 2019 and again in 2023.", "in 2019", "in 2019", 19, 26, 2019},
    {en, "Microsoft invested in 2019 and again in 2023.", "2023", "2023", 40, 44, 2023},
    {en, "On May 5, 2024, Meta invested $10bn.", "2024", "2024", 10, 14, 2024},
    {en, "The 2024 results beat forecasts.", "2024", "2024", 4, 8, 2024},
    {en, "It opens in 2200 at the earliest.", "in", "in 2200", 9, 16, 2200},
    {en, "The firm was founded on 2021-05-01 in Delaware.", "2021", nullptr, 0, 0, 0},
    {en, "Revenue rose 2021% in a typo.", "2021", nullptr, 0, 0, 0},
    {en, "It costs $2021 per seat.", "2021", nullptr, 0, 0, 0},
    {en, "The fiscal year 2023/24 was strong.", "2023", nullptr, 0, 0, 0},
    {en, "It ships in 21 days.", "in", nullptr, 0, 0, 0},
    {en, "The 2,021 employees voted.", "2", nullptr, 0, 0, 0},
    {en, "It closed in 2201, say the planners.", "in", nullptr, 0, 0, 0},
    {en, "Shares hit 2024 million.", "2024", nullptr, 0, 0, 0},
};

}  // namespace

TEST_CASE("parse_count accepts counts in French and English", "[normalize][count]") {
    for (const auto& c : kCounts) {
        INFO(c.text);
        check_range(parse_count(c.text, c.language), c.qualifier, c.low, c.high);
    }
}

TEST_CASE("parse_count rejects with the reason", "[normalize][count]") {
    for (const auto& c : kCountErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_count(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("parse_year", "[normalize][count]") {
    for (const auto& c : kYears) {
        INFO(c.text);
        if (c.year != 0) {
            CHECK(parse_year(c.text, c.language) == c.year);
        } else {
            CHECK(error_of([&] { parse_year(c.text, c.language); }) == c.error);
        }
    }
}

TEST_CASE("match_count finds counts in running text", "[normalize][count][span]") {
    for (const auto& c : kCountSpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = match_count(s.tokens, at, c.language);
        if (check_match(s, at, m, {c.matched, c.begin_char, c.end_char}))
            check_range(m->value, c.qualifier, c.low, c.high);
    }
}

TEST_CASE("match_count agrees with parse_count on every accepted count",
          "[normalize][count][span]") {
    // Whole field = span + nothing left over (but the counted noun, and the
    // running-text refusal of a lone article "un").
    for (const auto& c : kCounts) {
        // The article alone is refused in running text ("un", "a", "an").
        if (c.qualifier == Q::undisclosed || c.text == "un") continue;
        const bool article = c.text.rfind("a ", 0) == 0 || c.text.rfind("an ", 0) == 0 ||
                             c.text.rfind("un ", 0) == 0 || c.text.rfind("une ", 0) == 0;
        if (article && std::string(c.low) == "1") continue;
        INFO(c.text);
        const Tokens tokens = tokenize_running_text(c.text, c.language);
        const auto m = match_count(tokens, 0, c.language);
        REQUIRE(m.has_value());
        check_range(m->value, c.qualifier, c.low, c.high);
        CHECK((m->end == tokens.size() || tokens[m->end].kind == Token::Kind::word));
    }
}

TEST_CASE("match_year finds years in running text", "[normalize][count][span]") {
    for (const auto& c : kYearSpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = match_year(s.tokens, at, c.language);
        if (check_match(s, at, m, {c.matched, c.begin_char, c.end_char})) CHECK(m->value == c.year);
    }
    // The whole field is the span covering everything.
    for (const auto& c : kYears) {
        INFO(c.text);
        const Tokens tokens = tokenize_running_text(c.text, c.language);
        const auto m = match_year(tokens, 0, c.language);
        CHECK((m && m->end == tokens.size()) == (c.year != 0));
        if (m && c.year != 0) CHECK(m->value == c.year);
    }
}

namespace {

struct ItemCount {
    std::string text;
    factdb::Language language;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

// A compute deal's quantity: the things counted may carry figures and
// unit-like words of their own.
const std::vector<ItemCount> kItemCounts{
    {"100,000 Nvidia H100 chips", en, Q::exact, "100000", "100000"},
    {"100,000 H100 GPUs", en, Q::exact, "100000", "100000"},
    {"145,000 NX-400 chips", en, Q::exact, "145000", "145000"},
    {"up to 1 million TPU v5 chips", en, Q::at_most, nullptr, "1000000"},
    {"more than 400,000 GB200 chips", en, Q::more_than, "400000", nullptr},
    {"un million de GPU", fr, Q::exact, "1000000", "1000000"},
    {"jusqu'à un million", fr, Q::at_most, nullptr, "1000000"},
    {"3 millions de puces TPU v5", fr, Q::exact, "3000000", "3000000"},
    {"100 000 puces H100", fr, Q::exact, "100000", "100000"},
    {"environ 50 000 GPU", fr, Q::approximately, "50000", "50000"},
    {"30", en, Q::exact, "30", "30"},
};

}  // namespace

TEST_CASE("parse_count_of_items reads the count before what is counted", "[normalize][count]") {
    for (const auto& c : kItemCounts) {
        INFO(c.text);
        check_range(parse_count_of_items(c.text, c.language), c.qualifier, c.low, c.high);
    }
    // No count at the start: parse_count's errors.
    CHECK(error_of([] { parse_count_of_items("H100 chips", en); }) == error_of([] {
              parse_count("H100 chips", en);
          }));
    CHECK(error_of([] { parse_count_of_items("", en); }) == "empty text");
    CHECK(error_of([] { parse_count_of_items("-5 GPUs", en); }) == "count is negative");
}
