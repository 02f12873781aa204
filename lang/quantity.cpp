// Qualifier names and the Range invariants of quantity.h.
//
// The names are the codes stored in the database, so the table below is the
// single place they are spelled; parse_qualifier is its exact inverse (no
// case folding: these are codes, not prose).
#include <array>

#include "lang/decimal_ops.h"
#include "lang/quantity.h"

namespace factdb::lang {

namespace {

struct QualifierName {
    Qualifier qualifier;
    std::string_view name;
};

constexpr std::array<QualifierName, 8> kQualifierNames{{
    {Qualifier::exact, "exact"},
    {Qualifier::approximately, "approximately"},
    {Qualifier::at_least, "at_least"},
    {Qualifier::more_than, "more_than"},
    {Qualifier::at_most, "at_most"},
    {Qualifier::less_than, "less_than"},
    {Qualifier::between, "between"},
    {Qualifier::undisclosed, "undisclosed"},
}};

}  // namespace

std::string_view to_string(Qualifier q) {
    for (const auto& row : kQualifierNames)
        if (row.qualifier == q) return row.name;
    return "undisclosed";  // unreachable for valid enumerators
}

std::optional<Qualifier> parse_qualifier(std::string_view s) {
    for (const auto& row : kQualifierNames)
        if (row.name == s) return row.qualifier;
    return std::nullopt;
}

bool Range::valid() const {
    switch (qualifier) {
        case Qualifier::exact:
        case Qualifier::approximately:
            return low && high && *low == *high;
        case Qualifier::at_least:
        case Qualifier::more_than:
            return low && !high;
        case Qualifier::at_most:
        case Qualifier::less_than:
            return !low && high;
        case Qualifier::between:
            return low && high && compare(*low, *high) < 0;
        case Qualifier::undisclosed:
            return !low && !high;
    }
    return false;
}

}  // namespace factdb::lang
