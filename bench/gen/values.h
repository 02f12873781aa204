// Values of the benchmark corpus and their surface forms.
//
// A value (an amount, a count, a percentage, a growth ratio, a year, a
// place) is fixed by the world (world.h); render_* writes it in one of the
// many ways the normaliser accepts, chosen by the caller's Rng.  Invariant:
// every form rendered for a value normalises to exactly that value
// (qualifier, low, high, currency), so two documents stating one fact in
// different words still make one fact.
#pragma once

#include <cstdint>
#include <string>

#include "bench/gen/random.h"
#include "bench/gen/vocabulary.h"

namespace factdb::bench {

// The qualifier codes of docs/NORMALISATION.md §4, in the order
// qualifier_words() indexes them.
enum Qualifier : int {
    exact = 0,
    approximately = 1,
    at_least = 2,
    more_than = 3,
    at_most = 4,
    less_than = 5,
    between = 6,
    undisclosed = 7,
};

// An amount of money: mantissa in tenths times 10^exponent (6 or 9), so
// 15 tenths x 10^9 = 1.5 billion.  low is used alone unless between.
struct Amount {
    Qualifier qualifier = exact;
    std::int64_t low_tenths = 0, high_tenths = 0;
    int exponent = 9;
    int currency = 0;  // index into currencies()
};

// A count of things (data centres, founders).
struct Count {
    Qualifier qualifier = exact;
    std::int64_t low = 0, high = 0;
};

// A percentage in tenths of a percent (495 = 49.5 %).
struct Percent {
    Qualifier qualifier = exact;
    std::int64_t low_tenths = 0, high_tenths = 0;
};

// What a count counts, so the rendered count reads naturally.
enum class Noun { datacenters, founders };

std::string render_amount(const Amount& a, Lang lang, Rng& rng);
std::string render_count(const Count& c, Noun noun, Lang lang, Rng& rng);
std::string render_percent(const Percent& p, Lang lang, Rng& rng);
// ratio_tenths: 20 = doubling, 15 = x1.5.
std::string render_ratio(int ratio_tenths, Lang lang, Rng& rng);
std::string render_year(int year, Lang lang, Rng& rng);
// A location as the press writes it ("au Texas", "in the state of Ohio", "TX").
std::string render_place(const Place& place, Lang lang, Rng& rng);

// A figure with its thousands grouped by sep ("1 500 000").
std::string group_thousands(std::int64_t value, std::string_view sep);

}  // namespace factdb::bench
