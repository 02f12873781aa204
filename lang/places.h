// Resolving place names ("en Caroline du Nord", "in West Virginia", "IN",
// "au Texas", "dans l'Ohio", "France") to ISO 3166 codes.  The reference list
// is data in the database (schema/0002_places.sql); the resolver is built
// from it once per load.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/language.h"
#include "lang/span_match.h"

namespace factdb {

struct Place {
    std::string code;     // ISO 3166-2 "US-IN" for states and DC, ISO 3166-1 "FR" for countries
    std::string kind;     // "state" | "district" | "country"
    std::string name_en;  // "Indiana", "West Virginia"
    std::string name_fr;  // "Indiana", "Virginie-Occidentale"
    std::string postal;   // USPS code "IN" for states and DC; empty for countries
    // Added for world places (issue 13); empty in tables that predate them.
    std::string country{};         // ISO 3166-1 code: "FR" for FR-91 and for FR, "US" for US-TX
    std::string subdivision_type{};  // iso-codes' type: "County", "Land"; empty for countries
    std::string alt_name{};        // iso-codes' other official name ("La Coruña"); usually empty
};

class PlaceResolver {
  public:
    // The names in both languages, their folded forms and postal codes become
    // keys.  Precondition: codes are unique.
    explicit PlaceResolver(std::vector<Place> places);

    // Strips a leading preposition/article of either language ("en", "au",
    // "aux", "dans l'", "dans le", "dans la", "l'", "le", "la", "in", "in the",
    // "the state of", "l'État de", "l'état du"...), then matches the whole rest
    // exactly (folded): "Virginie" is Virginia, never West Virginia.  A postal
    // code matches only as written in capitals ("IN", not "in").
    // Returns nullptr when nothing matches.
    // The whole field.
    // An ISO 3166-2 code as written in capitals ("NL-LI", "FR-91", "US-TX")
    // is a key too: it names a place whose names are shared ("Limburg").
    const Place* resolve(std::string_view text, Language language) const;

    // The places a name would resolve to but for another of the same rank
    // sharing it ("Limburg": NL-LI and BE-VLI), after the same prepositions
    // as resolve(), in code order; empty when the name is not shared or is
    // unknown.  For the warning that lists them.
    std::vector<const Place*> candidates(std::string_view text, Language language) const;

    // The place of an ISO code ("BE", "NL-LI"), nullptr for none.
    const Place* find_code(std::string_view code) const;

    // Running text: the longest key (name, alternative name, postal code)
    // whose words start at tokens[position] ("Caroline du Nord" in "en
    // Caroline du Nord, où"; "Virginie-Occidentale" before "Virginie"),
    // matched as resolve() matches a whole key: folded, dashes optional,
    // postal codes and exact-case aliases only as written.  Prepositions and
    // articles are not part of a match: call it at the name.  nullopt when
    // no key starts there, or when the longest one is ambiguous.  One hash
    // look-up of the token's key, then only the keys starting with that
    // word.  Never throws.
    // Precondition: tokens come from one lang::tokenize call.  The match's
    // value points into this resolver, its raw into the tokens' text.
    using Match = lang::SpanMatch<const Place*>;
    std::optional<Match> match(lang::TokenSpan tokens, std::size_t position,
                               Language language) const;

    const std::vector<Place>& places() const { return places_; }

  private:
    // A key as the token keys (or, exact_case, the raw words) of its
    // words, longest first within its first word's bucket.
    struct TokenKey {
        std::vector<std::string> words;
        std::size_t index;  // into places_, or ambiguous
        bool exact_case;
    };

    std::vector<Place> places_;
    std::unordered_map<std::string, std::size_t> by_key_;                   // folded name -> index
    std::unordered_map<std::string, std::size_t> by_postal_;                // "IN" -> index
    std::unordered_map<std::string, std::vector<TokenKey>> by_first_word_;  // folded first word
    std::unordered_map<std::string, std::vector<std::size_t>> shared_;      // ambiguous folded key -> places
    std::unordered_map<std::string, std::size_t> by_code_;                  // ISO code -> index
};

}  // namespace factdb
