// The ISO 3166 table generated from iso-codes (lang/iso3166.h): the places
// issue 13 names resolve to the codes, types, parents and French names the
// package gives, countries come first, codes are unique, and the names that
// two places share ("Georgia": the country GE and the state US-GA) are really
// in the data, so the resolver that uses it must treat them as ambiguous.
#include "lang/iso3166.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <unordered_set>

namespace {

using factdb::lang::IsoPlace;
using factdb::lang::iso3166_places;

const IsoPlace* find(std::string_view code) {
    for (const IsoPlace& p : iso3166_places())
        if (p.code == code) return &p;
    return nullptr;
}

struct Expected {
    std::string_view code, type, parent, country, name_en, name_fr, alt_name;
};

constexpr Expected kExpected[] = {
    {"FR", "country", "", "FR", "France", "France", ""},
    {"IE", "country", "", "IE", "Ireland", "Irlande", ""},
    {"DE", "country", "", "DE", "Germany", "Allemagne", ""},
    {"US", "country", "", "US", "United States", "États-Unis", ""},
    {"GE", "country", "", "GE", "Georgia", "Géorgie", ""},
    {"FR-91", "Metropolitan department", "FR-IDF", "FR", "Essonne", "Essonne", ""},
    {"FR-IDF", "Metropolitan region", "", "FR", "Île-de-France", "Île-de-France", ""},
    {"IE-D", "County", "IE-L", "IE", "Dublin", "Dublin", ""},
    {"DE-BY", "Land", "", "DE", "Bayern", "Bavière", ""},
    {"IN-KA", "State", "", "IN", "Karnātaka", "Karnātaka", ""},
    {"US-GA", "State", "", "US", "Georgia", "Géorgie", ""},
    {"US-TX", "State", "", "US", "Texas", "Texas", ""},
    {"ES-C", "Province", "ES-GA", "ES", "A Coruña", "A Coruña", "La Coruña"},
};

}  // namespace

TEST_CASE("iso3166 table: the places issue 13 names, as iso-codes gives them", "[lang][iso3166]") {
    for (const Expected& e : kExpected) {
        CAPTURE(e.code);
        const IsoPlace* p = find(e.code);
        REQUIRE(p != nullptr);
        CHECK(p->type == e.type);
        CHECK(p->parent == e.parent);
        CHECK(p->country == e.country);
        CHECK(p->name_en == e.name_en);
        CHECK(p->name_fr == e.name_fr);
        CHECK(p->alt_name == e.alt_name);
    }
}

TEST_CASE("iso3166 table: countries first, unique codes, parents exist", "[lang][iso3166]") {
    const auto places = iso3166_places();
    REQUIRE(places.size() == 5376);  // iso-codes 4.15 (Debian 12): 249 countries + 5127 subdivisions
    std::unordered_set<std::string_view> codes;
    std::size_t countries = 0;
    bool subdivisions_started = false;
    for (const IsoPlace& p : places) {
        CAPTURE(p.code);
        CHECK(codes.insert(p.code).second);
        if (p.type == "country") {
            CHECK_FALSE(subdivisions_started);
            CHECK(p.country == p.code);
            ++countries;
        } else {
            subdivisions_started = true;
            CHECK(p.code.substr(0, 3) == std::string(p.country) + "-");
        }
    }
    CHECK(countries == 249);
    for (const IsoPlace& p : places) {
        if (p.parent.empty()) continue;
        CAPTURE(p.code, p.parent);
        CHECK(codes.count(p.parent) == 1);
    }
}

TEST_CASE("iso3166 table: names two places share are in the data", "[lang][iso3166]") {
    std::map<std::string_view, std::size_t> by_name;
    for (const IsoPlace& p : iso3166_places()) ++by_name[p.name_en];
    CHECK(by_name["Georgia"] == 2);  // GE and US-GA
    CHECK(by_name["Essonne"] == 1);
}
