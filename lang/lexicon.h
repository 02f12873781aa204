// Internal to lang/: the word tables of the quantity grammar
// (lexicon.cpp lists every row and the rules they feed).
#pragma once

#include <cstdint>
#include <string_view>

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

// "une trentaine" -> 30 (approximate), "a dozen" -> 12 (exact).
struct Collective {
    std::int64_t value;
    bool approximate;
};
const PhraseTable<Collective>& collectives();

// Words that look like quantities but name none: "plusieurs", "des dizaines".
const PhraseTable<bool>& vague_quantities();

// "non divulgué", "undisclosed".
const PhraseTable<bool>& undisclosed_words();

// "%", "pour cent", "percent", "per cent".
const PhraseTable<bool>& percent_signs();

// A connector or suffix begins at pos: the word there is grammar, not a unit.
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
