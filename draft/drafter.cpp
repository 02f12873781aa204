// The drafting pipeline (see drafter.h).
#include "draft/drafter.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "draft/matcher.h"
#include "draft/mentions.h"
#include "draft/rules.h"
#include "errors/error.h"
#include "text/evidence.h"
#include "text/sentences.h"
#include "text/unicode.h"

namespace factdb::draft {

namespace {

// The byte after the white space starting at p.
std::size_t skip_white(std::string_view text, std::size_t p) {
    while (p < text.size()) {
        const text::CodePoint cp = text::decode_at(text, p);
        if (!text::is_white_space(cp.value)) break;
        p += cp.size;
    }
    return p;
}

struct Candidate {
    Match match;
    std::size_t sentence_begin;  // byte offset of the sentence in the text
    const SentenceMentions* mentions;
};

}  // namespace

Draft Drafter::draft(const article::Article& article) const {
    const RuleSet& rules = builtin_rules(article.language);
    text::Stemmer stemmer(stem_language(article.language));
    const std::string_view text = article.text;
    const text::SentenceIndex index(text);
    Draft out;

    // type -> per-token "taken" marks of the current sentence.
    std::vector<DraftedClaim> claims;
    std::size_t p = skip_white(text, 0);
    while (p < text.size()) {
        const text::Span s = index.around({p, p, 0, 0});
        if (s.end_byte <= p) {  // a character no sentence holds: step over it
            p = skip_white(text, p + text::decode_at(text, p).size);
            continue;
        }
        ++out.sentences;
        const std::string_view sentence = text.substr(s.begin_byte, s.end_byte - s.begin_byte);
        const SentenceMentions mentions(sentence, rules, stemmer, places_);
        std::vector<Match> matches;
        for (const Rule& rule : rules.rules) {
            if (!rule.enabled) continue;
            std::vector<Match> found = match_rule(rule, mentions, &out.work);
            for (Match& m : found) matches.push_back(std::move(m));
        }
        // The conflict policy: longest, then more confident, then written first.
        std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
            const std::size_t la = a.end - a.begin, lb = b.end - b.begin;
            if (la != lb) return la > lb;
            if (a.rule->confidence != b.rule->confidence) return a.rule->confidence > b.rule->confidence;
            if (a.rule->order != b.rule->order) return a.rule->order < b.rule->order;
            return a.begin < b.begin;
        });
        std::map<std::string, std::vector<bool>> taken;
        for (const Match& m : matches) {
            std::vector<bool>& marks = taken[m.rule->type];
            if (marks.empty()) marks.assign(mentions.tokens().size(), false);
            bool free = true;
            for (std::size_t t = m.begin; t < m.end && free; ++t) free = !marks[t];
            if (!free) continue;
            for (std::size_t t = m.begin; t < m.end; ++t) marks[t] = true;
            DraftedClaim c;
            c.type = m.rule->type;
            c.begin_byte = s.begin_byte + mentions.byte_begin(m.begin);
            c.end_byte = s.begin_byte + mentions.byte_end(m.end - 1);
            c.rule = m.rule->id;
            c.confidence = m.rule->confidence;
            for (const Capture& cap : m.captures) {
                if (cap.list) {
                    nlohmann::ordered_json names = nlohmann::ordered_json::array();
                    for (const std::string_view n : cap.names) names.push_back(std::string(n));
                    c.fields[cap.field] = std::move(names);
                } else {
                    c.fields[cap.field] = std::string(cap.surface);
                }
            }
            claims.push_back(std::move(c));
        }
        p = skip_white(text, s.end_byte);
    }

    // Text order; then duplicates (one type, the same fields) merged into the first.
    std::stable_sort(claims.begin(), claims.end(), [](const DraftedClaim& a, const DraftedClaim& b) {
        if (a.begin_byte != b.begin_byte) return a.begin_byte < b.begin_byte;
        return a.end_byte < b.end_byte;
    });
    std::unordered_set<std::string> seen;
    std::map<std::string, std::size_t> per_type;
    std::unique_ptr<text::FoldedText> folded;
    std::unordered_map<std::string, std::vector<text::Span>> occurrences;
    for (DraftedClaim& c : claims) {
        if (!seen.insert(c.type + '\x1f' + c.fields.dump()).second) continue;
        if (out.claims.size() == kMaxClaims)
            throw InputError({article.source, 0, {}, {}},
                             "drafts more than " + std::to_string(kMaxClaims) +
                                 " claims; split the article into smaller documents");
        c.id = c.type + "-" + std::to_string(++per_type[c.type]);
        c.evidence = std::string(text.substr(c.begin_byte, c.end_byte - c.begin_byte));
        if (!folded) folded = std::make_unique<text::FoldedText>(text);
        auto it = occurrences.find(c.evidence);
        if (it == occurrences.end()) it = occurrences.emplace(c.evidence, folded->find(c.evidence)).first;
        const std::vector<text::Span>& spans = it->second;
        if (spans.size() > 1) {
            // The loader numbers non-overlapping occurrences left to right:
            // ours, or the last one starting before it.
            std::size_t k = 0;
            for (std::size_t i = 0; i < spans.size() && spans[i].begin_byte <= c.begin_byte; ++i) k = i;
            c.occurrence = k + 1;
        }
        out.claims.push_back(std::move(c));
    }
    return out;
}

nlohmann::ordered_json claims_json(const article::Article& article, const Draft& draft) {
    nlohmann::ordered_json doc;
    doc["id"] = article.id;
    doc["title"] = article.title.empty() ? article.id : article.title;
    doc["language"] = std::string(to_string(article.language));
    doc["published"] = article.published ? nlohmann::ordered_json(*article.published) : nullptr;
    doc["url"] = article.url ? nlohmann::ordered_json(*article.url) : nullptr;
    doc["text"] = article.text;
    nlohmann::ordered_json claims = nlohmann::ordered_json::array();
    for (const DraftedClaim& c : draft.claims) {
        nlohmann::ordered_json j;
        j["id"] = c.id;
        j["type"] = c.type;
        j["evidence"] = c.evidence;
        if (c.occurrence) j["occurrence"] = *c.occurrence;
        for (const auto& [k, v] : c.fields.items()) j[k] = v;
        // Two decimals: the rules' confidences are written so.
        j["draft"] = {{"rule", c.rule}, {"confidence", std::round(c.confidence * 100.0) / 100.0}};
        claims.push_back(std::move(j));
    }
    nlohmann::ordered_json root;
    root["format"] = "factdb.claims/1";
    root["document"] = std::move(doc);
    root["claims"] = std::move(claims);
    return root;
}

}  // namespace factdb::draft
