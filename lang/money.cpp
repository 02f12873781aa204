// parse_money and match_money: amounts of money in whole units of an ISO
// 4217 currency, as a whole field and in running text.
//
// Rules (the grammar is grammar.cpp's, the words lexicon.cpp's):
//  * the currency is a symbol or code before the figure ("$1.25bn", "USD 5bn",
//    "€500m") or a symbol, code or name after it, optionally after "de"/"d'"
//    ("8 Md$", "8 milliards de dollars", "500 millions d'euros"); a bare
//    dollar is USD;
//  * no currency anywhere: "no currency in amount"; a word where the currency
//    should be: "unrecognised currency 'florins'";
//  * each end must be a whole number of units within int64:
//    "amount is not a whole number of currency units",
//    "amount exceeds the 64-bit integer range"; "-5 $": "amount is negative";
//  * undisclosed ("un montant non divulgué", "undisclosed"): qualifier
//    undisclosed; the currency is kept when the text names one ("un montant
//    non divulgué en dollars" -> USD), else it is "";
//  * plausibility (implausible_amount, a separate step the loader applies):
//    each end at most its currency's bound, 10^15 units for USD (the table
//    below; why these values: docs/NORMALISATION.md);
//  * running text (match_money): the same reading of the same grammar, with
//    every one of those reasons meaning "no amount here"; a word where the
//    currency should be ends the amount before it ("$3bn in Anthropic").
#include "lang/money.h"

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"
#include "lang/lexicon.h"

namespace factdb::lang {

namespace {

// The most words an "unrecognised currency" refusal quotes.
constexpr std::size_t kNamedWords = 8;

UnitRead read_currency(TokenSpan t, std::size_t pos, bool before, Language language) {
    UnitRead read;
    if (before) {
        const auto m = currencies().longest(t, pos, language);
        if (!m || !m->value.before) return read;
        read.unit = m->value.code;
        read.length = m->length;
        return read;
    }
    std::size_t q = pos;
    const bool de = q < t.size() && t[q].is("de");
    if (de) ++q;
    if (const auto m = currencies().longest(t, q, language)) {
        read.unit = m->value.code;
        read.length = q + m->length - pos;
        return read;
    }
    if (q < t.size() && t[q].kind == Token::Kind::word &&
        (de || !starts_structure(t, q, language))) {
        // The refusal names the words up to the next structure word, at
        // most kNamedWords of them: a currency is a few words, and a long
        // run read here from every position of a text was quadratic.
        const auto named = [&](std::size_t i) {
            return i < t.size() && t[i].kind == Token::Kind::word && !starts_structure(t, i, language);
        };
        std::size_t end = q;
        while (end - q < kNamedWords && named(end)) ++end;
        if (end == q) end = q + 1;
        read.refusal = "unrecognised currency '" + std::string(raw_between(t, q, end)) +
                       (named(end) ? " ...'" : "'");
    }
    return read;
}

constexpr UnitRules kMoneyRules{"amount", read_currency, false};

// Why a reading is not an amount of money ("" when it is one): each end a
// whole number of units within int64, not negative.
std::string_view units_problem(const Decimal& d) {
    std::int64_t out = 0;
    switch (whole_value(d, out)) {
        case Whole::yes:
            break;
        case Whole::fraction:
            return "amount is not a whole number of currency units";
        case Whole::overflow:
            return "amount exceeds the 64-bit integer range";
    }
    if (out < 0) return "amount is negative";
    return {};
}

std::string_view money_problem(const Money& money) {
    if (money.currency.empty()) return "no currency in amount";
    for (const auto& end : {money.range.low, money.range.high})
        if (end)
            if (const auto problem = units_problem(*end); !problem.empty()) return problem;
    return {};
}

// Powers of ten: each bound is at least 10^15 USD's worth at any exchange
// rate of the last decades (1 USD ~ 7 CNY, ~ 80-160 JPY), and at most 10^17
// units, so that summing them cannot overflow before 10^9 rows (see the
// proof in docs/NORMALISATION.md).
constexpr CurrencyBound kCurrencyBounds[] = {
    {"USD", 15}, {"CAD", 15}, {"EUR", 15}, {"GBP", 15}, {"JPY", 17}, {"CNY", 16}, {"CHF", 15},
};

}  // namespace

std::int64_t CurrencyBound::max_units() const {
    std::int64_t units = 1;
    for (int i = 0; i < max_power; ++i) units *= 10;
    return units;
}

std::span<const CurrencyBound> currency_bounds() {
    return kCurrencyBounds;
}

std::string implausible_amount(const Money& money) {
    if (money.range.qualifier == Qualifier::undisclosed) return {};
    for (const CurrencyBound& bound : kCurrencyBounds) {
        if (bound.code != money.currency) continue;
        for (const auto& end : {money.range.low, money.range.high}) {
            std::int64_t units = 0;
            if (end && whole_value(*end, units) == Whole::yes && units > bound.max_units())
                return "amount exceeds the plausible maximum of 10^" +
                       std::to_string(bound.max_power) + " " + std::string(bound.code) +
                       " (a plausibility bound)";
        }
        return {};
    }
    return {};
}

Money parse_money(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    Quantity q = parse_quantity(tokens, language, kMoneyRules);
    Money money{q.range, q.unit};
    if (money.range.qualifier == Qualifier::undisclosed) {
        for (std::size_t i = 0; i < tokens.size() && money.currency.empty(); ++i)
            if (const auto m = currencies().longest(tokens, i, language))
                money.currency = m->value.code;
        return money;
    }
    if (const auto problem = money_problem(money); !problem.empty())
        throw NormalizeError(std::string(problem));
    return money;
}

std::optional<MoneyMatch> match_money(TokenSpan tokens, std::size_t position, Language language) {
    QuantityRead read = read_quantity(tokens, position, language, kMoneyRules);
    if (!read.quantity) return std::nullopt;
    Money money{read.quantity->range, std::move(read.quantity->unit)};
    if (!money_problem(money).empty()) return std::nullopt;
    if (!stands_alone(tokens, position, read.end, language)) return std::nullopt;
    return MoneyMatch{position, read.end, raw_between(tokens, position, read.end),
                      std::move(money)};
}

}  // namespace factdb::lang
