// Text forms of ranges (see range_format.h).  The words of the display form
// are a table indexed by qualifier, mirroring the qualifier vocabulary.
#include "lang/range_format.h"

#include <array>

namespace factdb {
namespace {

using lang::Qualifier;

struct Words {
    Qualifier qualifier;
    const char* prefix;
};
constexpr std::array<Words, 7> kPrefix = {{{Qualifier::exact, ""},
                                           {Qualifier::approximately, "about "},
                                           {Qualifier::at_least, "at least "},
                                           {Qualifier::more_than, "more than "},
                                           {Qualifier::at_most, "at most "},
                                           {Qualifier::less_than, "less than "},
                                           {Qualifier::between, "between "}}};

std::string value(const std::optional<lang::Decimal>& d) {
    return d ? d->to_string() : std::string();
}

}  // namespace

std::string canonical_range(const lang::Range& range) {
    return std::string(lang::to_string(range.qualifier)) + ":" + value(range.low) + ":" +
           value(range.high);
}

std::string display_range(const lang::Range& range, const std::string& unit) {
    if (range.qualifier == Qualifier::undisclosed) return {};
    std::string prefix;
    for (const auto& w : kPrefix) {
        if (w.qualifier == range.qualifier) prefix = w.prefix;
    }
    if (range.qualifier == Qualifier::between) {
        return prefix + value(range.low) + unit + " and " + value(range.high) + unit;
    }
    return prefix + value(range.low ? range.low : range.high) + unit;
}

}  // namespace factdb
