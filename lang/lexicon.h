// Internal to lang/: the word tables of the quantity grammar
// (lexicon.cpp lists every row and the rules they feed).
#pragma once

#include <cstdint>
#include <string_view>

#include "lang/quantity.h"
#include "lang/tokens.h"

namespace factdb::lang {

// What a leading phrase does to the quantity after it.
enum class Lead {
    approximately,
    more_than,
    at_least,
    at_most,
    less_than,
    range  // "entre X et Y": the connector is in Prefix::connector
};
struct Prefix {
    Lead lead;
    std::string_view connector;  // only for Lead::range, as written ("à")
};
const PhraseTable<Prefix>& prefixes();

// After the figure and its unit: "120 or more", "40 ou moins", "5 minimum".
// joined: only glued to the figure or after a dash ("120+", "120-plus").
struct BoundSuffix {
    Lead lead;  // at_least or at_most
    bool joined;
};
const PhraseTable<BoundSuffix>& bound_suffixes();

// After the figure of a strict bound, making it inclusive: "more than 5 or
// equal to" = at least 5.
const PhraseTable<bool>& inclusive_suffixes();

// Between two bounds of one quantity: "more than 2 and less than 5".
const PhraseTable<bool>& bound_joiners();

// A fraction before a scale or a collective noun: "half a" (billion), "un
// demi" (-millier), "un quart de" (milliard), "three quarters of a".
const PhraseTable<Decimal>& fractions();

// Words that could be a scale or a fraction the grammar does not read
// ("lakh", "crore", "grand", "demi", "quart", "half"): never the counted
// noun, always refused.
const PhraseTable<bool>& possible_scales();

// Acronyms that name what is counted in the industry's news ("30 AI labs",
// "100 000 GPU", "deux LLM"): short capitals that are neither a scale, a
// unit nor a currency, so the never-just-a-noun rule (grammar.cpp) lets
// them through.  Checked against scales(), currencies() and
// possible_scales() by tests/lang/numbers_test.cpp.
const PhraseTable<bool>& acronym_nouns();

// A word of a bound phrase (prefixes, bound suffixes, inclusive suffixes)
// other than the grammatical words that also join nouns ("de", "of", "à",
// "and"...: kNounJoiners in lexicon.cpp): "more", "least", "plus",
// "moins", "maximum".  Never the counted noun.
bool is_bound_word(const Token& token, Language language);

// Between the two ends of a range without a leading word: "2 à 3", "2-3".
const PhraseTable<bool>& bare_connectors();

// After a figure: "3 milliards environ".
const PhraseTable<bool>& approximate_suffixes();

// Scale words and abbreviations -> power of ten.
const PhraseTable<int>& scales();

struct Currency {
    std::string_view code;  // ISO 4217
    bool before;            // may also precede the figure ("$5bn", "USD 5bn")
};
const PhraseTable<Currency>& currencies();
bool known_currency_code(std::string_view code);

// currencies().longest with the rule for a letter prefix on a symbol
// ("US$", "C$", "A$", "HK$", "U.S.$", "CN¥"): the letters are written in
// ASCII capitals and glued to the symbol (two letters or more may stand a
// space apart: "US $5bn"), so "a $5bn deal" is dollars, not "A$".  Every
// reader of currencies in running text or fields uses this, not the table.
std::optional<PhraseTable<Currency>::Match> currency_at(TokenSpan tokens, std::size_t pos,
                                                        Language language);

// One token of a scale abbreviation glued to an ISO code, as finance
// writes them: "MUSD", "MEUR", "bnUSD", "kEUR", "MdEUR".  The abbreviations
// are compact_scale_prefixes(); the code part is written in capitals and is
// one factdb reads.  nullopt when the token is not one.
struct CompactMoney {
    std::string_view code;
    int scale;
};
std::optional<CompactMoney> compact_money(const Token& token);

// Words that name a currency without saying which ("francs": Swiss, CFA,
// Belgian...; "couronnes": Swedish, Norwegian, Danish...), or a minor unit
// alone ("cents", "centimes"): refused, with how to say it.
const PhraseTable<std::string_view>& ambiguous_currencies();

// Names of a minor unit after a whole amount: "7 dollars and 20 cents",
// "douze euros et dix centimes", "5 pounds and 20 pence".  The value is the
// hundredth of the unit: only currencies with minor_unit 2 take them.
const PhraseTable<bool>& minor_unit_names();

// "une trentaine" -> 30 (approximate), "a dozen" -> 12 (exact).
struct Collective {
    std::int64_t value;
    bool approximate;
};
const PhraseTable<Collective>& collectives();

// A collective's noun after a fraction ("un demi-millier" = 500, "a
// half-dozen" = 6), with the collective's precision.
const PhraseTable<Collective>& collective_nouns();

// Words that look like quantities but name none: "plusieurs", "des dizaines".
const PhraseTable<bool>& vague_quantities();

// "non divulgué", "undisclosed".
const PhraseTable<bool>& undisclosed_words();

// "%", "pour cent", "percent", "per cent".
const PhraseTable<bool>& percent_signs();

// A connector or suffix (approximate, bound, inclusive) begins at pos: the
// word there is grammar, not a unit.
bool starts_structure(TokenSpan tokens, std::size_t pos, Language language);

// Month names ("mai", "May", "Sept"): a figure next to one is a day of a
// date, not a count (running text).
const PhraseTable<bool>& months();

// A unit of another kind of quantity is at pos: a percent sign, or a
// currency, directly or after "de" ("30 %", "30 dollars", "3 milliards
// d'euros"); or, before pos, a currency written before figures ("$30"), or
// a percent sign that runs into pos ("cent" of "pour cent").  Running text:
// such a figure is a percentage or an amount, not a count.
bool unit_at(TokenSpan tokens, std::size_t pos, Language language);
bool unit_before(TokenSpan tokens, std::size_t pos, Language language);

}  // namespace factdb::lang
