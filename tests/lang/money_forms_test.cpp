// The money forms of issue 12, one table per kind, both languages:
// fractional amounts (exact, within the currency's minor unit), cents
// spelled out or implied, fractions of scales, every print order of
// currency and scale (prefixed symbols, compact and wire-service forms),
// the currencies and their words, number words up to trillions; and the
// refusals with their exact texts (too many decimals, ambiguous and
// unknown currencies, bounds).  The values are written out by hand per
// form: none is computed by the code under test.
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lang/iso4217.h"
#include "lang/money.h"
#include "lang/structured.h"
#include "support/expect.h"
#include "support/span_rows.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct Row {
    std::string text;
    factdb::Language language;
    Qualifier qualifier;
    const char* low;
    const char* high;
    const char* currency;
};

const std::vector<Row> kForms{
    {"$4.99", en, Q::exact, "4.99", "4.99", "USD"},
    {"12,30 €", fr, Q::exact, "12.3", "12.3", "EUR"},
    {"€0.85", en, Q::exact, "0.85", "0.85", "EUR"},
    {"1.250,75 $", fr, Q::exact, "1250.75", "1250.75", "USD"},
    {"0,5 dollar", fr, Q::exact, "0.5", "0.5", "USD"},
    {"$1.5", en, Q::exact, "1.5", "1.5", "USD"},
    {"$0.01", en, Q::exact, "0.01", "0.01", "USD"},
    {"£3.20", en, Q::exact, "3.2", "3.2", "GBP"},
    {"4,99 €", fr, Q::exact, "4.99", "4.99", "EUR"},
    {"2,10 dollars", fr, Q::exact, "2.1", "2.1", "USD"},
    {"US$2.49", en, Q::exact, "2.49", "2.49", "USD"},
    {"USD 0.35", en, Q::exact, "0.35", "0.35", "USD"},
    {"0.35 USD", en, Q::exact, "0.35", "0.35", "USD"},
    {"0,35 EUR", fr, Q::exact, "0.35", "0.35", "EUR"},
    {"CHF 12.95", en, Q::exact, "12.95", "12.95", "CHF"},
    {"A$1.05", en, Q::exact, "1.05", "1.05", "AUD"},
    {"HK$7.80", en, Q::exact, "7.8", "7.8", "HKD"},
    {"₹82.50", en, Q::exact, "82.5", "82.5", "INR"},
    {"1,250.75 dollars", en, Q::exact, "1250.75", "1250.75", "USD"},
    {"1 250,75 €", fr, Q::exact, "1250.75", "1250.75", "EUR"},
    {"$1.2345678 million", en, Q::exact, "1234567.8", "1234567.8", "USD"},
    {"between $4.99 and $5.99", en, Q::between, "4.99", "5.99", "USD"},
    {"entre 0,85 € et 1,20 €", fr, Q::between, "0.85", "1.2", "EUR"},
    {"about $4.99", en, Q::approximately, "4.99", "4.99", "USD"},
    {"up to $0.50", en, Q::at_most, nullptr, "0.5", "USD"},
    {"plus de 2,50 €", fr, Q::more_than, "2.5", nullptr, "EUR"},
    {"7 dollars and 20 cents", en, Q::exact, "7.2", "7.2", "USD"},
    {"douze euros et dix centimes", fr, Q::exact, "12.1", "12.1", "EUR"},
    {"7 dollars et 20 cents", fr, Q::exact, "7.2", "7.2", "USD"},
    {"vingt dollars et vingt cents", fr, Q::exact, "20.2", "20.2", "USD"},
    {"9 dollars 99", en, Q::exact, "9.99", "9.99", "USD"},
    {"9 € 99", fr, Q::exact, "9.99", "9.99", "EUR"},
    {"9€99", fr, Q::exact, "9.99", "9.99", "EUR"},
    {"9,99 €", fr, Q::exact, "9.99", "9.99", "EUR"},
    {"seven dollars and twenty cents", en, Q::exact, "7.2", "7.2", "USD"},
    {"7 euros et 20 centimes", fr, Q::exact, "7.2", "7.2", "EUR"},
    {"vingt euros et cinquante centimes", fr, Q::exact, "20.5", "20.5", "EUR"},
    {"5 pounds and 20 pence", en, Q::exact, "5.2", "5.2", "GBP"},
    {"3 euros and 5 cents", en, Q::exact, "3.05", "3.05", "EUR"},
    {"3 euros 05", fr, Q::exact, "3.05", "3.05", "EUR"},
    {"12 dollars 5 cents", en, Q::exact, "12.05", "12.05", "USD"},
    {"10 francs suisses et 50 centimes", fr, Q::exact, "10.5", "10.5", "CHF"},
    {"1 dollar and 1 cent", en, Q::exact, "1.01", "1.01", "USD"},
    {"9 dollars 99", fr, Q::exact, "9.99", "9.99", "USD"},
    {"9 USD 99", en, Q::exact, "9.99", "9.99", "USD"},
    {"4 € 50.", fr, Q::exact, "4.5", "4.5", "EUR"},
    {"half a billion dollars", en, Q::exact, "500000000", "500000000", "USD"},
    {"a quarter of a million dollars", en, Q::exact, "250000", "250000", "USD"},
    {"three quarters of a billion dollars", en, Q::exact, "750000000", "750000000", "USD"},
    {"un demi-milliard d'euros", fr, Q::exact, "500000000", "500000000", "EUR"},
    {"un quart de milliard de dollars", fr, Q::exact, "250000000", "250000000", "USD"},
    {"1,5 milliard d'euros", fr, Q::exact, "1500000000", "1500000000", "EUR"},
    {"un demi-million de dollars", fr, Q::exact, "500000", "500000", "USD"},
    {"trois quarts de milliard d'euros", fr, Q::exact, "750000000", "750000000", "EUR"},
    {"half a million pounds", en, Q::exact, "500000", "500000", "GBP"},
    {"a half billion dollars", en, Q::exact, "500000000", "500000000", "USD"},
    {"two and a half billion dollars", en, Q::exact, "2500000000", "2500000000", "USD"},
    {"deux milliards et demi d'euros", fr, Q::exact, "2500000000", "2500000000", "EUR"},
    {"$1.5 billion", en, Q::exact, "1500000000", "1500000000", "USD"},
    {"0,25 milliard de dollars", fr, Q::exact, "250000000", "250000000", "USD"},
    {"half a billion euros", en, Q::exact, "500000000", "500000000", "EUR"},
    {"un demi milliard de yens", fr, Q::exact, "500000000", "500000000", "JPY"},
    {"$5bn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5bn$", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 bn $", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"USD 5bn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5bn USD", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"USD5bn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"USD 5 billion", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 billion USD", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"US$5bn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"US$ 5bn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"US $5 billion", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"U.S.$5bn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"U.S. $5 billion", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"C$5bn", en, Q::exact, "5000000000", "5000000000", "CAD"},
    {"CA$5bn", en, Q::exact, "5000000000", "5000000000", "CAD"},
    {"A$5bn", en, Q::exact, "5000000000", "5000000000", "AUD"},
    {"AU$5bn", en, Q::exact, "5000000000", "5000000000", "AUD"},
    {"S$5bn", en, Q::exact, "5000000000", "5000000000", "SGD"},
    {"HK$5bn", en, Q::exact, "5000000000", "5000000000", "HKD"},
    {"NZ$5bn", en, Q::exact, "5000000000", "5000000000", "NZD"},
    {"CN¥5bn", en, Q::exact, "5000000000", "5000000000", "CNY"},
    {"JP¥5bn", en, Q::exact, "5000000000", "5000000000", "JPY"},
    {"5 Md$", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 Md€", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5 Mds d'euros", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5 Mrd €", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5 mrd d'euros", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5 bln dlrs", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"$5 bln", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 billion dlrs", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 milliards $", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 milliards USD", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"USD 5 milliards", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 G$", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 milliards de dollars US", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 milliards de $ US", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 milliards de dollars américains", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 billion U.S. dollars", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 billion American dollars", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"€5bn", en, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5bn€", en, Q::exact, "5000000000", "5000000000", "EUR"},
    {"EUR 5bn", en, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5bn EUR", en, Q::exact, "5000000000", "5000000000", "EUR"},
    {"£5bn", en, Q::exact, "5000000000", "5000000000", "GBP"},
    {"GBP 5bn", en, Q::exact, "5000000000", "5000000000", "GBP"},
    {"stg 5 bln", en, Q::exact, "5000000000", "5000000000", "GBP"},
    {"5 bln stg", en, Q::exact, "5000000000", "5000000000", "GBP"},
    {"5 billion sterling", en, Q::exact, "5000000000", "5000000000", "GBP"},
    {"5,000 MUSD", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 000 MEUR", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5 000 M€", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5 000 M$", fr, Q::exact, "5000000000", "5000000000", "USD"},
    {"5,000 mln dlrs", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"$5,000 mn", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 000 millions d'euros", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5bnUSD", en, Q::exact, "5000000000", "5000000000", "USD"},
    {"5 bnEUR", en, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5 MdEUR", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5,000,000 kEUR", en, Q::exact, "5000000000", "5000000000", "EUR"},
    {"5 000 000 k€", fr, Q::exact, "5000000000", "5000000000", "EUR"},
    {"$1.5tn", en, Q::exact, "1500000000000", "1500000000000", "USD"},
    {"1.5tn USD", en, Q::exact, "1500000000000", "1500000000000", "USD"},
    {"$500m", en, Q::exact, "500000000", "500000000", "USD"},
    {"500m$", en, Q::exact, "500000000", "500000000", "USD"},
    {"500 MUSD", en, Q::exact, "500000000", "500000000", "USD"},
    {"500 MEUR", fr, Q::exact, "500000000", "500000000", "EUR"},
    {"800 k€", fr, Q::exact, "800000", "800000", "EUR"},
    {"$800k", en, Q::exact, "800000", "800000", "USD"},
    {"500 mln dlrs", en, Q::exact, "500000000", "500000000", "USD"},
    {"stg 500 mln", en, Q::exact, "500000000", "500000000", "GBP"},
    {"500 mln stg", en, Q::exact, "500000000", "500000000", "GBP"},
    {"1 dlr", en, Q::exact, "1", "1", "USD"},
    {"£5 million", en, Q::exact, "5000000", "5000000", "GBP"},
    {"5 million pounds sterling", en, Q::exact, "5000000", "5000000", "GBP"},
    {"5 millions de livres sterling", fr, Q::exact, "5000000", "5000000", "GBP"},
    {"5 million British pounds", en, Q::exact, "5000000", "5000000", "GBP"},
    {"5 millions de livres britanniques", fr, Q::exact, "5000000", "5000000", "GBP"},
    {"¥5 million", en, Q::exact, "5000000", "5000000", "JPY"},
    {"5 million yen", en, Q::exact, "5000000", "5000000", "JPY"},
    {"5 millions de yens", fr, Q::exact, "5000000", "5000000", "JPY"},
    {"JPY 5 million", en, Q::exact, "5000000", "5000000", "JPY"},
    {"5 million Japanese yen", en, Q::exact, "5000000", "5000000", "JPY"},
    {"5 millions de yens japonais", fr, Q::exact, "5000000", "5000000", "JPY"},
    {"5 million yuan", en, Q::exact, "5000000", "5000000", "CNY"},
    {"5 million renminbi", en, Q::exact, "5000000", "5000000", "CNY"},
    {"RMB 5 million", en, Q::exact, "5000000", "5000000", "CNY"},
    {"CNY 5 million", en, Q::exact, "5000000", "5000000", "CNY"},
    {"5 millions de yuans", fr, Q::exact, "5000000", "5000000", "CNY"},
    {"5 million Chinese yuan", en, Q::exact, "5000000", "5000000", "CNY"},
    {"5 millions de yuans chinois", fr, Q::exact, "5000000", "5000000", "CNY"},
    {"5 million Swiss francs", en, Q::exact, "5000000", "5000000", "CHF"},
    {"5 millions de francs suisses", fr, Q::exact, "5000000", "5000000", "CHF"},
    {"CHF 5 million", en, Q::exact, "5000000", "5000000", "CHF"},
    {"5 millions CHF", fr, Q::exact, "5000000", "5000000", "CHF"},
    {"5 million Canadian dollars", en, Q::exact, "5000000", "5000000", "CAD"},
    {"5 millions de dollars canadiens", fr, Q::exact, "5000000", "5000000", "CAD"},
    {"CAD 5 million", en, Q::exact, "5000000", "5000000", "CAD"},
    {"5 million Australian dollars", en, Q::exact, "5000000", "5000000", "AUD"},
    {"5 millions de dollars australiens", fr, Q::exact, "5000000", "5000000", "AUD"},
    {"AUD 5 million", en, Q::exact, "5000000", "5000000", "AUD"},
    {"5 million New Zealand dollars", en, Q::exact, "5000000", "5000000", "NZD"},
    {"5 millions de dollars néo-zélandais", fr, Q::exact, "5000000", "5000000", "NZD"},
    {"NZD 5 million", en, Q::exact, "5000000", "5000000", "NZD"},
    {"5 million Hong Kong dollars", en, Q::exact, "5000000", "5000000", "HKD"},
    {"5 millions de dollars de Hong Kong", fr, Q::exact, "5000000", "5000000", "HKD"},
    {"5 millions de dollars hongkongais", fr, Q::exact, "5000000", "5000000", "HKD"},
    {"HKD 5 million", en, Q::exact, "5000000", "5000000", "HKD"},
    {"5 million Singapore dollars", en, Q::exact, "5000000", "5000000", "SGD"},
    {"5 millions de dollars de Singapour", fr, Q::exact, "5000000", "5000000", "SGD"},
    {"5 millions de dollars singapouriens", fr, Q::exact, "5000000", "5000000", "SGD"},
    {"SGD 5 million", en, Q::exact, "5000000", "5000000", "SGD"},
    {"₹5 million", en, Q::exact, "5000000", "5000000", "INR"},
    {"5 million rupees", en, Q::exact, "5000000", "5000000", "INR"},
    {"5 million Indian rupees", en, Q::exact, "5000000", "5000000", "INR"},
    {"5 millions de roupies", fr, Q::exact, "5000000", "5000000", "INR"},
    {"5 millions de roupies indiennes", fr, Q::exact, "5000000", "5000000", "INR"},
    {"INR 5 million", en, Q::exact, "5000000", "5000000", "INR"},
    {"₩5 million", en, Q::exact, "5000000", "5000000", "KRW"},
    {"5 million won", en, Q::exact, "5000000", "5000000", "KRW"},
    {"5 million South Korean won", en, Q::exact, "5000000", "5000000", "KRW"},
    {"5 millions de wons", fr, Q::exact, "5000000", "5000000", "KRW"},
    {"5 millions de wons sud-coréens", fr, Q::exact, "5000000", "5000000", "KRW"},
    {"KRW 5 million", en, Q::exact, "5000000", "5000000", "KRW"},
    {"5 million Swedish kronor", en, Q::exact, "5000000", "5000000", "SEK"},
    {"5 million Swedish krona", en, Q::exact, "5000000", "5000000", "SEK"},
    {"5 millions de couronnes suédoises", fr, Q::exact, "5000000", "5000000", "SEK"},
    {"SEK 5 million", en, Q::exact, "5000000", "5000000", "SEK"},
    {"5 million Norwegian kroner", en, Q::exact, "5000000", "5000000", "NOK"},
    {"5 million Norwegian krone", en, Q::exact, "5000000", "5000000", "NOK"},
    {"5 millions de couronnes norvégiennes", fr, Q::exact, "5000000", "5000000", "NOK"},
    {"NOK 5 million", en, Q::exact, "5000000", "5000000", "NOK"},
    {"5 million Danish kroner", en, Q::exact, "5000000", "5000000", "DKK"},
    {"5 million Danish crowns", en, Q::exact, "5000000", "5000000", "DKK"},
    {"5 millions de couronnes danoises", fr, Q::exact, "5000000", "5000000", "DKK"},
    {"DKK 5 million", en, Q::exact, "5000000", "5000000", "DKK"},
    {"₪5 million", en, Q::exact, "5000000", "5000000", "ILS"},
    {"NIS 5 million", en, Q::exact, "5000000", "5000000", "ILS"},
    {"5 million NIS", en, Q::exact, "5000000", "5000000", "ILS"},
    {"5 million shekels", en, Q::exact, "5000000", "5000000", "ILS"},
    {"5 million new Israeli shekels", en, Q::exact, "5000000", "5000000", "ILS"},
    {"5 millions de shekels", fr, Q::exact, "5000000", "5000000", "ILS"},
    {"5 millions de nouveaux shekels", fr, Q::exact, "5000000", "5000000", "ILS"},
    {"ILS 5 million", en, Q::exact, "5000000", "5000000", "ILS"},
    {"5 million dollars", en, Q::exact, "5000000", "5000000", "USD"},
    {"5 millions de dollars", fr, Q::exact, "5000000", "5000000", "USD"},
    {"5 million US dollars", en, Q::exact, "5000000", "5000000", "USD"},
    {"5 million euros", en, Q::exact, "5000000", "5000000", "EUR"},
    {"5 millions d'euros", fr, Q::exact, "5000000", "5000000", "EUR"},
    {"un billion de dollars", fr, Q::exact, "1000000000000", "1000000000000", "USD"},
    {"un billiard d'euros", fr, Q::exact, "1000000000000000", "1000000000000000", "EUR"},
    {"one trillion dollars", en, Q::exact, "1000000000000", "1000000000000", "USD"},
    {"a trillion dollars", en, Q::exact, "1000000000000", "1000000000000", "USD"},
    {"trois millions sept cent mille euros", fr, Q::exact, "3700000", "3700000", "EUR"},
    {"vingt et un millions de dollars", fr, Q::exact, "21000000", "21000000", "USD"},
    {"septante millions d'euros", fr, Q::exact, "70000000", "70000000", "EUR"},
    {"nonante millions d'euros", fr, Q::exact, "90000000", "90000000", "EUR"},
    {"quatre-vingt-dix millions d'euros", fr, Q::exact, "90000000", "90000000", "EUR"},
    {"two billion five hundred million dollars", en, Q::exact, "2500000000", "2500000000", "USD"},
    {"deux billions de yens", fr, Q::exact, "2000000000000", "2000000000000", "JPY"},
    {"five trillion won", en, Q::exact, "5000000000000", "5000000000000", "KRW"},
};

// The list every "unrecognised currency" error ends with.
const std::string kAccepted =
    "write one of AUD CAD CHF CNY DKK EUR GBP HKD ILS INR JPY KRW NOK NZD SEK SGD USD (code, symbol or name: 'USD', '$', 'dollars')";

struct Refusal {
    std::string text;
    factdb::Language language;
    std::string error;
};

const std::vector<Refusal> kRefusals{
    // implied cents need the currency between the figures alike: a symbol
    // glued to the second figure only is its prefix (found by fuzz_quantity:
    // "2 S$20" was 2.20 SGD)
    {"2 S$20", en, "unexpected text '20'"},
    {"9 €99", fr, "unexpected text '99'"},
    {"9€ 99", fr, "unexpected text '99'"},
    {"5 $10", en, "unexpected text '10'"},
    // more decimals than the minor unit: never rounded
    {"$0.0004", en,
     "amount 0.0004 USD has 4 decimals, but USD counts in cents (2 decimals): write it with at "
     "most 2 decimals (factdb never rounds an amount)"},
    {"4,999 €", fr,
     "amount 4.999 EUR has 3 decimals, but EUR counts in cents (2 decimals): write it with at "
     "most 2 decimals (factdb never rounds an amount)"},
    {"£1.005", en,
     "amount 1.005 GBP has 3 decimals, but GBP counts in pence (2 decimals): write it with at "
     "most 2 decimals (factdb never rounds an amount)"},
    {"¥1.5", en,
     "amount 1.5 JPY has 1 decimal, but JPY has no minor unit (0 decimals): write a whole "
     "number of JPY (factdb never rounds an amount)"},
    {"1500,5 wons", fr,
     "amount 1500.5 KRW has 1 decimal, but KRW has no minor unit (0 decimals): write a whole "
     "number of KRW (factdb never rounds an amount)"},
    {"$1.234567890123 billion", en,
     "amount 1234567890.123 USD has 3 decimals, but USD counts in cents (2 decimals): write it with at most 2 decimals (factdb never "
     "rounds an amount)"},
    {"between $0.001 and $1", en,
     "amount 0.001 USD has 3 decimals, but USD counts in cents (2 decimals): write it with at "
     "most 2 decimals (factdb never rounds an amount)"},
    // cents that cannot be read
    {"7 dollars and 150 cents", en,
     "'and 150 cents': a minor part must be below 100 (write the amount in figures, '7.20 USD')"},
    {"7,5 euros et 20 centimes", fr,
     "'et 20 centimes' after an amount that has a scale or a fraction: write the amount in "
     "figures ('7.20 USD')"},
    {"5 millions de dollars et 20 cents", fr,
     "'et 20 cents' after an amount that has a scale or a fraction: write the amount in "
     "figures ('7.20 USD')"},
    {"5 million dollars and 20 cents", en,
     "'and 20 cents' after an amount that has a scale or a fraction: write the amount in "
     "figures ('7.20 USD')"},
    {"500 yen and 20 cents", en, "'and 20 cents': JPY has no minor unit; write a whole number of JPY"},
    {"9 dollars 999", en, "unexpected text '999'"},
    {"vingt dollars et deux cents", fr, "unexpected text 'et deux cents'"},
    {"20 cents", en,
     "ambiguous currency 'cents': a minor unit alone does not say its currency: write '$0.20', "
     "'0,20 €' or '0.20 USD'"},
    {"20 centimes", fr,
     "ambiguous currency 'centimes': a minor unit alone does not say its currency: write "
     "'$0.20', '0,20 €' or '0.20 USD'"},
    // ambiguous names
    {"5 millions de francs", fr,
     "ambiguous currency 'francs': francs of which country? say 'Swiss francs' ('francs "
     "suisses') or write CHF"},
    {"5 million francs", en,
     "ambiguous currency 'francs': francs of which country? say 'Swiss francs' ('francs "
     "suisses') or write CHF"},
    {"un franc", fr,
     "ambiguous currency 'franc': francs of which country? say 'Swiss francs' ('francs "
     "suisses') or write CHF"},
    {"5 millions de couronnes", fr,
     "ambiguous currency 'couronnes': crowns of which country? say 'Swedish kronor', "
     "'Norwegian kroner' or 'Danish kroner' ('couronnes suédoises', 'norvégiennes', "
     "'danoises') or write SEK, NOK or DKK"},
    {"5 million kroner", en,
     "ambiguous currency 'kroner': crowns of which country? say 'Swedish kronor', 'Norwegian "
     "kroner' or 'Danish kroner' ('couronnes suédoises', 'norvégiennes', 'danoises') or write "
     "SEK, NOK or DKK"},
    {"5 million crowns", en,
     "ambiguous currency 'crowns': crowns of which country? say 'Swedish kronor', 'Norwegian "
     "kroner' or 'Danish kroner' ('couronnes suédoises', 'norvégiennes', 'danoises') or write "
     "SEK, NOK or DKK"},
    // unknown currencies: the accepted list, and a real ISO code said to be one
    {"5 millions de florins", fr, "unrecognised currency 'florins': " + kAccepted},
    {"5 million XYZ", en, "unrecognised currency 'XYZ': " + kAccepted},
    {"5 million BRL", en,
     "unrecognised currency 'BRL': BRL (Brazilian Real) is ISO 4217 but not read yet; " + kAccepted},
    {"5 millions de MXN", fr,
     "unrecognised currency 'MXN': MXN (Mexican Peso) is ISO 4217 but not read yet; " + kAccepted},
    {"5 million Taiwan dollars", en, "unrecognised currency 'Taiwan dollars': " + kAccepted},
    {"5 milliards de pesos", fr, "unrecognised currency 'pesos': " + kAccepted},
    // forms that are no amount
    {"a $5bn", en, "not a number"},
    {"5 million MUSD", en, "two scales in one amount"},
    {"5 MUSD bn", en, "unexpected text 'bn'"},
    {"₹500 crore", en,
     "unrecognised scale or unit 'crore' after the number: write the value with a known scale "
     "(k, m, bn, million, milliard...) or without it"},
    {"5 lakh rupees", en,
     "unrecognised scale or unit 'lakh' after the number: write the value with a known scale "
     "(k, m, bn, million, milliard...) or without it"},
};

// Plausibility bounds of the new currencies, inclusive, and number words
// that pass the parser but not the bound.
struct Bounded {
    std::string text;
    factdb::Language language;
    std::string why;  // "" = within the bound
};
const std::vector<Bounded> kBounds{
    {"un trillion de dollars", fr,
     "amount exceeds the plausible maximum of 10^15 USD (a plausibility bound)"},
    {"un billiard de dollars", fr, ""},
    {"deux billiards de dollars", fr,
     "amount exceeds the plausible maximum of 10^15 USD (a plausibility bound)"},
    {"10000 trillion rupees", en, ""},
    {"10001 trillion rupees", en,
     "amount exceeds the plausible maximum of 10^16 INR (a plausibility bound)"},
    {"1000000 trillion won", en, ""},
    {"1000001 trillion won", en,
     "amount exceeds the plausible maximum of 10^18 KRW (a plausibility bound)"},
    {"HK$10000 trillion", en, ""},
    {"HK$10000.01 trillion", en,
     "amount exceeds the plausible maximum of 10^16 HKD (a plausibility bound)"},
    {"A$10000 trillion", en, ""},
    {"A$10001 trillion", en,
     "amount exceeds the plausible maximum of 10^16 AUD (a plausibility bound)"},
    {"SEK 10001 trillion", en,
     "amount exceeds the plausible maximum of 10^16 SEK (a plausibility bound)"},
    {"NIS 10001 trillion", en,
     "amount exceeds the plausible maximum of 10^16 ILS (a plausibility bound)"},
    {"$1000 trillion", en, ""},
    {"$999999999999999.99", en, ""},
    {"$1000000000000000.01", en,
     "amount exceeds the plausible maximum of 10^15 USD (a plausibility bound)"},
};

// Running text: where each form is found, and near misses.
struct SpanRow {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    const char* low;
    const char* currency;
};
const std::vector<SpanRow> kSpans{
    {en, "Shares closed at $4.99 on Friday.", "$", "$4.99", 17, 22, "4.99", "USD"},
    {fr, "Le jeton vaut 0,85 € à l'ouverture.", "0,85", "0,85 €", 14, 20, "0.85", "EUR"},
    {en, "Tickets cost $1.5 each.", "$", "$1.5", 13, 17, "1.5", "USD"},
    {en, "The fund raised A$5bn from pensions.", "A$", "A$5bn", 16, 21, "5000000000", "AUD"},
    {en, "It signed a $5bn deal.", "$", "$5bn", 12, 16, "5000000000", "USD"},
    {en, "It signed a $5bn deal.", "a", nullptr, 0, 0, nullptr, nullptr},
    {en, "Reuters said the unit sold 500 mln dlrs of bonds.", "500", "500 mln dlrs", 27, 39,
     "500000000", "USD"},
    {en, "The bank lent stg 500 mln to the group.", "stg", "stg 500 mln", 14, 25, "500000000",
     "GBP"},
    {fr, "Le groupe a levé 500 MEUR auprès des banques.", "500", "500 MEUR", 17, 25,
     "500000000", "EUR"},
    {fr, "Le ticket coûte 9 € 99.", "9", "9 € 99", 16, 22, "9.99", "EUR"},
    {en, "It paid 9 dollars 99 times.", "9", nullptr, 0, 0, nullptr, nullptr},
    {en, "He had 7 dollars and 20 cents left.", "7", "7 dollars and 20 cents", 7, 29, "7.2",
     "USD"},
    {fr, "Il reste douze euros et dix centimes.", "douze", "douze euros et dix centimes", 9, 36,
     "12.1", "EUR"},
    {en, "Each token costs $0.0004 to serve.", "$", nullptr, 0, 0, nullptr, nullptr},
    {fr, "Il a levé 5 millions de francs en 1990.", "5", nullptr, 0, 0, nullptr, nullptr},
    {en, "The deal is worth HK$3bn, it said.", "HK$", "HK$3bn", 18, 24, "3000000000", "HKD"},
    {fr, "Un demi-milliard d'euros sera investi.", "Un", "Un demi-milliard d'euros", 0, 24,
     "500000000", "EUR"},
};

}  // namespace

TEST_CASE("parse_money reads every money form of issue 12", "[normalize][money]") {
    for (const auto& c : kForms) {
        INFO(c.text);
        const Money m = parse_money(c.text, c.language);
        check_range(m.range, c.qualifier, c.low, c.high);
        CHECK(m.currency == c.currency);
        CHECK(implausible_amount(m) == "");
        CHECK(amount_problem(m) == "");
    }
    CHECK(kForms.size() >= 200);
}

TEST_CASE("match_money reads each form as the whole field does", "[normalize][money][span]") {
    for (const auto& c : kForms) {
        INFO(c.text);
        const Tokens tokens = tokenize_running_text(c.text, c.language);
        const auto m = match_money(tokens, 0, c.language);
        REQUIRE(m.has_value());
        std::size_t end = tokens.size();
        if (tokens.back().is(".")) --end;
        CHECK(m->end == end);
        check_range(m->value.range, c.qualifier, c.low, c.high);
        CHECK(m->value.currency == c.currency);
    }
}

TEST_CASE("parse_money refuses money forms it cannot read exactly, saying why",
          "[normalize][money]") {
    for (const auto& c : kRefusals) {
        INFO(c.text);
        CHECK(error_of([&] { parse_money(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("plausibility bounds of every currency, and number words beyond them",
          "[normalize][money]") {
    for (const auto& c : kBounds) {
        INFO(c.text);
        CHECK(implausible_amount(parse_money(c.text, c.language)) == c.why);
    }
}

TEST_CASE("match_money finds the issue 12 forms in running text", "[normalize][money][span]") {
    for (const auto& c : kSpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = match_money(s.tokens, at, c.language);
        if (!check_match(s, at, m, {c.matched, c.begin_char, c.end_char})) continue;
        CHECK(m->value.range.low->to_string() == c.low);
        CHECK(m->value.currency == c.currency);
    }
}

TEST_CASE("minor units: the table, its invariant and exact conversion", "[normalize][money]") {
    std::string table;
    for (const auto& b : currency_bounds()) {
        table += std::string(b.code) + " 10^" + std::to_string(b.max_power) + " minor " +
                 std::to_string(b.minor_unit) + "\n";
        INFO(b.code);
        CHECK(b.max_power + b.minor_unit <= 18);  // the bound in minor units fits, with room
        CHECK(b.max_power >= 15);
    }
    CHECK(table ==
          "AUD 10^16 minor 2\nCAD 10^16 minor 2\nCHF 10^15 minor 2\nCNY 10^16 minor 2\n"
          "DKK 10^16 minor 2\nEUR 10^15 minor 2\nGBP 10^15 minor 2\nHKD 10^16 minor 2\n"
          "ILS 10^16 minor 2\nINR 10^16 minor 2\nJPY 10^17 minor 0\nKRW 10^18 minor 0\n"
          "NOK 10^16 minor 2\nNZD 10^16 minor 2\nSEK 10^16 minor 2\nSGD 10^16 minor 2\n"
          "USD 10^15 minor 2\n");
    CHECK(to_minor_units(Decimal{499, -2}, "USD") == 499);
    CHECK(to_minor_units(Decimal{123, -1}, "EUR") == 1230);
    CHECK(to_minor_units(Decimal{8, 9}, "JPY") == 8000000000);
    CHECK(to_minor_units(Decimal{1, 15}, "USD") == 100000000000000000);
    CHECK(to_minor_units(Decimal{1, 18}, "KRW") == 1000000000000000000);
    CHECK(error_of([] { to_minor_units(Decimal{5, -1}, "JPY"); }) ==
          "amount 0.5 JPY has no exact value in minor units");
    CHECK(currency_bound("BRL") == nullptr);
}

TEST_CASE("every currency factdb reads is a real ISO 4217 code per iso-codes",
          "[normalize][money][iso4217]") {
    // Debian's iso-codes file itself, read here: a missing file fails loudly.
    const std::string path = "/usr/share/iso-codes/json/iso_4217.json";
    std::ifstream in(path);
    INFO(path << " (Debian package iso-codes, scripts/install-deps.sh)");
    REQUIRE(in.good());
    const auto json = nlohmann::json::parse(in);
    std::set<std::string> codes;
    for (const auto& c : json.at("4217")) codes.insert(c.at("alpha_3").get<std::string>());
    REQUIRE(codes.size() > 100);
    for (const auto& b : currency_bounds()) {
        INFO(b.code);
        CHECK(codes.count(std::string(b.code)) == 1);
    }
    // The table compiled in is that file's.
    std::set<std::string> compiled;
    for (const auto& c : iso4217_currencies()) compiled.insert(std::string(c.code));
    CHECK(compiled == codes);
    CHECK(iso4217_name("CHF") == std::optional<std::string_view>("Swiss Franc"));
    CHECK(iso4217_name("XYZ") == std::nullopt);
}

TEST_CASE("money_from_json: fractional strings and real versus unknown codes",
          "[normalize][money][structured]") {
    using nlohmann::json;
    const Money m = money_from_json(
        json{{"low", "4.99"}, {"high", "4.99"}, {"qualifier", "exact"}, {"currency", "USD"}});
    check_range(m.range, Q::exact, "4.99", "4.99");
    const Money y = money_from_json(
        json{{"low", 500}, {"high", 500}, {"qualifier", "exact"}, {"currency", "KRW"}});
    check_range(y.range, Q::exact, "500", "500");
    struct Bad {
        json value;
        std::string error;
    };
    const std::vector<Bad> bad{
        {json{{"low", "0.0004"}, {"high", "0.0004"}, {"qualifier", "exact"}, {"currency", "USD"}},
         "amount 0.0004 USD has 4 decimals, but USD counts in cents (2 decimals): write it with "
         "at most 2 decimals (factdb never rounds an amount)"},
        {json{{"low", 4.99}, {"high", 4.99}, {"qualifier", "exact"}, {"currency", "USD"}},
         "low: expected an integer or a decimal string such as \"4.99\""},
        {json{{"low", "1.5"}, {"qualifier", "at_least"}, {"currency", "JPY"}},
         "amount 1.5 JPY has 1 decimal, but JPY has no minor unit (0 decimals): write a whole "
         "number of JPY (factdb never rounds an amount)"},
        {json{{"low", 5}, {"high", 5}, {"qualifier", "exact"}, {"currency", "BRL"}},
         "currency: unrecognised currency 'BRL': BRL (Brazilian Real) is ISO 4217 but not read "
         "yet; " + kAccepted},
        {json{{"low", 5}, {"high", 5}, {"qualifier", "exact"}, {"currency", "XYZ"}},
         "currency: unrecognised currency 'XYZ': " + kAccepted},
    };
    for (const auto& b : bad) {
        INFO(b.value.dump());
        CHECK(error_of([&] { money_from_json(b.value); }) == b.error);
    }
}
