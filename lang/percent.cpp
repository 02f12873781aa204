// parse_percent: percentages 0..100, exact decimals ("2,5 %" = 2.5).
//
// The shared grammar (grammar.cpp) with the percent sign as unit: "%" or the
// words fr "pour cent", en "percent"/"per cent", after the figure; in a range
// one sign serves both ends ("entre 20 et 30 %").  Errors: "no percent sign",
// "percentage over 100", "percentage is negative".  Undisclosed is accepted.
#include "lang/percent.h"

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"
#include "lang/lexicon.h"
#include "lang/percent_internal.h"

namespace factdb::lang {

Range parse_percent_tokens(TokenSpan tokens, Language language) {
    const UnitRules rules{
        "percentage",
        [language](TokenSpan t, std::size_t pos, bool before, std::string& unit) -> std::size_t {
            if (before) return 0;
            const auto m = percent_signs().longest(t, pos, language);
            if (!m) return 0;
            unit = "%";
            return m->length;
        },
        false};
    const Quantity q = parse_quantity(tokens, language, rules);
    if (q.range.qualifier == Qualifier::undisclosed) return q.range;
    if (q.unit.empty()) throw NormalizeError("no percent sign");
    static const Decimal hundred{1, 2};
    for (const auto& end : {q.range.low, q.range.high}) {
        if (!end) continue;
        if (compare(*end, hundred) > 0) throw NormalizeError("percentage over 100");
        if (compare(*end, {}) < 0) throw NormalizeError("percentage is negative");
    }
    return q.range;
}

Range parse_percent(std::string_view text, Language language) {
    return parse_percent_tokens(tokenize(text, language), language);
}

}  // namespace factdb::lang
