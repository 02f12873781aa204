// Document assembly and the corpus files (see generator.h).
//
// A document is a title line, then paragraphs of sentences: each claim's
// sentence, with now and then a filler sentence between them.  Claims pick
// their fact from a small "popular" pool per type (so facts repeat across
// documents, and some repeats take the conflicting variant) or from an
// effectively unbounded index space (a fresh fact).
//
// Evidence is located the way the loader does it (white-space runs and
// apostrophes folded), on a folded mirror of the text built alongside it, so
// `occurrence` is given exactly when the evidence occurs more than once.
#include <fstream>
#include <stdexcept>
#include <unordered_set>

#include "bench/gen/generator.h"
#include "bench/gen/templates.h"
#include "bench/gen/world.h"

namespace factdb::bench {
namespace {

using json = nlohmann::ordered_json;

// The loader's evidence folding, restricted to the characters this
// generator writes: U+00A0 and U+202F are spaces, U+2019 is an apostrophe.
std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "\u00A0") == 0) {
            out += ' ';
            i += 1;
        } else if (s.compare(i, 3, "\u202F") == 0) {
            out += ' ';
            i += 2;
        } else if (s.compare(i, 3, "\u2019") == 0) {
            out += '\'';
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// 1-based occurrence of needle starting at `at` among its non-overlapping
// occurrences in hay, and how many there are.
std::pair<int, int> occurrence(const std::string& hay, const std::string& needle, std::size_t at) {
    int index = 0, total = 0;
    for (std::size_t pos = hay.find(needle); pos != std::string::npos;
         pos = hay.find(needle, pos + needle.size())) {
        ++total;
        if (pos == at) index = total;
    }
    return {index, total};
}

std::string date_of(long d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", 2020 + (d / 336) % 7, 1 + (d / 28) % 12,
                  1 + d % 28);
    return buf;
}

constexpr std::string_view kModalities[] = {"asserted", "reported", "conditional", "expected",
                                            "possible", "planned",  "negated"};

// Relative frequency of each claim type, in ClaimType order (acquisitions
// and compute deals, funding rounds and valuations: about as often as
// stakes in AI-industry news).
constexpr int kTypeWeights[kClaimTypes] = {16, 8, 12, 8, 10, 6, 10, 10, 10, 10, 6, 6, 6, 4};

class Assembler {
  public:
    Assembler(const World& world, const GenOptions& options, GenStats& stats)
        : world_(world), options_(options), stats_(stats) {
        const long claims = options.docs * options.claims_per_doc;
        pool_ = std::max<std::uint64_t>(8, static_cast<std::uint64_t>(claims) / 80);
        for (int w : kTypeWeights) weight_total_ += w;
    }

    json document(long d) {
        Rng rng(mix64(world_.seed, (1ull << 50) + static_cast<std::uint64_t>(d)));
        const Lang lang = rng.chance(500) ? Lang::fr : Lang::en;
        const bool fr = lang == Lang::fr;
        (fr ? stats_.documents_fr : stats_.documents_en)++;
        const std::string id = "bench-" + std::to_string(world_.seed) + "-" + std::to_string(d);
        std::string title(rng.pick(headlines(lang)));
        title = replace_all(title, "{org}", org_mention(world_, world_.skewed_org(rng), rng));

        text_ = title + "\n\n";
        folded_ = fold(text_);
        json claims = json::array();
        std::vector<std::uint64_t> used;
        std::vector<std::pair<std::string, std::size_t>> located;  // folded evidence, offset
        int in_paragraph = 0;
        for (int k = 0; k < options_.claims_per_doc; ++k) {
            const ClaimType type = pick_type(rng);
            auto [index, variant] = pick_fact(type, rng);
            std::uint64_t key = mix64(static_cast<std::uint64_t>(type), index * 2 + variant);
            while (std::find(used.begin(), used.end(), key) != used.end()) {
                index = pool_ + rng.next() % (1ull << 40);  // the same fact twice: take a fresh one
                variant = 0;
                key = mix64(static_cast<std::uint64_t>(type), index * 2 + variant);
            }
            used.push_back(key);
            if (!seen_.insert(key).second) ++stats_.repeated_claims;
            if (variant) ++stats_.conflicting_claims;
            ++stats_.claims_by_type[static_cast<int>(type)];

            RenderedClaim r =
                render_claim(world_, make_fact(world_, type, index, variant), lang, rng);
            bool framed = false;
            if (rng.chance(200)) {
                const Frame& frame = rng.pick(frames());
                std::string words(fr ? frame.fr : frame.en);
                words = replace_all(words, "{source}", std::string(rng.pick(sources())));
                if (frame.inside)
                    r.clause = words + r.clause;
                else
                    r.before = words;
                framed = true;
            }
            if (rng.chance(350))
                append_sentence(std::string(rng.pick(fillers(lang))), in_paragraph, rng);

            // The text may use typographic apostrophes and no-break spaces
            // where the claim's evidence has plain ones: the loader folds them.
            std::string before = r.before, clause = r.clause, after = r.after;
            if (fr && rng.chance(300)) {
                before = replace_all(before, "'", "\u2019");
                clause = replace_all(clause, "'", "\u2019");
                after = replace_all(after, "'", "\u2019");
            }
            const std::size_t at =
                folded_.size() + fold(sentence_gap(in_paragraph)).size() + fold(before).size();
            append_sentence(before + clause + after + ".", in_paragraph, rng);

            std::string evidence = r.clause;
            if (rng.chance(300)) {
                evidence = replace_all(evidence, "\u00A0", " ");
                evidence = replace_all(evidence, "\u202F", " ");
            }
            json claim = {{"id", "c" + std::to_string(k + 1)}};
            for (auto& [key_name, value] : r.claim.items()) claim[key_name] = value;
            claim["evidence"] = evidence;
            located.push_back({fold(clause), at});
            if (rng.chance(50))
                claim["modality"] =
                    framed ? "reported"
                           : std::string(kModalities[rng.below(std::size(kModalities))]);
            if (rng.chance(30)) claim["note"] = fr ? "généré pour le banc d'essai" : "benchmark";
            claims.push_back(std::move(claim));
        }
        // Occurrences are counted in the finished text: a later sentence
        // can contain an earlier evidence ("said Grace Thomas" inside "said
        // Grace Thomas of Novatek").
        for (std::size_t k = 0; k < located.size(); ++k) {
            const auto [nth, total] = occurrence(folded_, located[k].first, located[k].second);
            if (nth == 0) throw std::logic_error("generator: evidence not found where it was put");
            if (total > 1) claims[k]["occurrence"] = nth;
        }
        json doc = {{"id", id},
                    {"title", title},
                    {"language", fr ? "fr" : "en"},
                    {"published", rng.chance(900) ? json(date_of(d)) : json(nullptr)},
                    {"url", rng.chance(700) ? json("https://news.example.com/" +
                                                   std::string(fr ? "fr/" : "en/") + id)
                                            : json(nullptr)},
                    {"text", text_}};
        ++stats_.documents;
        stats_.claims += options_.claims_per_doc;
        return {{"format", "factdb.claims/1"}, {"document", std::move(doc)}, {"claims", claims}};
    }

  private:
    ClaimType pick_type(Rng& rng) const {
        int roll = static_cast<int>(rng.below(static_cast<std::uint64_t>(weight_total_)));
        for (int t = 0; t < kClaimTypes; ++t) {
            roll -= kTypeWeights[t];
            if (roll < 0) return static_cast<ClaimType>(t);
        }
        return ClaimType::quote;
    }

    std::pair<std::uint64_t, int> pick_fact(ClaimType type, Rng& rng) const {
        if (type == ClaimType::founding) {
            // One founding per organisation; popular organisations are
            // founded in many documents, a few with another year.
            const int org = world_.skewed_org(rng);
            return {static_cast<std::uint64_t>(org), rng.chance(60) ? 1 : 0};
        }
        if (rng.chance(300)) {
            const int variant = has_conflicting_variant(type) && rng.chance(150) ? 1 : 0;
            return {rng.below(pool_), variant};
        }
        return {pool_ + rng.next() % (1ull << 40), 0};
    }

    std::string sentence_gap(int in_paragraph) const {
        if (text_.back() == '\n') return "";
        return in_paragraph == 0 ? "\n\n" : " ";
    }

    void append_sentence(const std::string& sentence, int& in_paragraph, Rng& rng) {
        const std::string gap = sentence_gap(in_paragraph);
        text_ += gap;
        text_ += sentence;
        folded_ += fold(gap);
        folded_ += fold(sentence);
        in_paragraph = (in_paragraph + 1) % static_cast<int>(3 + rng.below(3));
    }

    const World& world_;
    const GenOptions& options_;
    GenStats& stats_;
    std::uint64_t pool_ = 8;
    int weight_total_ = 0;
    std::string text_, folded_;
    std::unordered_set<std::uint64_t> seen_;
};

}  // namespace

GenStats generate(const GenOptions& options) {
    namespace fs = std::filesystem;
    GenStats stats;
    if (options.out.extension() == ".jsonl") {
        stats.claims_file = options.out;
    } else {
        fs::create_directories(options.out);
        stats.claims_file = options.out / "claims.jsonl";
    }
    stats.gazetteer_file = stats.claims_file.parent_path() / "entities.json";
    if (stats.claims_file.has_parent_path())
        fs::create_directories(stats.claims_file.parent_path());

    const World world(options.seed);
    {
        std::ofstream g(stats.gazetteer_file, std::ios::binary);
        g << world.gazetteer().dump(1) << '\n';
        if (!g) throw std::runtime_error("cannot write " + stats.gazetteer_file.string());
    }
    std::ofstream out(stats.claims_file, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + stats.claims_file.string());
    Assembler assembler(world, options, stats);
    std::string line;
    for (long d = 0; d < options.docs; ++d) {
        line = assembler.document(d).dump();
        line += '\n';
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
        stats.bytes += line.size();
    }
    out.close();
    if (!out) throw std::runtime_error("cannot write " + stats.claims_file.string());
    return stats;
}

}  // namespace factdb::bench
