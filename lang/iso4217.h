// The ISO 4217 currency codes, as Debian's iso-codes package lists them
// (generated at build time by cmake/iso4217.cmake from iso_4217.json): the
// codes that are real currencies, whether or not factdb reads them.  Used to
// tell "a real currency factdb does not read yet" (BRL) from "not a currency
// at all" (XYZ) in errors, and by a test that every currency factdb reads is
// a real one.
//
// Invariants: sorted by code, codes unique, three ASCII capitals each.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace factdb::lang {

struct IsoCurrency {
    std::string_view code;  // "BRL"
    std::string_view name;  // "Brazilian Real", as iso-codes spells it
};
std::span<const IsoCurrency> iso4217_currencies();

// The currency's name when code is an ISO 4217 code, else nullopt.
std::optional<std::string_view> iso4217_name(std::string_view code);

}  // namespace factdb::lang
