// Vocabulary of the benchmark corpus: every word list the generator draws
// from, as data (vocabulary.cpp).  The tables mirror what the loader's
// normalisers accept (docs/NORMALISATION.md); a form listed here that the
// loader refused would be caught by tests/bench/ on the first run.
//
// Invariants the generator relies on:
//   * organisation syllables, corporate words, person names and product words
//     never produce the same folded spelling for two entities (so a
//     gazetteer alias never names two entities);
//   * every string is NFC UTF-8 with no white space other than U+0020,
//     U+00A0 and U+202F, and no apostrophe other than ' and ’.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace factdb::bench {

enum class Lang { fr, en };

// A pair of words, one per language.
struct Bilingual {
    std::string_view fr, en;
    std::string_view in(Lang lang) const { return lang == Lang::fr ? fr : en; }
};

// Entity names.
std::span<const std::string_view> org_heads();    // "Nova", "Quant", ...
std::span<const std::string_view> org_tails();    // "tek", "ium", ...
std::span<const std::string_view> org_endings();  // "", "a", "is", ...
std::span<const std::string_view> org_words();    // "Systems", "Labs", ...
std::span<const std::string_view> first_names();
std::span<const std::string_view> last_names();
std::span<const std::string_view> product_words();  // "Orion", "Atlas", ...
std::span<const std::string_view> chip_words();     // "NX", "Tensor", ...

// US states, DC and a few countries, with the French preposition the press
// puts before each ("au Texas", "en Californie", "en Ohio").
struct Place {
    std::string_view code, name_en, name_fr, prep_fr, postal;
};
std::span<const Place> places();

// Currencies and their written forms.
struct Currency {
    std::string_view code;
    std::string_view fr_after_scale;   // after "milliards": "de dollars", "d'euros"
    std::string_view fr_after_digits;  // after a plain figure: "dollars", "euros"
    std::string_view en_before;        // "$", "€", "£", "C$"; "" when not used before
    std::string_view en_after;         // "dollars", "euros", "Swiss francs"
    int weight;                        // relative frequency
};
std::span<const Currency> currencies();

// Numbers written in words, both languages (only the values listed).
struct NumberWords {
    std::int64_t value;
    std::string_view fr, en;
};
std::span<const NumberWords> number_words();

// French collectives: "une dizaine" = about 10.
struct Collective {
    std::int64_t value;
    std::string_view fr;
};
std::span<const Collective> collectives();

// Leading qualifier words per qualifier code (index = Qualifier).
std::span<const std::string_view> qualifier_words(Lang lang, int qualifier);

// Investment stage words per code ("completed", "committed", "considered").
struct StageWord {
    std::string_view code;
    std::string_view fr_word;    // the stage field's value
    std::string_view fr_clause;  // the sentence: {investor} {clause} {amount} dans {investee}
    std::string_view en_word;
    std::string_view en_clause;
};
std::span<const StageWord> stage_words();

// Supply items: code and the words in either language.
struct SupplyItem {
    std::string_view code, fr, en;
};
std::span<const SupplyItem> supply_items();
// A compute deal's length as both languages write it ("over five years",
// "sur cinq ans"): each reads as lang/duration.h's months.
std::span<const Bilingual> deal_durations();

// Funding rounds (issue 13): the round field's value in each language and
// the words that put it in a sentence ("in a Series B", "lors d'une série
// B"); code is what lang/funding_round.cpp reads the value as.
struct RoundWord {
    std::string_view code;
    std::string_view en, en_phrase;
    std::string_view fr, fr_phrase;
};
std::span<const RoundWord> round_words();

// Valuation bases (issue 13), index = the fact's basis: the basis field's
// value and the words of the sentence, per language.  market_cap is last,
// and only valuation facts take it (a round's valuation is never one).
struct BasisWord {
    std::string_view code;
    std::string_view en, fr;  // "" for unspecified: no field, no words
    std::string_view in(Lang lang) const { return lang == Lang::fr ? fr : en; }
};
std::span<const BasisWord> basis_words();

// Free-text field values (one list per use).
std::span<const Bilingual> role_titles();
std::span<const Bilingual> spending_purposes();
std::span<const Bilingual> spending_periods();
std::span<const Bilingual> datacenter_descriptions();
std::span<const Bilingual> datacenter_purposes();
std::span<const Bilingual> product_descriptions();
std::span<const Bilingual> partnership_purposes();
std::span<const Bilingual> quote_texts();
std::span<const Bilingual> speaker_descriptions();
std::span<const Bilingual> growth_words_2x();  // ratio 2 in words

// Modality: a frame put before the clause (evidence excludes it) or a
// hedge the clause carries.  {source} is a news outlet.
struct Frame {
    std::string_view fr, en;
    bool inside;  // true: part of the evidence
};
std::span<const Frame> frames();
std::span<const std::string_view> sources();

// Sentences between claims, and headline patterns ({org} is a company).
std::span<const std::string_view> fillers(Lang lang);
std::span<const std::string_view> headlines(Lang lang);

}  // namespace factdb::bench
