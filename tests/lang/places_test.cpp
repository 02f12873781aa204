// PlaceResolver::match: place names in running text.  The resolver is built
// from rows copied from schema/0002_places.sql (the language library has no
// database), plus the country Georgia, which shares its names with the US
// state, which keeps them (a US state outranks a country).  Each row is a sentence, where the match
// starts, exactly what it covers, and the code it resolves to; near misses
// are prepositions, cities, unknown names, postal codes in lower case.
#include "lang/places.h"

#include <string>
#include <vector>

#include "support/span_rows.h"
#include "support/expect.h"

using namespace factdb;
using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

PlaceResolver resolver() {
    return PlaceResolver({
        {"US-NC", "state", "North Carolina", "Caroline du Nord", "NC"},
        {"US-SC", "state", "South Carolina", "Caroline du Sud", "SC"},
        {"US-VA", "state", "Virginia", "Virginie", "VA"},
        {"US-WV", "state", "West Virginia", "Virginie-Occidentale", "WV"},
        {"US-OH", "state", "Ohio", "Ohio", "OH"},
        {"US-TX", "state", "Texas", "Texas", "TX"},
        {"US-WA", "state", "Washington", "Washington", "WA"},
        {"US-IN", "state", "Indiana", "Indiana", "IN"},
        {"US-GA", "state", "Georgia", "Géorgie", "GA"},
        {"US-DC", "district", "District of Columbia", "district de Columbia", "DC"},
        {"US", "country", "United States", "États-Unis", ""},
        {"FR", "country", "France", "France", ""},
        {"GB", "country", "United Kingdom", "Royaume-Uni", ""},
        {"KR", "country", "South Korea", "Corée du Sud", ""},
        {"GE", "country", "Georgia", "Géorgie", ""},
    });
}

struct PlaceSpanCase {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    const char* code;
};

const std::vector<PlaceSpanCase> kPlaceSpans{
    // French: the name, without its preposition
    {fr, "Amazon a annoncé 10 milliards en Caroline du Nord, où il emploie 500 personnes.",
     "Caroline", "Caroline du Nord", 33, 49, "US-NC"},
    {fr, "Un site en Virginie-Occidentale ouvrira en 2026.", "Virginie", "Virginie-Occidentale", 11,
     31, "US-WV"},
    {fr, "Un site en Virginie ouvrira en 2026.", "Virginie", "Virginie", 11, 19, "US-VA"},
    {fr, "Les États-Unis et la France signent un accord.", "États", "États-Unis", 4, 14, "US"},
    {fr, "Amazon investit dans l’Ohio cette année.", "Ohio", "Ohio", 23, 27, "US-OH"},
    {fr, "Au Texas, Amazon investit.", "Texas", "Texas", 3, 8, "US-TX"},
    {fr, "La Corée du Sud attire les investisseurs.", "Corée", "Corée du Sud", 3, 15, "KR"},
    {fr, "Un centre en Caroline-du-Nord, un autre en Caroline du Sud.", "Caroline-du-Nord",
     "Caroline-du-Nord", 13, 29, "US-NC"},
    {fr, "Les États-Unis d’Amérique et le Royaume-Uni.", "États", "États-Unis d’Amérique", 4, 25,
     "US"},
    // French: near misses
    {fr, "Amazon a annoncé 10 milliards en Caroline du Nord, où il emploie 500 personnes.",
     "en Caroline", nullptr, 0, 0, ""},
    {fr, "La Caroline est une ville imaginaire.", "Caroline", nullptr, 0, 0, ""},
    {fr, "Les investisseurs de Paris hésitent.", "Paris", nullptr, 0, 0, ""},
    {fr, "Amazon investit in situ.", "in", nullptr, 0, 0, ""},
    // The US state keeps its name against the country (lang/places.cpp rank_of).
    {fr, "Un accord avec la Géorgie est signé.", "Géorgie", "Géorgie", 18, 25, "US-GA"},
    // English
    {en, "Amazon invests in North Carolina, where it employs 500 people.", "North",
     "North Carolina", 18, 32, "US-NC"},
    {en, "Microsoft expands in West Virginia this year.", "West", "West Virginia", 21, 34, "US-WV"},
    {en, "A plant in Austin, TX opened.", "TX", "TX", 19, 21, "US-TX"},
    {en, "Data centres in the U.S. are booming.", "U.S.", "U.S.", 20, 24, "US"},
    {en, "Offices in Washington, D.C. and Seattle.", "Washington", "Washington, D.C.", 11, 27,
     "US-DC"},
    {en, "Apple builds in Washington State.", "Washington", "Washington", 16, 26, "US-WA"},
    {en, "Chips are made in SOUTH KOREA.", "SOUTH", "SOUTH KOREA", 18, 29, "KR"},
    {en, "The plant in IN employs 300.", "IN", "IN", 13, 15, "US-IN"},
    // English: near misses
    {en, "Sales rose in 2021.", "in", nullptr, 0, 0, ""},
    {en, "Let us invest together.", "us", nullptr, 0, 0, ""},
    {en, "Investors in the North are wary.", "North", nullptr, 0, 0, ""},
    {en, "A deal with Georgia was signed.", "Georgia", "Georgia", 12, 19, "US-GA"},
};

}  // namespace

TEST_CASE("PlaceResolver::match finds place names in running text", "[places][span]") {
    const PlaceResolver places = resolver();
    for (const auto& c : kPlaceSpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = places.match(s.tokens, at, c.language);
        if (check_match(s, at, m, {c.matched, c.begin_char, c.end_char}))
            CHECK(m->value->code == c.code);
    }
}

TEST_CASE("PlaceResolver::match knows the keys resolve() knows", "[places][span]") {
    // Every name, written as in a claim, is a match of its whole self in
    // running text and resolves to the same place as the whole field.
    const PlaceResolver places = resolver();
    for (const Place& p : places.places()) {
        for (const std::string& name : {p.name_en, p.name_fr, p.postal}) {
            if (name.empty()) continue;
            INFO(name);
            const Place* whole = places.resolve(name, Language::en);
            const Tokens tokens = tokenize_running_text(name, Language::en);
            const auto m = places.match(tokens, 0, Language::en);
            CHECK((whole != nullptr) == m.has_value());
            if (whole && m) {
                CHECK(m->value == whole);
                CHECK(m->end == tokens.size());
            }
        }
    }
    // An empty span and a position past the end match nothing.
    const Tokens none;
    CHECK_FALSE(places.match(none, 0, Language::fr).has_value());
    const Tokens one = tokenize_running_text("Texas", Language::fr);
    CHECK_FALSE(places.match(one, 1, Language::fr).has_value());
}

TEST_CASE("PlaceResolver::match: an ambiguous longest key hides the shorter ones",
          "[places][span]") {
    // A second place named Virginie-Occidentale makes that name ambiguous;
    // the text still says Virginie-Occidentale, never Virginie.
    const PlaceResolver places({
        {"US-VA", "state", "Virginia", "Virginie", "VA"},
        {"US-WV", "state", "West Virginia", "Virginie-Occidentale", "WV"},
        {"US-XW", "state", "Western Virginia", "Virginie-Occidentale", "XW"},
    });
    const RunningText s("Un site en Virginie-Occidentale et un en Virginie.", Language::fr);
    CHECK_FALSE(places.match(s.tokens, s.token_at("Virginie-Occidentale"), Language::fr));
    const auto virginia = places.match(s.tokens, s.token_at("Virginie."), Language::fr);
    REQUIRE(virginia.has_value());
    CHECK(virginia->value->code == "US-VA");
    CHECK(virginia->raw == "Virginie");
}
