// parse_percent and match_percent: percentages 0..100, exact decimals
// ("2,5 %" = 2.5), as a whole field and in running text.
//
// The shared grammar (grammar.cpp) with the percent sign as unit: "%" or the
// words fr "pour cent", en "percent"/"per cent", after the figure; in a range
// one sign serves both ends ("entre 20 et 30 %").  Errors: "no percent sign",
// "percentage over 100", "percentage is negative".  Undisclosed is accepted
// in a whole field.  match_percent reads the same and has no match wherever
// the whole field has an error.
#include "lang/percent.h"

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"
#include "lang/lexicon.h"
#include "lang/percent_internal.h"

namespace factdb::lang {

namespace {

UnitRead read_percent_sign(TokenSpan t, std::size_t pos, bool before, Language language) {
    UnitRead read;
    if (before) return read;
    const auto m = percent_signs().longest(t, pos, language);
    if (!m) return read;
    read.unit = "%";
    read.length = m->length;
    return read;
}

constexpr UnitRules kPercentRules{"percentage", read_percent_sign, false};

// Why q is not a percentage ("" when it is one).
std::string_view percent_problem(const Quantity& q) {
    if (q.unit.empty()) return "no percent sign";
    static const Decimal hundred{1, 2};
    for (const auto& end : {q.range.low, q.range.high}) {
        if (!end) continue;
        if (compare(*end, hundred) > 0) return "percentage over 100";
        if (compare(*end, {}) < 0) return "percentage is negative";
    }
    return {};
}

}  // namespace

Range parse_percent_tokens(TokenSpan tokens, Language language) {
    const Quantity q = parse_quantity(tokens, language, kPercentRules);
    if (q.range.qualifier == Qualifier::undisclosed) return q.range;
    if (const auto problem = percent_problem(q); !problem.empty())
        throw NormalizeError(std::string(problem));
    return q.range;
}

Range parse_percent(std::string_view text, Language language) {
    return parse_percent_tokens(tokenize(text, language), language);
}

std::optional<PercentMatch> match_percent(TokenSpan tokens, std::size_t position,
                                          Language language) {
    const QuantityRead read = read_quantity(tokens, position, language, kPercentRules);
    if (!read.quantity || !percent_problem(*read.quantity).empty()) return std::nullopt;
    if (!stands_alone(tokens, position, read.end, language)) return std::nullopt;
    return PercentMatch{position, read.end, raw_between(tokens, position, read.end),
                        read.quantity->range};
}

}  // namespace factdb::lang
