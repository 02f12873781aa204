// Quantities given as JSON objects by producers that already normalised them.
//
// Rules:
//  * the value must be an object ("expected a JSON object") whose keys are
//    among low, high, qualifier, currency ("unknown key 'lowe' (nearest:
//    'low'); the keys are low, high, qualifier, currency ...");
//  * qualifier is required ("missing key 'qualifier'"), a string
//    ("qualifier: expected a string") naming a Qualifier
//    ("qualifier: unknown value 'roughly'; give one of exact, ...": every
//    "unknown" lists the accepted values and the nearest ones, issue 12);
//  * low/high: null or absent = not given.  Counts take JSON integers only
//    ("low: expected an integer"); money takes JSON integers or a decimal
//    string for a fraction of a unit ("4.99": exact, where a JSON 4.99 is a
//    binary float; "low: expected an integer or a decimal string such as
//    \"4.99\""), with at most its currency's minor-unit decimals
//    (money.h, amount_problem); all non-negative
//    ("low: is negative") and within int64 ("low: exceeds the 64-bit integer
//    range").  Percentages take any JSON number or a numeric string
//    ("12.5"), 0..100 ("low: percentage over 100"); a double becomes the
//    Decimal of its shortest round-trip text, so 12.5 is {125, -1}, exactly;
//  * currency: money only ("currency: only money has a currency"); required
//    unless undisclosed ("missing key 'currency'"); three upper-case ASCII
//    letters ("currency: expected an ISO 4217 code, got 'usd'") that the
//    lexicon knows ("currency: unrecognised currency 'XYZ': factdb reads
//    ..."; a real ISO 4217 code factdb does not read yet, such as BRL, is
//    said to be one: lang/iso4217.h);
//  * the Range invariants of quantity.h: "qualifier exact takes low and high",
//    "qualifier exact needs low == high", "qualifier at_least takes low only",
//    "qualifier at_most takes high only", "qualifier between takes low and
//    high", "between needs low < high", "qualifier undisclosed takes neither
//    low nor high".
#include "lang/structured.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <span>
#include <vector>

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/lexicon.h"
#include "lang/nearest.h"

namespace factdb::lang {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 4> kKeys{"low", "high", "qualifier", "currency"};

[[noreturn]] void fail(std::string_view key, std::string_view reason) {
    throw NormalizeError(std::string(key) + ": " + std::string(reason));
}

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// "[-]digits[.digits][e[+-]digits]" -> Decimal; nullopt when not that shape.
std::optional<Decimal> plain_decimal(std::string_view s, std::string_view key) {
    bool negative = false;
    if (!s.empty() && s[0] == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    int exponent = 0;
    if (const auto e = s.find_first_of("eE"); e != std::string_view::npos) {
        std::string_view exp = s.substr(e + 1);
        s = s.substr(0, e);
        if (!exp.empty() && exp[0] == '+') exp.remove_prefix(1);
        const auto [ptr, ec] = std::from_chars(exp.data(), exp.data() + exp.size(), exponent);
        if (ec != std::errc() || ptr != exp.data() + exp.size() || exponent > kMaxExponent ||
            exponent < -kMaxExponent)
            return std::nullopt;
    }
    const auto dot = s.find('.');
    const std::string_view int_part = s.substr(0, dot);
    const std::string_view frac_part =
        dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (!all_digits(int_part) || (dot != std::string_view::npos && !all_digits(frac_part)))
        return std::nullopt;
    Decimal d = shift(decimal_from_digits(int_part, frac_part, key), exponent, key);
    if (negative) d.mantissa = -d.mantissa;
    return d;
}

std::optional<Decimal> bound(const json& object, std::string_view key, Kind kind) {
    const auto it = object.find(std::string(key));
    if (it == object.end() || it->is_null()) return std::nullopt;
    const json& v = *it;
    Decimal d;
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            fail(key, "exceeds the 64-bit integer range");
        d = canonical({static_cast<std::int64_t>(u), 0});
    } else if (v.is_number_integer()) {
        d = canonical({v.get<std::int64_t>(), 0});
    } else if (kind == Kind::money && v.is_string()) {
        // A fractional amount is a numeric string ("4.99"): exact, where a
        // JSON number with a fraction is a binary float.
        const auto parsed = plain_decimal(v.get_ref<const std::string&>(), key);
        if (!parsed) fail(key, "expected an integer or a decimal string such as \"4.99\"");
        d = *parsed;
    } else if (kind == Kind::money) {
        fail(key, "expected an integer or a decimal string such as \"4.99\"");
    } else if (kind != Kind::percent) {
        fail(key, "expected an integer");
    } else if (v.is_number_float()) {
        const double x = v.get<double>();
        if (!std::isfinite(x)) fail(key, "expected a number");
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
        d = *plain_decimal(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)), key);
    } else if (v.is_string()) {
        const auto parsed = plain_decimal(v.get_ref<const std::string&>(), key);
        if (!parsed) fail(key, "expected a number");
        d = *parsed;
    } else {
        fail(key, "expected a number");
    }
    if (compare(d, {}) < 0) fail(key, "is negative");
    if (kind == Kind::percent && compare(d, {1, 2}) > 0) fail(key, "percentage over 100");
    return d;
}

void check_range(const Range& r) {
    const std::string q(to_string(r.qualifier));
    switch (r.qualifier) {
        case Qualifier::exact:
        case Qualifier::approximately:
            if (!r.low || !r.high) throw NormalizeError("qualifier " + q + " takes low and high");
            if (!(*r.low == *r.high)) throw NormalizeError("qualifier " + q + " needs low == high");
            return;
        case Qualifier::at_least:
        case Qualifier::more_than:
            if (!r.low || r.high) throw NormalizeError("qualifier " + q + " takes low only");
            return;
        case Qualifier::at_most:
        case Qualifier::less_than:
            if (r.low || !r.high) throw NormalizeError("qualifier " + q + " takes high only");
            return;
        case Qualifier::between:
            if (!r.low || !r.high) throw NormalizeError("qualifier " + q + " takes low and high");
            if (compare(*r.low, *r.high) >= 0) throw NormalizeError("between needs low < high");
            return;
        case Qualifier::undisclosed:
            if (r.low || r.high)
                throw NormalizeError("qualifier undisclosed takes neither low nor high");
            return;
    }
}

// Validates the currency key for money; "" when absent.
std::string currency_of(const json& object, Kind kind, Qualifier qualifier) {
    const auto it = object.find("currency");
    if (it == object.end()) {
        if (kind == Kind::money && qualifier != Qualifier::undisclosed)
            throw NormalizeError("missing key 'currency'");
        return {};
    }
    if (kind != Kind::money) fail("currency", "only money has a currency");
    if (!it->is_string()) fail("currency", "expected a string");
    const std::string& code = it->get_ref<const std::string&>();
    const bool shaped = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) {
                            return c >= 'A' && c <= 'Z';
                        });
    if (!shaped) fail("currency", "expected an ISO 4217 code, got '" + code + "'");
    if (!known_currency_code(code)) fail("currency", unrecognised_currency(code));
    return code;
}

// " (nearest: 'low')" when a word of the vocabulary is near text, else "".
std::string nearest_of(std::string_view text, std::span<const std::string_view> words) {
    const std::string near = nearest_words(text, words);
    return near.empty() ? "" : " (nearest: " + near + ")";
}

Money parse(const json& object, Kind kind) {
    if (!object.is_object()) throw NormalizeError("expected a JSON object");
    for (const auto& item : object.items())
        if (std::find(kKeys.begin(), kKeys.end(), item.key()) == kKeys.end())
            throw NormalizeError("unknown key '" + item.key() + "'" + nearest_of(item.key(), kKeys) +
                                 "; the keys are " + listed(kKeys) +
                                 " (docs/NORMALISATION.md 6): rename the key or remove it");
    const auto q = object.find("qualifier");
    if (q == object.end()) throw NormalizeError("missing key 'qualifier'");
    if (!q->is_string()) fail("qualifier", "expected a string");
    const std::string& name = q->get_ref<const std::string&>();
    const auto qualifier = parse_qualifier(name);
    if (!qualifier) {
        // Every qualifier, in enum order (quantity.h spells them).
        std::vector<std::string_view> names;
        for (int i = 0; i <= static_cast<int>(Qualifier::undisclosed); ++i)
            names.push_back(to_string(static_cast<Qualifier>(i)));
        fail("qualifier", "unknown value '" + name + "'" + nearest_of(name, names) +
                              "; give one of " + listed(names));
    }

    Money money;
    money.range.qualifier = *qualifier;
    money.range.low = bound(object, "low", kind);
    money.range.high = bound(object, "high", kind);
    check_range(money.range);
    money.currency = currency_of(object, kind, *qualifier);
    if (kind == Kind::money && money.range.qualifier != Qualifier::undisclosed)
        if (const std::string problem = amount_problem(money); !problem.empty())
            throw NormalizeError(problem);
    return money;
}

}  // namespace

Range range_from_json(const json& object, Kind kind) {
    return parse(object, kind).range;
}

Money money_from_json(const json& object) {
    return parse(object, Kind::money);
}

}  // namespace factdb::lang
