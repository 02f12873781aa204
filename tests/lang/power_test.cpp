// parse_power (lang/power.h): capacities in both languages converted to
// exact megawatts, with the shared qualifier grammar, and every refusal with
// its exact reason.  match_power: sentences, where the match starts, what it
// covers, and the near misses (energy, no unit, pieces of codes).
#include "lang/power.h"

#include <string>
#include <vector>

#include "lang/tokens.h"
#include "support/expect.h"
#include "support/span_rows.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct PowerCase {
    std::string text;
    factdb::Language language;
    Qualifier qualifier;
    const char* low;   // MW, exact decimal text; nullptr: empty end
    const char* high;
};

const std::vector<PowerCase> kPowers{
    // English: symbols and names, every multiple
    {"1 gigawatt", en, Q::exact, "1000", "1000"},
    {"1 GW", en, Q::exact, "1000", "1000"},
    {"1.2GW", en, Q::exact, "1200", "1200"},
    {"1.2 GW", en, Q::exact, "1200", "1200"},
    {"150 MW", en, Q::exact, "150", "150"},
    {"150 megawatts", en, Q::exact, "150", "150"},
    {"150 megawatt", en, Q::exact, "150", "150"},
    {"500 kW", en, Q::exact, "0.5", "0.5"},
    {"500 kilowatts", en, Q::exact, "0.5", "0.5"},
    {"750 W", en, Q::exact, "0.00075", "0.00075"},
    {"2 watts", en, Q::exact, "0.000002", "0.000002"},
    {"1 TW", en, Q::exact, "1000000", "1000000"},
    {"0.25 terawatts", en, Q::exact, "250000", "250000"},
    {"1,500 MW", en, Q::exact, "1500", "1500"},
    {"5 Mw", en, Q::exact, "5", "5"},
    {"two gigawatts", en, Q::exact, "2000", "2000"},
    {"a gigawatt", en, Q::exact, "1000", "1000"},
    {"one gigawatt", en, Q::exact, "1000", "1000"},
    // English: qualifiers and ranges
    {"up to 5 gigawatts", en, Q::at_most, nullptr, "5000"},
    {"more than 300 MW", en, Q::more_than, "300", nullptr},
    {"at least 1 GW", en, Q::at_least, "1000", nullptr},
    {"about 1 GW", en, Q::approximately, "1000", "1000"},
    {"roughly 2.5 gigawatts", en, Q::approximately, "2500", "2500"},
    {"less than 100 MW", en, Q::less_than, nullptr, "100"},
    {"between 1 and 2 GW", en, Q::between, "1000", "2000"},
    {"1 to 2 GW", en, Q::between, "1000", "2000"},
    {"from 200 to 300 megawatts", en, Q::between, "200", "300"},
    {"1 GW or more", en, Q::at_least, "1000", nullptr},
    {"1 GW.", en, Q::exact, "1000", "1000"},
    {"undisclosed", en, Q::undisclosed, nullptr, nullptr},
    // French: decimal comma, names with accents, qualifiers
    {"1,4 gigawatt", fr, Q::exact, "1400", "1400"},
    {"1,4 GW", fr, Q::exact, "1400", "1400"},
    {"150 mégawatts", fr, Q::exact, "150", "150"},
    {"150 megawatts", fr, Q::exact, "150", "150"},
    {"plus de 300 mégawatts", fr, Q::more_than, "300", nullptr},
    {"environ 1 GW", fr, Q::approximately, "1000", "1000"},
    {"un gigawatt", fr, Q::exact, "1000", "1000"},
    {"deux gigawatts", fr, Q::exact, "2000", "2000"},
    {"jusqu'à 5 gigawatts", fr, Q::at_most, nullptr, "5000"},
    {"au moins 500 MW", fr, Q::at_least, "500", nullptr},
    {"entre 1 et 2 GW", fr, Q::between, "1000", "2000"},
    {"de 1 à 1,5 gigawatt", fr, Q::between, "1000", "1500"},
    {"moins de 50 mégawatts", fr, Q::less_than, nullptr, "50"},
    {"1 500 kW", fr, Q::exact, "1.5", "1.5"},
    {"1,5 million de kilowatts", fr, Q::exact, "1500", "1500"},
    {"près de 0,5 térawatt", fr, Q::approximately, "500000", "500000"},
    {"300 MW environ", fr, Q::approximately, "300", "300"},
    {"non divulguée", fr, Q::undisclosed, nullptr, nullptr},
};

struct ErrorCase {
    std::string text;
    factdb::Language language;
    const char* error;
};

const std::vector<ErrorCase> kPowerErrors{
    {"", en, "empty text"},
    {"1", en, "no unit in capacity"},
    {"plus de 300", fr, "no unit in capacity"},
    {"150 horsepower", en, "unrecognised power unit 'horsepower' (accepted: W, kW, MW, GW, TW)"},
    {"150 chevaux", fr, "unrecognised power unit 'chevaux' (accepted: W, kW, MW, GW, TW)"},
    {"2 GWh", en,
     "'GWh' is energy, not power: give the capacity in W, kW, MW, GW, TW (a consumption in GWh "
     "is not a capacity)"},
    {"500 MWh", en,
     "'MWh' is energy, not power: give the capacity in W, kW, MW, GW, TW (a consumption in MWh "
     "is not a capacity)"},
    {"3 gigawatt-hours", en,
     "'gigawatt-hours' is energy, not power: give the capacity in W, kW, MW, GW, TW (a "
     "consumption in GWh is not a capacity)"},
    {"3 térawattheures", fr,
     "'térawattheures' is energy, not power: give the capacity in W, kW, MW, GW, TW (a "
     "consumption in TWh is not a capacity)"},
    {"10 kWh", fr,
     "'kWh' is energy, not power: give the capacity in W, kW, MW, GW, TW (a consumption in kWh "
     "is not a capacity)"},
    {"-5 MW", en, "capacity is negative"},
    {"500 MW to 1 GW", en, "capacity mixes 'MW' and 'GW'"},
    {"entre 500 MW et 1 GW", fr, "capacity mixes 'MW' and 'GW'"},
    {"2 to 1 GW", en, "between needs low < high"},
    {"0.5 W", en, "capacity has a fraction of a watt"},
    {"1,0000001 MW", fr, "capacity has a fraction of a watt"},
    {"2 TW", en, "capacity exceeds the plausible maximum of 1000000 MW (1 TW, a plausibility bound)"},
    {"1000001 MW", en,
     "capacity exceeds the plausible maximum of 1000000 MW (1 TW, a plausibility bound)"},
    {"plusieurs gigawatts", fr, "vague quantity 'plusieurs'"},
    {"several gigawatts", en, "vague quantity 'several'"},
    {"1 GW of capacity", en, "unexpected text 'of capacity'"},
    {"1 GW de capacité", fr, "unexpected text 'de capacité'"},
    {"capacity: 1 GW", en, "not a number"},
    {"1 GW, 2 GW", en, "unexpected text ', 2 GW'"},
    {"5 MM", en, "unrecognised power unit 'MM' (accepted: W, kW, MW, GW, TW)"},
};

struct PowerSpanCase {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<PowerSpanCase> kPowerSpans{
    {en, "xAI runs a 1 gigawatt campus in Memphis.", "1", "1 gigawatt", 11, 21, Q::exact, "1000",
     "1000"},
    {en, "The site will draw up to 5 GW by 2030.", "up", "up to 5 GW", 19, 29, Q::at_most, nullptr,
     "5000"},
    {en, "Stargate Abilene is a 1.2GW campus.", "1.2GW", "1.2GW", 22, 27, Q::exact, "1200", "1200"},
    {en, "The campus needs between 1 and 2 GW of power.", "between", "between 1 and 2 GW", 17, 35,
     Q::between, "1000", "2000"},
    {fr, "Meta construit un centre de plus de 300 mégawatts en Louisiane.", "plus",
     "plus de 300 mégawatts", 28, 49, Q::more_than, "300", nullptr},
    {fr, "Le campus d'un gigawatt ouvrira en 2026.", "un", "un gigawatt", 12, 23, Q::exact, "1000",
     "1000"},
    {fr, "Une capacité de 1,4 gigawatt est prévue.", "1,4", "1,4 gigawatt", 16, 28, Q::exact,
     "1400", "1400"},
    // near misses
    {en, "It is a gigawatt-scale project.", "a", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "It will consume 2 GWh a year.", "2", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "It hosts 100,000 GPUs.", "100,000", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "The chip is called X100MW now.", "100", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {fr, "Le site consommera 3 térawattheures par an.", "3", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "Il fournit 150 chevaux.", "150", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "A 2-3 GW range was cited.", "3", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
};

}  // namespace

TEST_CASE("parse_power reads capacities in French and English as megawatts",
          "[normalize][power]") {
    for (const auto& c : kPowers) {
        INFO(c.text);
        check_range(parse_power(c.text, c.language), c.qualifier, c.low, c.high);
    }
}

TEST_CASE("parse_power refuses with the reason", "[normalize][power]") {
    for (const auto& c : kPowerErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_power(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("match_power finds capacities in running text", "[normalize][power][span]") {
    for (const auto& c : kPowerSpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = match_power(s.tokens, at, c.language);
        if (check_match(s, at, m, {c.matched, c.begin_char, c.end_char}))
            check_range(m->value, c.qualifier, c.low, c.high);
    }
}

TEST_CASE("match_power agrees with parse_power on every accepted capacity",
          "[normalize][power][span]") {
    for (const auto& c : kPowers) {
        if (c.qualifier == Q::undisclosed) continue;
        INFO(c.text);
        const Tokens tokens = tokenize_running_text(c.text, c.language);
        const auto m = match_power(tokens, 0, c.language);
        REQUIRE(m.has_value());
        const std::size_t expected_end =
            tokens.back().is(".") ? tokens.size() - 1 : tokens.size();
        CHECK(m->end == expected_end);
        check_range(m->value, c.qualifier, c.low, c.high);
    }
}

TEST_CASE("power_unit_symbols lists the units messages name", "[normalize][power]") {
    CHECK(power_unit_symbols() == "W, kW, MW, GW, TW");
}
