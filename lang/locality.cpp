// split_locality and bare_locality (locality.h).
//
// Rules (docs/NORMALISATION.md 8.1, "Localities"):
//   * forms, tried in this order on the trimmed text, each once (so the
//     whole costs O(text): one look-up per form):
//       "X (P)"            the text ends with ")" and P is inside the last "(";
//       "X, P"             P after the last comma;
//       "X <prep> P"       P starts at the last word that is a preposition of
//                          a place (fr en, au, aux, dans; en in), which stays
//                          part of P ("la paroisse de Richland en Louisiane");
//     P is resolved by PlaceResolver::resolve, which drops its own leading
//     preposition or article ("en Louisiane", "au Texas", "the state of");
//   * X, the locality, is kept as written, trimmed of white space and of a
//     trailing comma, with one leading preposition dropped (fr à, dans; en
//     in, at): articles stay ("la paroisse de Richland", "le comté de
//     Shackelford"), and so do "County", "Parish", "comté de", "paroisse
//     de": the locality is text, never resolved (there is no gazetteer);
//   * a country after a state ("Abilene, Texas, USA") is read once more:
//     the state is the place and the city the locality;
//   * refused (nullopt): an empty X ("(Texas)"), and an X that is itself a
//     place ("Texas, USA", "Ohio (US)"): that is a list of places, which
//     the resolver does not split either (places.cpp) -- except an ISO
//     subdivision of the country P ("Paris, en France"), which becomes the
//     place (FR-75), the locality still kept as text.
#include "lang/locality.h"

#include <array>

#include "text/unicode.h"

namespace factdb {
namespace {

struct Word {
    Language language;
    std::string_view key;  // folded
};

// Prepositions that may start the place part of "X <prep> P".
constexpr std::array<Word, 5> kPlacePrepositions{{
    {Language::fr, "en"},
    {Language::fr, "au"},
    {Language::fr, "aux"},
    {Language::fr, "dans"},
    {Language::en, "in"},
}};

// Prepositions dropped from the front of a locality.
constexpr std::array<Word, 4> kLocalityPrepositions{{
    {Language::fr, "a"},  // "à", folded
    {Language::fr, "dans"},
    {Language::en, "in"},
    {Language::en, "at"},
}};

template <std::size_t N>
bool listed(const std::array<Word, N>& words, std::string_view folded, Language language) {
    for (const Word& w : words)
        if (w.language == language && w.key == folded) return true;
    return false;
}

// [begin, end) of the first word of s (up to white space).
std::size_t first_word_end(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const text::CodePoint cp = text::decode_at(s, i);
        if (text::is_white_space(cp.value)) break;
        i += cp.size;
    }
    return i;
}

std::string_view trimmed_locality(std::string_view x) {
    x = text::trim_white_space(x);
    while (!x.empty() && x.back() == ',') x = text::trim_white_space(x.substr(0, x.size() - 1));
    return x;
}

std::optional<LocalityRead> accept(std::string_view x, std::string_view p, Language language,
                                   const PlaceResolver& places) {
    const std::string locality = bare_locality(trimmed_locality(x), language);
    p = text::trim_white_space(p);
    if (locality.empty() || p.empty()) return std::nullopt;
    const Place* place = places.resolve(p, language);
    if (!place) return std::nullopt;
    if (const Place* inner = places.resolve(locality, language)) {
        // A subdivision named after its city ("Paris, en France": FR-75)
        // within the country P is the more precise place; any other pair is
        // a list of two places.
        if (inner->kind == "subdivision" && place->kind == "country" && inner->country == place->code)
            return LocalityRead{locality, inner, std::string(p)};
        return std::nullopt;  // two places
    }
    return LocalityRead{locality, place, std::string(p)};
}

}  // namespace

std::string bare_locality(std::string_view text, Language language) {
    std::string_view s = text::trim_white_space(text);
    const std::size_t end = first_word_end(s);
    if (end < s.size() && listed(kLocalityPrepositions, text::fold_key(s.substr(0, end)), language))
        s = text::trim_white_space(s.substr(end));
    return std::string(s);
}

namespace {

std::optional<LocalityRead> split_once(std::string_view text, Language language,
                                       const PlaceResolver& places) {
    const std::string_view s = text::trim_white_space(text);
    if (s.empty()) return std::nullopt;
    // "X (P)"
    if (s.back() == ')') {
        const std::size_t open = s.rfind('(');
        if (open != std::string_view::npos)
            if (auto read = accept(s.substr(0, open), s.substr(open + 1, s.size() - open - 2),
                                   language, places))
                return read;
    }
    // "X, P"
    if (const std::size_t comma = s.rfind(','); comma != std::string_view::npos)
        if (auto read = accept(s.substr(0, comma), s.substr(comma + 1), language, places))
            return read;
    // "X <prep> P": the last preposition word, found in one pass.
    std::size_t last = std::string_view::npos;
    for (std::size_t i = 0; i < s.size();) {
        const text::CodePoint cp = text::decode_at(s, i);
        if (text::is_white_space(cp.value)) {
            i += cp.size;
            continue;
        }
        const std::size_t end = i + first_word_end(s.substr(i));
        if (i > 0 && end < s.size() &&
            listed(kPlacePrepositions, text::fold_key(s.substr(i, end - i)), language))
            last = i;
        i = end;
    }
    if (last != std::string_view::npos)
        if (auto read = accept(s.substr(0, last), s.substr(last), language, places)) return read;
    return std::nullopt;
}

}  // namespace

std::optional<LocalityRead> split_locality(std::string_view text, Language language,
                                           const PlaceResolver& places) {
    auto read = split_once(text, language, places);
    // "Abilene, Texas, USA": the country closes the list; the state before
    // it is the place, read once more (never deeper: O(text) stays).
    if (read && read->place->kind == "country")
        if (auto inner = split_once(read->locality, language, places);
            inner && inner->place->kind != "country")
            return inner;
    return read;
}

}  // namespace factdb
