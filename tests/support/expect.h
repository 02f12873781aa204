// Helpers shared by the normaliser tests: ranges and errors compared as text,
// so a failing case prints the value it got next to the one it wanted.
#pragma once

#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "errors/error.h"
#include "lang/language.h"
#include "lang/quantity.h"

namespace factdb::lang::testing {

[[maybe_unused]] constexpr auto fr = factdb::Language::fr;
[[maybe_unused]] constexpr auto en = factdb::Language::en;
using Q = Qualifier;

inline std::string show(const std::optional<Decimal>& d) {
    return d ? d->to_string() : "-";
}

// low/high: the exact decimal text, or nullptr when the end must be empty.
inline void check_range(const Range& r, Qualifier q, const char* low, const char* high) {
    CHECK(to_string(r.qualifier) == to_string(q));
    CHECK(show(r.low) == (low ? low : "-"));
    CHECK(show(r.high) == (high ? high : "-"));
    CHECK(r.valid());
}

// The NormalizeError message f throws, or "<no error>".
template <class F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (const NormalizeError& e) {
        return e.what();
    }
    return "<no error>";
}

}  // namespace factdb::lang::testing
