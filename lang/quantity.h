// The shape every normalised quantity takes: money, counts and percentages are
// all a Range of exact decimals with a qualifier saying how precise it is.
//
// Invariants of a Range (checked by Range::valid and kept by every parser):
//   exact, approximately : low and high set and equal
//   at_least, more_than  : low set, high empty
//   at_most, less_than   : high set, low empty
//   between              : low and high set, low < high
//   undisclosed          : neither set
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factdb::lang {

// An exact decimal: value = mantissa * 10^exponent.  "1,25 milliard" is
// {125, 7}; keeping it exact is what lets 8 milliards be 8000000000 and not
// 7999999999.99.
struct Decimal {
    std::int64_t mantissa = 0;
    int exponent = 0;

    // The value as an integer; nullopt when it has a fractional part.
    // Throws NormalizeError when it does not fit in 64 bits.
    std::optional<std::int64_t> to_integer() const;
    double to_double() const;
    // Shortest exact decimal text: "8000000000", "12.5", "0.25".
    std::string to_string() const;

    friend bool operator==(const Decimal& a, const Decimal& b);  // by value: {10,0} == {1,1}
};

enum class Qualifier {
    exact,
    approximately,
    at_least,
    more_than,
    at_most,
    less_than,
    between,
    undisclosed
};

std::string_view to_string(Qualifier q);                       // "at_least"
std::optional<Qualifier> parse_qualifier(std::string_view s);  // inverse of to_string

struct Range {
    Qualifier qualifier = Qualifier::undisclosed;
    std::optional<Decimal> low;
    std::optional<Decimal> high;

    bool valid() const;  // the invariants above
};

}  // namespace factdb::lang
