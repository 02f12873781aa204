// iso4217_name: a binary search of the generated table (iso4217_codes.cpp,
// written by cmake/iso4217.cmake from Debian's iso-codes, sorted by code).
#include <algorithm>

#include "lang/iso4217.h"

namespace factdb::lang {

std::optional<std::string_view> iso4217_name(std::string_view code) {
    const auto table = iso4217_currencies();
    const auto it = std::lower_bound(table.begin(), table.end(), code,
                                     [](const IsoCurrency& c, std::string_view k) { return c.code < k; });
    if (it == table.end() || it->code != code) return std::nullopt;
    return it->name;
}

}  // namespace factdb::lang
