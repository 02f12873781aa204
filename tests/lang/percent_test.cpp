// parse_percent and parse_share: percentages and the share vocabulary.
// match_percent: sentences, where the match starts and exactly what it
// covers, and near misses (no sign, over 100, signs, glued words).
#include "lang/percent.h"
#include "lang/share.h"

#include <string>
#include <vector>

#include "support/span_rows.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct PercentCase {
    std::string text;
    factdb::Language language;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<PercentCase> kPercents{
    {"49 %", fr, Q::exact, "49", "49"},
    {"49%", en, Q::exact, "49", "49"},
    {"49\u202F%", fr, Q::exact, "49", "49"},
    {"49 pour cent", fr, Q::exact, "49", "49"},
    {"49 percent", en, Q::exact, "49", "49"},
    {"49 per cent", en, Q::exact, "49", "49"},
    {"quarante-neuf pour cent", fr, Q::exact, "49", "49"},
    {"2,5 %", fr, Q::exact, "2.5", "2.5"},
    {"2.5%", en, Q::exact, "2.5", "2.5"},
    {"0,25 %", fr, Q::exact, "0.25", "0.25"},
    {"100 %", fr, Q::exact, "100", "100"},
    {"0 %", fr, Q::exact, "0", "0"},
    {"environ 10 %", fr, Q::approximately, "10", "10"},
    {"roughly 10 percent", en, Q::approximately, "10", "10"},
    {"plus de 50 %", fr, Q::more_than, "50", nullptr},
    {"at most 5%", en, Q::at_most, nullptr, "5"},
    {"entre 20 et 30 %", fr, Q::between, "20", "30"},
    {"between 20 and 30%", en, Q::between, "20", "30"},
    {"20-30 %", fr, Q::between, "20", "30"},
    {"20 % à 30 %", fr, Q::between, "20", "30"},
};

struct ErrorCase {
    std::string text;
    factdb::Language language;
    const char* error;
};

const std::vector<ErrorCase> kPercentErrors{
    {"150 %", fr, "percentage over 100"},
    {"100,5 %", fr, "percentage over 100"},
    {"49", fr, "no percent sign"},
    {"-5 %", fr, "percentage is negative"},
    {"", en, "empty text"},
    {"entre 30 et 20 %", fr, "between needs low < high"},
    {"49 % du capital", fr, "unexpected text 'du capital'"},
    {"plusieurs %", fr, "vague quantity 'plusieurs'"},
};

struct ShareCase {
    std::string text;
    factdb::Language language;
    const char* relation;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<ShareCase> kShares{
    {"49 %", fr, "shareholder", Q::exact, "49", "49"},
    {"a 49 % stake", en, "shareholder", Q::exact, "49", "49"},
    {"a 49% stake", en, "shareholder", Q::exact, "49", "49"},
    {"49 % du capital", fr, "shareholder", Q::exact, "49", "49"},
    {"une participation de 49 %", fr, "shareholder", Q::exact, "49", "49"},
    {"plus de 40 % du capital", fr, "shareholder", Q::more_than, "40", nullptr},
    {"une participation de plus de 40 %", fr, "shareholder", Q::more_than, "40", nullptr},
    {"minoritaire", fr, "minority_shareholder", Q::less_than, nullptr, "50"},
    {"participation minoritaire", fr, "minority_shareholder", Q::less_than, nullptr, "50"},
    {"actionnaire minoritaire", fr, "minority_shareholder", Q::less_than, nullptr, "50"},
    {"a minority stake", en, "minority_shareholder", Q::less_than, nullptr, "50"},
    {"une participation minoritaire de 20 %", fr, "minority_shareholder", Q::exact, "20", "20"},
    {"majoritaire", fr, "majority_shareholder", Q::more_than, "50", nullptr},
    {"majority stake", en, "majority_shareholder", Q::more_than, "50", nullptr},
    {"une participation majoritaire de 51 %", fr, "majority_shareholder", Q::exact, "51", "51"},
    {"principal actionnaire", fr, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"principaux actionnaires", fr, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"l'actionnaire principal", fr, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"premier actionnaire", fr, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"principal shareholder", en, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"the main shareholder", en, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"largest shareholder", en, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"major shareholder", en, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"premier actionnaire avec 30 %", fr, "principal_shareholder", Q::exact, "30", "30"},
    {"actionnaire", fr, "shareholder", Q::undisclosed, nullptr, nullptr},
    {"Shareholder", en, "shareholder", Q::undisclosed, nullptr, nullptr},
    {"a stake", en, "shareholder", Q::undisclosed, nullptr, nullptr},
    {"une participation", fr, "shareholder", Q::undisclosed, nullptr, nullptr},
};

const std::vector<ErrorCase> kShareErrors{
    {"participation minoritaire de 60 %", fr, "minority stake must be under 50 %"},
    {"majority stake of 50%", en, "majority stake must be over 50 %"},
    {"a 150 % stake", en, "percentage over 100"},
    // Every refusal names the word, the nearest share words and what a
    // share is made of (issue 12).
    {"partenaire", fr,
     "unrecognised share 'partenaire': 'partenaire' is not a share word; write a percentage (49 %, plus de 40 %, 49 percent) and/or share words: "
     "actionnaire, participation, capital, part, stake, shareholder, equity, shares, holding, "
     "minoritaire, minority, majoritaire, majority, principal actionnaire, premier actionnaire, "
     "principal shareholder, largest shareholder (docs/NORMALISATION.md 5.4)"},
    {"a 49 % stak", en,
     "unrecognised share 'a 49 % stak': 'stak' is not a share word (nearest: 'stake', "
     "'stakes'); write a percentage (49 %, plus de 40 %, 49 percent) and/or share words: "
     "actionnaire, participation, capital, part, stake, shareholder, equity, shares, holding, "
     "minoritaire, minority, majoritaire, majority, principal actionnaire, premier actionnaire, "
     "principal shareholder, largest shareholder (docs/NORMALISATION.md 5.4)"},
    {"une participaton", fr,
     "unrecognised share 'une participaton': 'participaton' is not a share word (nearest: "
     "'participation', 'participations'); write a percentage (49 %, plus de 40 %, 49 percent) and/or share words: "
     "actionnaire, participation, capital, part, stake, shareholder, equity, shares, holding, "
     "minoritaire, minority, majoritaire, majority, principal actionnaire, premier actionnaire, "
     "principal shareholder, largest shareholder (docs/NORMALISATION.md 5.4)"},
    {"de la", fr,
     "unrecognised share 'de la': no percentage and no share word; write a percentage (49 %, plus de 40 %, 49 percent) and/or share words: "
     "actionnaire, participation, capital, part, stake, shareholder, equity, shares, holding, "
     "minoritaire, minority, majoritaire, majority, principal actionnaire, premier actionnaire, "
     "principal shareholder, largest shareholder (docs/NORMALISATION.md 5.4)"},
    {"minority majority", en, "share is both minority and majority"},
    {"", fr, "empty text"},
};

struct PercentSpanCase {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<PercentSpanCase> kPercentSpans{
    // French
    {fr, "Amazon détient 49 % du capital d'Anthropic.", "49", "49 %", 15, 19, Q::exact, "49", "49"},
    {fr, "Une hausse de 2,5 % a été observée.", "2,5", "2,5 %", 14, 19, Q::exact, "2.5", "2.5"},
    {fr, "La part varie entre 20 et 30 % selon les années.", "entre", "entre 20 et 30 %", 14, 30,
     Q::between, "20", "30"},
    {fr, "Le taux passe de 20 % à 30 % en un an.", "de 20", "de 20 % à 30 %", 14, 28, Q::between,
     "20", "30"},
    {fr, "Environ 10 pour cent des employés sont partis.", "Environ", "Environ 10 pour cent", 0, 20,
     Q::approximately, "10", "10"},
    {fr, "Il contrôle plus de 50 % des votes.", "plus", "plus de 50 %", 12, 24, Q::more_than, "50",
     nullptr},
    {fr, "Il détient 49\u202F% des parts.", "49", "49\u202F%", 11, 15, Q::exact, "49", "49"},
    {fr, "Google a cédé quarante-neuf pour cent de ses parts.", "quarante",
     "quarante-neuf pour cent", 14, 37, Q::exact, "49", "49"},
    // French: near misses
    {fr, "Les ventes ont bondi de 150 % en un an.", "150", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "Le résultat recule de -5 % ce trimestre.", "-5", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "Le résultat recule de -5 % ce trimestre.", "5 %", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    {fr, "Il détient 49 actions.", "49", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {fr, "Une hausse de 30 % des ventes.", "de", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {fr, "Plusieurs % des votes manquent.", "Plusieurs", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
    // English
    {en, "Google owns roughly 10 percent of the company.", "roughly", "roughly 10 percent", 12, 30,
     Q::approximately, "10", "10"},
    {en, "Between 20 and 30% of users churn.", "Between", "Between 20 and 30%", 0, 18, Q::between,
     "20", "30"},
    {en, "Amazon took a 49% stake.", "49", "49%", 14, 17, Q::exact, "49", "49"},
    {en, "At most 5% of revenue comes from ads.", "At", "At most 5%", 0, 10, Q::at_most, nullptr,
     "5"},
    {en, "Growth was 12.5 per cent in 2023.", "12.5", "12.5 per cent", 11, 24, Q::exact, "12.5",
     "12.5"},
    {en, "Margins reached 100% of target.", "100", "100%", 16, 20, Q::exact, "100", "100"},
    // English: near misses
    {en, "Revenue rose 200% year on year.", "200", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "Shares rose 5 points on Monday.", "5", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "It is a 49%-owned unit.", "49", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "The 24/7% rule is a typo.", "7", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr},
    {en, "Sales grew 10 pour cent in French.", "10", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr},
};

}  // namespace

TEST_CASE("parse_percent accepts percentages", "[normalize][percent]") {
    for (const auto& c : kPercents) {
        INFO(c.text);
        check_range(parse_percent(c.text, c.language), c.qualifier, c.low, c.high);
    }
    const Range r = parse_percent("2,5 %", fr);
    CHECK(r.low->mantissa == 25);
    CHECK(r.low->exponent == -1);
}

TEST_CASE("parse_percent rejects with the reason", "[normalize][percent]") {
    for (const auto& c : kPercentErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_percent(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("parse_share accepts stakes", "[normalize][share]") {
    for (const auto& c : kShares) {
        INFO(c.text);
        const Share s = parse_share(c.text, c.language);
        CHECK(s.relation == c.relation);
        check_range(s.percent, c.qualifier, c.low, c.high);
    }
}

TEST_CASE("parse_share rejects with the reason", "[normalize][share]") {
    for (const auto& c : kShareErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_share(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("match_percent finds percentages in running text", "[normalize][percent][span]") {
    for (const auto& c : kPercentSpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = match_percent(s.tokens, at, c.language);
        if (check_match(s, at, m, {c.matched, c.begin_char, c.end_char}))
            check_range(m->value, c.qualifier, c.low, c.high);
    }
    // The whole field is the span covering everything.
    for (const auto& c : kPercents) {
        INFO(c.text);
        const Tokens tokens = tokenize_running_text(c.text, c.language);
        const auto m = match_percent(tokens, 0, c.language);
        REQUIRE(m.has_value());
        CHECK(m->end == tokens.size());
        check_range(m->value, c.qualifier, c.low, c.high);
    }
}
