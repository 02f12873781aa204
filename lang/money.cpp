// parse_money: amounts of money in whole units of an ISO 4217 currency.
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
//    non divulgué en dollars" -> USD), else it is "".
#include "lang/money.h"

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"
#include "lang/lexicon.h"

namespace factdb::lang {

namespace {

std::size_t read_currency(TokenSpan t, std::size_t pos, bool before, Language language,
                          std::string& unit) {
    if (before) {
        const auto m = currencies().longest(t, pos, language);
        if (!m || !m->value.before) return 0;
        unit = m->value.code;
        return m->length;
    }
    std::size_t q = pos;
    const bool de = q < t.size() && t[q].is("de");
    if (de) ++q;
    if (const auto m = currencies().longest(t, q, language)) {
        unit = m->value.code;
        return q + m->length - pos;
    }
    if (q < t.size() && t[q].kind == Token::Kind::word &&
        (de || !starts_structure(t, q, language))) {
        std::size_t end = q;
        while (end < t.size() && t[end].kind == Token::Kind::word &&
               !starts_structure(t, end, language))
            ++end;
        if (end == q) end = q + 1;
        throw NormalizeError("unrecognised currency '" + std::string(raw_between(t, q, end)) + "'");
    }
    return 0;
}

std::int64_t whole_units(const Decimal& d) {
    std::int64_t out = 0;
    switch (whole_value(d, out)) {
        case Whole::yes:
            break;
        case Whole::fraction:
            throw NormalizeError("amount is not a whole number of currency units");
        case Whole::overflow:
            throw NormalizeError("amount exceeds the 64-bit integer range");
    }
    if (out < 0) throw NormalizeError("amount is negative");
    return out;
}

}  // namespace

Money parse_money(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    const UnitRules rules{"amount",
                          [language](TokenSpan t, std::size_t pos, bool before, std::string& unit) {
                              return read_currency(t, pos, before, language, unit);
                          },
                          false};
    Quantity q = parse_quantity(tokens, language, rules);
    Money money{q.range, q.unit};
    if (money.range.qualifier == Qualifier::undisclosed) {
        for (std::size_t i = 0; i < tokens.size() && money.currency.empty(); ++i)
            if (const auto m = currencies().longest(tokens, i, language))
                money.currency = m->value.code;
        return money;
    }
    if (money.currency.empty()) throw NormalizeError("no currency in amount");
    if (money.range.low) whole_units(*money.range.low);
    if (money.range.high) whole_units(*money.range.high);
    return money;
}

}  // namespace factdb::lang
