// The normaliser row (normaliser_row.h): claims read once from the corpus
// file, then rounds of the normaliser and of the yardstick, alternately, so
// that a drift of the machine's speed touches both; each figure is the
// median of its rounds.
#include "bench/normaliser_row.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "bench/gen/vocabulary.h"
#include "lang/count.h"
#include "lang/modality.h"
#include "lang/money.h"
#include "lang/places.h"
#include "lang/share.h"

namespace factdb::bench {

// Measured at 4e8eaff (the commit before issue 12's first merge), on the
// machine and date docs/PERFORMANCE.md gives, alternating with the current
// code in one session: the median of six runs of 15 rounds (63.5-70.6).
const double kNormaliserBaselineRatio = 68.6;
const char* const kNormaliserBaselineCommit = "4e8eaff";

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

enum class Field { money, count, share, year, place, modality };

// The claim fields each parser reads, as the corpus names them.
struct FieldName {
    const char* name;
    Field field;
};
constexpr FieldName kFields[] = {
    {"amount", Field::money},         {"investment", Field::money},
    {"count", Field::count},          {"previous_count", Field::count},
    {"founders_count", Field::count}, {"share", Field::share},
    {"year", Field::year},            {"location", Field::place},
    {"evidence", Field::modality},
};

struct Item {
    Field field;
    Language language;
    std::string text;
};

struct Claims {
    std::vector<Item> items;
    long claims = 0;
    std::size_t bytes = 0;
};

Claims read_claims(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    Claims out;
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        const json doc = json::parse(line);
        const Language language =
            doc.at("document").at("language").get<std::string>() == "fr" ? Language::fr
                                                                          : Language::en;
        for (const json& claim : doc.at("claims")) {
            ++out.claims;
            for (const FieldName& f : kFields) {
                const auto it = claim.find(f.name);
                if (it == claim.end() || !it->is_string()) continue;  // structured values aside
                out.items.push_back({f.field, language, it->get<std::string>()});
                out.bytes += out.items.back().text.size();
            }
        }
    }
    return out;
}

std::vector<factdb::Place> corpus_places() {
    std::vector<factdb::Place> out;
    for (const auto& p : places()) {
        const std::string code(p.code);
        const std::string kind = p.postal.empty() ? "country" : code == "US-DC" ? "district" : "state";
        out.push_back({code, kind, std::string(p.name_en), std::string(p.name_fr),
                       std::string(p.postal)});
    }
    return out;
}

// One pass of the normaliser over every item; adds what it read to sink
// (so no call is optimised away) and counts refusals.
// only: the items of one field kind alone (the breakdown), else all.
void normalise(const Claims& c, const PlaceResolver& resolver, std::uint64_t& sink,
               long& refused, std::optional<Field> only = std::nullopt) {
    for (const Item& item : c.items) {
        if (only && item.field != *only) continue;
        try {
            switch (item.field) {
                case Field::money: {
                    const lang::Money m = lang::parse_money(item.text, item.language);
                    sink += static_cast<std::uint64_t>(m.range.qualifier) + m.currency.size();
                    break;
                }
                case Field::count:
                    sink += static_cast<std::uint64_t>(
                        lang::parse_count(item.text, item.language).qualifier);
                    break;
                case Field::share:
                    sink += lang::parse_share(item.text, item.language).relation.size();
                    break;
                case Field::year:
                    sink += static_cast<std::uint64_t>(lang::parse_year(item.text, item.language));
                    break;
                case Field::place:
                    sink += resolver.resolve(item.text, item.language) != nullptr;
                    break;
                case Field::modality:
                    sink += static_cast<std::uint64_t>(
                        infer_modality(item.text, 0, item.text.size(), item.language).modality);
                    break;
            }
        } catch (const std::exception&) {
            ++refused;
        }
    }
}

// The yardstick: the same bytes folded to ASCII lower case and hashed.
// Each pass starts from its own seed, so no compiler can keep one pass for
// all of them.
std::uint64_t fold_and_hash(const Claims& c, std::uint64_t seed) {
    std::uint64_t h = 14695981039346656037ull ^ seed;
    for (const Item& item : c.items)
        for (const char ch : item.text) {
            const auto b = static_cast<unsigned char>(ch);
            h = (h ^ (b >= 'A' && b <= 'Z' ? b + 32 : b)) * 1099511628211ull;
        }
    return h;
}

// Makes v observable before the next clock reading: without it the
// compiler may move a pure computation past Clock::now() (it did: the
// yardstick timed at 0 ns).
inline void keep(std::uint64_t v) {
    asm volatile("" : : "r"(v) : "memory");
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double seconds_since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

}  // namespace

NormaliserFigures time_normaliser(const std::filesystem::path& claims_jsonl, int rounds) {
    const Claims claims = read_claims(claims_jsonl);
    if (claims.claims == 0) throw std::runtime_error("no claims in " + claims_jsonl.string());
    const PlaceResolver resolver(corpus_places());
    // The yardstick pass is ~100 times cheaper: it runs this many times a
    // round, so that each timing is milliseconds, not microseconds.
    constexpr int kYardstickRepeats = 20;
    NormaliserFigures f;
    f.claims = claims.claims;
    f.fields = static_cast<long>(claims.items.size());
    f.bytes = claims.bytes;
    f.rounds = std::max(rounds, 1);
    std::vector<double> norm, yard;
    std::uint64_t sink = 0;
    for (int r = 0; r < f.rounds; ++r) {
        auto t = Clock::now();
        for (int i = 0; i < kYardstickRepeats; ++i) sink += fold_and_hash(claims, sink + i);
        keep(sink);
        yard.push_back(seconds_since(t) / kYardstickRepeats);
        long refused = 0;
        t = Clock::now();
        normalise(claims, resolver, sink, refused);
        keep(sink);
        norm.push_back(seconds_since(t));
        f.refused = refused;
    }
    const double n = static_cast<double>(f.claims);
    // The breakdown: each field kind alone, median of three passes.
    constexpr std::pair<Field, const char*> kKinds[] = {
        {Field::money, "money"}, {Field::count, "count"}, {Field::share, "share"},
        {Field::year, "year"},   {Field::place, "place"}, {Field::modality, "modality"}};
    for (const auto& kind : kKinds) {
        std::vector<double> passes;
        for (int r = 0; r < 3; ++r) {
            long refused = 0;
            const auto t = Clock::now();
            normalise(claims, resolver, sink, refused, kind.first);
            keep(sink);
            passes.push_back(seconds_since(t));
        }
        f.breakdown.emplace_back(kind.second, median(passes) * 1e9 / n);
    }
    f.ns_per_claim = median(norm) * 1e9 / n;
    f.yardstick_ns_per_claim = median(yard) * 1e9 / n;
    f.ratio = f.ns_per_claim / f.yardstick_ns_per_claim;
    f.baseline_ratio = kNormaliserBaselineRatio;
    f.relative_difference = f.baseline_ratio > 0 ? f.ratio / f.baseline_ratio - 1 : 0;
    return f;
}

nlohmann::ordered_json to_json(const NormaliserFigures& f) {
    return {{"claims", f.claims},
            {"fields", f.fields},
            {"refused_fields", f.refused},
            {"bytes", f.bytes},
            {"rounds", f.rounds},
            {"ns_per_claim", f.ns_per_claim},
            {"yardstick_ns_per_claim", f.yardstick_ns_per_claim},
            {"ratio", f.ratio},
            {"baseline_commit", kNormaliserBaselineCommit},
            {"baseline_ratio", f.baseline_ratio},
            {"relative_difference", f.relative_difference},
            {"ns_per_claim_by_field", [&] {
                 nlohmann::ordered_json b;
                 for (const auto& [name, ns] : f.breakdown) b[name] = ns;
                 return b;
             }()}};
}

void print_normaliser_row(const NormaliserFigures& f, std::ostream& table) {
    char line[256];
    table << "\n(9) normaliser: " << f.claims << " claims (" << f.fields << " fields, "
          << f.refused << " refused, " << f.bytes << " bytes), median of " << f.rounds
          << " rounds\n";
    std::snprintf(line, sizeof line, "%-38s %-20.0f\n", "    ns/claim", f.ns_per_claim);
    table << line;
    std::snprintf(line, sizeof line, "%-38s %-20.1f\n", "    yardstick (fold + hash) ns/claim",
                  f.yardstick_ns_per_claim);
    table << line;
    std::snprintf(line, sizeof line, "%-38s %-20.1f\n", "    ratio to the yardstick", f.ratio);
    table << line;
    char value[64];
    std::snprintf(value, sizeof value, "%.1f, current %+.1f %%", f.baseline_ratio,
                  f.relative_difference * 100);
    std::snprintf(line, sizeof line, "%-38s %-20s\n",
                  ("    baseline ratio (" + std::string(kNormaliserBaselineCommit) + ")").c_str(),
                  value);
    table << line;
    std::string parts;
    for (const auto& [name, ns] : f.breakdown) {
        char part[64];
        std::snprintf(part, sizeof part, "%s%s %.0f", parts.empty() ? "" : ", ", name.c_str(), ns);
        parts += part;
    }
    table << "    by field, ns/claim: " << parts << "\n";
}

}  // namespace factdb::bench
