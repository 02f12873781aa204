// Entities and facts of the benchmark world (see world.h).
//
// Names are built by decomposing an index into table positions through a
// multiplicative permutation, so every index gives a distinct name and
// neighbouring indices do not look alike.  Values are drawn from a stream
// seeded with the variant only, so variant 1 differs from variant 0 in its
// value and nowhere else.
#include "bench/gen/world.h"

#include <algorithm>

namespace factdb::bench {
namespace {

constexpr std::string_view kTypeNames[kClaimTypes] = {
    "investment", "stake",   "datacenter", "spending",    "role",
    "founding",   "product", "supply",     "partnership", "quote",
    "acquisition", "compute_deal", "funding_round", "valuation"};

// Multiplier coprime with every table size used below (9,600 and 5,000).
constexpr std::uint64_t kSpread = 7919;

std::uint64_t fact_seed(std::uint64_t seed, ClaimType type, std::uint64_t index, int stream) {
    return mix64(mix64(seed, static_cast<std::uint64_t>(type) * 4 + stream), index);
}

Amount draw_amount(Rng& r) {
    Amount a;
    const int q = static_cast<int>(r.below(100));
    a.qualifier = q < 55   ? exact
                  : q < 67 ? approximately
                  : q < 73 ? at_least
                  : q < 80 ? more_than
                  : q < 85 ? at_most
                  : q < 89 ? less_than
                  : q < 97 ? between
                           : undisclosed;
    a.exponent = r.chance(650) ? 9 : 6;
    // Whole numbers mostly; one decimal (1,5 milliard) sometimes.
    a.low_tenths = r.chance(800) ? r.between(1, 120) * 10 : r.between(11, 99);
    if (r.chance(150)) a.low_tenths = static_cast<std::int64_t>(r.below(3) + 1) * 100;
    a.high_tenths = a.low_tenths;
    if (a.qualifier == between) {
        a.low_tenths = r.between(1, 50) * 10;
        a.high_tenths = a.low_tenths + r.between(1, 20) * 10;
    }
    int total = 0;
    for (const auto& c : currencies()) total += c.weight;
    int pick = static_cast<int>(r.below(static_cast<std::uint64_t>(total)));
    for (std::size_t i = 0; i < currencies().size(); ++i) {
        pick -= currencies()[i].weight;
        if (pick < 0) {
            a.currency = static_cast<int>(i);
            break;
        }
    }
    return a;
}

Count draw_count(Rng& r, std::int64_t low, std::int64_t high) {
    Count c;
    const int q = static_cast<int>(r.below(100));
    c.qualifier = q < 65   ? exact
                  : q < 80 ? approximately
                  : q < 88 ? more_than
                  : q < 93 ? at_least
                           : between;
    c.low = c.high = r.between(low, high);
    if (c.qualifier == approximately && r.chance(500)) {
        static constexpr std::int64_t kRound[] = {10, 12, 15, 20, 30, 40, 50, 60, 100};
        c.low = c.high = r.pick(std::span<const std::int64_t>(kRound));
    }
    if (c.qualifier == between) c.high = c.low + r.between(1, 20);
    return c;
}

}  // namespace

std::string_view to_string(ClaimType type) {
    return kTypeNames[static_cast<int>(type)];
}

bool has_conflicting_variant(ClaimType type) {
    return type == ClaimType::investment || type == ClaimType::stake ||
           type == ClaimType::datacenter || type == ClaimType::spending ||
           type == ClaimType::founding || type == ClaimType::funding_round ||
           type == ClaimType::valuation;
}

World::World(std::uint64_t s) : seed(s) {}

std::string World::org_short(int i) const {
    const std::uint64_t k = (static_cast<std::uint64_t>(i) * kSpread) % 9600;
    return std::string(org_heads()[k % 40]) + std::string(org_tails()[(k / 40) % 30]) +
           std::string(org_endings()[k / 1200]);
}

std::string World::org_name(int i) const {
    return org_short(i) + " " + std::string(org_words()[static_cast<std::size_t>(i) % 12]);
}

std::string World::person_name(int i) const {
    const std::uint64_t k = (static_cast<std::uint64_t>(i) * kSpread) % 5000;
    return std::string(first_names()[k % 50]) + " " + std::string(last_names()[k / 50]);
}

std::string World::chip_name(int i) const {
    return std::string(chip_words()[static_cast<std::size_t>(i) % chip_words().size()]) + "-" +
           std::to_string(100 + 10 * i);
}

std::string World::product_name(int org, int model) const {
    return org_short(org) + " " +
           std::string(product_words()[static_cast<std::size_t>(model) % product_words().size()]) +
           " " + std::to_string(1 + model / 16);
}

int World::skewed_org(Rng& rng) const {
    // u^2 puts half the picks in the first quarter of the organisations.
    const double u = static_cast<double>(rng.below(1u << 20)) / (1u << 20);
    return static_cast<int>(u * u * orgs);
}

int World::skewed_person(Rng& rng) const {
    const double u = static_cast<double>(rng.below(1u << 20)) / (1u << 20);
    return static_cast<int>(u * u * people);
}

nlohmann::ordered_json World::gazetteer() const {
    nlohmann::ordered_json entities = nlohmann::ordered_json::array();
    for (int i = 0; i < orgs; ++i) {
        nlohmann::ordered_json e = {{"name", org_name(i)}, {"kind", "organization"}};
        // Organisations 100.. sometimes belong to one of the first 100 groups.
        if (i >= 100 && i % 10 == 3) e["parent"] = org_name(i % 100);
        if (i % 4 == 0) e["wikidata"] = "Q" + std::to_string(1000000 + i);
        if (i % 3 == 0)
            e["aliases"] = {org_short(i)};
        else
            e["aliases"] = {{{"alias", org_short(i)}, {"language", i % 3 == 1 ? "fr" : "en"}}};
        entities.push_back(std::move(e));
    }
    for (int i = 0; i < people; ++i)
        entities.push_back({{"name", person_name(i)}, {"kind", "person"}});
    for (int i = 0; i < chips; ++i) entities.push_back({{"name", chip_name(i)}, {"kind", "chip"}});
    return {{"format", "factdb.entities/1"}, {"entities", std::move(entities)}};
}

Fact make_fact(const World& w, ClaimType type, std::uint64_t index, int variant) {
    Rng r(fact_seed(w.seed, type, index, 0));
    Rng v(fact_seed(w.seed, type, index, 1 + variant));  // values only
    Fact f;
    f.type = type;
    auto other_org = [&](int not_this) {
        int o = w.skewed_org(r);
        return o == not_this ? (o + 1) % w.orgs : o;
    };
    switch (type) {
        case ClaimType::investment:
            f.a = w.skewed_org(r);
            f.b = other_org(f.a);
            f.stage = static_cast<int>(r.below(3));
            f.has_amount = r.chance(920);
            f.amount = draw_amount(v);
            break;
        case ClaimType::stake: {
            f.a = w.skewed_org(r);
            f.b = other_org(f.a);
            const int roll = static_cast<int>(r.below(100));
            f.relation = roll < 50 ? 0 : roll < 70 ? 1 : roll < 85 ? 2 : 3;
            f.has_share_figure = r.chance(f.relation == 0 ? 850 : 600);
            f.share.qualifier = f.relation == 0 && r.chance(250) ? more_than : exact;
            const std::int64_t lo = f.relation == 2 ? 51 : 1;
            const std::int64_t hi = f.relation == 1 ? 49 : f.relation == 3 ? 60 : 99;
            f.share.low_tenths = v.between(lo, hi) * 10 + (v.chance(100) ? 5 : 0);
            if (f.share.low_tenths >= 500 && f.relation == 1) f.share.low_tenths = 495;
            f.share.high_tenths = f.share.low_tenths;
            break;
        }
        case ClaimType::datacenter:
            f.a = w.skewed_org(r);
            f.place = r.chance(950) ? static_cast<int>(r.below(places().size())) : -1;
            f.has_count = r.chance(850);
            f.count = draw_count(v, 1, 200);
            if (f.has_count && f.count.qualifier == exact && r.chance(300)) {
                static constexpr int kRatios[] = {15, 20, 20, 30, 40};
                f.ratio_tenths = r.pick(std::span<const int>(kRatios));
                // The previous count the stated growth implies, when whole.
                if ((f.count.low * 10) % f.ratio_tenths == 0) {
                    f.has_previous = true;
                    f.previous.qualifier = exact;
                    f.previous.low = f.previous.high = f.count.low * 10 / f.ratio_tenths;
                    if (f.previous.low == 0) f.has_previous = false;
                }
            }
            f.has_amount = r.chance(300);
            f.amount = draw_amount(v);
            if (f.amount.qualifier == undisclosed) f.has_amount = false;
            f.c = r.chance(150) ? other_org(f.a) : -1;  // beneficiary
            f.text1 =
                r.chance(300) ? static_cast<int>(r.below(datacenter_descriptions().size())) : -1;
            if (r.chance(400)) {
                f.purposes.push_back(static_cast<int>(r.below(datacenter_purposes().size())));
                if (r.chance(400)) {
                    const int p2 = static_cast<int>(r.below(datacenter_purposes().size()));
                    if (p2 != f.purposes[0]) f.purposes.push_back(p2);
                }
            }
            break;
        case ClaimType::spending:
            f.a = w.skewed_org(r);
            f.has_amount = true;
            f.amount = draw_amount(v);
            f.text1 = r.chance(800) ? static_cast<int>(r.below(spending_purposes().size())) : -1;
            f.text2 = r.chance(600) ? static_cast<int>(r.below(spending_periods().size())) : -1;
            break;
        case ClaimType::role:
            f.a = w.skewed_person(r);
            f.b = r.chance(900) ? w.skewed_org(r) : -1;
            f.text1 = static_cast<int>(r.below(role_titles().size()));
            break;
        case ClaimType::founding: {
            // One founding per organisation: the index is the organisation.
            f.a = static_cast<int>(index % static_cast<std::uint64_t>(w.orgs));
            f.year = static_cast<int>(v.between(1995, 2024));
            const int n = static_cast<int>(r.between(1, 3));
            f.flag = r.chance(300);  // founders given as a count, not by name
            if (f.flag) {
                f.has_count = true;
                f.count.qualifier = r.chance(800) ? exact : approximately;
                f.count.low = f.count.high = r.between(2, 9);
            } else {
                for (int i = 0; i < n; ++i) {
                    const int p = static_cast<int>(r.below(static_cast<std::uint64_t>(w.people)));
                    if (std::find(f.list.begin(), f.list.end(), p) == f.list.end())
                        f.list.push_back(p);
                }
            }
            f.b = r.chance(300) ? other_org(f.a) : -1;  // founders_from
            break;
        }
        case ClaimType::product:
            f.a = w.skewed_org(r);
            f.b = static_cast<int>(r.below(48));  // model
            f.text1 = r.chance(700) ? static_cast<int>(r.below(product_descriptions().size())) : -1;
            f.c = r.chance(400) ? other_org(f.a) : -1;  // competitor's organisation
            f.flag = r.chance(500);                     // competitor product named
            f.year = static_cast<int>(r.below(48));     // competitor's model
            break;
        case ClaimType::supply:
            f.a = w.skewed_org(r);
            f.b = other_org(f.a);
            f.item = static_cast<int>(r.below(supply_items().size()));
            f.c =
                r.chance(350) ? static_cast<int>(r.below(static_cast<std::uint64_t>(w.chips))) : -1;
            break;
        case ClaimType::partnership: {
            const int n = r.chance(800) ? 2 : 3;
            while (static_cast<int>(f.list.size()) < n) {
                const int o = w.skewed_org(r);
                if (std::find(f.list.begin(), f.list.end(), o) == f.list.end()) f.list.push_back(o);
            }
            f.text1 = r.chance(700) ? static_cast<int>(r.below(partnership_purposes().size())) : -1;
            break;
        }
        case ClaimType::acquisition:
            f.a = w.skewed_org(r);
            f.b = other_org(f.a);
            f.status = static_cast<int>(r.below(3));
            f.has_amount = r.chance(700);
            f.amount = draw_amount(v);
            if (f.amount.qualifier == undisclosed) f.has_amount = false;
            f.has_share_figure = r.chance(200);  // a stake, not the whole company
            f.share.qualifier = exact;
            f.share.low_tenths = f.share.high_tenths = v.between(1, 99) * 10;
            break;
        case ClaimType::compute_deal:
            f.a = w.skewed_org(r);
            f.b = other_org(f.a);
            f.c = r.chance(700) ? static_cast<int>(r.below(static_cast<std::uint64_t>(w.chips))) : -1;
            f.has_count = f.c >= 0 && r.chance(800);
            f.count.qualifier = exact;
            f.count.low = f.count.high = r.between(1, 500) * 1000;
            f.has_amount = r.chance(600);
            f.amount = draw_amount(v);
            if (f.amount.qualifier == undisclosed) f.has_amount = false;
            f.duration = r.chance(500) ? static_cast<int>(r.below(deal_durations().size())) : -1;
            break;
        case ClaimType::funding_round: {
            // A company's round: one or two leads, up to three others, all
            // distinct; an amount (its value is the variant's), a stated
            // valuation about half the time, in the amount's currency, at
            // least the amount (so round_valuation_below_amount stays quiet
            // on generated data: the checks are timed, not flooded).
            f.a = w.skewed_org(r);
            f.stage = static_cast<int>(r.below(round_words().size()));
            const auto distinct = [&](int o) {
                return o != f.a && std::find(f.list.begin(), f.list.end(), o) == f.list.end() &&
                       std::find(f.list2.begin(), f.list2.end(), o) == f.list2.end();
            };
            const int leads = r.chance(750) ? 1 : 2;
            while (static_cast<int>(f.list.size()) < leads) {
                const int o = w.skewed_org(r);
                if (distinct(o)) f.list.push_back(o);
            }
            const int others = static_cast<int>(r.below(4));
            while (static_cast<int>(f.list2.size()) < others) {
                const int o = w.skewed_org(r);
                if (distinct(o)) f.list2.push_back(o);
            }
            f.amount = draw_amount(v);
            f.has_amount = f.amount.qualifier != undisclosed;
            f.has_valuation = f.has_amount && f.amount.qualifier == exact && r.chance(500);
            if (f.has_valuation) {
                f.valuation = f.amount;
                f.valuation.qualifier = v.chance(800) ? exact : approximately;
                f.valuation.low_tenths = f.valuation.high_tenths =
                    f.amount.low_tenths * v.between(4, 20);
                f.basis = static_cast<int>(r.below(3));  // pre, post or unspecified
            }
            break;
        }
        case ClaimType::valuation:
            // A company's worth on a basis, sometimes as of a year.
            f.a = w.skewed_org(r);
            f.basis = static_cast<int>(r.below(basis_words().size()));
            f.valuation = draw_amount(v);
            if (f.valuation.qualifier == undisclosed) f.valuation.qualifier = exact;
            f.has_valuation = true;
            f.year = r.chance(300) ? static_cast<int>(r.between(2019, 2025)) : 0;
            break;
        case ClaimType::quote:
            f.flag = r.chance(750);  // named speaker
            f.a = w.skewed_person(r);
            f.b = f.flag && r.chance(500) ? -1 : w.skewed_org(r);
            f.text1 = static_cast<int>(r.below(quote_texts().size()));
            f.text2 = static_cast<int>(r.below(speaker_descriptions().size()));
            break;
    }
    return f;
}

}  // namespace factdb::bench
