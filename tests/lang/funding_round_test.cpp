// parse_funding_round and parse_valuation_basis (lang/funding_round.h): the
// closed vocabularies of a round and of a valuation's basis, table driven in
// French and English, with the exact error texts of the refusals.
#include "lang/funding_round.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct WordCase {
    factdb::Language language;
    std::string text;
    const char* code;
};

const std::vector<WordCase> kRounds{
    {en, "Series C", "series_c"},
    {en, "series a", "series_a"},
    {en, "Series J", "series_j"},
    {en, "series_b", "series_b"},
    {en, "pre-seed", "pre_seed"},
    {en, "seed round", "seed"},
    {en, "IPO", "ipo"},
    {en, "initial public offering", "ipo"},
    {en, "bridge round", "bridge"},
    {en, "debt financing", "debt"},
    {en, "grant", "grant"},
    {en, "funding round", "unspecified"},
    {fr, "série B", "series_b"},
    {fr, "Série C", "series_c"},
    {fr, "amorçage", "seed"},
    {fr, "pré-amorçage", "pre_seed"},
    {fr, "tour de table", "unspecified"},
    {fr, "levée de fonds", "unspecified"},
    {fr, "introduction en Bourse", "ipo"},
    {fr, "subvention", "grant"},
    {fr, "dette", "debt"},
};

const std::vector<WordCase> kBases{
    {en, "post-money", "post_money"},
    {en, "pre-money", "pre_money"},
    {en, "before the new money", "pre_money"},
    {en, "after the new money", "post_money"},
    {en, "market value", "market_cap"},
    {en, "market cap", "market_cap"},
    {fr, "après l'augmentation de capital", "post_money"},
    {fr, "avant l'augmentation de capital", "pre_money"},
    {fr, "valorisation pré-money", "pre_money"},
    {fr, "post-money", "post_money"},
    {fr, "capitalisation boursière", "market_cap"},
};

}  // namespace

TEST_CASE("parse_funding_round reads the round words of both languages", "[normalize][round]") {
    for (const auto& c : kRounds) {
        INFO(c.text);
        CHECK(parse_funding_round(c.text, c.language) == c.code);
    }
    // a word of the other language is no word
    CHECK_THROWS(parse_funding_round("amorçage", en));
    CHECK(error_of([] { parse_funding_round("Series Z", en); }) ==
          "unrecognised round 'Series Z' (nearest: 'series_a', 'series_b', 'series_c'); give "
          "pre_seed, seed, series_a ... series_j, bridge, growth, debt, grant, ipo or "
          "unspecified, or a French or English word for one (docs/NORMALISATION.md, \"Funding "
          "rounds\")");
    CHECK(error_of([] { parse_funding_round("", en); }) == "empty text");
}

TEST_CASE("parse_valuation_basis reads the basis words of both languages", "[normalize][round]") {
    for (const auto& c : kBases) {
        INFO(c.text);
        CHECK(parse_valuation_basis(c.text, c.language, true) == c.code);
    }
    CHECK(parse_valuation_basis("post-money", en, false) == "post_money");
    CHECK(error_of([] { parse_valuation_basis("capitalisation boursière", fr, false); }) ==
          "basis 'capitalisation boursière' is a market capitalisation, which is no basis of a "
          "round's valuation; give pre_money, post_money or unspecified, or write a valuation "
          "claim with basis market_cap");
    CHECK(error_of([] { parse_valuation_basis("post_mony", en, true); }) ==
          "unrecognised valuation basis 'post_mony' (nearest: 'post_money'); give "
          "pre_money, post_money, market_cap or unspecified, or a French or English word for one "
          "(docs/NORMALISATION.md, \"Funding rounds\")");
}
