// Tests of lang/places against the real migrations: the table below
// mirrors schema/0002_places.sql's states and DC row by row, and every name
// form of every row must resolve to it.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "loader/places_table.h"

using namespace factdb;

namespace {

struct Row {
    std::string_view code, kind, name_en, name_fr, postal;
};

constexpr Row kStates[] = {
    {"US-AK", "state", "Alaska", "Alaska", "AK"},
    {"US-AL", "state", "Alabama", "Alabama", "AL"},
    {"US-AR", "state", "Arkansas", "Arkansas", "AR"},
    {"US-AZ", "state", "Arizona", "Arizona", "AZ"},
    {"US-CA", "state", "California", "Californie", "CA"},
    {"US-CO", "state", "Colorado", "Colorado", "CO"},
    {"US-CT", "state", "Connecticut", "Connecticut", "CT"},
    {"US-DC", "district", "District of Columbia", "district de Columbia", "DC"},
    {"US-DE", "state", "Delaware", "Delaware", "DE"},
    {"US-FL", "state", "Florida", "Floride", "FL"},
    {"US-GA", "state", "Georgia", "Géorgie", "GA"},
    {"US-HI", "state", "Hawaii", "Hawaï", "HI"},
    {"US-IA", "state", "Iowa", "Iowa", "IA"},
    {"US-ID", "state", "Idaho", "Idaho", "ID"},
    {"US-IL", "state", "Illinois", "Illinois", "IL"},
    {"US-IN", "state", "Indiana", "Indiana", "IN"},
    {"US-KS", "state", "Kansas", "Kansas", "KS"},
    {"US-KY", "state", "Kentucky", "Kentucky", "KY"},
    {"US-LA", "state", "Louisiana", "Louisiane", "LA"},
    {"US-MA", "state", "Massachusetts", "Massachusetts", "MA"},
    {"US-MD", "state", "Maryland", "Maryland", "MD"},
    {"US-ME", "state", "Maine", "Maine", "ME"},
    {"US-MI", "state", "Michigan", "Michigan", "MI"},
    {"US-MN", "state", "Minnesota", "Minnesota", "MN"},
    {"US-MO", "state", "Missouri", "Missouri", "MO"},
    {"US-MS", "state", "Mississippi", "Mississippi", "MS"},
    {"US-MT", "state", "Montana", "Montana", "MT"},
    {"US-NC", "state", "North Carolina", "Caroline du Nord", "NC"},
    {"US-ND", "state", "North Dakota", "Dakota du Nord", "ND"},
    {"US-NE", "state", "Nebraska", "Nebraska", "NE"},
    {"US-NH", "state", "New Hampshire", "New Hampshire", "NH"},
    {"US-NJ", "state", "New Jersey", "New Jersey", "NJ"},
    {"US-NM", "state", "New Mexico", "Nouveau-Mexique", "NM"},
    {"US-NV", "state", "Nevada", "Nevada", "NV"},
    {"US-NY", "state", "New York", "New York", "NY"},
    {"US-OH", "state", "Ohio", "Ohio", "OH"},
    {"US-OK", "state", "Oklahoma", "Oklahoma", "OK"},
    {"US-OR", "state", "Oregon", "Oregon", "OR"},
    {"US-PA", "state", "Pennsylvania", "Pennsylvanie", "PA"},
    {"US-RI", "state", "Rhode Island", "Rhode Island", "RI"},
    {"US-SC", "state", "South Carolina", "Caroline du Sud", "SC"},
    {"US-SD", "state", "South Dakota", "Dakota du Sud", "SD"},
    {"US-TN", "state", "Tennessee", "Tennessee", "TN"},
    {"US-TX", "state", "Texas", "Texas", "TX"},
    {"US-UT", "state", "Utah", "Utah", "UT"},
    {"US-VA", "state", "Virginia", "Virginie", "VA"},
    {"US-VT", "state", "Vermont", "Vermont", "VT"},
    {"US-WA", "state", "Washington", "Washington", "WA"},
    {"US-WI", "state", "Wisconsin", "Wisconsin", "WI"},
    {"US-WV", "state", "West Virginia", "Virginie-Occidentale", "WV"},
    {"US-WY", "state", "Wyoming", "Wyoming", "WY"},
};

struct Case {
    std::string_view text;
    Language language;
    std::string_view code;  // "" when nothing may match
};

constexpr Case kCases[] = {
    {"en Indiana", Language::fr, "US-IN"},
    {"Virginie", Language::fr, "US-VA"},
    {"Virginie-Occidentale", Language::fr, "US-WV"},
    {"Virginie Occidentale", Language::fr, "US-WV"},
    {"West Virginia", Language::en, "US-WV"},
    {"la Caroline du Nord", Language::fr, "US-NC"},
    {"Caroline-du-Nord", Language::fr, "US-NC"},
    {"au Mississippi", Language::fr, "US-MS"},
    {"la Pennsylvanie", Language::fr, "US-PA"},
    {"dans l'Ohio", Language::fr, "US-OH"},
    {"dans l’Ohio", Language::fr, "US-OH"},
    {"in New York", Language::en, "US-NY"},
    {"l'État de Washington", Language::fr, "US-WA"},
    {"dans l'État de New York", Language::fr, "US-NY"},
    {"l'état du Texas", Language::fr, "US-TX"},
    {"l'État de l'Ohio", Language::fr, "US-OH"},
    {"the state of Texas", Language::en, "US-TX"},
    {"in the state of Ohio", Language::en, "US-OH"},
    {"NC", Language::fr, "US-NC"},
    {" NC ", Language::en, "US-NC"},
    {"nc", Language::fr, ""},
    {"Nc", Language::en, ""},
    {"IN", Language::en, "US-IN"},
    {"in", Language::en, ""},
    {"LA", Language::en, "US-LA"},
    {"la", Language::fr, ""},
    {"Caroline", Language::fr, ""},
    {"Virginie du Nord", Language::fr, ""},
    {"France", Language::fr, "FR"},
    {"en France", Language::fr, "FR"},
    {"aux États-Unis", Language::fr, "US"},
    {"aux Etats-Unis", Language::fr, "US"},
    {"in the United States", Language::en, "US"},
    {"in the US", Language::en, "US"},
    {"in the us", Language::en, ""},  // "US" and postal codes match only in capitals
    {"en NC", Language::fr, "US-NC"},
    {"US", Language::en, "US"},
    {"us", Language::en, ""},
    {"USA", Language::en, "US"},
    {"au Royaume-Uni", Language::fr, "GB"},
    {"UK", Language::en, "GB"},
    {"in the UK", Language::en, "GB"},
    {"Grande-Bretagne", Language::fr, "GB"},
    {"en Corée du Sud", Language::fr, "KR"},
    {"South Korea", Language::en, "KR"},
    {"aux Émirats arabes unis", Language::fr, "AE"},
    {"in the Netherlands", Language::en, "NL"},
    {"aux Pays-Bas", Language::fr, "NL"},
    {"en Inde", Language::fr, "IN"},
    {"India", Language::en, "IN"},
    {"au Canada", Language::fr, "CA"},
    {"Washington, D.C.", Language::en, "US-DC"},
    {"Texas, USA", Language::en, ""},  // two places in one text: the caller splits
    {"Atlantis", Language::en, ""},
    {"", Language::en, ""},
    {"en", Language::fr, ""},
    {"   ", Language::fr, ""},
};

std::string_view code_of(const Place* p) {
    return p ? std::string_view(p->code) : "";
}

}  // namespace

TEST_CASE("the places table holds the 50 states and DC as listed", "[places]") {
    const std::vector<Place> places = reference_places();
    std::size_t us = 0, countries = 0;
    for (const Place& p : places) {
        if (p.kind == "state" || p.kind == "district") ++us;
        if (p.kind == "country") {
            ++countries;
            CHECK(p.postal.empty());
        }
    }
    CHECK(us == std::size(kStates));
    CHECK(us == 51);
    CHECK(countries >= 40);
    for (const Row& row : kStates) {
        CAPTURE(row.code);
        const auto it = std::find_if(places.begin(), places.end(),
                                     [&](const Place& p) { return p.code == row.code; });
        REQUIRE(it != places.end());
        CHECK(it->kind == row.kind);
        CHECK(it->name_en == row.name_en);
        CHECK(it->name_fr == row.name_fr);
        CHECK(it->postal == row.postal);
    }
}

TEST_CASE("every state resolves from each of its name forms", "[places]") {
    const PlaceResolver resolver(reference_places());
    for (const Row& row : kStates) {
        struct Form {
            std::string text;
            Language language;
            std::string_view code;
        };
        const std::string en(row.name_en), fr(row.name_fr);
        const Form forms[] = {
            {en, Language::en, row.code},         {fr, Language::fr, row.code},
            {"in " + en, Language::en, row.code}, {"en " + fr, Language::fr, row.code},
            {"au " + fr, Language::fr, row.code}, {std::string(row.postal), Language::en, row.code},
        };
        for (const Form& f : forms) {
            CAPTURE(f.text);
            CHECK(code_of(resolver.resolve(f.text, f.language)) == f.code);
            // The document's language only orders the prefixes.
            const Language other = f.language == Language::fr ? Language::en : Language::fr;
            CHECK(code_of(resolver.resolve(f.text, other)) == f.code);
        }
    }
}

TEST_CASE("place names resolve after prepositions and articles", "[places]") {
    const PlaceResolver resolver(reference_places());
    for (const Case& c : kCases) {
        CAPTURE(c.text);
        CHECK(code_of(resolver.resolve(c.text, c.language)) == c.code);
    }
}

TEST_CASE("a name shared by two places of the same rank resolves to neither", "[places]") {
    const PlaceResolver resolver({
        {"NL-LI", "subdivision", "Limburg", "Limbourg", "", "NL", "Province"},
        {"BE-VLI", "subdivision", "Limburg", "Limbourg", "", "BE", "Province"},
        {"FR", "country", "France", "France", ""},
    });
    CHECK(resolver.resolve("Limburg", Language::en) == nullptr);
    CHECK(resolver.resolve("dans le Limbourg", Language::fr) == nullptr);
    CHECK(code_of(resolver.resolve("France", Language::en)) == "FR");
    // The candidates, for the warning, in code order, after the same prepositions.
    auto codes = [&](std::string_view text, Language l) {
        std::string out;
        for (const Place* p : resolver.candidates(text, l)) out += (out.empty() ? "" : " ") + p->code;
        return out;
    };
    CHECK(codes("Limburg", Language::en) == "BE-VLI NL-LI");
    CHECK(codes("dans le Limbourg", Language::fr) == "BE-VLI NL-LI");
    CHECK(codes("in Limburg", Language::fr) == "BE-VLI NL-LI");
    CHECK(codes("France", Language::en).empty());
    CHECK(codes("Atlantis", Language::en).empty());
    // The subdivision's code chooses, exact case only.
    CHECK(code_of(resolver.resolve("NL-LI", Language::en)) == "NL-LI");
    CHECK(code_of(resolver.resolve("en BE-VLI", Language::fr)) == "BE-VLI");
    CHECK(resolver.resolve("nl-li", Language::en) == nullptr);
    CHECK(code_of(resolver.find_code("BE")) == "");
    CHECK(code_of(resolver.find_code("NL-LI")) == "NL-LI");
}

TEST_CASE("a higher rank taking a shared name leaves no candidates", "[places]") {
    const PlaceResolver resolver({
        {"BE-WLX", "subdivision", "Luxembourg", "Luxembourg", "", "BE", "Province"},
        {"XX-LU", "subdivision", "Luxembourg", "Luxembourg", "", "XX", "Province"},
        {"LU", "country", "Luxembourg", "Luxembourg", ""},
    });
    CHECK(code_of(resolver.resolve("Luxembourg", Language::en)) == "LU");
    CHECK(resolver.candidates("Luxembourg", Language::en).empty());
    CHECK(code_of(resolver.resolve("BE-WLX", Language::en)) == "BE-WLX");
}

TEST_CASE("a US state keeps its name against a country, a country against a subdivision",
          "[places]") {
    const PlaceResolver resolver({
        {"US-GA", "state", "Georgia", "Géorgie", "GA"},
        {"GE", "country", "Georgia", "Géorgie", ""},
        {"LU", "country", "Luxembourg", "Luxembourg", ""},
        {"BE-WLX", "subdivision", "Luxembourg", "Luxembourg", "", "BE", "Province"},
    });
    CHECK(code_of(resolver.resolve("Georgia", Language::en)) == "US-GA");
    CHECK(code_of(resolver.resolve("en Géorgie", Language::fr)) == "US-GA");
    CHECK(code_of(resolver.resolve("au Luxembourg", Language::fr)) == "LU");
}

namespace {

// World places (issue 13), resolved against the reference table with its
// ISO 3166 rows: names as iso-codes gives them, in French, folded, after a
// preposition, the Irish county patterns and the exonyms of places.cpp;
// "" = refused.
struct WorldCase {
    const char* text;
    Language language;
    const char* code;
};

constexpr WorldCase kWorldCases[] = {
    {"en Essonne", Language::fr, "FR-91"},
    {"Essonne", Language::en, "FR-91"},
    {"in County Dublin", Language::en, "IE-D"},
    {"dans le comté de Dublin", Language::fr, "IE-D"},
    {"Co. Cork", Language::en, "IE-CO"},
    {"in Bavaria", Language::en, "DE-BY"},
    {"en Bavière", Language::fr, "DE-BY"},
    {"Bayern", Language::en, "DE-BY"},
    {"in Karnataka", Language::en, "IN-KA"},
    {"au Karnātaka", Language::fr, "IN-KA"},
    {"in Ireland", Language::en, "IE"},
    {"en Irlande", Language::fr, "IE"},
    {"aux États-Unis", Language::fr, "US"},
    {"La Coruña", Language::en, "ES-C"},
    {"en Géorgie", Language::fr, "US-GA"},
    {"in Montana", Language::en, "US-MT"},
    {"in Florida", Language::en, "US-FL"},
    {"au Luxembourg", Language::fr, "LU"},
    {"in Limburg", Language::en, ""},
    {"in NL-LI", Language::en, "NL-LI"},
    {"en FR-91", Language::fr, "FR-91"},
    {"US-TX", Language::en, "US-TX"},
    {"IN", Language::en, "US-IN"},
    {"Bavarian", Language::en, ""},
};

}  // namespace

TEST_CASE("world places resolve from iso-codes names, French names, patterns and exonyms",
          "[places][world]") {
    const PlaceResolver resolver(reference_places());
    for (const WorldCase& c : kWorldCases) {
        CAPTURE(c.text);
        CHECK(code_of(resolver.resolve(c.text, c.language)) == c.code);
    }
}
