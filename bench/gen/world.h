// The world the benchmark corpus talks about: ~10,000 organisations and
// people (the gazetteer), chips, and facts about them.
//
// A fact is a pure function of (seed, type, index, variant): documents that
// pick the same index state the same fact (in any words, either language),
// which is what exercises fact merging and evidence counting; variant 1 of
// an index keeps the fact's subject and changes its value (an amount, a
// percentage, a count, a year), which is what makes conflicts.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "bench/gen/values.h"

namespace factdb::bench {

enum class ClaimType {
    investment,
    stake,
    datacenter,
    spending,
    role,
    founding,
    product,
    supply,
    partnership,
    quote,
    acquisition,   // issue 13
    compute_deal,  // issue 13
    funding_round,  // issue 13
    valuation,
};
inline constexpr int kClaimTypes = 14;
std::string_view to_string(ClaimType type);
// Whether variant 1 of a fact changes a value (and so makes a conflict).
bool has_conflicting_variant(ClaimType type);

// Entity references: organisations are 0..orgs-1, people 0..people-1,
// chips 0..chips-1, products are discovered (named from an organisation).
struct World {
    explicit World(std::uint64_t seed);

    std::uint64_t seed;
    int orgs = 6000, people = 4000, chips = 60;

    std::string org_name(int i) const;   // "Novatekis Systems"
    std::string org_short(int i) const;  // "Novatekis", the alias
    std::string person_name(int i) const;
    std::string chip_name(int i) const;                  // "NX-400"
    std::string product_name(int org, int model) const;  // "Novatekis Orion 3"

    // An organisation or person, the low indices more often (news talks
    // about a few companies a lot and about most of them rarely).
    int skewed_org(Rng& rng) const;
    int skewed_person(Rng& rng) const;

    // The gazetteer (factdb.entities/1) declaring organisations (with their
    // short alias, some with a parent and a QID), people and chips.
    nlohmann::ordered_json gazetteer() const;
};

// One fact, with every field any claim type may use; which ones a type uses
// is up to templates.cpp.
struct Fact {
    ClaimType type = ClaimType::investment;
    int a = 0, b = 0, c = 0;  // main entities (organisation/person/chip indices)
    std::vector<int> list;    // founders (people) or partnership parties (orgs)
    bool has_amount = false;
    Amount amount;
    bool has_count = false, has_previous = false;
    Count count, previous;
    int ratio_tenths = 0;  // 0: no growth stated
    int relation = 0;      // stake: 0 shareholder, 1 minority, 2 majority, 3 principal
    bool has_share_figure = false;
    Percent share;
    int place = -1;              // index into places(), -1: none
    int stage = 0;               // "completed", "committed", "considered" = 0, 1, 2
    int item = 0;                // index into supply_items()
    int text1 = -1, text2 = -1;  // indices into a bilingual table, -1: absent
    std::vector<int> purposes;   // datacenter purposes
    int year = 0;                // 0: absent
    int status = 0;              // acquisition: 0 agreed, 1 completed, 2 announced
    int duration = -1;           // compute_deal: index into deal_durations(), -1: absent
    bool flag = false;           // type-specific option (see templates.cpp)
    // funding_round: lead investors in list, participants in list2, the
    // round's code index in stage (round_words()); funding_round and
    // valuation: a stated valuation and its basis (index into
    // basis_words()).
    std::vector<int> list2;
    bool has_valuation = false;
    Amount valuation;
    int basis = 2;  // unspecified
};

Fact make_fact(const World& world, ClaimType type, std::uint64_t index, int variant);

}  // namespace factdb::bench
