// Internal to lang/: the exact arithmetic the parsers need on
// Decimal.  Not part of the public contract (quantity.h is).
//
// Invariants: nothing here has undefined behaviour for any input (mantissas
// are handled through their unsigned magnitude, exponents are bounded before
// they are used as loop counts or string lengths), and every Decimal returned
// is canonical: the mantissa is not a multiple of 10, and zero is {0, 0}.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lang/quantity.h"

namespace factdb::lang {

// Exponents beyond this are rejected: no text or JSON number comes near it,
// and it keeps exponent sums far from INT_MAX.
inline constexpr int kMaxExponent = 100000;

Decimal canonical(Decimal d);

// The value int_digits.frac_digits (ASCII digits only, either may be empty).
// At most 18 significant digits fit a mantissa; beyond that throws
// NormalizeError "<noun> exceeds the 64-bit integer range".
Decimal decimal_from_digits(std::string_view int_digits, std::string_view frac_digits,
                            std::string_view noun);
// The same without the error: nullopt where decimal_from_digits throws (the
// span matchers read running text, where a number too big is no match).
std::optional<Decimal> digits_value(std::string_view int_digits, std::string_view frac_digits);

// d * 10^places.  Throws NormalizeError "<noun> exceeds the 64-bit integer
// range" when the exponent leaves [-kMaxExponent, kMaxExponent].
Decimal shift(Decimal d, int places, std::string_view noun);
// The same without the error: nullopt where shift throws.
std::optional<Decimal> shifted(Decimal d, int places);

// "<noun> exceeds the 64-bit integer range": the one spelling of that error.
std::string too_big_message(std::string_view noun);

// -1, 0, 1 as a <, ==, > b; exact for every pair.
int compare(const Decimal& a, const Decimal& b);

enum class Whole { yes, fraction, overflow };
// Whether d is an integer that fits int64 (stored in out when it is).
Whole whole_value(const Decimal& d, std::int64_t& out);

}  // namespace factdb::lang
