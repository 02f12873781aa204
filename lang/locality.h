// A place below the state as articles write it: "Abilene, Texas", "Memphis
// (Tennessee)", "Shackelford County, Texas", "la paroisse de Richland, en
// Louisiane", "le comté de Shackelford au Texas": the locality (city, county,
// parish) is kept as written, and the state (or country) after it is
// resolved by the PlaceResolver (places.h).  factdb has no gazetteer of
// cities or counties: a locality alone names no state.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "lang/places.h"

namespace factdb {

struct LocalityRead {
    std::string locality;    // as written, trimmed, one leading "à"/"dans"/"in"/"at" dropped
    const Place* place;      // the state or country named after it (never nullptr)
    std::string place_text;  // the words naming it, as written ("en Louisiane")
};

// The whole field, split at the first of these forms that resolves (rules
// in locality.cpp): "X (P)", "X, P", "X <preposition> P" where P is a
// place of the resolver.  nullopt when no form gives a place and a
// non-empty locality, or when the locality itself resolves as a place
// ("Texas, USA" is two places, not a city in a country).  O(text).
std::optional<LocalityRead> split_locality(std::string_view text, Language language,
                                           const PlaceResolver& places);

// The locality as stored when no place follows it: trimmed, one leading
// preposition dropped ("à Memphis" -> "Memphis", "in Shackelford County" ->
// "Shackelford County").
std::string bare_locality(std::string_view text, Language language);

}  // namespace factdb
