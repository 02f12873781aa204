// parse_money: one table of accepted texts, one of rejected texts with their
// exact reasons.  Rows follow the lexicon's tables (scales, currencies,
// prefixes) in both languages.  match_money: one table of sentences, each
// with where the match starts and exactly what it covers (or that nothing
// matches there: near misses).
#include "lang/money.h"

#include <string>
#include <vector>

#include "support/span_rows.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct MoneyCase {
    std::string text;
    factdb::Language language;
    Qualifier qualifier;
    const char* low;
    const char* high;
    const char* currency;
};

const std::vector<MoneyCase> kMoney{
    // French: scales, currencies, separators
    {"8 milliards de dollars", fr, Q::exact, "8000000000", "8000000000", "USD"},
    {"1,25 milliard de dollars", fr, Q::exact, "1250000000", "1250000000", "USD"},
    {"1.5 milliard d'euros", fr, Q::exact, "1500000000", "1500000000", "EUR"},
    {"1.250 euros", fr, Q::exact, "1250", "1250", "EUR"},
    {"40\u202F000 dollars", fr, Q::exact, "40000", "40000", "USD"},
    {"40\u00A0000 €", fr, Q::exact, "40000", "40000", "EUR"},
    {"40 000 €", fr, Q::exact, "40000", "40000", "EUR"},
    {"1 234 567 dollars canadiens", fr, Q::exact, "1234567", "1234567", "CAD"},
    {"3 Md$", fr, Q::exact, "3000000000", "3000000000", "USD"},
    {"8Md€", fr, Q::exact, "8000000000", "8000000000", "EUR"},
    {"3G$", fr, Q::exact, "3000000000", "3000000000", "USD"},
    {"500 M€", fr, Q::exact, "500000000", "500000000", "EUR"},
    {"10 Mds€", fr, Q::exact, "10000000000", "10000000000", "EUR"},
    {"2 Mrd d'euros", fr, Q::exact, "2000000000", "2000000000", "EUR"},
    {"un milliard de dollars", fr, Q::exact, "1000000000", "1000000000", "USD"},
    {"un billion de dollars", fr, Q::exact, "1000000000000", "1000000000000", "USD"},
    {"mille milliards de dollars", fr, Q::exact, "1000000000000", "1000000000000", "USD"},
    {"3 mille euros", fr, Q::exact, "3000", "3000", "EUR"},
    {"deux cents millions d'euros", fr, Q::exact, "200000000", "200000000", "EUR"},
    {"vingt-six millions de dollars", fr, Q::exact, "26000000", "26000000", "USD"},
    {"10 millions de dollars américains", fr, Q::exact, "10000000", "10000000", "USD"},
    {"10 millions de dollars US", fr, Q::exact, "10000000", "10000000", "USD"},
    {"3 milliards de yens", fr, Q::exact, "3000000000", "3000000000", "JPY"},
    {"2 milliards de yuans", fr, Q::exact, "2000000000", "2000000000", "CNY"},
    {"2 milliards de renminbi", fr, Q::exact, "2000000000", "2000000000", "CNY"},
    {"5 millions USD", fr, Q::exact, "5000000", "5000000", "USD"},
    {"USD 5 millions", fr, Q::exact, "5000000", "5000000", "USD"},
    {"4 millions de livres sterling", fr, Q::exact, "4000000", "4000000", "GBP"},
    {"7 millions de francs suisses", fr, Q::exact, "7000000", "7000000", "CHF"},
    {"5 MILLIARDS D’EUROS", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    // French: qualifiers and bounds
    {"plus de 3 milliards de dollars", fr, Q::more_than, "3000000000", nullptr, "USD"},
    {"au moins 11 milliards de dollars", fr, Q::at_least, "11000000000", nullptr, "USD"},
    {"pas moins de 4 milliards de dollars", fr, Q::at_least, "4000000000", nullptr, "USD"},
    {"jusqu'à 100 millions de livres sterling", fr, Q::at_most, nullptr, "100000000", "GBP"},
    {"jusqu’à 100 millions d’euros", fr, Q::at_most, nullptr, "100000000", "EUR"},
    {"au maximum 2 millions d'euros", fr, Q::at_most, nullptr, "2000000", "EUR"},
    {"au plus 2 millions d'euros", fr, Q::at_most, nullptr, "2000000", "EUR"},
    {"moins de 50 millions de francs suisses", fr, Q::less_than, nullptr, "50000000", "CHF"},
    {"environ 500 millions d'euros", fr, Q::approximately, "500000000", "500000000", "EUR"},
    {"env. 700 millions de dollars", fr, Q::approximately, "700000000", "700000000", "USD"},
    {"approx. $700 million", en, Q::approximately, "700000000", "700000000", "USD"},
    {"près d'un milliard de dollars", fr, Q::approximately, "1000000000", "1000000000", "USD"},
    {"presque 2 milliards de dollars", fr, Q::approximately, "2000000000", "2000000000", "USD"},
    {"quelque 300 millions de dollars", fr, Q::approximately, "300000000", "300000000", "USD"},
    {"approximativement 3 M€", fr, Q::approximately, "3000000", "3000000", "EUR"},
    {"autour de 3 M€", fr, Q::approximately, "3000000", "3000000", "EUR"},
    {"de l'ordre de 2 milliards d'euros", fr, Q::approximately, "2000000000", "2000000000", "EUR"},
    {"3 milliards de dollars environ", fr, Q::approximately, "3000000000", "3000000000", "USD"},
    {"~5 Md$", fr, Q::approximately, "5000000000", "5000000000", "USD"},
    {"une dizaine de milliards de dollars", fr, Q::approximately, "10000000000", "10000000000",
     "USD"},
    {"plus d'une dizaine de milliards de dollars", fr, Q::more_than, "10000000000", nullptr, "USD"},
    {"entre 2 et 3 milliards d'euros", fr, Q::between, "2000000000", "3000000000", "EUR"},
    {"entre 500 millions et 1 milliard de dollars", fr, Q::between, "500000000", "1000000000",
     "USD"},
    {"de 2 à 3 milliards d’euros", fr, Q::between, "2000000000", "3000000000", "EUR"},
    {"2 à 3 milliards de dollars", fr, Q::between, "2000000000", "3000000000", "USD"},
    {"2-3 Md$", fr, Q::between, "2000000000", "3000000000", "USD"},
    {"2–3 Md$", fr, Q::between, "2000000000", "3000000000", "USD"},
    {"un montant non divulgué", fr, Q::undisclosed, nullptr, nullptr, ""},
    {"un montant non divulgué en dollars", fr, Q::undisclosed, nullptr, nullptr, "USD"},
    {"non communiqué", fr, Q::undisclosed, nullptr, nullptr, ""},
    {"Non dévoilée", fr, Q::undisclosed, nullptr, nullptr, ""},
    {"inconnu", fr, Q::undisclosed, nullptr, nullptr, ""},
    {"12 millions d'euros.", fr, Q::exact, "12000000", "12000000", "EUR"},
    // English
    {"$1.25bn", en, Q::exact, "1250000000", "1250000000", "USD"},
    {"€500m", en, Q::exact, "500000000", "500000000", "EUR"},
    {"€3bn", en, Q::exact, "3000000000", "3000000000", "EUR"},
    {"one billion dollars", en, Q::exact, "1000000000", "1000000000", "USD"},
    {"a billion dollars", en, Q::exact, "1000000000", "1000000000", "USD"},
    {"$5 billion", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 billion US dollars", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"USD 5bn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"US$5bn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"1,250 dollars", en, Q::exact, "1250", "1250", "USD"},
    {"$1,250,000", en, Q::exact, "1250000", "1250000", "USD"},
    {"$40\u00A0000", en, Q::exact, "40000", "40000", "USD"},
    {"$1.5tn", en, Q::exact, "1500000000000", "1500000000000", "USD"},
    {"$2 trillion", en, Q::exact, "2000000000000", "2000000000000", "USD"},
    {"C$500 million", en, Q::exact, "500000000", "500000000", "CAD"},
    {"500 million Canadian dollars", en, Q::exact, "500000000", "500000000", "CAD"},
    {"¥10bn", en, Q::exact, "10000000000", "10000000000", "JPY"},
    {"CHF 300 million", en, Q::exact, "300000000", "300000000", "CHF"},
    {"£2.5bn", en, Q::exact, "2500000000", "2500000000", "GBP"},
    {"5 billion pounds", en, Q::exact, "5000000000", "5000000000", "GBP"},
    {"10 million pounds sterling", en, Q::exact, "10000000", "10000000", "GBP"},
    {"a hundred million dollars", en, Q::exact, "100000000", "100000000", "USD"},
    {"twenty-six million dollars", en, Q::exact, "26000000", "26000000", "USD"},
    {"$500k", en, Q::exact, "500000", "500000", "USD"},
    {"$3 bln", en, Q::exact, "3000000000", "3000000000", "USD"},
    {"$3 mln", en, Q::exact, "3000000", "3000000", "USD"},
    {"more than $3 billion", en, Q::more_than, "3000000000", nullptr, "USD"},
    {"over $3bn", en, Q::more_than, "3000000000", nullptr, "USD"},
    {"at least $11bn", en, Q::at_least, "11000000000", nullptr, "USD"},
    {"no less than $2bn", en, Q::at_least, "2000000000", nullptr, "USD"},
    {"up to £100m", en, Q::at_most, nullptr, "100000000", "GBP"},
    {"as much as $1bn", en, Q::at_most, nullptr, "1000000000", "USD"},
    {"less than $50 million", en, Q::less_than, nullptr, "50000000", "USD"},
    {"under $50m", en, Q::less_than, nullptr, "50000000", "USD"},
    {"about $500 million", en, Q::approximately, "500000000", "500000000", "USD"},
    {"roughly €2bn", en, Q::approximately, "2000000000", "2000000000", "EUR"},
    {"nearly $1 trillion", en, Q::approximately, "1000000000000", "1000000000000", "USD"},
    {"close to $1bn", en, Q::approximately, "1000000000", "1000000000", "USD"},
    {"some $200m", en, Q::approximately, "200000000", "200000000", "USD"},
    {"between $2bn and $3bn", en, Q::between, "2000000000", "3000000000", "USD"},
    {"between 2 and 3 billion dollars", en, Q::between, "2000000000", "3000000000", "USD"},
    {"from $2bn to $3bn", en, Q::between, "2000000000", "3000000000", "USD"},
    {"$2-3bn", en, Q::between, "2000000000", "3000000000", "USD"},
    {"$2bn to $3bn", en, Q::between, "2000000000", "3000000000", "USD"},
    {"an undisclosed amount", en, Q::undisclosed, nullptr, nullptr, ""},
    {"undisclosed", en, Q::undisclosed, nullptr, nullptr, ""},
    {"unknown", en, Q::undisclosed, nullptr, nullptr, ""},
};

struct ErrorCase {
    std::string text;
    factdb::Language language;
    std::string error;
};

// The list every "unrecognised currency" error ends with.
const std::string kAccepted =
    "write one of AUD CAD CHF CNY DKK EUR GBP HKD ILS INR JPY KRW NOK NZD SEK SGD USD (code, symbol or name: 'USD', '$', 'dollars')";

const std::vector<ErrorCase> kMoneyErrors{
    {"", fr, "empty text"},
    {"   ", en, "empty text"},
    {"-5 milliards de dollars", fr, "amount is negative"},
    {"−5 $", en, "amount is negative"},
    {"-$10 billion", en, "amount is negative"},
    {"−€5", en, "amount is negative"},
    {"99999999999999999999 dollars", en, "amount exceeds the 64-bit integer range"},
    {"1" + std::string(400, '0') + " dollars", en, "amount exceeds the 64-bit integer range"},
    {"10 000 000 000 billions de dollars", fr, "amount exceeds the 64-bit integer range"},
    {"$9.3 billion billion", en, "unrecognised currency 'billion': " + kAccepted},
    {"1e400 dollars", en, "exponent notation is not accepted"},
    {"5 millions de florins", fr, "unrecognised currency 'florins': " + kAccepted},
    {"5 million XYZ", en, "unrecognised currency 'XYZ': " + kAccepted},
    {"5 milliards", fr, "no currency in amount"},
    {"entre 2 et 3 milliards", fr, "no currency in amount"},
    {"0,005 dollar", fr,
     "amount 0.005 USD has 3 decimals, but USD counts in cents (2 decimals): write it with at "
     "most 2 decimals (factdb never rounds an amount)"},
    {"$1.505", en,
     "amount 1.505 USD has 3 decimals, but USD counts in cents (2 decimals): write it with at "
     "most 2 decimals (factdb never rounds an amount)"},
    {"plusieurs milliards de dollars", fr, "vague quantity 'plusieurs'"},
    {"des dizaines de milliards de dollars", fr, "vague quantity 'des dizaines'"},
    {"billions of dollars", en, "vague quantity 'billions'"},
    {"entre 3 et 2 milliards de dollars", fr, "between needs low < high"},
    {"entre 2 milliards de dollars et 3 milliards d'euros", fr, "amount mixes 'USD' and 'EUR'"},
    {"entre 2 milliards de dollars", fr, "range needs 'et' between its ends"},
    {"de 2 milliards de dollars", fr, "range needs 'à' between its ends"},
    {"between $2bn", en, "range needs 'and' between its ends"},
    {"beaucoup de dollars", fr, "not a number"},
    {"$", en, "not a number"},
    {"one billion dollars", fr, "not a number"},
    {"8 milliards de dollars (7 Md€)", fr, "unexpected text '(7 Md€)'"},
    {"5 \xff dollars", en, "invalid UTF-8"},
};

// A sentence, the token the match must start at, what it covers, and the
// amount (unused when no match is expected).
struct MoneySpanCase {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    Qualifier qualifier;
    const char* low;
    const char* high;
    const char* currency;
};

const std::vector<MoneySpanCase> kMoneySpans{
    // French: the amount, and nothing of the words around it
    {fr, "Amazon a investi 8 milliards de dollars dans Anthropic.", "8", "8 milliards de dollars",
     17, 39, Q::exact, "8000000000", "8000000000", "USD"},
    {fr, "Amazon a investi plus de 3 milliards de dollars en 2024.", "plus",
     "plus de 3 milliards de dollars", 17, 47, Q::more_than, "3000000000", nullptr, "USD"},
    {fr, "Le groupe a promis au moins 11 milliards de dollars pour l'Indiana.", "au moins",
     "au moins 11 milliards de dollars", 19, 51, Q::at_least, "11000000000", nullptr, "USD"},
    {fr, "Google prévoit de 2 à 3 milliards d’euros en France.", "de 2",
     "de 2 à 3 milliards d’euros", 15, 41, Q::between, "2000000000", "3000000000", "EUR"},
    {fr, "Le coût se situe entre 2 et 3 milliards d'euros par an.", "entre",
     "entre 2 et 3 milliards d'euros", 17, 47, Q::between, "2000000000", "3000000000", "EUR"},
    {fr, "Un investissement d'un milliard de dollars a été annoncé.", "un milliard",
     "un milliard de dollars", 20, 42, Q::exact, "1000000000", "1000000000", "USD"},
    {fr, "Le montant atteindrait près d'un milliard de dollars selon Reuters.", "près",
     "près d'un milliard de dollars", 23, 52, Q::approximately, "1000000000", "1000000000", "USD"},
    {fr, "Mistral a levé 500 M€ auprès de ses investisseurs.", "500", "500 M€", 15, 21, Q::exact,
     "500000000", "500000000", "EUR"},
    {fr, "Le fonds vise une dizaine de milliards de dollars d'ici 2030.", "une dizaine",
     "une dizaine de milliards de dollars", 14, 49, Q::approximately, "10000000000", "10000000000",
     "USD"},
    {fr, "Il a investi 3 milliards de dollars environ, selon le journal.", "3",
     "3 milliards de dollars environ", 13, 43, Q::approximately, "3000000000", "3000000000", "USD"},
    {fr, "Le chantier coûtera 40\u202F000 € à Paris.", "40", "40\u202F000 €", 20, 28, Q::exact,
     "40000", "40000", "EUR"},
    // French: near misses
    {fr, "Il a levé 5 millions de florins en Hollande.", "5", nullptr, 0, 0, Q::undisclosed,
     nullptr, nullptr, ""},
    {fr, "Les pertes atteignent -5 milliards de dollars cette année.", "-5", nullptr, 0, 0,
     Q::undisclosed, nullptr, nullptr, ""},
    {fr, "Les pertes atteignent -5 milliards de dollars cette année.", "5 milliards", nullptr, 0, 0,
     Q::undisclosed, nullptr, nullptr, ""},
    {fr, "Le projet coûte 5 milliards, sans plus de détails.", "5", nullptr, 0, 0, Q::undisclosed,
     nullptr, nullptr, ""},
    {fr, "Un don de 0,005 dollar par utilisateur.", "0,005", nullptr, 0, 0, Q::undisclosed,
     nullptr, nullptr, ""},
    {fr, "Il a reçu 3 millions 500 000 euros de subventions.", "3", nullptr, 0, 0, Q::undisclosed,
     nullptr, nullptr, ""},
    {fr, "Il a reçu 3 millions 500 000 euros de subventions.", "500", nullptr, 0, 0, Q::undisclosed,
     nullptr, nullptr, ""},
    {fr, "Plusieurs milliards de dollars seraient en jeu.", "Plusieurs", nullptr, 0, 0,
     Q::undisclosed, nullptr, nullptr, ""},
    {fr, "Un montant non divulgué a été versé.", "non", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr, ""},
    {fr, "Une hausse de 5 milliards de dollars est prévue.", "de 5", nullptr, 0, 0, Q::undisclosed,
     nullptr, nullptr, ""},
    {fr, "Une hausse de 5 milliards de dollars est prévue.", "5", "5 milliards de dollars", 14, 36,
     Q::exact, "5000000000", "5000000000", "USD"},
    {fr, "Il a payé 5 $ florins.", "$", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr, ""},
    // English
    {en, "Meta invested $10bn in Louisiana last year.", "$", "$10bn", 14, 19, Q::exact,
     "10000000000", "10000000000", "USD"},
    {en, "Microsoft will invest more than $3 billion in OpenAI.", "more", "more than $3 billion",
     22, 42, Q::more_than, "3000000000", nullptr, "USD"},
    {en, "The round valued it at between $2bn and $3bn, sources said.", "between",
     "between $2bn and $3bn", 23, 44, Q::between, "2000000000", "3000000000", "USD"},
    {en, "Oracle committed up to £100m to the project.", "up", "up to £100m", 17, 28, Q::at_most,
     nullptr, "100000000", "GBP"},
    {en, "The fund raised C$500 million from pensions.", "C$", "C$500 million", 16, 29, Q::exact,
     "500000000", "500000000", "CAD"},
    {en, "Nvidia paid a billion dollars for the startup.", "a billion", "a billion dollars", 12, 29,
     Q::exact, "1000000000", "1000000000", "USD"},
    {en, "Apple spent some $200m on the site.", "some", "some $200m", 12, 22, Q::approximately,
     "200000000", "200000000", "USD"},
    {en, "Anthropic raised $2-3bn this year.", "$", "$2-3bn", 17, 23, Q::between, "2000000000",
     "3000000000", "USD"},
    {en, "It sold 5 billion pounds of bonds.", "5", "5 billion pounds", 8, 24, Q::exact,
     "5000000000", "5000000000", "GBP"},
    // English: near misses
    {en, "The deal was worth $9.3 billion billion, a typo.", "$", nullptr, 0, 0, Q::undisclosed,
     nullptr, nullptr, ""},
    {en, "Tickets cost $1.505 each.", "$", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr, ""},
    {en, "Billions of dollars are at stake.", "Billions", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr, ""},
    {en, "It holds 5 million XYZ tokens.", "5", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr,
     ""},
    {en, "An undisclosed amount was paid.", "undisclosed", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr, ""},
    {en, "Meta invested $10bn in Louisiana last year.", "10bn", nullptr, 0, 0, Q::undisclosed,
     nullptr, nullptr, ""},
    {en, "Losses reached -$10 billion.", "-$", nullptr, 0, 0, Q::undisclosed, nullptr, nullptr, ""},
    {fr, "Le contrat vaut one billion dollars.", "one", nullptr, 0, 0, Q::undisclosed, nullptr,
     nullptr, ""},
};

}  // namespace

TEST_CASE("parse_money accepts amounts in French and English", "[normalize][money]") {
    for (const auto& c : kMoney) {
        INFO(c.text);
        const Money m = parse_money(c.text, c.language);
        check_range(m.range, c.qualifier, c.low, c.high);
        CHECK(m.currency == c.currency);
    }
}

TEST_CASE("parse_money rejects with the reason", "[normalize][money]") {
    for (const auto& c : kMoneyErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_money(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("parse_money keeps decimals exact", "[normalize][money]") {
    const Money m = parse_money("1,25 milliard de dollars", fr);
    REQUIRE(m.range.low);
    CHECK(m.range.low->mantissa == 125);
    CHECK(m.range.low->exponent == 7);
    CHECK(m.range.low->to_integer() == 1250000000);
    const Money b = parse_money("8 milliards de dollars", fr);
    CHECK(b.range.high->to_integer() == 8000000000);
}

TEST_CASE("match_money finds amounts in running text", "[normalize][money][span]") {
    for (const auto& c : kMoneySpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = match_money(s.tokens, at, c.language);
        if (!check_match(s, at, m, {c.matched, c.begin_char, c.end_char})) continue;
        check_range(m->value.range, c.qualifier, c.low, c.high);
        CHECK(m->value.currency == c.currency);
    }
}

TEST_CASE("match_money agrees with parse_money on every accepted amount",
          "[normalize][money][span]") {
    // Whole field = span + nothing left over: where parse_money accepts a
    // text that is a bare amount, the span at token 0 covers all of it and
    // gives the same value.
    for (const auto& c : kMoney) {
        if (c.qualifier == Q::undisclosed) continue;  // a whole-field rule
        INFO(c.text);
        const Tokens tokens = tokenize_running_text(c.text, c.language);
        const auto m = match_money(tokens, 0, c.language);
        REQUIRE(m.has_value());
        std::size_t end = tokens.size();
        if (tokens.back().is(".")) --end;  // the whole field's final full stop
        CHECK(m->end == end);
        check_range(m->value.range, c.qualifier, c.low, c.high);
        CHECK(m->value.currency == c.currency);
    }
}

TEST_CASE("match_money refuses what parse_money refuses", "[normalize][money][span]") {
    for (const auto& c : kMoneyErrors) {
        INFO(c.text);
        Tokens tokens;
        try {
            tokens = tokenize_running_text(c.text, c.language);
        } catch (const factdb::NormalizeError&) {
            continue;  // invalid UTF-8: not running text
        }
        const auto m = match_money(tokens, 0, c.language);
        // A refused text may still start with an amount ("8 milliards de
        // dollars (7 Md€)"): then the match stops before what was refused.
        if (m) CHECK(m->end < tokens.size());
    }
}

TEST_CASE("implausible_amount: each currency's plausibility bound, inclusive", "[normalize][money]") {
    // Issue 11, defect 6: amounts within int64 but beyond any real figure
    // are refused at load (docs/NORMALISATION.md §3.1).
    struct Bounded {
        std::string text;
        factdb::Language language;
        std::string why;  // "" = within the bound
    };
    const std::vector<Bounded> cases{
        {"$1000 trillion", en, ""},  // 10^15: the bound itself
        {"$1000000000000001", en,
         "amount exceeds the plausible maximum of 10^15 USD (a plausibility bound)"},
        {"$5000000000000000000", en,
         "amount exceeds the plausible maximum of 10^15 USD (a plausibility bound)"},
        {"plus de 2 trillions d'euros", fr,
         "amount exceeds the plausible maximum of 10^15 EUR (a plausibility bound)"},
        {"between $1 billion and $2000 trillion", en,
         "amount exceeds the plausible maximum of 10^15 USD (a plausibility bound)"},
        {"up to 10001 trillion Canadian dollars", en,
         "amount exceeds the plausible maximum of 10^16 CAD (a plausibility bound)"},
        {"100000 trillion yen", en, ""},  // 10^17 JPY, about 10^15 USD
        {"100001 trillion yen", en,
         "amount exceeds the plausible maximum of 10^17 JPY (a plausibility bound)"},
        {"10000 trillion yuan", en, ""},
        {"10001 trillion yuan", en,
         "amount exceeds the plausible maximum of 10^16 CNY (a plausibility bound)"},
        {"1001 trillion pounds", en,
         "amount exceeds the plausible maximum of 10^15 GBP (a plausibility bound)"},
        {"CHF 1001 trillion", en,
         "amount exceeds the plausible maximum of 10^15 CHF (a plausibility bound)"},
        {"undisclosed", en, ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(implausible_amount(parse_money(c.text, c.language)) == c.why);
    }
    std::string table;
    for (const auto& b : currency_bounds())
        table += std::string(b.code) + " " + std::to_string(b.max_units()) + "\n";
    CHECK(table ==
          "AUD 10000000000000000\nCAD 10000000000000000\nCHF 1000000000000000\n"
          "CNY 10000000000000000\nDKK 10000000000000000\nEUR 1000000000000000\n"
          "GBP 1000000000000000\nHKD 10000000000000000\nILS 10000000000000000\n"
          "INR 10000000000000000\nJPY 100000000000000000\nKRW 1000000000000000000\n"
          "NOK 10000000000000000\nNZD 10000000000000000\nSEK 10000000000000000\n"
          "SGD 10000000000000000\nUSD 1000000000000000\n");
}
