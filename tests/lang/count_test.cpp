// parse_count and parse_year: digits, number words (the numbers.cpp table),
// collectives, bounds, and the words that may follow a count.
#include "lang/count.h"

#include <string>
#include <vector>

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
    // A count never drops a quantity it cannot read (these once became 2000000, 10, 12, 10 bn, 2).
    {"deux millions cinq cent mille utilisateurs", fr,
     "unexpected text 'cinq cent mille utilisateurs'"},
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
