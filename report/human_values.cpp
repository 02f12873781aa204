// Human forms of stored ranges (see human_values.h).  The words are tables:
// qualifier prefixes per language, currency signs per language, scales per
// unit and language; the functions only pick from them.
#include "report/human_values.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace factdb::report {
namespace {

constexpr const char* kNbsp = "\u00a0";         // between a number and its scale or unit
constexpr const char* kNarrowNbsp = "\u202f";   // French thousands separator

struct QualifierWords {
    std::string_view qualifier;
    std::string_view en;  // prefix before the number
    std::string_view fr;
};

// exact and between have no prefix; between is written "X–Y" (en) and
// "entre X et Y" (fr) by human_range itself.
constexpr std::array<QualifierWords, 5> kQualifierPrefix{{
    {"approximately", "\u2248 ", "environ "},
    {"more_than", "> ", "plus de "},
    {"at_least", "\u2265 ", "au moins "},
    {"less_than", "< ", "moins de "},
    {"at_most", "\u2264 ", "au plus "},
}};

constexpr std::string_view kUndisclosedEn = "undisclosed";
constexpr std::string_view kUndisclosedFr = "non divulgu\u00e9";

// How a currency is written.  en: a sign before the number ("US$8 bn"); fr:
// after the scale, glued to it ("8 Md$").  A currency not listed is written
// by its code: "CHF 2 bn", "2 Md CHF".
struct CurrencySign {
    std::string_view code;
    std::string_view en_prefix;
    std::string_view fr_suffix;
};
constexpr std::array<CurrencySign, 8> kCurrencySigns{{
    {"USD", "US$", "$"},
    {"EUR", "\u20ac", "\u20ac"},
    {"GBP", "\u00a3", "\u00a3"},
    {"JPY", "\u00a5", "\u00a5"},
    {"CNY", "CN\u00a5", "CN\u00a5"},
    {"CAD", "C$", "$\u00a0CA"},
    {"AUD", "A$", "$\u00a0AU"},
    {"INR", "\u20b9", "\u20b9"},
}};

struct Scale {
    double size;
    std::string_view en;
    std::string_view fr;
};
// Money: English press scales; French "M" (million) and "Md" (milliard),
// and no French word above the milliard ("3 500 Md$", as Les Echos writes).
constexpr std::array<Scale, 3> kMoneyScalesEn{{{1e12, "tn", ""}, {1e9, "bn", ""}, {1e6, "m", ""}}};
constexpr std::array<Scale, 2> kMoneyScalesFr{{{1e9, "", "Md"}, {1e6, "", "M"}}};

std::string group_digits(const std::string& digits, std::string_view separator) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

// v with at most kScaledDigits decimals (trailing zeros dropped), the
// language's decimal mark and thousands separators.
std::string plain_number(double v, ReportLanguage language) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", kScaledDigits, std::fabs(v));
    std::string s = buf;
    std::string decimals;
    if (const auto dot = s.find('.'); dot != std::string::npos) {
        decimals = s.substr(dot + 1);
        s.resize(dot);
        while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
    }
    const bool fr = language == ReportLanguage::fr;
    std::string out = (v < 0 ? "-" : "") + group_digits(s, fr ? kNarrowNbsp : ",");
    if (!decimals.empty()) out += (fr ? "," : ".") + decimals;
    return out;
}

const CurrencySign* find_sign(std::string_view currency) {
    for (const auto& c : kCurrencySigns) {
        if (c.code == currency) return &c;
    }
    return nullptr;
}

// The numbers and the words around them, for one unit and language: the
// scale divides every bound, prefix/suffix wrap the whole ("US$" … " bn").
struct Frame {
    double scale = 1;
    std::string prefix;
    std::string suffix;
};

Frame money_frame(double largest, std::string_view currency, ReportLanguage language) {
    Frame f;
    const bool fr = language == ReportLanguage::fr;
    std::string_view scale_word;
    if (fr) {
        for (const auto& s : kMoneyScalesFr) {
            if (largest >= s.size) {
                f.scale = s.size;
                scale_word = s.fr;
                break;
            }
        }
    } else {
        for (const auto& s : kMoneyScalesEn) {
            if (largest >= s.size) {
                f.scale = s.size;
                scale_word = s.en;
                break;
            }
        }
    }
    const CurrencySign* sign = find_sign(currency);
    if (!fr) {
        if (sign != nullptr)
            f.prefix = std::string(sign->en_prefix);
        else if (!currency.empty())
            f.prefix = std::string(currency) + kNbsp;
        if (!scale_word.empty()) f.suffix = kNbsp + std::string(scale_word);
    } else {
        std::string unit = std::string(scale_word);
        if (sign != nullptr)
            unit += sign->fr_suffix;
        else if (!currency.empty())
            unit += (unit.empty() ? "" : kNbsp) + std::string(currency);
        if (!unit.empty()) f.suffix = kNbsp + unit;
    }
    return f;
}

Frame unit_frame(RangeUnit unit, double largest, std::string_view currency,
                 ReportLanguage language) {
    switch (unit) {
        case RangeUnit::money:
            return money_frame(largest, currency, language);
        case RangeUnit::percent:
            return {1, "", language == ReportLanguage::fr ? std::string(kNbsp) + "%" : "%"};
        case RangeUnit::megawatts:
            if (largest >= 1000) return {1000, "", std::string(kNbsp) + "GW"};
            return {1, "", std::string(kNbsp) + "MW"};
        case RangeUnit::count:
            return {};
    }
    return {};
}

std::string_view prefix_of(std::string_view qualifier, ReportLanguage language) {
    for (const auto& q : kQualifierPrefix) {
        if (q.qualifier == qualifier) return language == ReportLanguage::fr ? q.fr : q.en;
    }
    return {};
}

// Bounds that the qualifier's CHECK in the schema allows.
bool consistent(const StoredRange& r) {
    const std::string& q = r.qualifier;
    if (q == "exact" || q == "approximately") return r.low.has_value();
    if (q == "at_least" || q == "more_than") return r.low.has_value();
    if (q == "at_most" || q == "less_than") return r.high.has_value();
    if (q == "between") return r.low.has_value() && r.high.has_value();
    return false;
}

std::string raw_digits(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

}  // namespace

std::optional<ReportLanguage> parse_report_language(std::string_view code) {
    if (code == "en") return ReportLanguage::en;
    if (code == "fr") return ReportLanguage::fr;
    return std::nullopt;
}

std::string human_integer(std::int64_t value, ReportLanguage language) {
    const std::string digits =
        value < 0 ? std::to_string(value).substr(1) : std::to_string(value);
    return (value < 0 ? "-" : "") +
           group_digits(digits, language == ReportLanguage::fr ? kNarrowNbsp : ",");
}

std::string human_range(const StoredRange& r, RangeUnit unit, std::string_view currency,
                        ReportLanguage language) {
    const bool fr = language == ReportLanguage::fr;
    if (r.qualifier == "undisclosed" && !r.low && !r.high)
        return std::string(fr ? kUndisclosedFr : kUndisclosedEn);
    if (!consistent(r)) {
        // Not a stored shape: say exactly what is there rather than guess.
        return r.qualifier + " " + (r.low ? raw_digits(*r.low) : "NULL") + ".." +
               (r.high ? raw_digits(*r.high) : "NULL");
    }
    const double largest = std::max(r.low ? std::fabs(*r.low) : 0.0, r.high ? std::fabs(*r.high) : 0.0);
    const Frame f = unit_frame(unit, largest, currency, language);
    auto n = [&](double v) { return plain_number(v / f.scale, language); };
    if (r.qualifier == "between") {
        if (fr) return "entre " + f.prefix + n(*r.low) + " et " + n(*r.high) + f.suffix;
        return f.prefix + n(*r.low) + "\u2013" + n(*r.high) + f.suffix;
    }
    const double v = r.low ? *r.low : *r.high;
    return std::string(prefix_of(r.qualifier, language)) + f.prefix + n(v) + f.suffix;
}

}  // namespace factdb::report
