// Decimal: exact decimals (mantissa * 10^exponent) and their arithmetic.
//
// Why exact: "8 milliards" must be stored as 8000000000, never as a double
// that prints 7999999999.99.  Text numbers become a digit string first, so the
// value is exact by construction; scale words only move the exponent.
//
// Invariants kept here:
//  * no undefined behaviour on any input: magnitudes are taken as uint64 (so
//    INT64_MIN is never negated), exponent loops are bounded first;
//  * a mantissa holds at most 18 significant digits from text, so any digit
//    string ("99999999999999999999", "1" followed by 400 zeros) either fits or
//    is rejected with "<noun> exceeds the 64-bit integer range";
//  * to_string() is the shortest exact decimal, never exponent notation:
//    {8,9} -> "8000000000", {125,-1} -> "12.5", {25,-2} -> "0.25".
#include <algorithm>
#include <charconv>
#include <limits>
#include <string>

#include "errors/error.h"
#include "lang/decimal_ops.h"

namespace factdb::lang {

namespace {

std::uint64_t magnitude(std::int64_t m) {
    return m < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
}

[[noreturn]] void too_big(std::string_view noun) {
    throw NormalizeError(too_big_message(noun));
}

}  // namespace

std::string too_big_message(std::string_view noun) {
    return std::string(noun) + " exceeds the 64-bit integer range";
}

Decimal canonical(Decimal d) {
    if (d.mantissa == 0) return {0, 0};
    while (d.mantissa % 10 == 0 && d.exponent < kMaxExponent) {
        d.mantissa /= 10;
        ++d.exponent;
    }
    return d;
}

std::optional<Decimal> digits_value(std::string_view int_digits, std::string_view frac_digits) {
    if (frac_digits.size() > static_cast<std::size_t>(kMaxExponent)) return std::nullopt;
    long exponent = -static_cast<long>(frac_digits.size());
    // The significant digits, found across both parts without joining them.
    const auto digit = [&](std::size_t i) {
        return i < int_digits.size() ? int_digits[i] : frac_digits[i - int_digits.size()];
    };
    const std::size_t size = int_digits.size() + frac_digits.size();
    std::size_t first = 0;
    while (first < size && digit(first) == '0') ++first;
    if (first == size) return Decimal{0, 0};
    std::size_t last = size - 1;
    while (digit(last) == '0') --last;
    exponent += static_cast<long>(size - 1 - last);
    if (last - first + 1 > 18 || exponent > kMaxExponent) return std::nullopt;

    Decimal d;
    for (std::size_t i = first; i <= last; ++i) d.mantissa = d.mantissa * 10 + (digit(i) - '0');
    d.exponent = static_cast<int>(exponent);
    return d;
}

Decimal decimal_from_digits(std::string_view int_digits, std::string_view frac_digits,
                            std::string_view noun) {
    if (const auto d = digits_value(int_digits, frac_digits)) return *d;
    too_big(noun);
}

std::optional<Decimal> shifted(Decimal d, int places) {
    d = canonical(d);
    if (d.mantissa == 0) return d;
    const long e = static_cast<long>(d.exponent) + places;
    if (e > kMaxExponent || e < -kMaxExponent) return std::nullopt;
    d.exponent = static_cast<int>(e);
    return d;
}

Decimal shift(Decimal d, int places, std::string_view noun) {
    if (const auto s = shifted(d, places)) return *s;
    too_big(noun);
}

int compare(const Decimal& x, const Decimal& y) {
    const Decimal a = canonical(x), b = canonical(y);
    const int sa = (a.mantissa > 0) - (a.mantissa < 0);
    const int sb = (b.mantissa > 0) - (b.mantissa < 0);
    if (sa != sb) return sa < sb ? -1 : 1;
    if (sa == 0) return 0;
    std::string da = std::to_string(magnitude(a.mantissa));
    std::string db = std::to_string(magnitude(b.mantissa));
    // Order of magnitude first, then the digits left-aligned.
    const long ma = static_cast<long>(da.size()) + a.exponent;
    const long mb = static_cast<long>(db.size()) + b.exponent;
    int r = 0;
    if (ma != mb) {
        r = ma < mb ? -1 : 1;
    } else {
        const auto n = std::max(da.size(), db.size());
        da.resize(n, '0');
        db.resize(n, '0');
        r = da.compare(db) < 0 ? -1 : (da == db ? 0 : 1);
    }
    return sa > 0 ? r : -r;
}

Whole whole_value(const Decimal& x, std::int64_t& out) {
    const Decimal d = canonical(x);
    if (d.mantissa == 0) {
        out = 0;
        return Whole::yes;
    }
    if (d.exponent < 0) return Whole::fraction;  // canonical: the last digit is not 0
    if (d.exponent > 18) return Whole::overflow;
    std::uint64_t mag = magnitude(d.mantissa);
    for (int i = 0; i < d.exponent; ++i) {
        if (mag > std::numeric_limits<std::uint64_t>::max() / 10) return Whole::overflow;
        mag *= 10;
    }
    const std::uint64_t limit =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (d.mantissa < 0) {
        if (mag > limit + 1) return Whole::overflow;
        out = mag == limit + 1 ? std::numeric_limits<std::int64_t>::min()
                               : -static_cast<std::int64_t>(mag);
    } else {
        if (mag > limit) return Whole::overflow;
        out = static_cast<std::int64_t>(mag);
    }
    return Whole::yes;
}

std::optional<std::int64_t> Decimal::to_integer() const {
    std::int64_t out = 0;
    switch (whole_value(*this, out)) {
        case Whole::yes:
            return out;
        case Whole::fraction:
            return std::nullopt;
        case Whole::overflow:
            break;
    }
    too_big("number");
}

std::string Decimal::to_string() const {
    const Decimal d = canonical(*this);
    if (d.exponent > kMaxExponent || d.exponent < -kMaxExponent) too_big("number");
    std::string digits = std::to_string(magnitude(d.mantissa));
    std::string out = d.mantissa < 0 ? "-" : "";
    if (d.exponent >= 0) {
        out += digits;
        if (d.mantissa != 0) out.append(static_cast<std::size_t>(d.exponent), '0');
        return out;
    }
    const auto places = static_cast<std::size_t>(-d.exponent);
    if (digits.size() <= places) {
        out += "0.";
        out.append(places - digits.size(), '0');
        out += digits;
    } else {
        out += digits.substr(0, digits.size() - places);
        out += '.';
        out += digits.substr(digits.size() - places);
    }
    return out;
}

double Decimal::to_double() const {
    // Going through the exact text gives the correctly rounded double.
    const std::string s = to_string();
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    (void)ptr;
    if (ec == std::errc::result_out_of_range) {
        return mantissa < 0 ? -std::numeric_limits<double>::infinity()
                            : (exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0);
    }
    return v;
}

bool operator==(const Decimal& a, const Decimal& b) {
    return compare(a, b) == 0;
}

}  // namespace factdb::lang
