// Surface forms of amounts, counts, percentages, ratios, years and places
// (see values.h).  Each render_* first lists the forms that can express the
// value at hand (a word form only for numbers the word table has, a symbol
// form only for currencies that have a symbol...), then picks one.
#include "bench/gen/values.h"

#include <vector>

namespace factdb::bench {
namespace {

constexpr std::string_view kNbsp = "\u00A0";
constexpr std::string_view kNarrowNbsp = "\u202F";

// The separators the French press puts between a figure and "%", or inside
// a figure: plain, no-break and narrow no-break spaces.
std::string_view spacer(Rng& rng) {
    static constexpr std::string_view kSpaces[] = {" ", " ", kNbsp, kNarrowNbsp};
    return rng.pick(std::span<const std::string_view>(kSpaces));
}

std::string mantissa(std::int64_t tenths, Lang lang) {
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10) {
        out += lang == Lang::fr ? ',' : '.';
        out += static_cast<char>('0' + tenths % 10);
    }
    return out;
}

const NumberWords* words_for(std::int64_t value) {
    for (const auto& w : number_words()) {
        if (w.value == value) return &w;
    }
    return nullptr;
}

const Collective* collective_for(std::int64_t value) {
    for (const auto& c : collectives()) {
        if (c.value == value) return &c;
    }
    return nullptr;
}

std::string fr_scale(int exponent, bool plural) {
    std::string w = exponent == 9 ? "milliard" : "million";
    return plural ? w + "s" : w;
}

std::string en_scale(int exponent) {
    return exponent == 9 ? "billion" : "million";
}
std::string en_short_scale(int exponent, Rng& rng) {
    if (exponent == 9) return rng.chance(500) ? "bn" : " bln";
    return "m";
}

std::int64_t pow10(int e) {
    std::int64_t v = 1;
    while (e-- > 0) v *= 10;
    return v;
}

// One amount without qualifier, in one of the forms its value allows.
std::string single_amount(std::int64_t tenths, int exponent, const Currency& cur, Lang lang,
                          Rng& rng) {
    const bool whole = tenths % 10 == 0;
    const NumberWords* words = whole ? words_for(tenths / 10) : nullptr;
    const std::int64_t value = tenths * pow10(exponent - 1);
    std::vector<std::string> forms;
    if (lang == Lang::fr) {
        const bool plural = tenths >= 20;
        forms.push_back(mantissa(tenths, lang) + " " + fr_scale(exponent, plural) + " " +
                        std::string(cur.fr_after_scale));
        forms.push_back(mantissa(tenths, lang) + std::string(spacer(rng)) +
                        fr_scale(exponent, plural) + " " + std::string(cur.fr_after_scale));
        if (cur.code == "USD") {
            forms.push_back(mantissa(tenths, lang) + (exponent == 9 ? " Md$" : " M$"));
            if (exponent == 9) forms.push_back(mantissa(tenths, lang) + " G$");
        }
        if (cur.code == "EUR") {
            forms.push_back(mantissa(tenths, lang) + (exponent == 9 ? " Md€" : " M€"));
            if (exponent == 9) forms.push_back(mantissa(tenths, lang) + "Mds€");
        }
        if (words && tenths >= 20)
            forms.push_back(std::string(words->fr) + " " + fr_scale(exponent, true) + " " +
                            std::string(cur.fr_after_scale));
        static constexpr std::string_view kSeps[] = {" ", kNbsp, kNarrowNbsp, "."};
        forms.push_back(group_thousands(value, rng.pick(std::span<const std::string_view>(kSeps))) +
                        " " + std::string(cur.fr_after_digits));
    } else {
        if (!cur.en_before.empty()) {
            forms.push_back(std::string(cur.en_before) + mantissa(tenths, lang) + " " +
                            en_scale(exponent));
            forms.push_back(std::string(cur.en_before) + mantissa(tenths, lang) +
                            en_short_scale(exponent, rng));
            forms.push_back(std::string(cur.en_before) + group_thousands(value, ","));
        }
        forms.push_back(mantissa(tenths, lang) + " " + en_scale(exponent) + " " +
                        std::string(cur.en_after));
        if (words)
            forms.push_back(std::string(words->en) + " " + en_scale(exponent) + " " +
                            std::string(cur.en_after));
        forms.push_back(group_thousands(value, rng.chance(500) ? "," : " ") + " " +
                        std::string(cur.en_after));
    }
    return forms[rng.below(forms.size())];
}

std::string join_words(std::string_view a, std::string_view b) {
    if (a.empty()) return std::string(b);
    if (!a.empty() && (a.back() == '\'' || a.back() == '~')) return std::string(a) + std::string(b);
    return std::string(a) + " " + std::string(b);
}

std::string between_amount(const Amount& a, const Currency& cur, Lang lang, Rng& rng) {
    const std::string lo = mantissa(a.low_tenths, lang), hi = mantissa(a.high_tenths, lang);
    std::vector<std::string> forms;
    if (lang == Lang::fr) {
        const std::string tail =
            fr_scale(a.exponent, a.high_tenths >= 20) + " " + std::string(cur.fr_after_scale);
        forms.push_back("entre " + lo + " et " + hi + " " + tail);
        forms.push_back("de " + lo + " à " + hi + " " + tail);
        forms.push_back(lo + " à " + hi + " " + tail);
        if (cur.code == "USD" && a.exponent == 9) forms.push_back(lo + "-" + hi + " Md$");
    } else {
        forms.push_back("between " + lo + " and " + hi + " " + en_scale(a.exponent) + " " +
                        std::string(cur.en_after));
        if (!cur.en_before.empty()) {
            const std::string s(cur.en_before);
            const std::string unit = a.exponent == 9 ? "bn" : "m";
            forms.push_back("between " + s + lo + unit + " and " + s + hi + unit);
            forms.push_back("from " + s + lo + unit + " to " + s + hi + unit);
            forms.push_back(s + lo + "-" + hi + unit);
        }
    }
    return forms[rng.below(forms.size())];
}

}  // namespace

std::string group_thousands(std::int64_t value, std::string_view sep) {
    std::string digits = std::to_string(value), out;
    const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out = digits.substr(0, lead);
    for (std::size_t i = lead; i < digits.size(); i += 3) {
        out += sep;
        out += digits.substr(i, 3);
    }
    return out;
}

std::string render_amount(const Amount& a, Lang lang, Rng& rng) {
    const Currency& cur = currencies()[a.currency];
    switch (a.qualifier) {
        case undisclosed: {
            static constexpr std::string_view kFr[] = {"un montant non divulgué",
                                                       "un montant non communiqué", "non dévoilé"};
            static constexpr std::string_view kEn[] = {"an undisclosed amount", "undisclosed",
                                                       "an unspecified amount"};
            return std::string(lang == Lang::fr ? rng.pick(std::span<const std::string_view>(kFr))
                                                : rng.pick(std::span<const std::string_view>(kEn)));
        }
        case between:
            return between_amount(a, cur, lang, rng);
        case exact:
            return single_amount(a.low_tenths, a.exponent, cur, lang, rng);
        case approximately: {
            const Collective* c =
                a.low_tenths % 10 == 0 ? collective_for(a.low_tenths / 10) : nullptr;
            const int roll = static_cast<int>(rng.below(10));
            if (lang == Lang::fr && c && roll < 4)
                return std::string(c->fr) + " de " + fr_scale(a.exponent, true) + " " +
                       std::string(cur.fr_after_scale);
            if (lang == Lang::fr && roll < 6)
                return single_amount(a.low_tenths, a.exponent, cur, lang, rng) + " environ";
            if (lang == Lang::fr && roll < 7 && a.exponent == 9 &&
                (cur.code == "USD" || cur.code == "EUR"))
                return "~" + mantissa(a.low_tenths, lang) + (cur.code == "USD" ? " Md$" : " Md€");
            break;
        }
        default:
            break;
    }
    const auto words = qualifier_words(lang, a.qualifier);
    std::string amount = single_amount(
        a.qualifier == at_most || a.qualifier == less_than ? a.high_tenths : a.low_tenths,
        a.exponent, cur, lang, rng);
    return join_words(words[rng.below(words.size())], amount);
}

std::string render_count(const Count& c, Noun noun, Lang lang, Rng& rng) {
    const bool fr = lang == Lang::fr;
    const std::string n = noun == Noun::datacenters
                              ? (fr ? (rng.chance(700) ? "centres de données" : "sites")
                                    : (rng.chance(700) ? "data centres" : "data centers"))
                              : (fr ? "fondateurs" : "founders");
    auto figure = [&](std::int64_t v) {
        const NumberWords* w = words_for(v);
        if (w && rng.chance(300)) return std::string(fr ? w->fr : w->en);
        if (v >= 1000) return group_thousands(v, fr ? spacer(rng) : ",");
        return std::to_string(v);
    };
    switch (c.qualifier) {
        case exact:
            if (!fr && c.low == 12 && rng.chance(500)) return "a dozen " + n;
            return figure(c.low) + " " + n;
        case approximately: {
            const Collective* col = collective_for(c.low);
            if (fr && col && rng.chance(600)) return std::string(col->fr) + " de " + n;
            if (!fr && c.low == 12) return "about a dozen " + n;
            break;
        }
        case between:
            if (fr)
                return (rng.chance(500) ? "entre " + figure(c.low) + " et "
                                        : std::to_string(c.low) + " à ") +
                       figure(c.high) + " " + n;
            return (rng.chance(500) ? "between " + figure(c.low) + " and "
                                    : std::to_string(c.low) + " to ") +
                   figure(c.high) + " " + n;
        default:
            break;
    }
    const auto words = qualifier_words(lang, c.qualifier);
    const std::int64_t v = c.qualifier == at_most || c.qualifier == less_than ? c.high : c.low;
    return join_words(words[rng.below(words.size())], figure(v) + " " + n);
}

std::string render_percent(const Percent& p, Lang lang, Rng& rng) {
    const bool fr = lang == Lang::fr;
    auto figure = [&](std::int64_t tenths) {
        const std::string m = mantissa(tenths, lang);
        const int roll = static_cast<int>(rng.below(10));
        if (fr) {
            if (roll < 7) return m + std::string(spacer(rng)) + "%";
            return m + " pour cent";
        }
        if (roll < 7) return m + "%";
        return m + (roll < 9 ? " percent" : " per cent");
    };
    if (p.qualifier == between) {
        return fr ? "entre " + mantissa(p.low_tenths, lang) + " et " + figure(p.high_tenths)
                  : "between " + mantissa(p.low_tenths, lang) + " and " + figure(p.high_tenths);
    }
    const auto words = qualifier_words(lang, p.qualifier);
    const std::int64_t v =
        p.qualifier == at_most || p.qualifier == less_than ? p.high_tenths : p.low_tenths;
    return join_words(words[rng.below(words.size())], figure(v));
}

std::string render_ratio(int ratio_tenths, Lang lang, Rng& rng) {
    const bool fr = lang == Lang::fr;
    const int roll = static_cast<int>(rng.below(4));
    if (ratio_tenths == 20 && roll == 0) return std::string(rng.pick(growth_words_2x()).in(lang));
    if (ratio_tenths % 10 == 0) {
        const std::int64_t n = ratio_tenths / 10;
        const NumberWords* w = words_for(n);
        if (roll == 1 && w) return std::string(fr ? w->fr : w->en) + (fr ? " fois" : " times");
        if (roll == 2) return (fr ? "multiplié par " : "multiplied by ") + std::to_string(n);
        return "x" + std::to_string(n);
    }
    return (roll < 2 ? "x" : (fr ? "multiplié par " : "multiplied by ")) +
           mantissa(ratio_tenths, lang);
}

std::string render_year(int year, Lang lang, Rng& rng) {
    if (rng.chance(500)) return std::to_string(year);
    return (lang == Lang::fr ? "en " : "in ") + std::to_string(year);
}

std::string render_place(const Place& place, Lang lang, Rng& rng) {
    const bool state = place.code.size() == 5 && place.code != "US-DC";
    const int roll = static_cast<int>(rng.below(10));
    if (lang == Lang::fr) {
        if (state && roll == 0) return "dans l'État de " + std::string(place.name_fr);
        const std::string prep(place.prep_fr);
        return prep.back() == '\'' ? prep + std::string(place.name_fr)
                                   : prep + " " + std::string(place.name_fr);
    }
    if (state && roll == 0) return std::string(place.postal);
    if (state && roll == 1) return "in the state of " + std::string(place.name_en);
    if (place.code == "US-DC" || place.code == "NL" || place.code == "AE" || place.code == "GB")
        return "in the " + std::string(place.name_en);
    return "in " + std::string(place.name_en);
}

}  // namespace factdb::bench
