// Decimal, Qualifier and Range::valid (quantity.h).
#include "lang/quantity.h"

#include <limits>
#include <vector>

#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct DecimalText {
    Decimal value;
    const char* text;
};

const std::vector<DecimalText> kTexts{
    {{8, 9}, "8000000000"},
    {{125, -1}, "12.5"},
    {{25, -2}, "0.25"},
    {{0, 5}, "0"},
    {{1250, -2}, "12.5"},
    {{-5, -1}, "-0.5"},
    {{125, 7}, "1250000000"},
    {{std::numeric_limits<std::int64_t>::min(), 0}, "-9223372036854775808"},
};

}  // namespace

TEST_CASE("Decimal::to_string is the shortest exact decimal", "[normalize][decimal]") {
    for (const auto& c : kTexts) {
        INFO(c.text);
        CHECK(c.value.to_string() == c.text);
    }
}

TEST_CASE("Decimal compares by value and converts safely", "[normalize][decimal]") {
    CHECK(Decimal{10, 0} == Decimal{1, 1});
    CHECK_FALSE(Decimal{10, 0} == Decimal{1, 0});
    CHECK(Decimal{125, 7}.to_integer() == 1250000000);
    CHECK(Decimal{125, -1}.to_integer() == std::nullopt);
    CHECK(Decimal{9223372036854775807, 0}.to_integer() == 9223372036854775807);
    CHECK(error_of([] {
              (void)Decimal{1, 19}.to_integer();
          }) == "number exceeds the 64-bit integer range");
    CHECK(error_of([] {
              (void)Decimal{1, 400}.to_integer();
          }) == "number exceeds the 64-bit integer range");
    CHECK(Decimal{125, -1}.to_double() == 12.5);
    CHECK(Decimal{1, -1}.to_double() == 0.1);
}

TEST_CASE("Qualifier names round-trip and Range::valid holds the invariants",
          "[normalize][decimal]") {
    for (const auto q : {Q::exact, Q::approximately, Q::at_least, Q::more_than, Q::at_most,
                         Q::less_than, Q::between, Q::undisclosed})
        CHECK(parse_qualifier(to_string(q)) == q);
    CHECK(parse_qualifier("Exact") == std::nullopt);
    CHECK(Range{Q::between, Decimal{1, 0}, Decimal{2, 0}}.valid());
    CHECK_FALSE(Range{Q::between, Decimal{2, 0}, Decimal{2, 0}}.valid());
    CHECK_FALSE(Range{Q::at_least, std::nullopt, Decimal{2, 0}}.valid());
    CHECK(Range{}.valid());
}
