// factdb_draft_eval: drafts every article of one split of the extraction
// corpus (tests/extraction/split.tsv) with the built-in drafter and compares
// the drafted claims with the gold claims (NN-slug.claims.json).
//
// A drafted claim matches a gold claim (docs/DRAFT.md, "Measured"): same
// type, the evidence spans overlap in the text, and the key entity fields of
// the type (kKeyFields) are equal once case and accents are folded
// (text::fold_key; a list field as a set).  Each gold claim is matched at
// most once, drafted claims in text order.  Precision = matched drafted /
// drafted, recall = matched gold / gold, per type and overall; for matched
// pairs, the share of the drafted claim's other fields equal to the gold's.
//
// Usage: factdb_draft_eval [--split dev|test] [--min-precision P] [--min-recall R] DIR
// Exit 0, or 1 when a floor is not met, 2 on bad input.  Reads only.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "article/article.h"
#include "draft/drafter.h"
#include "loader/places_table.h"
#include "text/evidence.h"
#include "text/unicode.h"

namespace {

using json = nlohmann::json;
using factdb::draft::DraftedClaim;

const std::map<std::string, std::vector<std::string>> kKeyFields = {
    {"investment", {"investor", "investee"}}, {"funding_round", {"company"}},
    {"valuation", {"company"}},               {"datacenter", {"operator"}},
    {"role", {"person", "organization"}},     {"stake", {"holder", "company"}},
    {"acquisition", {"acquirer", "target"}},
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot be read");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::set<std::string> folded(const json& v) {
    std::set<std::string> out;
    if (v.is_string()) out.insert(factdb::text::fold_key(v.get<std::string>()));
    if (v.is_array())
        for (const auto& e : v)
            if (e.is_string()) out.insert(factdb::text::fold_key(e.get<std::string>()));
    return out;
}

struct Counts {
    std::size_t drafted = 0, gold = 0, matched = 0, fields = 0, fields_equal = 0;
};

double ratio(std::size_t a, std::size_t b) {
    return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

int main(int argc, char** argv) {
    std::string split = "dev", dir;
    double min_precision = -1, min_recall = -1;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--split" && i + 1 < argc) split = argv[++i];
        else if (a == "--min-precision" && i + 1 < argc) min_precision = std::stod(argv[++i]);
        else if (a == "--min-recall" && i + 1 < argc) min_recall = std::stod(argv[++i]);
        else if (!a.empty() && a[0] != '-') dir = a;
        else {
            std::cerr << "usage: factdb_draft_eval [--split dev|test] [--min-precision P] [--min-recall R] DIR\n";
            return 2;
        }
    }
    if (dir.empty()) {
        std::cerr << "factdb_draft_eval: give the corpus folder (tests/extraction)\n";
        return 2;
    }
    try {
        const factdb::PlaceResolver places(factdb::reference_places());
        const factdb::draft::Drafter drafter(&places);
        std::map<std::string, Counts> per_type;
        std::map<std::string, std::pair<std::size_t, std::size_t>> per_rule;  // drafted, matched
        std::istringstream rows(read_file(dir + "/split.tsv"));
        std::string line;
        std::size_t articles = 0;
        while (std::getline(rows, line)) {
            const auto tab = line.find('\t');
            if (tab == std::string::npos || line.substr(tab + 1) != split) continue;
            const std::string stem = line.substr(0, tab);
            const json gold = json::parse(read_file(dir + "/" + stem + ".claims.json"));
            const json& doc = gold.at("document");
            factdb::article::Article article;
            article.source = stem;
            article.id = doc.at("id").get<std::string>();
            article.title = doc.at("title").get<std::string>();
            article.language = *factdb::parse_language(doc.at("language").get<std::string>());
            article.text = factdb::text::nfc(read_file(dir + "/" + doc.at("text_file").get<std::string>()));
            ++articles;
            const factdb::draft::Draft d = drafter.draft(article);
            const factdb::text::FoldedText text(article.text);
            struct Gold {
                const json* claim;
                std::size_t begin, end;
                bool used = false;
            };
            std::vector<Gold> golds;
            for (const json& c : gold.at("claims")) {
                const auto spans = text.find(c.at("evidence").get<std::string>());
                std::size_t k = c.contains("occurrence") ? c["occurrence"].get<std::size_t>() - 1 : 0;
                if (spans.size() <= k) throw std::runtime_error(stem + ": gold evidence not found");
                golds.push_back({&c, spans[k].begin_byte, spans[k].end_byte});
                ++per_type[c.at("type").get<std::string>()].gold;
            }
            for (const DraftedClaim& c : d.claims) {
                Counts& counts = per_type[c.type];
                ++counts.drafted;
                ++per_rule[c.rule].first;
                const auto keys = kKeyFields.count(c.type) ? kKeyFields.at(c.type) : std::vector<std::string>{};
                Gold* hit = nullptr;
                for (Gold& g : golds) {
                    if (g.used || g.claim->at("type") != c.type) continue;
                    if (g.end <= c.begin_byte || c.end_byte <= g.begin) continue;
                    bool same = true;
                    for (const std::string& k : keys) {
                        const json dv = c.fields.contains(k) ? json::parse(c.fields[k].dump()) : json();
                        const json gv = g.claim->contains(k) ? g.claim->at(k) : json();
                        same = same && !folded(dv).empty() && folded(dv) == folded(gv);
                    }
                    if (same) {
                        hit = &g;
                        break;
                    }
                }
                std::cout << (hit ? "  ok    " : "  extra ") << stem << " " << c.rule << " "
                          << c.fields.dump() << "\n";
                if (!hit) continue;
                hit->used = true;
                ++counts.matched;
                ++per_rule[c.rule].second;
                for (const auto& [k, v] : c.fields.items()) {
                    if (std::find(keys.begin(), keys.end(), k) != keys.end()) continue;
                    if (!hit->claim->contains(k)) continue;
                    ++counts.fields;
                    if (folded(json::parse(v.dump())) == folded(hit->claim->at(k))) ++counts.fields_equal;
                }
            }
            for (const Gold& g : golds)
                if (!g.used && kKeyFields.count(g.claim->at("type").get<std::string>()))
                    std::cout << "  miss  " << stem << " " << g.claim->at("type").get<std::string>() << " "
                              << g.claim->at("evidence").get<std::string>() << "\n";
        }
        if (articles == 0) {
            std::cerr << "factdb_draft_eval: no article of split '" << split << "' in " << dir << "/split.tsv\n";
            return 2;
        }
        Counts all;
        std::printf("split %s: %zu articles\n%-14s %7s %5s %7s %9s %6s %6s %6s %7s\n", split.c_str(), articles,
                    "type", "drafted", "gold", "matched", "precision", "recall", "F1", "fields", "fieldok");
        for (const auto& [type, c] : per_type) {
            if (!kKeyFields.count(type)) continue;  // not drafted yet: reported below
            const double p = ratio(c.matched, c.drafted), r = ratio(c.matched, c.gold);
            std::printf("%-14s %7zu %5zu %7zu %9.2f %6.2f %6.2f %6zu %7.2f\n", type.c_str(), c.drafted, c.gold,
                        c.matched, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0, c.fields,
                        ratio(c.fields_equal, c.fields));
            all.drafted += c.drafted;
            all.gold += c.gold;
            all.matched += c.matched;
            all.fields += c.fields;
            all.fields_equal += c.fields_equal;
        }
        const double p = ratio(all.matched, all.drafted), r = ratio(all.matched, all.gold);
        std::printf("%-14s %7zu %5zu %7zu %9.2f %6.2f %6.2f %6zu %7.2f\n", "overall", all.drafted, all.gold,
                    all.matched, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0, all.fields,
                    ratio(all.fields_equal, all.fields));
        std::size_t other = 0;
        for (const auto& [type, c] : per_type)
            if (!kKeyFields.count(type)) other += c.gold;
        std::printf("gold claims of types the drafter has no rule for (not counted): %zu\n", other);
        std::printf("rule                                  drafted matched\n");
        for (const auto& [rule, c] : per_rule) std::printf("%-38s %7zu %7zu\n", rule.c_str(), c.first, c.second);
        int rc = 0;
        if (min_precision >= 0 && p + 1e-9 < min_precision) {
            std::fprintf(stderr, "factdb_draft_eval: %s precision %.3f is below the floor %.3f\n", split.c_str(), p,
                         min_precision);
            rc = 1;
        }
        if (min_recall >= 0 && r + 1e-9 < min_recall) {
            std::fprintf(stderr, "factdb_draft_eval: %s recall %.3f is below the floor %.3f\n", split.c_str(), r,
                         min_recall);
            rc = 1;
        }
        return rc;
    } catch (const std::exception& e) {
        std::cerr << "factdb_draft_eval: " << e.what() << "\n";
        return 2;
    }
}
