// parse_power and match_power: electrical power in megawatts, exact
// decimals, as a whole field and in running text (docs/NORMALISATION.md 5.9,
// "Power").
//
// Rules (the grammar is grammar.cpp's, the units this file's table):
//  * the unit follows the figure, optionally after fr "de" / en "of" ("1,5
//    million de kilowatts"): a symbol (W, kW, MW, GW, TW, matched folded, so
//    "Mw" is MW; milliwatts name no data centre) or a name ("mégawatts",
//    "gigawatt"); glued to the figure is the same ("1.2GW");
//  * the value is converted to megawatts by a power of ten, exactly
//    (GW = 10^3 MW, kW = 10^-3 MW, W = 10^-6 MW): 1,4 gigawatt = 1400 MW;
//  * no unit: "no unit in capacity"; a word where the unit should be:
//    "unrecognised power unit 'X' (accepted: W, kW, MW, GW, TW)"; an energy
//    unit (Wh, kWh, MWh, GWh, TWh and their names) is refused with a hint,
//    because a yearly consumption in GWh is not a capacity;
//  * a range's ends share one unit ("between 1 and 2 GW"); two units
//    ("500 MW to 1 GW") are refused by the grammar ("capacity mixes 'MW'
//    and 'GW'") rather than converted, so each end stays what was written;
//  * each end is a whole number of watts ("capacity has a fraction of a
//    watt") and at most 10^6 MW, 1 TW (a plausibility bound: the largest
//    announced campuses are a few GW and every data centre of the world
//    together draws about 100 GW).  With both, a value has at most 13
//    significant digits, so the REAL columns that store it (schema
//    0012_datacenter_sites.sql) give back exactly the decimal read here;
//  * the shared qualifier grammar: "plus de", "up to", "environ",
//    "between ... and", "au moins"...; "un gigawatt", en "a gigawatt" = 1;
//  * running text (match_power): the same reading, nullopt wherever the
//    whole field has an error.
#include "lang/power.h"

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"
#include "lang/lexicon.h"

namespace factdb::lang {

namespace {

struct PowerUnit {
    std::string_view symbol;  // "MW"; for energy units, the symbol as written in errors
    int mw_exponent;          // value in MW = figure * 10^mw_exponent
    bool energy;              // Wh and its multiples: refused
};

// Accents and case are folded by the tokenizer: "mégawatt" is "megawatt",
// "GW" is "gw"; a dash between words is optional ("gigawatt-heure").
const PhraseTable<PowerUnit>& power_units() {
    static const PhraseTable<PowerUnit> table{
        // power
        {"W", kAny, {"W", -6, false}},
        {"watt", kAny, {"W", -6, false}},
        {"watts", kAny, {"W", -6, false}},
        {"kW", kAny, {"kW", -3, false}},
        {"kilowatt", kAny, {"kW", -3, false}},
        {"kilowatts", kAny, {"kW", -3, false}},
        {"MW", kAny, {"MW", 0, false}},
        {"mégawatt", kAny, {"MW", 0, false}},
        {"mégawatts", kAny, {"MW", 0, false}},
        {"GW", kAny, {"GW", 3, false}},
        {"gigawatt", kAny, {"GW", 3, false}},
        {"gigawatts", kAny, {"GW", 3, false}},
        {"TW", kAny, {"TW", 6, false}},
        {"térawatt", kAny, {"TW", 6, false}},
        {"térawatts", kAny, {"TW", 6, false}},
        // energy (refused)
        {"Wh", kAny, {"Wh", 0, true}},
        {"kWh", kAny, {"kWh", 0, true}},
        {"MWh", kAny, {"MWh", 0, true}},
        {"GWh", kAny, {"GWh", 0, true}},
        {"TWh", kAny, {"TWh", 0, true}},
        {"wattheure", kFr, {"Wh", 0, true}},
        {"wattheures", kFr, {"Wh", 0, true}},
        {"watt-heure", kFr, {"Wh", 0, true}},
        {"watts-heure", kFr, {"Wh", 0, true}},
        {"kilowattheure", kFr, {"kWh", 0, true}},
        {"kilowattheures", kFr, {"kWh", 0, true}},
        {"kilowatt-heure", kFr, {"kWh", 0, true}},
        {"kilowatts-heure", kFr, {"kWh", 0, true}},
        {"mégawattheure", kFr, {"MWh", 0, true}},
        {"mégawattheures", kFr, {"MWh", 0, true}},
        {"mégawatt-heure", kFr, {"MWh", 0, true}},
        {"mégawatts-heure", kFr, {"MWh", 0, true}},
        {"gigawattheure", kFr, {"GWh", 0, true}},
        {"gigawattheures", kFr, {"GWh", 0, true}},
        {"gigawatt-heure", kFr, {"GWh", 0, true}},
        {"gigawatts-heure", kFr, {"GWh", 0, true}},
        {"térawattheure", kFr, {"TWh", 0, true}},
        {"térawattheures", kFr, {"TWh", 0, true}},
        {"térawatt-heure", kFr, {"TWh", 0, true}},
        {"térawatts-heure", kFr, {"TWh", 0, true}},
        {"watt-hour", kEn, {"Wh", 0, true}},
        {"watt-hours", kEn, {"Wh", 0, true}},
        {"kilowatt-hour", kEn, {"kWh", 0, true}},
        {"kilowatt-hours", kEn, {"kWh", 0, true}},
        {"megawatt-hour", kEn, {"MWh", 0, true}},
        {"megawatt-hours", kEn, {"MWh", 0, true}},
        {"gigawatt-hour", kEn, {"GWh", 0, true}},
        {"gigawatt-hours", kEn, {"GWh", 0, true}},
        {"terawatt-hour", kEn, {"TWh", 0, true}},
        {"terawatt-hours", kEn, {"TWh", 0, true}},
    };
    return table;
}

constexpr std::string_view kSymbols = "W, kW, MW, GW, TW";

// The unit code a side carries in the grammar: the symbol and its exponent
// are recovered from it (to_mw), so "GW" and "gigawatts" agree.
UnitRead read_power_unit(TokenSpan t, std::size_t pos, bool before, Language language) {
    UnitRead read;
    if (before) return read;
    std::size_t q = pos;
    const bool joined = q < t.size() && (t[q].is("de") || (language == Language::en && t[q].is("of")));
    if (joined) ++q;
    if (const auto m = power_units().longest(t, q, language)) {
        if (m->value.energy) {
            read.refusal = "'" + std::string(raw_between(t, q, q + m->length)) +
                           "' is energy, not power: give the capacity in " +
                           std::string(kSymbols) + " (a consumption in " +
                           std::string(m->value.symbol) + " is not a capacity)";
            return read;
        }
        read.unit = m->value.symbol;
        read.length = q + m->length - pos;
        return read;
    }
    if (q < t.size() && t[q].kind == Token::Kind::word &&
        (joined || !starts_structure(t, q, language))) {
        std::size_t end = q;
        while (end < t.size() && t[end].kind == Token::Kind::word &&
               !starts_structure(t, end, language))
            ++end;
        if (end == q) end = q + 1;
        read.refusal = "unrecognised power unit '" + std::string(raw_between(t, q, end)) +
                       "' (accepted: " + std::string(kSymbols) + ")";
    }
    return read;
}

constexpr UnitRules kPowerRules{"capacity", read_power_unit, false, true};

// The exponent of a power symbol, from the table (the one place it is written).
int exponent_of(std::string_view symbol) {
    int exponent = 0;
    power_units().for_each_row([&](const auto&, unsigned, const PowerUnit& unit) {
        if (!unit.energy && unit.symbol == symbol) exponent = unit.mw_exponent;
    });
    return exponent;
}

// 10^6 MW = 1 TW: the plausibility bound.
const Decimal kMaxMegawatts{1, 6};

// q converted to megawatts, or the reason it is no capacity.
struct Converted {
    Range range;
    std::string problem;
};
Converted to_mw(const Quantity& q) {
    if (q.unit.empty()) return {{}, "no unit in capacity"};
    const int exponent = exponent_of(q.unit);
    Range out = q.range;
    for (auto* end : {&out.low, &out.high}) {
        if (!*end) continue;
        if (compare(**end, {}) < 0) return {{}, "capacity is negative"};
        const auto mw = shifted(**end, exponent);
        if (!mw) return {{}, too_big_message("capacity")};
        if (compare(*mw, kMaxMegawatts) > 0)
            return {{},
                    "capacity exceeds the plausible maximum of 1000000 MW (1 TW, a plausibility "
                    "bound)"};
        const auto watts = shifted(*mw, 6);
        std::int64_t w = 0;
        if (!watts || whole_value(*watts, w) != Whole::yes)
            return {{}, "capacity has a fraction of a watt"};
        **end = *mw;
    }
    return {out, {}};
}

}  // namespace

std::string power_unit_symbols() {
    return std::string(kSymbols);
}

Range parse_power(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    const Quantity q = parse_quantity(tokens, language, kPowerRules);
    if (q.range.qualifier == Qualifier::undisclosed) return q.range;
    Converted c = to_mw(q);
    if (!c.problem.empty()) throw NormalizeError(c.problem);
    return c.range;
}

std::optional<PowerMatch> match_power(TokenSpan tokens, std::size_t position, Language language) {
    const QuantityRead read = read_quantity(tokens, position, language, kPowerRules);
    if (!read.quantity) return std::nullopt;
    Converted c = to_mw(*read.quantity);
    if (!c.problem.empty()) return std::nullopt;
    if (!stands_alone(tokens, position, read.end, language)) return std::nullopt;
    return PowerMatch{position, read.end, raw_between(tokens, position, read.end),
                      std::move(c.range)};
}

}  // namespace factdb::lang
