// split_locality (lang/locality.h): places below the state in both
// languages, each row the text, the locality kept, the place code resolved
// and the words that named it; and the texts that are no locality (a place
// alone, two places, nothing before the place, an unknown state).
#include "lang/locality.h"

#include <string>
#include <vector>

#include "support/expect.h"

using namespace factdb;
using namespace factdb::lang::testing;

namespace {

PlaceResolver resolver() {
    return PlaceResolver({
        {"US-TX", "state", "Texas", "Texas", "TX"},
        {"US-TN", "state", "Tennessee", "Tennessee", "TN"},
        {"US-LA", "state", "Louisiana", "Louisiane", "LA"},
        {"US-OH", "state", "Ohio", "Ohio", "OH"},
        {"US-WV", "state", "West Virginia", "Virginie-Occidentale", "WV"},
        {"US-VA", "state", "Virginia", "Virginie", "VA"},
        {"US-DC", "district", "District of Columbia", "district de Columbia", "DC"},
        {"US", "country", "United States", "États-Unis", ""},
        {"FR", "country", "France", "France", ""},
    });
}

struct Case {
    factdb::Language language;
    std::string text;
    const char* locality;  // nullptr: no locality read
    const char* code;
    const char* place_text;
};

const std::vector<Case> kCases{
    // English: City, State
    {en, "Abilene, Texas", "Abilene", "US-TX", "Texas"},
    {en, "Memphis, Tennessee", "Memphis", "US-TN", "Tennessee"},
    {en, "Memphis, TN", "Memphis", "US-TN", "TN"},
    {en, "Shackelford County, Texas", "Shackelford County", "US-TX", "Texas"},
    {en, "Richland Parish, Louisiana", "Richland Parish", "US-LA", "Louisiana"},
    {en, "in Abilene, Texas", "Abilene", "US-TX", "Texas"},
    {en, "New Albany, Ohio", "New Albany", "US-OH", "Ohio"},
    {en, "Abilene (Texas)", "Abilene", "US-TX", "Texas"},
    {en, "Richland Parish in Louisiana", "Richland Parish", "US-LA", "in Louisiana"},
    {en, "Ashburn, Virginia", "Ashburn", "US-VA", "Virginia"},
    {en, "Mason County, West Virginia", "Mason County", "US-WV", "West Virginia"},
    {en, "Paris, France", "Paris", "FR", "France"},
    {en, "  Abilene ,  Texas ", "Abilene", "US-TX", "Texas"},
    // French
    {fr, "Abilene, au Texas", "Abilene", "US-TX", "au Texas"},
    {fr, "à Abilene, au Texas", "Abilene", "US-TX", "au Texas"},
    {fr, "Abilene (Texas)", "Abilene", "US-TX", "Texas"},
    {fr, "la paroisse de Richland, en Louisiane", "la paroisse de Richland", "US-LA",
     "en Louisiane"},
    {fr, "dans la paroisse de Richland en Louisiane", "la paroisse de Richland", "US-LA",
     "en Louisiane"},
    {fr, "le comté de Shackelford au Texas", "le comté de Shackelford", "US-TX", "au Texas"},
    {fr, "comté de Shackelford (Texas)", "comté de Shackelford", "US-TX", "Texas"},
    {fr, "Memphis, dans le Tennessee", "Memphis", "US-TN", "dans le Tennessee"},
    {fr, "New Albany dans l'Ohio", "New Albany", "US-OH", "dans l'Ohio"},
    {fr, "Mason, en Virginie-Occidentale", "Mason", "US-WV", "en Virginie-Occidentale"},
    // no locality
    {en, "Texas", nullptr, nullptr, nullptr},
    {en, "Texas, United States", nullptr, nullptr, nullptr},  // two places
    {en, "Ohio (US)", nullptr, nullptr, nullptr},
    {en, "(Texas)", nullptr, nullptr, nullptr},
    {en, ", Texas", nullptr, nullptr, nullptr},
    {en, "Abilene", nullptr, nullptr, nullptr},
    {en, "Shackelford County", nullptr, nullptr, nullptr},
    {en, "Abilene, Texass", nullptr, nullptr, nullptr},
    {en, "Abilene, Texas, USA", "Abilene", "US-TX", "Texas"},
    {fr, "Abilene, au Texas, aux États-Unis", "Abilene", "US-TX", "au Texas"},
    {fr, "la paroisse de Richland", nullptr, nullptr, nullptr},
    {fr, "Abilene en Texas extra", nullptr, nullptr, nullptr},
    {en, "", nullptr, nullptr, nullptr},
};

}  // namespace

TEST_CASE("split_locality keeps the locality and resolves its state", "[normalize][places]") {
    const PlaceResolver places = resolver();
    for (const auto& c : kCases) {
        INFO(c.text);
        const auto read = split_locality(c.text, c.language, places);
        if (!c.locality) {
            CHECK_FALSE(read.has_value());
            continue;
        }
        REQUIRE(read.has_value());
        CHECK(read->locality == c.locality);
        CHECK(read->place->code == c.code);
        CHECK(read->place_text == c.place_text);
    }
}

TEST_CASE("bare_locality drops one leading preposition only", "[normalize][places]") {
    CHECK(bare_locality("à Memphis", fr) == "Memphis");
    CHECK(bare_locality(" in Shackelford County ", en) == "Shackelford County");
    CHECK(bare_locality("dans la paroisse de Richland", fr) == "la paroisse de Richland");
    CHECK(bare_locality("la paroisse de Richland", fr) == "la paroisse de Richland");
    CHECK(bare_locality("in", en) == "in");
    CHECK(bare_locality("à Memphis", en) == "à Memphis");  // a French word in English text
}
