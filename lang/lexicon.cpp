// The word tables of the quantity grammar.  Matching is on folded tokens
// (case and accents ignored, "d'" = "de", dashes between words optional), the
// longest row wins, and a row applies only in the languages it is tagged with
// (kAny for symbols and codes).
//
// prefixes (lead the quantity):
//   approximately  fr environ, près de, presque, quelque(s), approximativement,
//                     autour de, de l'ordre de, aux alentours de
//                  en about, around, roughly, some, nearly, approximately,
//                     almost, close to, circa;  any ~ ≈
//   more_than      fr plus de          en over, more than, above     any >
//   at_least       fr au moins, pas moins de   en at least, no less than, no fewer than
//   at_most        fr jusqu'à, au plus, au maximum, tout au plus
//                  en up to, as much as, as many as, at most, no more than
//   less_than      fr moins de         en less than, fewer than, under, below   any <
//   range          fr entre…et, de…à   en between…and, from…to
// bare range connectors: fr à; en to; any "-"
// approximate suffixes: fr environ; en approximately, or so
// scales (power of ten):
//   3  fr mille; en thousand; any k
//   6  any million(s), m, mn, mln
//   9  fr milliard(s); any md, mds, mrd, mrds, g, bn, bln; en billion(s)
//   12 fr billion(s); en trillion(s), tn
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
//   thousands, millions, billions.
// undisclosed: fr non divulgué, non communiqué, non dévoilé, non précisé,
//   non révélé, inconnu (with their e/s/es forms); en undisclosed, unknown,
//   not disclosed, unspecified.
// months: fr janvier … décembre and the abbreviations janv, févr, fév, avr,
//   juil, oct, nov, déc ("sept" is the number seven); en January … December
//   and Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec.
#include <algorithm>
#include <array>

#include "lang/lexicon.h"
#include "lang/money.h"

namespace factdb::lang {

const PhraseTable<Prefix>& prefixes() {
    using L = Lead;
    static const PhraseTable<Prefix> table{
        {"environ", kFr, {L::approximately, {}}},
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
        {"almost", kEn, {L::approximately, {}}},
        {"close to", kEn, {L::approximately, {}}},
        {"circa", kEn, {L::approximately, {}}},
        {"~", kAny, {L::approximately, {}}},
        {"≈", kAny, {L::approximately, {}}},
        {"plus de", kFr, {L::more_than, {}}},
        {"over", kEn, {L::more_than, {}}},
        {"more than", kEn, {L::more_than, {}}},
        {"above", kEn, {L::more_than, {}}},
        {">", kAny, {L::more_than, {}}},
        {"au moins", kFr, {L::at_least, {}}},
        {"pas moins de", kFr, {L::at_least, {}}},
        {"at least", kEn, {L::at_least, {}}},
        {"no less than", kEn, {L::at_least, {}}},
        {"no fewer than", kEn, {L::at_least, {}}},
        {"jusqu'à", kFr, {L::at_most, {}}},
        {"au plus", kFr, {L::at_most, {}}},
        {"au maximum", kFr, {L::at_most, {}}},
        {"tout au plus", kFr, {L::at_most, {}}},
        {"up to", kEn, {L::at_most, {}}},
        {"as much as", kEn, {L::at_most, {}}},
        {"as many as", kEn, {L::at_most, {}}},
        {"at most", kEn, {L::at_most, {}}},
        {"no more than", kEn, {L::at_most, {}}},
        {"moins de", kFr, {L::less_than, {}}},
        {"less than", kEn, {L::less_than, {}}},
        {"fewer than", kEn, {L::less_than, {}}},
        {"under", kEn, {L::less_than, {}}},
        {"below", kEn, {L::less_than, {}}},
        {"<", kAny, {L::less_than, {}}},
        {"entre", kFr, {L::range, "et"}},
        {"de", kFr, {L::range, "à"}},
        {"between", kEn, {L::range, "and"}},
        {"from", kEn, {L::range, "to"}},
    };
    return table;
}

const PhraseTable<bool>& bare_connectors() {
    static const PhraseTable<bool> table{{"à", kFr, true}, {"to", kEn, true}, {"-", kAny, true}};
    return table;
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
        {"trillion", kFr, 18}, {"trillions", kFr, 18},
    };
    return table;
}

const PhraseTable<Currency>& currencies() {
    static const PhraseTable<Currency> table{
        {"$", kAny, {"USD", true}},
        {"US$", kAny, {"USD", true}},
        {"USD", kAny, {"USD", true}},
        {"dollar", kAny, {"USD", false}},
        {"dollars", kAny, {"USD", false}},
        {"$ US", kFr, {"USD", false}},
        {"dollars US", kFr, {"USD", false}},
        {"dollar américain", kFr, {"USD", false}},
        {"dollars américains", kFr, {"USD", false}},
        {"US dollar", kEn, {"USD", false}},
        {"US dollars", kEn, {"USD", false}},
        {"American dollars", kEn, {"USD", false}},
        {"C$", kAny, {"CAD", true}},
        {"CA$", kAny, {"CAD", true}},
        {"CAD", kAny, {"CAD", true}},
        {"dollar canadien", kFr, {"CAD", false}},
        {"dollars canadiens", kFr, {"CAD", false}},
        {"Canadian dollar", kEn, {"CAD", false}},
        {"Canadian dollars", kEn, {"CAD", false}},
        {"€", kAny, {"EUR", true}},
        {"EUR", kAny, {"EUR", true}},
        {"euro", kAny, {"EUR", false}},
        {"euros", kAny, {"EUR", false}},
        {"£", kAny, {"GBP", true}},
        {"GBP", kAny, {"GBP", true}},
        {"livre sterling", kFr, {"GBP", false}},
        {"livres sterling", kFr, {"GBP", false}},
        {"pound sterling", kEn, {"GBP", false}},
        {"pounds sterling", kEn, {"GBP", false}},
        {"pound", kEn, {"GBP", false}},
        {"pounds", kEn, {"GBP", false}},
        {"¥", kAny, {"JPY", true}},
        {"JPY", kAny, {"JPY", true}},
        {"yen", kAny, {"JPY", false}},
        {"yens", kAny, {"JPY", false}},
        {"CNY", kAny, {"CNY", true}},
        {"RMB", kAny, {"CNY", true}},
        {"yuan", kAny, {"CNY", false}},
        {"yuans", kAny, {"CNY", false}},
        {"renminbi", kAny, {"CNY", false}},
        {"CHF", kAny, {"CHF", true}},
        {"franc suisse", kFr, {"CHF", false}},
        {"francs suisses", kFr, {"CHF", false}},
        {"Swiss franc", kEn, {"CHF", false}},
        {"Swiss francs", kEn, {"CHF", false}},
    };
    return table;
}

bool known_currency_code(std::string_view code) {
    // The codes are those of the plausibility bounds (money.cpp), so that a
    // currency cannot be read without having a bound.
    const auto bounds = currency_bounds();
    return std::any_of(bounds.begin(), bounds.end(),
                       [&](const CurrencyBound& b) { return b.code == code; });
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
    if (currencies().longest(tokens, pos, language)) return true;
    return pos < tokens.size() && tokens[pos].is("de") &&
           currencies().longest(tokens, pos + 1, language);
}

bool unit_before(TokenSpan tokens, std::size_t pos, Language language) {
    if (pos == 0) return false;
    if (const auto m = currencies().longest(tokens, pos - 1, language))
        if (m->length == 1 && m->value.before) return true;
    // "cent" in "49 pour cent" is the sign's, not the number 100.
    const auto sign = percent_signs().longest(tokens, pos - 1, language);
    return sign && sign->length > 1;
}

bool starts_structure(TokenSpan tokens, std::size_t pos, Language language) {
    if (pos < tokens.size() && (tokens[pos].is("et") || tokens[pos].is("and"))) return true;
    return bare_connectors().longest(tokens, pos, language) ||
           approximate_suffixes().longest(tokens, pos, language);
}

}  // namespace factdb::lang
