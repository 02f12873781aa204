// libFuzzer target: the quantity parsers (lang/money, count,
// percent, power), which read every number a claim file carries.
//
// The input is the text; every parser runs on it in both languages.  Beyond
// "no crash, no sanitizer report", each call must end in exactly one of:
//   * a value that keeps quantity.h's invariants: Range::valid(), and
//       - money: whole, non-negative units that fit in 64 bits, and a
//         three-letter upper-case ISO 4217 currency unless undisclosed;
//       - count: whole and non-negative;
//       - percent: between 0 and 100;
//       - power: megawatts between 0 and 10^6, whole watts;
//       - year: 1800..2200;
//   * a NormalizeError.
// Any other exception (std::out_of_range, std::bad_optional_access...) or a
// broken invariant aborts, which libFuzzer reports as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "errors/error.h"
#include "lang/language.h"
#include "lang/count.h"
#include "lang/money.h"
#include "lang/percent.h"
#include "lang/power.h"
#include "lang/quantity.h"

namespace {

using namespace factdb;
using namespace factdb::lang;

[[noreturn]] void fail(std::string_view what, std::string_view parser, std::string_view text) {
    std::fprintf(stderr, "fuzz_quantity: %s: %.*s broke: %.*s\n", "invariant",
                 static_cast<int>(parser.size()), parser.data(), static_cast<int>(what.size()),
                 what.data());
    std::fprintf(stderr, "input: \"%.*s\"\n", static_cast<int>(text.size()), text.data());
    std::abort();
}

// A decimal as an integer, or nullopt for a fraction; a value beyond 64 bits
// is a broken invariant (the parsers must refuse it themselves).
std::optional<std::int64_t> whole(const Decimal& d, std::string_view parser,
                                  std::string_view text) {
    try {
        return d.to_integer();
    } catch (const NormalizeError&) {
        fail("accepted a value beyond 64 bits", parser, text);
    }
}

void check_whole_non_negative(const Range& r, std::string_view parser, std::string_view text) {
    for (const auto& end : {r.low, r.high}) {
        if (!end) continue;
        const auto v = whole(*end, parser, text);
        if (!v) fail("fraction accepted", parser, text);
        if (*v < 0) fail("negative value accepted", parser, text);
    }
}

// Money is exact to its currency's minor unit (4.99 USD), never finer and
// never negative.
void check_money(const Money& m, std::string_view text) {
    if (!m.range.valid()) fail("Range::valid()", "parse_money", text);
    if (m.range.qualifier == Qualifier::undisclosed) return;
    if (m.currency.size() != 3) fail("currency is not 3 letters", "parse_money", text);
    for (char c : m.currency) {
        if (c < 'A' || c > 'Z') fail("currency is not upper-case ASCII", "parse_money", text);
    }
    const CurrencyBound* bound = currency_bound(m.currency);
    if (!bound) fail("currency without a bound", "parse_money", text);
    for (const auto& end : {m.range.low, m.range.high}) {
        if (!end) continue;
        if (end->mantissa < 0) fail("negative value accepted", "parse_money", text);
        if (end->mantissa != 0 && end->exponent < -bound->minor_unit) {
            // 4.990 is {4990, -3}: finer only when the extra digits are not 0.
            std::int64_t mant = end->mantissa;
            int exp = end->exponent;
            while (exp < -bound->minor_unit && mant % 10 == 0) mant /= 10, ++exp;
            if (exp < -bound->minor_unit) fail("finer than the minor unit", "parse_money", text);
        }
    }
}

void check_percent(const Range& r, std::string_view text) {
    if (!r.valid()) fail("Range::valid()", "parse_percent", text);
    for (const auto& end : {r.low, r.high}) {
        if (!end) continue;
        const double v = end->to_double();
        if (!(v >= 0.0 && v <= 100.0)) fail("value outside 0..100", "parse_percent", text);
    }
}

template <class F>
void expect_value_or_normalize_error(F&& f) {
    try {
        f();
    } catch (const NormalizeError&) {
        // the one permitted failure
    }
    // Anything else propagates out of LLVMFuzzerTestOneInput: libFuzzer
    // reports an uncaught exception as a crash (std::terminate -> abort).
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (const Language lang : {Language::fr, Language::en}) {
        expect_value_or_normalize_error([&] { check_money(parse_money(text, lang), text); });
        expect_value_or_normalize_error([&] {
            const Range r = parse_count(text, lang);
            if (!r.valid()) fail("Range::valid()", "parse_count", text);
            check_whole_non_negative(r, "parse_count", text);
        });
        expect_value_or_normalize_error([&] { check_percent(parse_percent(text, lang), text); });
        expect_value_or_normalize_error([&] {
            const Range r = parse_power(text, lang);
            if (!r.valid()) fail("Range::valid()", "parse_power", text);
            for (const auto& end : {r.low, r.high}) {
                if (!end) continue;
                const double v = end->to_double();
                if (!(v >= 0.0 && v <= 1e6)) fail("value outside 0..10^6 MW", "parse_power", text);
                const auto watts = Decimal{end->mantissa, end->exponent + 6}.to_integer();
                if (!watts) fail("a fraction of a watt", "parse_power", text);
            }
        });
        expect_value_or_normalize_error([&] {
            const int year = parse_year(text, lang);
            if (year < 1800 || year > 2200) fail("year outside 1800..2200", "parse_year", text);
        });
    }
    return 0;
}
