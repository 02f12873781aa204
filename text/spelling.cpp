// The British/American spelling table (see spelling.h): every inflected form
// is its own row, because the rewrite runs before the stemmer and the
// stemmer does not treat "-ise" and "-ize" alike ("organis" vs "organ").
// Forms that are ambiguous between the two spellings' words are left out:
// "analyses" is also the plural of "analysis", "tyre"/"tire", "cheque" and
// "check" are different words.
#include "text/spelling.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace factdb::text {
namespace {

const std::vector<SpellingPair> kPairs = {
    // -re / -er
    {"centre", "center"},
    {"centres", "centers"},
    {"centred", "centered"},
    {"centring", "centering"},
    {"datacentre", "data center"},
    {"datacentres", "data centers"},
    {"datacenter", "data center"},
    {"datacenters", "data centers"},
    {"fibre", "fiber"},
    {"fibres", "fibers"},
    {"metre", "meter"},
    {"metres", "meters"},
    {"kilometre", "kilometer"},
    {"kilometres", "kilometers"},
    {"litre", "liter"},
    {"litres", "liters"},
    // -isation / -ization, -ise / -ize
    {"organisation", "organization"},
    {"organisations", "organizations"},
    {"organise", "organize"},
    {"organised", "organized"},
    {"organises", "organizes"},
    {"organising", "organizing"},
    {"optimisation", "optimization"},
    {"optimise", "optimize"},
    {"optimised", "optimized"},
    {"optimising", "optimizing"},
    {"capitalisation", "capitalization"},
    {"commercialisation", "commercialization"},
    {"commercialise", "commercialize"},
    {"commercialised", "commercialized"},
    {"privatisation", "privatization"},
    {"utilisation", "utilization"},
    {"authorisation", "authorization"},
    {"authorise", "authorize"},
    {"authorised", "authorized"},
    {"realise", "realize"},
    {"realised", "realized"},
    {"recognise", "recognize"},
    {"recognised", "recognized"},
    {"prioritise", "prioritize"},
    {"prioritised", "prioritized"},
    {"subsidise", "subsidize"},
    {"subsidised", "subsidized"},
    // -yse / -yze
    {"analyse", "analyze"},
    {"analysed", "analyzed"},
    {"analysing", "analyzing"},
    {"analyser", "analyzer"},
    // -mme / -m
    {"programme", "program"},
    {"programmes", "programs"},
    // -ence / -ense (the nouns)
    {"licence", "license"},
    {"licences", "licenses"},
    {"defence", "defense"},
    {"offence", "offense"},
    // -our / -or
    {"colour", "color"},
    {"colours", "colors"},
    {"labour", "labor"},
    {"behaviour", "behavior"},
    {"favour", "favor"},
    {"favourable", "favorable"},
    {"honour", "honor"},
    {"neighbour", "neighbor"},
    {"neighbouring", "neighboring"},
    // doubled l
    {"modelling", "modeling"},
    {"modelled", "modeled"},
    {"labelled", "labeled"},
    {"labelling", "labeling"},
    {"cancelled", "canceled"},
    {"travelling", "traveling"},
    {"fulfil", "fulfill"},
    // other
    {"catalogue", "catalog"},
    {"ageing", "aging"},
    {"grey", "gray"},
    {"aluminium", "aluminum"},
    {"judgement", "judgment"},
};

// The rows sorted by British form, checked once: no British form twice, and
// no American (one-word) form that is itself a British form.
const std::vector<SpellingPair>& sorted_pairs() {
    static const std::vector<SpellingPair> sorted = [] {
        std::vector<SpellingPair> s = kPairs;
        std::sort(s.begin(), s.end(), [](const SpellingPair& a, const SpellingPair& b) {
            return a.british < b.british;
        });
        for (std::size_t i = 1; i < s.size(); ++i)
            if (s[i - 1].british == s[i].british)
                throw std::logic_error("spelling table: '" + std::string(s[i].british) + "' twice");
        for (const SpellingPair& p : s) {
            const auto it = std::lower_bound(
                s.begin(), s.end(), p.american,
                [](const SpellingPair& q, std::string_view w) { return q.british < w; });
            if (it != s.end() && it->british == p.american)
                throw std::logic_error("spelling table: '" + std::string(p.american) +
                                       "' is both an American and a British form");
        }
        return s;
    }();
    return sorted;
}

}  // namespace

const std::vector<SpellingPair>& spelling_pairs() {
    return kPairs;
}

std::string_view american_spelling(std::string_view folded_word) {
    const std::vector<SpellingPair>& s = sorted_pairs();
    const auto it =
        std::lower_bound(s.begin(), s.end(), folded_word,
                         [](const SpellingPair& q, std::string_view w) { return q.british < w; });
    if (it != s.end() && it->british == folded_word) return it->american;
    return folded_word;
}

std::vector<std::string_view> spelling_variants(std::string_view folded_word) {
    const std::string_view target = american_spelling(folded_word);
    std::vector<std::string_view> out{folded_word};
    if (target != folded_word && target.find(' ') == std::string_view::npos) out.push_back(target);
    for (const SpellingPair& p : kPairs)
        if (p.american == target && p.british != folded_word) out.push_back(p.british);
    return out;
}

}  // namespace factdb::text
