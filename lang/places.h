// Resolving place names ("en Caroline du Nord", "in West Virginia", "IN",
// "au Texas", "dans l'Ohio", "France") to ISO 3166 codes.  The reference list
// is data in the database (schema/0002_places.sql); the resolver is built
// from it once per load.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/language.h"

namespace factdb {

struct Place {
    std::string code;     // ISO 3166-2 "US-IN" for states and DC, ISO 3166-1 "FR" for countries
    std::string kind;     // "state" | "district" | "country"
    std::string name_en;  // "Indiana", "West Virginia"
    std::string name_fr;  // "Indiana", "Virginie-Occidentale"
    std::string postal;   // USPS code "IN" for states and DC; empty for countries
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
    const Place* resolve(std::string_view text, Language language) const;

    const std::vector<Place>& places() const { return places_; }

  private:
    std::vector<Place> places_;
    std::unordered_map<std::string, std::size_t> by_key_;     // folded name -> index
    std::unordered_map<std::string, std::size_t> by_postal_;  // "IN" -> index
};

}  // namespace factdb
