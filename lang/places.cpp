// Resolving a place as written in a claim ("en Caroline du Nord", "in West
// Virginia", "NC", "aux États-Unis") to a row of the places table.
//
// Invariants:
//   * a name resolves only when it is a whole key: the folded English or
//     French name of one place, or one of its alternative names (kAliases),
//     after at most one leading preposition/article (kPrefixes) is removed;
//     there is no prefix or fuzzy matching, so "Caroline" and "Virginie
//     Occidentale du Nord" resolve to nothing and "Virginie" is never West
//     Virginia;
//   * a key shared by two places is ambiguous and resolves to nothing,
//     except that a US state or DC keeps its name against any other place
//     and a country against a subdivision (rank_of: "Georgia" is US-GA);
//   * postal codes (and the exact-case aliases such as "US") match only as
//     written, in capitals: "IN" is Indiana, "in" is a preposition;
//   * one call resolves one place: "Texas, USA" is two places and resolves to
//     nothing; splitting such lists is the caller's business;
//   * the span form (match) knows the same keys, each as the token keys of
//     its words (lang/tokens.h: folded, "d'" = "de", dashes dropped), in
//     buckets by first word built once, longest first: a position costs one
//     hash look-up and the few keys that start with its word, never a pass
//     over all names.  Ambiguous keys stay ambiguous, exact-case keys match
//     their raw words only.
#include "lang/places.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_set>

#include "lang/tokens.h"
#include "text/unicode.h"

namespace factdb {
namespace {

constexpr std::size_t kAmbiguous = std::numeric_limits<std::size_t>::max();

// Other names a place goes by.  exact_case aliases match as written only,
// because their lower-case form is a common word ("us").
struct Alias {
    std::string_view code;
    std::string_view name;
    bool exact_case = false;
};

constexpr Alias kAliases[] = {
    {"US", "USA"},
    {"US", "U.S.A."},
    {"US", "U.S."},
    {"US", "US", true},
    {"US", "United States of America"},
    {"US", "États-Unis d'Amérique"},
    {"GB", "UK"},
    {"GB", "U.K."},
    {"GB", "Great Britain"},
    {"GB", "Britain"},
    {"GB", "Grande-Bretagne"},
    {"KR", "Republic of Korea"},
    {"KR", "République de Corée"},
    {"AE", "UAE"},
    {"AE", "EAU"},
    {"NL", "Holland"},
    {"NL", "Hollande"},
    {"TR", "Türkiye"},
    {"VN", "Viet Nam"},
    {"US-DC", "Washington, D.C."},
    {"US-DC", "Washington D.C."},
    {"US-DC", "Washington DC"},
    {"US-NY", "New York State"},
    // English and French exonyms iso-codes lacks (it spells subdivisions in
    // their own language: "Bayern", "Karnātaka" — the latter resolves by
    // folding).  Kept minimal: add a row when a claim needs one.
    {"DE-BY", "Bavaria"},
    {"DE-NW", "North Rhine-Westphalia"},
    {"DE-HE", "Hesse"},
    {"DE-NI", "Lower Saxony"},
    {"DE-SN", "Saxony"},
};

// Naming patterns applied to every subdivision of a country and type:
// "County Dublin" / "comté de Dublin" for the Irish counties, rather than
// listing each county.  "{}" is the subdivision's English (and French) name.
struct Pattern {
    std::string_view country;
    std::string_view type;
    std::string_view before;  // text before the name
    std::string_view after;   // text after the name
};

constexpr Pattern kPatterns[] = {
    {"IE", "County", "County ", ""},
    {"IE", "County", "Co. ", ""},
    {"IE", "County", "comté de ", ""},
    {"IE", "County", "", " County"},
};


// Leading words to drop before matching, compared folded.  Only the longest
// that fits is removed, and only once; the document's language is tried first.
struct Prefix {
    Language language;
    std::string_view text;
};

constexpr Prefix kPrefixes[] = {
    {Language::fr, "en"},
    {Language::fr, "au"},
    {Language::fr, "aux"},
    {Language::fr, "à"},
    {Language::fr, "l'"},
    {Language::fr, "le"},
    {Language::fr, "la"},
    {Language::fr, "les"},
    {Language::fr, "dans l'"},
    {Language::fr, "dans le"},
    {Language::fr, "dans la"},
    {Language::fr, "dans les"},
    {Language::fr, "état de"},
    {Language::fr, "état du"},
    {Language::fr, "état de l'"},
    {Language::fr, "l'état de"},
    {Language::fr, "l'état du"},
    {Language::fr, "l'état de l'"},
    {Language::fr, "dans l'état de"},
    {Language::fr, "dans l'état du"},
    {Language::fr, "dans l'état de l'"},
    {Language::en, "in"},
    {Language::en, "in the"},
    {Language::en, "the"},
    {Language::en, "state of"},
    {Language::en, "the state of"},
    {Language::en, "in the state of"},
    {Language::en, "at"},
    {Language::en, "to"},
    {Language::en, "to the"},
};

bool is_prefix(std::string_view folded_head, Language language) {
    static const std::array<std::unordered_set<std::string>, 2> sets = [] {
        std::array<std::unordered_set<std::string>, 2> out;
        for (const Prefix& p : kPrefixes) {
            out[p.language == Language::fr ? 0 : 1].insert(text::fold_key(p.text));
        }
        return out;
    }();
    return sets[language == Language::fr ? 0 : 1].count(std::string(folded_head)) > 0;
}

// Byte offsets where a prefix may end: after a run of white space or an
// apostrophe, longest head first.
std::vector<std::size_t> split_points(std::string_view s) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const text::CodePoint cp = text::decode_at(s, i);
        i += cp.size;
        const bool space = text::is_white_space(cp.value);
        const bool space_next = i < s.size() && text::is_white_space(text::decode_at(s, i).value);
        if ((space && !space_next) || text::is_apostrophe(cp.value)) {
            if (i < s.size()) out.push_back(i);
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

void insert(std::unordered_map<std::string, std::size_t>& map, std::string key, std::size_t index) {
    if (key.empty()) return;
    const auto [it, added] = map.emplace(std::move(key), index);
    if (!added && it->second != index) it->second = kAmbiguous;
}

// How strongly a place holds a key it shares with another.  The US states
// and DC (rank 2) keep today's names against every ISO place: "Georgia" /
// "Géorgie" is US-GA, as it was before world places (the country GE needs
// its code or another name), "Montana" US-MT, not Bulgaria's BG-12,
// "Florida" US-FL, not Uruguay's UY-FD.  A country (rank 1) keeps its name
// against another country's subdivision (rank 0): "Luxembourg" is LU, not
// Belgium's province.  Two places of the same rank make the key ambiguous:
// "Limburg" is NL-LI and BE-VLI, and resolves to neither.
int rank_of(const Place& p) {
    if (p.kind == "state" || p.kind == "district") return 2;
    return p.kind == "country" ? 1 : 0;
}

// As insert, but a higher-ranked place takes a shared key from a lower one
// and keeps it against it; equal ranks make it ambiguous.
// shared records, for each key made ambiguous, the places of the rank that
// holds it (a higher rank taking the key later clears them).
void insert_ranked(std::unordered_map<std::string, std::size_t>& map,
                   std::unordered_map<std::string, int>& ranks,
                   std::unordered_map<std::string, std::vector<std::size_t>>& shared, std::string key,
                   std::size_t index, int rank) {
    if (key.empty()) return;
    const auto [it, added] = map.emplace(key, index);
    int& held = ranks[key];
    if (added) {
        held = rank;
        return;
    }
    if (it->second == index) return;
    if (rank > held) {
        it->second = index;
        held = rank;
        shared.erase(key);
    } else if (rank == held) {
        auto& places = shared[key];
        if (it->second != kAmbiguous) places.push_back(it->second);
        if (std::find(places.begin(), places.end(), index) == places.end()) places.push_back(index);
        it->second = kAmbiguous;
    }
}

}  // namespace

PlaceResolver::PlaceResolver(std::vector<Place> places) : places_(std::move(places)) {
    // Built here and dropped: only the construction needs the ranks.
    std::unordered_map<std::string, int> ranks;
    for (std::size_t i = 0; i < places_.size(); ++i) {
        const Place& p = places_[i];
        const int rank = rank_of(p);
        const auto key = [&](const std::string& name) {
            insert_ranked(by_key_, ranks, shared_, text::fold_key(name), i, rank);
        };
        key(p.name_en);
        key(p.name_fr);
        key(p.alt_name);
        if (!p.postal.empty()) insert(by_postal_, p.postal, i);
        by_code_.emplace(p.code, i);
        // A subdivision's ISO code, exact case: never shared, so always a way
        // to name a place whose names are ("NL-LI").  Countries' two-letter
        // codes are not keys: "IN" is Indiana's postal code, not India.
        if (p.code.find('-') != std::string::npos) insert(by_postal_, p.code, i);
        for (const Pattern& pattern : kPatterns) {
            if (p.country != pattern.country || p.subdivision_type != pattern.type) continue;
            for (const std::string* name : {&p.name_en, &p.name_fr}) {
                key(std::string(pattern.before) + *name + std::string(pattern.after));
            }
        }
    }
    for (const Alias& a : kAliases) {
        const auto it = std::find_if(places_.begin(), places_.end(),
                                     [&](const Place& p) { return p.code == a.code; });
        if (it == places_.end()) continue;  // a trimmed-down table: the alias has no place
        const auto index = static_cast<std::size_t>(it - places_.begin());
        if (a.exact_case) {
            insert(by_postal_, std::string(a.name), index);
        } else {
            insert_ranked(by_key_, ranks, shared_, text::fold_key(a.name), index, rank_of(*it));
        }
    }
    const auto add = [this](const std::string& key, std::size_t index, bool exact_case) {
        const lang::Tokens tokens = lang::tokenize(key, Language::fr);
        if (tokens.empty()) return;
        TokenKey token_key{{}, index, exact_case};
        if (exact_case) {
            for (const auto& t : tokens) token_key.words.emplace_back(t.raw);
        } else {
            token_key.words = lang::phrase_keys(key);
        }
        by_first_word_[tokens.front().key].push_back(std::move(token_key));
    };
    for (const auto& [code, index] : by_postal_) add(code, index, true);
    for (const auto& [key, index] : by_key_) add(key, index, false);
    for (auto& [word, keys] : by_first_word_) {
        std::sort(keys.begin(), keys.end(), [](const TokenKey& a, const TokenKey& b) {
            if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
            if (a.exact_case != b.exact_case) return a.exact_case;
            return a.words < b.words;
        });
    }
}

std::optional<PlaceResolver::Match> PlaceResolver::match(
    lang::TokenSpan tokens, std::size_t position, Language /*language: keys are in both*/) const {
    if (position >= tokens.size()) return std::nullopt;
    const auto bucket = by_first_word_.find(tokens[position].key);
    if (bucket == by_first_word_.end()) return std::nullopt;
    for (const TokenKey& key : bucket->second) {
        std::size_t length = 0;
        if (key.exact_case) {
            if (position + key.words.size() > tokens.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < key.words.size() && same; ++k)
                same = tokens[position + k].raw == key.words[k];
            if (same) length = key.words.size();
        } else {
            length = lang::match_keys(tokens, position, key.words);
        }
        if (length == 0) continue;
        // The longest key that fits decides, even when it names no one place.
        if (key.index == kAmbiguous) return std::nullopt;
        const std::size_t end = position + length;
        return Match{position, end, lang::raw_between(tokens, position, end), &places_[key.index]};
    }
    return std::nullopt;
}

const Place* PlaceResolver::resolve(std::string_view written, Language language) const {
    const auto lookup = [this](std::string_view name) -> const Place* {
        const auto find = [this](const auto& map, const std::string& key) -> const Place* {
            const auto it = map.find(key);
            if (it == map.end() || it->second == kAmbiguous) return nullptr;
            return &places_[it->second];
        };
        if (const Place* p = find(by_postal_, std::string(name))) return p;
        return find(by_key_, text::fold_key(name));
    };
    const std::string_view name = text::trim_white_space(written);
    if (const Place* p = lookup(name)) return p;
    const std::vector<std::size_t> splits = split_points(name);
    const Language other = language == Language::fr ? Language::en : Language::fr;
    for (const Language l : {language, other}) {
        for (const std::size_t at : splits) {
            if (!is_prefix(text::fold_key(name.substr(0, at)), l)) continue;
            return lookup(text::trim_white_space(name.substr(at)));
        }
    }
    return nullptr;
}

const Place* PlaceResolver::find_code(std::string_view code) const {
    const auto it = by_code_.find(std::string(code));
    return it == by_code_.end() ? nullptr : &places_[it->second];
}

std::vector<const Place*> PlaceResolver::candidates(std::string_view written,
                                                   Language language) const {
    const auto shared = [this](std::string_view name) -> const std::vector<std::size_t>* {
        const auto it = shared_.find(text::fold_key(name));
        return it == shared_.end() ? nullptr : &it->second;
    };
    const std::string_view name = text::trim_white_space(written);
    const std::vector<std::size_t>* found = shared(name);
    const Language other = language == Language::fr ? Language::en : Language::fr;
    for (const Language l : {language, other}) {
        for (const std::size_t at : found ? std::vector<std::size_t>{} : split_points(name)) {
            if (!is_prefix(text::fold_key(name.substr(0, at)), l)) continue;
            found = shared(text::trim_white_space(name.substr(at)));
            break;
        }
        if (found) break;
    }
    std::vector<const Place*> out;
    if (found) {
        for (std::size_t i : *found) out.push_back(&places_[i]);
        std::sort(out.begin(), out.end(), [](const Place* a, const Place* b) { return a->code < b->code; });
    }
    return out;
}

}  // namespace factdb
