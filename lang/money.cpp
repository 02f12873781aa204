// parse_money and match_money: amounts of money in units of an ISO 4217
// currency, exactly, as a whole field and in running text.
//
// Rules (the grammar is grammar.cpp's, the words lexicon.cpp's):
//  * the currency is a symbol or code before the figure ("$1.25bn", "USD 5bn",
//    "€500m", "US$5bn", "HK$ 3bn", "stg 500 mln") or a symbol, code or name
//    after it, optionally after "de"/"d'" ("8 Md$", "5bn$", "5 billion USD",
//    "8 milliards de dollars", "500 mln dlrs", "3 milliards de dollars
//    canadiens"); a bare dollar is USD; a scale glued to a code is one token
//    ("5 MUSD", "3 bnEUR": lexicon's compact_money);
//  * a minor part after the currency: "7 dollars and 20 cents", "douze euros
//    et dix centimes" (a figure or number words, then a minor unit name,
//    below 10^minor_unit), or implied by a figure of exactly minor_unit
//    digits at the end of the amount ("9 dollars 99", "9 € 99", "9€99");
//  * no currency anywhere: "no currency in amount"; a word where the currency
//    should be: "unrecognised currency 'florins': <the accepted currencies and
//    how to fix it>"; a real ISO code factdb does not read (BRL) is said to
//    be one; an ambiguous name ("francs", "couronnes") or a minor unit alone
//    ("cents") is refused with how to say it;
//  * each end is exact: at most the currency's minor-unit decimals ("$4.99";
//    "$0.0004" is refused naming USD's cents, never rounded; JPY and KRW take
//    none), whole units within int64 ("amount exceeds the 64-bit integer
//    range"); "-5 $": "amount is negative";
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

#include <algorithm>
#include <limits>

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"
#include "lang/iso4217.h"
#include "lang/lexicon.h"
#include "lang/numbers.h"

namespace factdb::lang {

namespace {

// Sorted by code.  Powers of ten, at most 10^(18 - minor_unit) units, so
// that every bound is at most 10^18 minor units (int64 holds 9.2e18, and
// the totals sum billions and remainders apart: no overflow before 10^9
// rows; docs/NORMALISATION.md).  Within that cap each bound is at least
// 10^15 USD's worth at the exchange rates of the last decades; INR, JPY
// and KRW are held below it by the cap (10^16 INR ~ 1.2e14 USD, 10^17 JPY
// ~ 7e14 USD, 10^18 KRW ~ 7.5e14 USD), still far beyond any real amount.
constexpr CurrencyBound kCurrencyBounds[] = {
    {"AUD", 16, 2, "cents"}, {"CAD", 16, 2, "cents"}, {"CHF", 15, 2, "centimes"},
    {"CNY", 16, 2, "fen"},   {"DKK", 16, 2, "øre"},   {"EUR", 15, 2, "cents"},
    {"GBP", 15, 2, "pence"}, {"HKD", 16, 2, "cents"}, {"ILS", 16, 2, "agorot"},
    {"INR", 16, 2, "paise"}, {"JPY", 17, 0, ""},      {"KRW", 18, 0, ""},
    {"NOK", 16, 2, "øre"},   {"NZD", 16, 2, "cents"}, {"SEK", 16, 2, "öre"},
    {"SGD", 16, 2, "cents"}, {"USD", 15, 2, "cents"},
};

std::int64_t power_of_ten(int n) {
    std::int64_t v = 1;
    for (int i = 0; i < n; ++i) v *= 10;
    return v;
}

// "AUD CAD ... USD": the accepted codes, for errors.
std::string accepted_codes() {
    std::string out;
    for (const CurrencyBound& b : kCurrencyBounds) {
        if (!out.empty()) out += ' ';
        out += b.code;
    }
    return out;
}

bool ascii_capitals(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A minor part after the currency at r (see the rules above), for the
// currency's bound; nullopt when none is there.  Sets refusal when a minor
// part is there but is no valid one ("and 150 cents", cents of JPY).
struct MinorRead {
    Decimal value;
    std::size_t length = 0;
};
std::optional<MinorRead> minor_part(TokenSpan t, std::size_t r, Language language,
                                    const CurrencyBound& bound, bool glued_before,
                                    std::string& refusal) {
    std::size_t q = r;
    if (q < t.size() && (t[q].is("and") || t[q].is("et"))) ++q;
    std::optional<std::int64_t> figure;
    std::size_t after = q;
    if (q < t.size() && t[q].kind == Token::Kind::number && t[q].frac_digits.empty() &&
        t[q].int_digits.size() <= 18) {
        figure = std::stoll(t[q].int_digits);
        after = q + 1;
    } else if (const auto w = parse_number_words(t, q, language); w && w->scale == 0) {
        figure = w->value;
        after = q + w->length;
    }
    if (!figure) return std::nullopt;
    if (const auto name = minor_unit_names().longest(t, after, language)) {
        const std::string text(raw_between(t, r, after + name->length));
        if (bound.minor_unit != 2) {
            refusal = "'" + text + "': " + std::string(bound.code) +
                      " has no minor unit; write a whole number of " + std::string(bound.code);
            return std::nullopt;
        }
        if (*figure >= 100) {
            refusal = "'" + text + "': a minor part must be below 100 (write the amount in figures, "
                      "'7.20 USD')";
            return std::nullopt;
        }
        return MinorRead{canonical({*figure, -2}), after + name->length - r};
    }
    // Implied: "9 dollars 99", figures only, exactly minor_unit digits, and
    // the amount ends there (nothing but punctuation or the end after it).
    // The currency stands between the two figures alike: spaced on both
    // sides ("9 € 99") or glued to both ("9€99").  Glued to the second only
    // ("2 S$20", "9 €99") it is that figure's prefix symbol, not a joint.
    if (q != r || bound.minor_unit == 0 || t[q].kind != Token::Kind::number ||
        glued(t, r - 1) != glued_before ||
        t[q].raw.size() != static_cast<std::size_t>(bound.minor_unit) ||
        t[q].int_digits.size() != t[q].raw.size())
        return std::nullopt;
    if (after < t.size() && (t[after].kind != Token::Kind::symbol || t[after].is("-")))
        return std::nullopt;
    return MinorRead{canonical({*figure, -bound.minor_unit}), after - r};
}

// The most words an "unrecognised currency" refusal quotes.
constexpr std::size_t kNamedWords = 8;

UnitRead read_currency(TokenSpan t, std::size_t pos, bool before, Language language) {
    UnitRead read;
    if (before) {
        const auto m = currency_at(t, pos, language);
        if (!m || !m->value.before) return read;
        read.unit = m->value.code;
        read.length = m->length;
        return read;
    }
    std::size_t q = pos;
    const bool de = q < t.size() && t[q].is("de");
    if (de) ++q;
    if (q < t.size())
        if (const auto c = compact_money(t[q])) {
            read.unit = c->code;
            read.scale = c->scale;
            read.length = q + 1 - pos;
            return read;
        }
    if (const auto m = currency_at(t, q, language)) {
        read.unit = m->value.code;
        read.length = q + m->length - pos;
        const std::size_t r = pos + read.length;
        std::string refusal;
        const bool glued_before = pos > 0 && glued(t, pos - 1);
        if (const auto minor =
                minor_part(t, r, language, *currency_bound(read.unit), glued_before, refusal)) {
            read.plus = minor->value;
            read.plus_text = std::string(raw_between(t, r, r + minor->length));
            read.length += minor->length;
        } else if (!refusal.empty()) {
            read = UnitRead{};
            read.refusal = std::move(refusal);
        }
        return read;
    }
    if (q < t.size() && t[q].kind == Token::Kind::word &&
        (de || !starts_structure(t, q, language))) {
        // "₹500 crore": a scale the grammar does not read, which it refuses
        // as one (grammar.cpp, foreign_after), not a currency.
        if (!de && possible_scales().longest(t, q, language)) return read;
        if (const auto a = ambiguous_currencies().longest(t, q, language)) {
            read.refusal = "ambiguous currency '" +
                           std::string(raw_between(t, q, q + a->length)) + "': " +
                           std::string(a->value);
            return read;
        }
        // The refusal names the words up to the next structure word, at
        // most kNamedWords of them: a currency is a few words, and a long
        // run read here from every position of a text was quadratic.  A
        // code in capitals stands alone ("XYZ tokens").
        const auto named = [&](std::size_t i) {
            return i < t.size() && t[i].kind == Token::Kind::word && !starts_structure(t, i, language);
        };
        std::size_t end = q;
        while (end - q < kNamedWords && named(end)) ++end;
        if (end == q || ascii_capitals(t[q].raw)) end = q + 1;
        const bool more = end - q == kNamedWords && named(end);
        read.refusal =
            unrecognised_currency(std::string(raw_between(t, q, end)) + (more ? " ..." : ""));
    }
    return read;
}

constexpr UnitRules kMoneyRules{"amount", read_currency, false};

}  // namespace

std::int64_t CurrencyBound::max_units() const {
    return power_of_ten(max_power);
}

std::int64_t CurrencyBound::minor_per_unit() const {
    return power_of_ten(minor_unit);
}

std::span<const CurrencyBound> currency_bounds() {
    return kCurrencyBounds;
}

const CurrencyBound* currency_bound(std::string_view code) {
    for (const CurrencyBound& b : kCurrencyBounds)
        if (b.code == code) return &b;
    return nullptr;
}

std::string unrecognised_currency(std::string_view written) {
    // Short enough for a located error's reason (errors/error.cpp cuts it at
    // 240 bytes), the written word cut at 40.
    std::string out = "unrecognised currency '" + excerpt(written, 40) + "': ";
    if (ascii_capitals(written) && written.size() == 3)
        if (const auto name = iso4217_name(written))
            out += std::string(written) + " (" + std::string(*name) +
                   ") is ISO 4217 but not read yet; ";
    return out + "write one of " + accepted_codes() +
           " (code, symbol or name: 'USD', '$', 'dollars')";
}

std::string amount_problem(const Money& money) {
    if (money.currency.empty()) return "no currency in amount";
    const CurrencyBound* bound = currency_bound(money.currency);
    for (const auto& end : {money.range.low, money.range.high}) {
        if (!end) continue;
        const Decimal d = canonical(*end);
        if (d.mantissa < 0) return "amount is negative";
        if (compare(d, {std::numeric_limits<std::int64_t>::max(), 0}) > 0)
            return too_big_message("amount");
        const int decimals = d.exponent < 0 ? -d.exponent : 0;
        if (!bound || decimals <= bound->minor_unit) continue;
        const std::string code(bound->code);
        std::string why = "amount " + d.to_string() + " " + code + " has " +
                          std::to_string(decimals) + (decimals == 1 ? " decimal" : " decimals");
        if (bound->minor_unit == 0)
            return why + ", but " + code + " has no minor unit (0 decimals): write a whole " +
                   "number of " + code + " (factdb never rounds an amount)";
        return why + ", but " + code + " counts in " + std::string(bound->minor_name) + " (" +
               std::to_string(bound->minor_unit) + " decimals): write it with at most " +
               std::to_string(bound->minor_unit) + " decimals (factdb never rounds an amount)";
    }
    return {};
}

std::string implausible_amount(const Money& money) {
    if (money.range.qualifier == Qualifier::undisclosed) return {};
    const CurrencyBound* bound = currency_bound(money.currency);
    if (!bound) return {};
    for (const auto& end : {money.range.low, money.range.high})
        if (end && compare(*end, {1, bound->max_power}) > 0)
            return "amount exceeds the plausible maximum of 10^" +
                   std::to_string(bound->max_power) + " " + std::string(bound->code) +
                   " (a plausibility bound)";
    return {};
}

std::int64_t to_minor_units(const Decimal& end, std::string_view currency) {
    const CurrencyBound* bound = currency_bound(currency);
    std::int64_t out = 0;
    const auto minor = bound ? shifted(end, bound->minor_unit) : std::nullopt;
    if (!minor || whole_value(*minor, out) != Whole::yes)
        throw NormalizeError("amount " + end.to_string() + " " + std::string(currency) +
                             " has no exact value in minor units");
    return out;
}

Money parse_money(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    Quantity q = parse_quantity(tokens, language, kMoneyRules);
    Money money{q.range, q.unit};
    if (money.range.qualifier == Qualifier::undisclosed) {
        for (std::size_t i = 0; i < tokens.size() && money.currency.empty(); ++i)
            if (const auto m = currency_at(tokens, i, language)) money.currency = m->value.code;
        return money;
    }
    if (const auto problem = amount_problem(money); !problem.empty())
        throw NormalizeError(problem);
    return money;
}

std::optional<MoneyMatch> match_money(TokenSpan tokens, std::size_t position, Language language) {
    QuantityRead read = read_quantity(tokens, position, language, kMoneyRules);
    if (!read.quantity) return std::nullopt;
    Money money{read.quantity->range, std::move(read.quantity->unit)};
    if (!amount_problem(money).empty()) return std::nullopt;
    if (!stands_alone(tokens, position, read.end, language)) return std::nullopt;
    return MoneyMatch{position, read.end, raw_between(tokens, position, read.end),
                      std::move(money)};
}

}  // namespace factdb::lang
