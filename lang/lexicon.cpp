// The word tables of the quantity grammar.  Matching is on folded tokens
// (case and accents ignored, "d'" = "de", dashes between words optional), the
// longest row wins, and a row applies only in the languages it is tagged with
// (kAny for symbols and codes).
//
// prefixes (lead the quantity):
//   (* = added for issue 12)
//   approximately  fr environ, env. (issue 13), près de, presque, quelque(s),
//                     approximativement, autour de, de l'ordre de, aux alentours de
//                  en about, around, roughly, some, nearly, approximately,
//                     approx. (issue 13), almost, close to, circa;  any ~ ≈
//   more_than      fr plus de, au-delà de*, supérieur(e)(s) à*
//                  en over, more than, above, greater than*, higher than*,
//                     north of*, upwards of*, in excess of*, well over*   any >
//   at_least       fr au moins, pas moins de, au minimum*, au bas mot*, un minimum de*,
//                     supérieur(e)(s) ou égal(e)(s) à*, plus de ou égal à*
//                  en at least, no less than, no fewer than, not less than*,
//                     not fewer than*, a minimum of*, at a minimum*,
//                     greater than or equal to*, more than or equal to*   any ≥ >=
//   at_most        fr jusqu'à, au plus, au maximum, tout au plus, pas plus de*,
//                     un maximum de*, inférieur(e)(s) ou égal(e)(s) à*
//                  en up to, as much as, as many as, at most, no more than,
//                     not more than*, a maximum of*, at the most*,
//                     less than or equal to*, fewer than or equal to*   any ≤ <=
//   less_than      fr moins de, inférieur(e)(s) à*, en deçà de*
//                  en less than, fewer than, under, below, lower than*   any <
//   range          fr entre…et, de…à   en between…and, from…to|through
// bound suffixes* (after the figure and its unit; lexicon's bound_suffixes):
//   at_least  fr ou plus, et plus, ou davantage, au moins, au minimum, minimum
//             en or more, or greater, or higher, or above, or over, and above,
//                and over, and up, and more, at least, at a minimum, minimum,
//                -plus (joined: "120-plus");  any + (glued: "120+")
//   at_most   fr ou moins, et moins, au plus, au maximum, tout au plus, maximum
//             en or less, or fewer, or lower, or below, or under, and below,
//                and under, and less, at most, at the most, maximum, max
// inclusive suffixes* (a strict bound before the figure becomes inclusive):
//   fr ou égal, ou égale; en or equal to, or equal
// bound joiners* (between two bounds): fr et, mais; en and, but
// fractions* (before a scale or collective noun): fr un demi, une demi,
//   un quart de, trois quarts de; en half a, half an, a half, one half,
//   a quarter of a, a quarter, one quarter of a, three quarters of a
// collective nouns* (after a fraction): fr dizaine, douzaine, vingtaine,
//   centaine, millier (approximate); en dozen (exact)
// possible scales* (refused, never a noun): lakh(s), lac(s), crore(s),
//   grand, myriad(s), quadrillion(s), quintillion(s), zillion(s), gazillion(s);
//   fr demi(e), quart(s), tiers, moitié; en half, halves, quarter(s)
// noun joiners (words of bound phrases that also join nouns, not bound
//   words alone): fr de, à, au, aux, en, et, ou, le, la, les, du, des, un,
//   une, tout; en of, in, at, to, and, or, as, a, an, the
// bare range connectors: fr à; en to, through*, thru*; any "-"
// approximate suffixes: fr environ; en approximately, or so
// scales (power of ten):
//   3  fr mille; en thousand; any k
//   6  any million(s), m, mn, mln
//   9  fr milliard(s); any md, mds, mrd, mrds, g, bn, bln; en billion(s)
//   12 fr billion(s); en trillion(s), tn
//   15 fr billiard(s)*
//   18 fr trillion(s)
// currencies (ISO 4217; "before" = may precede the figure):
//   USD  $ US$ USD (before); dollar(s); fr dollars américains, dollars US, $ US;
//        en US dollar(s), American dollars
//   CAD  C$ CA$ CAD (before); fr dollar(s) canadien(s); en Canadian dollar(s)
//   EUR  € EUR (before); euro(s)
//   GBP  £ GBP (before); fr livre(s) sterling; en pound(s) sterling, pound(s)
//   JPY  ¥ JPY (before); yen(s)
//   CNY  CNY RMB (before); yuan(s), renminbi
//   CHF  CHF (before); fr franc(s) suisse(s); en Swiss franc(s)
// collectives: fr une dizaine 10, une douzaine 12, une quinzaine 15,
//   une vingtaine 20, une trentaine 30, une quarantaine 40, une cinquantaine 50,
//   une soixantaine 60, une centaine 100, un millier 1000 (all approximate);
//   en a/one dozen 12 (exact).
// vague quantities (rejected, they give no figure): plusieurs, nombreux,
//   de nombreux/nombreuses, des dizaines/centaines/milliers/millions/milliards
//   and the bare plurals (dizaines, douzaines, vingtaines, centaines,
//   milliers); several, many, numerous, a few, few, dozens, tens, hundreds,
//   thousands, millions, billions; and* nouns of quantity after the article:
//   fr un certain/grand/petit nombre, une poignée/partie/majorité/minorité/
//   multitude, la plupart, la moitié, un tiers, un quart; en a number of,
//   a large/small number of, a handful, a couple, a lot, a bunch, a
//   host/series/range/variety/slew/raft of, a majority/minority/fraction/
//   portion, a third/fifth of, one third of, two thirds of, (a) half of,
//   a/one quarter of (a fraction of a scale is read first: "a quarter of a
//   million").
// undisclosed: fr non divulgué, non communiqué, non dévoilé, non précisé,
//   non révélé, inconnu (with their e/s/es forms); en undisclosed, unknown,
//   not disclosed, unspecified.
// months: fr janvier … décembre and the abbreviations janv, févr, fév, avr,
//   juil, oct, nov, déc ("sept" is the number seven); en January … December
//   and Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec.
#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "lang/lexicon.h"
#include "lang/money.h"

namespace factdb::lang {

const PhraseTable<Prefix>& prefixes() {
    using L = Lead;
    static const PhraseTable<Prefix> table{
        {"environ", kFr, {L::approximately, {}}},
        {"env.", kFr, {L::approximately, {}}},  // the wire services' abbreviation
        {"près de", kFr, {L::approximately, {}}},
        {"presque", kFr, {L::approximately, {}}},
        {"quelque", kFr, {L::approximately, {}}},
        {"quelques", kFr, {L::approximately, {}}},
        {"approximativement", kFr, {L::approximately, {}}},
        {"autour de", kFr, {L::approximately, {}}},
        {"de l'ordre de", kFr, {L::approximately, {}}},
        {"aux alentours de", kFr, {L::approximately, {}}},
        {"about", kEn, {L::approximately, {}}},
        {"around", kEn, {L::approximately, {}}},
        {"roughly", kEn, {L::approximately, {}}},
        {"some", kEn, {L::approximately, {}}},
        {"nearly", kEn, {L::approximately, {}}},
        {"approximately", kEn, {L::approximately, {}}},
        {"approx.", kEn, {L::approximately, {}}},
        {"almost", kEn, {L::approximately, {}}},
        {"close to", kEn, {L::approximately, {}}},
        {"circa", kEn, {L::approximately, {}}},
        {"an estimated", kEn, {L::approximately, {}}},
        {"estimated at", kEn, {L::approximately, {}}},
        {"estimé à", kFr, {L::approximately, {}}},
        {"estimée à", kFr, {L::approximately, {}}},
        {"estimés à", kFr, {L::approximately, {}}},
        {"estimées à", kFr, {L::approximately, {}}},
        {"évalué à", kFr, {L::approximately, {}}},
        {"évaluée à", kFr, {L::approximately, {}}},
        {"~", kAny, {L::approximately, {}}},
        {"≈", kAny, {L::approximately, {}}},
        {"plus de", kFr, {L::more_than, {}}},
        {"over", kEn, {L::more_than, {}}},
        {"more than", kEn, {L::more_than, {}}},
        {"above", kEn, {L::more_than, {}}},
        {">", kAny, {L::more_than, {}}},
        {"au-delà de", kFr, {L::more_than, {}}},
        {"supérieur à", kFr, {L::more_than, {}}},
        {"supérieure à", kFr, {L::more_than, {}}},
        {"supérieurs à", kFr, {L::more_than, {}}},
        {"supérieures à", kFr, {L::more_than, {}}},
        {"greater than", kEn, {L::more_than, {}}},
        {"higher than", kEn, {L::more_than, {}}},
        {"north of", kEn, {L::more_than, {}}},
        {"upwards of", kEn, {L::more_than, {}}},
        {"in excess of", kEn, {L::more_than, {}}},
        {"well over", kEn, {L::more_than, {}}},
        {"well above", kEn, {L::more_than, {}}},
        {"au moins", kFr, {L::at_least, {}}},
        {"pas moins de", kFr, {L::at_least, {}}},
        {"at least", kEn, {L::at_least, {}}},
        {"no less than", kEn, {L::at_least, {}}},
        {"no fewer than", kEn, {L::at_least, {}}},
        {"not less than", kEn, {L::at_least, {}}},
        {"not fewer than", kEn, {L::at_least, {}}},
        {"a minimum of", kEn, {L::at_least, {}}},
        {"at a minimum", kEn, {L::at_least, {}}},
        {"greater than or equal to", kEn, {L::at_least, {}}},
        {"more than or equal to", kEn, {L::at_least, {}}},
        {"≥", kAny, {L::at_least, {}}},
        {">=", kAny, {L::at_least, {}}},
        {"au minimum", kFr, {L::at_least, {}}},
        {"au bas mot", kFr, {L::at_least, {}}},
        {"un minimum de", kFr, {L::at_least, {}}},
        {"supérieur ou égal à", kFr, {L::at_least, {}}},
        {"supérieure ou égale à", kFr, {L::at_least, {}}},
        {"supérieurs ou égaux à", kFr, {L::at_least, {}}},
        {"supérieures ou égales à", kFr, {L::at_least, {}}},
        {"jusqu'à", kFr, {L::at_most, {}}},
        {"au plus", kFr, {L::at_most, {}}},
        {"au maximum", kFr, {L::at_most, {}}},
        {"tout au plus", kFr, {L::at_most, {}}},
        {"up to", kEn, {L::at_most, {}}},
        {"as much as", kEn, {L::at_most, {}}},
        {"as many as", kEn, {L::at_most, {}}},
        {"at most", kEn, {L::at_most, {}}},
        {"no more than", kEn, {L::at_most, {}}},
        {"not more than", kEn, {L::at_most, {}}},
        {"a maximum of", kEn, {L::at_most, {}}},
        {"at the most", kEn, {L::at_most, {}}},
        {"less than or equal to", kEn, {L::at_most, {}}},
        {"fewer than or equal to", kEn, {L::at_most, {}}},
        {"≤", kAny, {L::at_most, {}}},
        {"<=", kAny, {L::at_most, {}}},
        {"pas plus de", kFr, {L::at_most, {}}},
        {"un maximum de", kFr, {L::at_most, {}}},
        {"inférieur ou égal à", kFr, {L::at_most, {}}},
        {"inférieure ou égale à", kFr, {L::at_most, {}}},
        {"inférieurs ou égaux à", kFr, {L::at_most, {}}},
        {"inférieures ou égales à", kFr, {L::at_most, {}}},
        {"moins de", kFr, {L::less_than, {}}},
        {"less than", kEn, {L::less_than, {}}},
        {"fewer than", kEn, {L::less_than, {}}},
        {"under", kEn, {L::less_than, {}}},
        {"below", kEn, {L::less_than, {}}},
        {"<", kAny, {L::less_than, {}}},
        {"lower than", kEn, {L::less_than, {}}},
        {"inférieur à", kFr, {L::less_than, {}}},
        {"inférieure à", kFr, {L::less_than, {}}},
        {"inférieurs à", kFr, {L::less_than, {}}},
        {"inférieures à", kFr, {L::less_than, {}}},
        {"en deçà de", kFr, {L::less_than, {}}},
        {"entre", kFr, {L::range, "et"}},
        {"de", kFr, {L::range, "à"}},
        {"between", kEn, {L::range, "and"}},
        {"from", kEn, {L::range, "to|through|thru"}},
    };
    return table;
}

const PhraseTable<bool>& bare_connectors() {
    static const PhraseTable<bool> table{{"à", kFr, true},       {"to", kEn, true},
                                         {"through", kEn, true}, {"thru", kEn, true},
                                         {"-", kAny, true},      {"ou", kFr, true},
                                         {"or", kEn, true}};
    return table;
}

const PhraseTable<BoundSuffix>& bound_suffixes() {
    using L = Lead;
    static const PhraseTable<BoundSuffix> table{
        {"ou plus", kFr, {L::at_least, false}},       {"et plus", kFr, {L::at_least, false}},
        {"ou davantage", kFr, {L::at_least, false}},  {"au moins", kFr, {L::at_least, false}},
        {"au minimum", kFr, {L::at_least, false}},    {"minimum", kFr, {L::at_least, false}},
        {"or more", kEn, {L::at_least, false}},       {"or greater", kEn, {L::at_least, false}},
        {"or higher", kEn, {L::at_least, false}},     {"or above", kEn, {L::at_least, false}},
        {"or over", kEn, {L::at_least, false}},       {"and above", kEn, {L::at_least, false}},
        {"and over", kEn, {L::at_least, false}},      {"and up", kEn, {L::at_least, false}},
        {"and more", kEn, {L::at_least, false}},      {"at least", kEn, {L::at_least, false}},
        {"at a minimum", kEn, {L::at_least, false}},  {"minimum", kEn, {L::at_least, false}},
        {"plus", kEn, {L::at_least, true}},           {"+", kAny, {L::at_least, true}},
        {"ou moins", kFr, {L::at_most, false}},       {"et moins", kFr, {L::at_most, false}},
        {"au plus", kFr, {L::at_most, false}},        {"au maximum", kFr, {L::at_most, false}},
        {"tout au plus", kFr, {L::at_most, false}},   {"maximum", kFr, {L::at_most, false}},
        {"or less", kEn, {L::at_most, false}},        {"or fewer", kEn, {L::at_most, false}},
        {"or lower", kEn, {L::at_most, false}},       {"or below", kEn, {L::at_most, false}},
        {"or under", kEn, {L::at_most, false}},       {"and below", kEn, {L::at_most, false}},
        {"and under", kEn, {L::at_most, false}},      {"and less", kEn, {L::at_most, false}},
        {"at most", kEn, {L::at_most, false}},        {"at the most", kEn, {L::at_most, false}},
        {"maximum", kEn, {L::at_most, false}},        {"max", kEn, {L::at_most, false}},
    };
    return table;
}

const PhraseTable<bool>& inclusive_suffixes() {
    static const PhraseTable<bool> table{{"ou égal", kFr, true},
                                         {"ou égale", kFr, true},
                                         {"or equal to", kEn, true},
                                         {"or equal", kEn, true}};
    return table;
}

const PhraseTable<bool>& bound_joiners() {
    static const PhraseTable<bool> table{
        {"et", kFr, true}, {"mais", kFr, true}, {"and", kEn, true}, {"but", kEn, true}};
    return table;
}

const PhraseTable<Decimal>& fractions() {
    static const PhraseTable<Decimal> table{
        {"un demi", kFr, {5, -1}},          {"une demi", kFr, {5, -1}},
        {"un quart de", kFr, {25, -2}},     {"trois quarts de", kFr, {75, -2}},
        {"half a", kEn, {5, -1}},           {"half an", kEn, {5, -1}},
        {"a half", kEn, {5, -1}},           {"one half", kEn, {5, -1}},
        {"a quarter of a", kEn, {25, -2}},  {"a quarter", kEn, {25, -2}},
        {"one quarter of a", kEn, {25, -2}}, {"three quarters of a", kEn, {75, -2}},
    };
    return table;
}

const PhraseTable<bool>& possible_scales() {
    static const PhraseTable<bool> table{
        {"lakh", kAny, true},        {"lakhs", kAny, true},        {"lac", kAny, true},
        {"lacs", kAny, true},        {"crore", kAny, true},        {"crores", kAny, true},
        {"grand", kEn, true},        {"myriad", kEn, true},        {"myriads", kEn, true},
        {"quadrillion", kAny, true}, {"quadrillions", kAny, true}, {"quintillion", kAny, true},
        {"quintillions", kAny, true}, {"zillion", kAny, true},     {"zillions", kAny, true},
        {"gazillion", kAny, true},   {"gazillions", kAny, true},   {"demi", kFr, true},
        {"demie", kFr, true},        {"quart", kFr, true},         {"quarts", kFr, true},
        {"tiers", kFr, true},        {"moitié", kFr, true},        {"half", kEn, true},
        {"halves", kEn, true},       {"quarter", kEn, true},       {"quarters", kEn, true},
        // A collective after a figure multiplies it ("two dozen" is 24,
        // "deux centaines" 200): not read, so never the counted noun.
        {"dozen", kEn, true},        {"dozens", kEn, true},        {"score", kEn, true},
        {"scores", kEn, true},       {"douzaine", kFr, true},      {"douzaines", kFr, true},
        {"dizaine", kFr, true},      {"dizaines", kFr, true},      {"centaine", kFr, true},
        {"centaines", kFr, true},    {"millier", kFr, true},       {"milliers", kFr, true},
    };
    return table;
}

const PhraseTable<bool>& acronym_nouns() {
    static const PhraseTable<bool> table{
        {"AI", kEn, true},    {"IA", kFr, true},    {"GPU", kAny, true},  {"GPUs", kAny, true},
        {"TPU", kAny, true},  {"TPUs", kAny, true}, {"CPU", kAny, true},  {"CPUs", kAny, true},
        {"NPU", kAny, true},  {"NPUs", kAny, true}, {"LPU", kAny, true},  {"LPUs", kAny, true},
        {"ASIC", kAny, true}, {"ASICs", kAny, true}, {"LLM", kAny, true}, {"LLMs", kAny, true},
        {"API", kAny, true},  {"APIs", kAny, true}, {"HPC", kAny, true},  {"PC", kAny, true},
        {"PCs", kAny, true},  {"PME", kFr, true},   {"ETI", kFr, true},   {"ONG", kFr, true},
    };
    return table;
}

namespace {

// Words of bound phrases that also join the words of a noun ("30 centres
// de données", "seven employees of an AI lab"): not bound words by
// themselves.  Every bound phrase has at least one word not listed here
// (tests/lang/numbers_test.cpp checks it), so no bound phrase hides.
constexpr std::array<std::string_view, 25> kNounJoiners{
    "de", "à", "au", "aux", "en", "et", "ou", "le", "la", "les", "du", "des", "un",
    "une", "tout", "of", "in", "at", "to", "and", "or", "as", "a", "an", "the"};

}  // namespace

bool is_bound_word(const Token& token, Language language) {
    static const auto words = [] {
        std::array<std::set<std::string>, 2> out;  // [fr, en]
        auto add = [&](const std::vector<std::string>& keys, unsigned langs) {
            for (const auto& k : keys) {
                if (std::find_if(kNounJoiners.begin(), kNounJoiners.end(), [&](auto j) {
                        return phrase_keys(j).front() == k;
                    }) != kNounJoiners.end())
                    continue;
                if (langs & kFr) out[0].insert(k);
                if (langs & kEn) out[1].insert(k);
            }
        };
        prefixes().for_each_row([&](const auto& keys, unsigned langs, const Prefix& p) {
            if (p.lead != Lead::approximately && p.lead != Lead::range) add(keys, langs);
        });
        bound_suffixes().for_each_row(
            [&](const auto& keys, unsigned langs, const BoundSuffix&) { add(keys, langs); });
        inclusive_suffixes().for_each_row(
            [&](const auto& keys, unsigned langs, bool) { add(keys, langs); });
        return out;
    }();
    if (token.kind != Token::Kind::word) return false;
    return words[language == Language::fr ? 0 : 1].count(token.key) > 0;
}

const PhraseTable<bool>& approximate_suffixes() {
    static const PhraseTable<bool> table{
        {"environ", kFr, true}, {"approximately", kEn, true}, {"or so", kEn, true}};
    return table;
}

const PhraseTable<int>& scales() {
    static const PhraseTable<int> table{
        {"mille", kFr, 3},     {"thousand", kEn, 3},   {"k", kAny, 3},         {"million", kAny, 6},
        {"millions", kAny, 6}, {"m", kAny, 6},         {"mn", kAny, 6},        {"mln", kAny, 6},
        {"milliard", kFr, 9},  {"milliards", kFr, 9},  {"md", kAny, 9},        {"mds", kAny, 9},
        {"mrd", kAny, 9},      {"mrds", kAny, 9},      {"g", kAny, 9},         {"bn", kAny, 9},
        {"bln", kAny, 9},      {"billion", kEn, 9},    {"billions", kEn, 9},   {"billion", kFr, 12},
        {"billions", kFr, 12}, {"trillion", kEn, 12},  {"trillions", kEn, 12}, {"tn", kEn, 12},
        {"trillion", kFr, 18}, {"trillions", kFr, 18}, {"billiard", kFr, 15},
        {"billiards", kFr, 15},
    };
    return table;
}

const PhraseTable<Currency>& currencies() {
    static const PhraseTable<Currency> table{
        {"$", kAny, {"USD", true}},
        {"US$", kAny, {"USD", true}},
        {"U.S.$", kAny, {"USD", true}},
        {"USD", kAny, {"USD", true}},
        {"dollar", kAny, {"USD", false}},
        {"dollars", kAny, {"USD", false}},
        {"dlr", kEn, {"USD", false}},
        {"dlrs", kEn, {"USD", false}},
        {"$ US", kFr, {"USD", false}},
        {"$ américain", kFr, {"USD", false}},
        {"$ américains", kFr, {"USD", false}},
        {"dollar US", kFr, {"USD", false}},
        {"dollars US", kFr, {"USD", false}},
        {"dollar américain", kFr, {"USD", false}},
        {"dollars américains", kFr, {"USD", false}},
        {"dollar des États-Unis", kFr, {"USD", false}},
        {"dollars des États-Unis", kFr, {"USD", false}},
        {"US dollar", kEn, {"USD", false}},
        {"US dollars", kEn, {"USD", false}},
        {"U.S. dollar", kEn, {"USD", false}},
        {"U.S. dollars", kEn, {"USD", false}},
        {"American dollar", kEn, {"USD", false}},
        {"American dollars", kEn, {"USD", false}},
        {"C$", kAny, {"CAD", true}},
        {"CA$", kAny, {"CAD", true}},
        {"Can$", kAny, {"CAD", true}},
        {"CAD", kAny, {"CAD", true}},
        {"dollar canadien", kFr, {"CAD", false}},
        {"dollars canadiens", kFr, {"CAD", false}},
        {"Canadian dollar", kEn, {"CAD", false}},
        {"Canadian dollars", kEn, {"CAD", false}},
        {"A$", kAny, {"AUD", true}},
        {"AU$", kAny, {"AUD", true}},
        {"AUD", kAny, {"AUD", true}},
        {"dollar australien", kFr, {"AUD", false}},
        {"dollars australiens", kFr, {"AUD", false}},
        {"Australian dollar", kEn, {"AUD", false}},
        {"Australian dollars", kEn, {"AUD", false}},
        {"NZ$", kAny, {"NZD", true}},
        {"NZD", kAny, {"NZD", true}},
        {"dollar néo-zélandais", kFr, {"NZD", false}},
        {"dollars néo-zélandais", kFr, {"NZD", false}},
        {"New Zealand dollar", kEn, {"NZD", false}},
        {"New Zealand dollars", kEn, {"NZD", false}},
        {"HK$", kAny, {"HKD", true}},
        {"HKD", kAny, {"HKD", true}},
        {"dollar de Hong Kong", kFr, {"HKD", false}},
        {"dollars de Hong Kong", kFr, {"HKD", false}},
        {"dollar hongkongais", kFr, {"HKD", false}},
        {"dollars hongkongais", kFr, {"HKD", false}},
        {"Hong Kong dollar", kEn, {"HKD", false}},
        {"Hong Kong dollars", kEn, {"HKD", false}},
        {"S$", kAny, {"SGD", true}},
        {"SGD", kAny, {"SGD", true}},
        {"dollar de Singapour", kFr, {"SGD", false}},
        {"dollars de Singapour", kFr, {"SGD", false}},
        {"dollar singapourien", kFr, {"SGD", false}},
        {"dollars singapouriens", kFr, {"SGD", false}},
        {"Singapore dollar", kEn, {"SGD", false}},
        {"Singapore dollars", kEn, {"SGD", false}},
        {"€", kAny, {"EUR", true}},
        {"EUR", kAny, {"EUR", true}},
        {"euro", kAny, {"EUR", false}},
        {"euros", kAny, {"EUR", false}},
        {"£", kAny, {"GBP", true}},
        {"GBP", kAny, {"GBP", true}},
        {"stg", kAny, {"GBP", true}},
        {"livre sterling", kFr, {"GBP", false}},
        {"livres sterling", kFr, {"GBP", false}},
        {"livre britannique", kFr, {"GBP", false}},
        {"livres britanniques", kFr, {"GBP", false}},
        {"pound sterling", kEn, {"GBP", false}},
        {"pounds sterling", kEn, {"GBP", false}},
        {"pound", kEn, {"GBP", false}},
        {"pounds", kEn, {"GBP", false}},
        {"British pound", kEn, {"GBP", false}},
        {"British pounds", kEn, {"GBP", false}},
        {"sterling", kEn, {"GBP", false}},
        {"¥", kAny, {"JPY", true}},
        {"JP¥", kAny, {"JPY", true}},
        {"JPY", kAny, {"JPY", true}},
        {"yen", kAny, {"JPY", false}},
        {"yens", kAny, {"JPY", false}},
        {"yen japonais", kFr, {"JPY", false}},
        {"yens japonais", kFr, {"JPY", false}},
        {"Japanese yen", kEn, {"JPY", false}},
        {"Japanese yens", kEn, {"JPY", false}},
        {"CN¥", kAny, {"CNY", true}},
        {"CNY", kAny, {"CNY", true}},
        {"RMB", kAny, {"CNY", true}},
        {"yuan", kAny, {"CNY", false}},
        {"yuans", kAny, {"CNY", false}},
        {"renminbi", kAny, {"CNY", false}},
        {"yuan chinois", kFr, {"CNY", false}},
        {"yuans chinois", kFr, {"CNY", false}},
        {"Chinese yuan", kEn, {"CNY", false}},
        {"Chinese yuans", kEn, {"CNY", false}},
        {"CHF", kAny, {"CHF", true}},
        {"franc suisse", kFr, {"CHF", false}},
        {"francs suisses", kFr, {"CHF", false}},
        {"Swiss franc", kEn, {"CHF", false}},
        {"Swiss francs", kEn, {"CHF", false}},
        {"₹", kAny, {"INR", true}},
        {"INR", kAny, {"INR", true}},
        {"roupie", kFr, {"INR", false}},
        {"roupies", kFr, {"INR", false}},
        {"roupie indienne", kFr, {"INR", false}},
        {"roupies indiennes", kFr, {"INR", false}},
        {"rupee", kEn, {"INR", false}},
        {"rupees", kEn, {"INR", false}},
        {"Indian rupee", kEn, {"INR", false}},
        {"Indian rupees", kEn, {"INR", false}},
        {"₩", kAny, {"KRW", true}},
        {"KRW", kAny, {"KRW", true}},
        {"won", kAny, {"KRW", false}},
        {"wons", kFr, {"KRW", false}},
        {"won sud-coréen", kFr, {"KRW", false}},
        {"wons sud-coréens", kFr, {"KRW", false}},
        {"South Korean won", kEn, {"KRW", false}},
        {"Korean won", kEn, {"KRW", false}},
        {"SEK", kAny, {"SEK", true}},
        {"couronne suédoise", kFr, {"SEK", false}},
        {"couronnes suédoises", kFr, {"SEK", false}},
        {"Swedish krona", kEn, {"SEK", false}},
        {"Swedish kronor", kEn, {"SEK", false}},
        {"Swedish crown", kEn, {"SEK", false}},
        {"Swedish crowns", kEn, {"SEK", false}},
        {"NOK", kAny, {"NOK", true}},
        {"couronne norvégienne", kFr, {"NOK", false}},
        {"couronnes norvégiennes", kFr, {"NOK", false}},
        {"Norwegian krone", kEn, {"NOK", false}},
        {"Norwegian kroner", kEn, {"NOK", false}},
        {"Norwegian crown", kEn, {"NOK", false}},
        {"Norwegian crowns", kEn, {"NOK", false}},
        {"DKK", kAny, {"DKK", true}},
        {"couronne danoise", kFr, {"DKK", false}},
        {"couronnes danoises", kFr, {"DKK", false}},
        {"Danish krone", kEn, {"DKK", false}},
        {"Danish kroner", kEn, {"DKK", false}},
        {"Danish crown", kEn, {"DKK", false}},
        {"Danish crowns", kEn, {"DKK", false}},
        {"₪", kAny, {"ILS", true}},
        {"ILS", kAny, {"ILS", true}},
        {"NIS", kAny, {"ILS", true}},
        {"shekel", kAny, {"ILS", false}},
        {"shekels", kAny, {"ILS", false}},
        {"nouveau shekel", kFr, {"ILS", false}},
        {"nouveaux shekels", kFr, {"ILS", false}},
        {"new shekel", kEn, {"ILS", false}},
        {"new shekels", kEn, {"ILS", false}},
        {"Israeli shekel", kEn, {"ILS", false}},
        {"Israeli shekels", kEn, {"ILS", false}},
        {"new Israeli shekel", kEn, {"ILS", false}},
        {"new Israeli shekels", kEn, {"ILS", false}},
    };
    return table;
}

bool known_currency_code(std::string_view code) {
    // The codes are those of the plausibility bounds (money.cpp), so that a
    // currency cannot be read without having a bound and a minor unit.
    return currency_bound(code) != nullptr;
}

namespace {

bool ascii_capital_letters(std::string_view raw) {
    if (raw.empty()) return false;
    for (const char c : raw)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

}  // namespace

std::optional<PhraseTable<Currency>::Match> currency_at(TokenSpan t, std::size_t pos,
                                                        Language language) {
    auto m = currencies().longest(t, pos, language);
    if (!m || t[pos].kind != Token::Kind::word) return m;
    // The tokens of the match: letters (and the dots of "U.S."), then a
    // symbol?  Only such a prefixed symbol is checked.
    std::size_t symbol = pos;
    while (symbol < pos + m->length &&
           (t[symbol].kind == Token::Kind::word || t[symbol].is(".")))
        ++symbol;
    if (symbol + 1 != pos + m->length || t[symbol].kind != Token::Kind::symbol ||
        t[symbol].is("-"))
        return m;
    std::size_t letters = 0;
    for (std::size_t i = pos; i < symbol; ++i) {
        if (t[i].is(".")) continue;
        if (!ascii_capital_letters(t[i].raw)) return std::nullopt;
        letters += t[i].raw.size();
    }
    for (std::size_t i = pos; i + 1 < symbol; ++i)
        if (t[i].raw.data() + t[i].raw.size() != t[i + 1].raw.data()) return std::nullopt;
    const bool glued_to_symbol =
        t[symbol - 1].raw.data() + t[symbol - 1].raw.size() == t[symbol].raw.data();
    if (!glued_to_symbol && letters < 2) return std::nullopt;
    return m;
}

namespace {

// Scale abbreviations that finance glues to an ISO code ("MUSD", "bnEUR").
struct CompactScale {
    std::string_view prefix;  // folded
    int scale;
};
constexpr std::array<CompactScale, 9> kCompactScales{{{"k", 3},
                                                      {"m", 6},
                                                      {"mn", 6},
                                                      {"mio", 6},
                                                      {"md", 9},
                                                      {"mds", 9},
                                                      {"mrd", 9},
                                                      {"bn", 9},
                                                      {"bln", 9}}};

}  // namespace

std::optional<CompactMoney> compact_money(const Token& token) {
    if (token.kind != Token::Kind::word || token.raw.size() <= 3 || token.raw.size() > 6)
        return std::nullopt;
    const std::string_view code = token.raw.substr(token.raw.size() - 3);
    if (!ascii_capital_letters(code)) return std::nullopt;
    const CurrencyBound* bound = currency_bound(code);
    if (!bound) return std::nullopt;
    const std::string_view prefix =
        std::string_view(token.key).substr(0, token.key.size() - 3);
    for (const CompactScale& c : kCompactScales)
        if (c.prefix == prefix) return CompactMoney{bound->code, c.scale};
    return std::nullopt;
}

const PhraseTable<std::string_view>& ambiguous_currencies() {
    static constexpr std::string_view kFrancs =
        "francs of which country? say 'Swiss francs' ('francs suisses') or write CHF";
    static constexpr std::string_view kCrowns =
        "crowns of which country? say 'Swedish kronor', 'Norwegian kroner' or 'Danish kroner' "
        "('couronnes suédoises', 'norvégiennes', 'danoises') or write SEK, NOK or DKK";
    static constexpr std::string_view kMinor =
        "a minor unit alone does not say its currency: write '$0.20', '0,20 €' or '0.20 USD'";
    static const PhraseTable<std::string_view> table{
        {"franc", kAny, kFrancs},     {"francs", kAny, kFrancs},    {"Fr.", kAny, kFrancs},
        {"couronne", kFr, kCrowns},   {"couronnes", kFr, kCrowns},  {"crown", kEn, kCrowns},
        {"crowns", kEn, kCrowns},     {"krona", kAny, kCrowns},     {"kronor", kAny, kCrowns},
        {"krone", kAny, kCrowns},     {"kroner", kAny, kCrowns},    {"kr", kAny, kCrowns},
        {"cent", kEn, kMinor},        {"cents", kAny, kMinor},      {"centime", kAny, kMinor},
        {"centimes", kAny, kMinor},   {"penny", kEn, kMinor},       {"pence", kEn, kMinor},
    };
    return table;
}

const PhraseTable<bool>& minor_unit_names() {
    // French "cent(s)" is also the number 100, but only after a number word
    // ("deux cents"), never after the figure of a minor part ("et 20 cents").
    static const PhraseTable<bool> table{
        {"cent", kAny, true},     {"cents", kAny, true}, {"centime", kAny, true},
        {"centimes", kAny, true}, {"penny", kEn, true}, {"pence", kEn, true},
    };
    return table;
}

const PhraseTable<Collective>& collectives() {
    static const PhraseTable<Collective> table{
        {"une dizaine", kFr, {10, true}},      {"une douzaine", kFr, {12, true}},
        {"une quinzaine", kFr, {15, true}},    {"une vingtaine", kFr, {20, true}},
        {"une trentaine", kFr, {30, true}},    {"une quarantaine", kFr, {40, true}},
        {"une cinquantaine", kFr, {50, true}}, {"une soixantaine", kFr, {60, true}},
        {"une centaine", kFr, {100, true}},    {"un millier", kFr, {1000, true}},
        {"a dozen", kEn, {12, false}},         {"one dozen", kEn, {12, false}},
    };
    return table;
}

const PhraseTable<Collective>& collective_nouns() {
    static const PhraseTable<Collective> table{
        {"dizaine", kFr, {10, true}},   {"douzaine", kFr, {12, true}},
        {"vingtaine", kFr, {20, true}}, {"centaine", kFr, {100, true}},
        {"millier", kFr, {1000, true}}, {"dozen", kEn, {12, false}},
    };
    return table;
}

const PhraseTable<bool>& vague_quantities() {
    static const PhraseTable<bool> table{
        {"plusieurs", kFr, true},     {"nombreux", kFr, true},      {"nombreuses", kFr, true},
        {"de nombreux", kFr, true},   {"de nombreuses", kFr, true}, {"des dizaines", kFr, true},
        {"des centaines", kFr, true}, {"des milliers", kFr, true},  {"des millions", kFr, true},
        {"des milliards", kFr, true}, {"dizaines", kFr, true},      {"douzaines", kFr, true},
        {"vingtaines", kFr, true},    {"centaines", kFr, true},     {"milliers", kFr, true},
        {"several", kEn, true},       {"many", kEn, true},          {"numerous", kEn, true},
        {"a few", kEn, true},         {"few", kEn, true},           {"dozens", kEn, true},
        {"tens", kEn, true},          {"hundreds", kEn, true},      {"thousands", kEn, true},
        {"millions", kEn, true},      {"billions", kEn, true},
        // A noun of quantity after the article is not the count one (issue 12).
        {"un certain nombre", kFr, true}, {"un grand nombre", kFr, true},
        {"un petit nombre", kFr, true},   {"une poignée", kFr, true},
        {"une partie", kFr, true},        {"une majorité", kFr, true},
        {"une minorité", kFr, true},      {"une multitude", kFr, true},
        {"la plupart", kFr, true},        {"la moitié", kFr, true},
        {"un tiers", kFr, true},          {"un quart", kFr, true},
        {"a number of", kEn, true},       {"a large number of", kEn, true},
        {"a small number of", kEn, true}, {"a handful", kEn, true},
        {"a couple", kEn, true},          {"a lot", kEn, true},
        {"a bunch", kEn, true},
        {"a host of", kEn, true},         {"a series of", kEn, true},
        {"a range of", kEn, true},        {"a variety of", kEn, true},
        {"a majority", kEn, true},        {"a minority", kEn, true},
        {"a fraction", kEn, true},        {"a portion", kEn, true},
        {"a slew of", kEn, true},         {"a raft of", kEn, true},
        {"a third of", kEn, true},        {"a fifth of", kEn, true},
        {"one third of", kEn, true},      {"two thirds of", kEn, true},
        {"half of", kEn, true},           {"a half of", kEn, true},
        {"a quarter of", kEn, true},      {"one quarter of", kEn, true},
    };
    return table;
}

const PhraseTable<bool>& undisclosed_words() {
    static const PhraseTable<bool> table{
        {"non divulgué", kFr, true},    {"non divulguée", kFr, true},
        {"non divulgués", kFr, true},   {"non divulguées", kFr, true},
        {"non communiqué", kFr, true},  {"non communiquée", kFr, true},
        {"non communiqués", kFr, true}, {"non dévoilé", kFr, true},
        {"non dévoilée", kFr, true},    {"non précisé", kFr, true},
        {"non précisée", kFr, true},    {"non révélé", kFr, true},
        {"non révélée", kFr, true},     {"inconnu", kFr, true},
        {"inconnue", kFr, true},        {"inconnus", kFr, true},
        {"undisclosed", kEn, true},     {"unknown", kEn, true},
        {"not disclosed", kEn, true},   {"unspecified", kEn, true},
    };
    return table;
}

const PhraseTable<bool>& percent_signs() {
    static const PhraseTable<bool> table{
        {"%", kAny, true},      {"pour cent", kFr, true}, {"pourcent", kFr, true},
        {"percent", kEn, true}, {"per cent", kEn, true},
    };
    return table;
}

const PhraseTable<bool>& months() {
    static const PhraseTable<bool> table{
        {"janvier", kFr, true},  {"février", kFr, true},   {"mars", kFr, true},
        {"avril", kFr, true},    {"mai", kFr, true},       {"juin", kFr, true},
        {"juillet", kFr, true},  {"août", kFr, true},      {"septembre", kFr, true},
        {"octobre", kFr, true},  {"novembre", kFr, true},  {"décembre", kFr, true},
        {"janv", kFr, true},     {"févr", kFr, true},      {"fév", kFr, true},
        {"avr", kFr, true},      {"juil", kFr, true},      {"oct", kFr, true},
        {"nov", kFr, true},      {"déc", kFr, true},       {"January", kEn, true},
        {"February", kEn, true}, {"March", kEn, true},     {"April", kEn, true},
        {"May", kEn, true},      {"June", kEn, true},      {"July", kEn, true},
        {"August", kEn, true},   {"September", kEn, true}, {"October", kEn, true},
        {"November", kEn, true}, {"December", kEn, true},  {"Jan", kEn, true},
        {"Feb", kEn, true},      {"Mar", kEn, true},       {"Apr", kEn, true},
        {"Jun", kEn, true},      {"Jul", kEn, true},       {"Aug", kEn, true},
        {"Sep", kEn, true},      {"Sept", kEn, true},      {"Oct", kEn, true},
        {"Nov", kEn, true},      {"Dec", kEn, true},
    };
    return table;
}

bool unit_at(TokenSpan tokens, std::size_t pos, Language language) {
    if (percent_signs().longest(tokens, pos, language)) return true;
    if (currency_at(tokens, pos, language)) return true;
    if (pos < tokens.size() && compact_money(tokens[pos])) return true;
    return pos < tokens.size() && tokens[pos].is("de") && currency_at(tokens, pos + 1, language);
}

bool unit_before(TokenSpan tokens, std::size_t pos, Language language) {
    if (pos == 0) return false;
    if (const auto m = currency_at(tokens, pos - 1, language))
        if (m->length == 1 && m->value.before) return true;
    // "cent" in "49 pour cent" is the sign's, not the number 100.
    const auto sign = percent_signs().longest(tokens, pos - 1, language);
    return sign && sign->length > 1;
}

bool starts_structure(TokenSpan tokens, std::size_t pos, Language language) {
    if (pos < tokens.size() && (tokens[pos].is("et") || tokens[pos].is("and"))) return true;
    return bare_connectors().longest(tokens, pos, language) ||
           approximate_suffixes().longest(tokens, pos, language) ||
           bound_suffixes().longest(tokens, pos, language) ||
           inclusive_suffixes().longest(tokens, pos, language);
}

}  // namespace factdb::lang
