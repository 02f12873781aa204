// The ISO 3166-1 countries and ISO 3166-2 subdivisions (French départements
// and régions, Irish counties, Indian states, German Länder, ...) as Debian's
// iso-codes package lists them, with the French names of its French
// translations (generated at build time by cmake/iso3166.cmake from
// iso_3166-1.json, iso_3166-2.json and fr/LC_MESSAGES/iso_3166-{1,2}.mo).
// The raw material for resolving places beyond the US states; not yet used
// by the place resolver (lang/places.h), which still reads the places table.
//
// Invariants: countries first (in iso-codes order), then subdivisions;
// codes unique; a country's country is itself and its type "country"; a
// name with no French translation keeps its English form in name_fr.
#pragma once

#include <span>
#include <string_view>

namespace factdb::lang {

struct IsoPlace {
    std::string_view code;     // "FR-91", "IE-D", "DE-BY", "FR"
    std::string_view type;     // "Metropolitan department", "County", "Land", "country"
    std::string_view parent;   // "FR-IDF" (the région of a département); empty when none
    std::string_view country;  // ISO 3166-1 alpha-2: "FR"
    std::string_view name_en;  // "Bayern", as iso-codes spells it
    std::string_view name_fr;  // "Bavière"
    std::string_view alt_name; // the other official name iso-codes gives in brackets ("La Coruña"); empty when none
};
std::span<const IsoPlace> iso3166_places();

}  // namespace factdb::lang
