// The human forms of stored ranges, one row per form (report/human_values.h).
#include "report/human_values.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

using namespace factdb::report;

namespace {

struct Row {
    std::optional<double> low, high;
    const char* qualifier;
    RangeUnit unit;
    const char* currency;
    const char* en;
    const char* fr;
};

// U+00A0 between a number and its scale or unit; U+202F between French thousands.
const std::vector<Row> kRows = {
    {8e9, 8e9, "exact", RangeUnit::money, "USD", "US$8\u00a0bn", "8\u00a0Md$"},
    {3e9, {}, "more_than", RangeUnit::money, "USD", "> US$3\u00a0bn", "plus de 3\u00a0Md$"},
    {{}, 2e9, "at_most", RangeUnit::money, "USD", "\u2264 US$2\u00a0bn", "au plus 2\u00a0Md$"},
    {1.7e9, 1.7e9, "approximately", RangeUnit::money, "EUR", "\u2248 \u20ac1.7\u00a0bn",
     "environ 1,7\u00a0Md\u20ac"},
    {11e9, {}, "at_least", RangeUnit::money, "USD", "\u2265 US$11\u00a0bn", "au moins 11\u00a0Md$"},
    {{}, 5e8, "less_than", RangeUnit::money, "GBP", "< \u00a3500\u00a0m", "moins de 500\u00a0M\u00a3"},
    {60e9, 65e9, "between", RangeUnit::money, "USD", "US$60\u201365\u00a0bn",
     "entre 60 et 65\u00a0Md$"},
    {5e8, 2e9, "between", RangeUnit::money, "USD", "US$0.5\u20132\u00a0bn", "entre 0,5 et 2\u00a0Md$"},
    {3.5e12, {}, "more_than", RangeUnit::money, "USD", "> US$3.5\u00a0tn",
     "plus de 3\u202f500\u00a0Md$"},
    {61.5e9, 61.5e9, "exact", RangeUnit::money, "USD", "US$61.5\u00a0bn", "61,5\u00a0Md$"},
    {1.234e9, 1.234e9, "exact", RangeUnit::money, "USD", "US$1.23\u00a0bn", "1,23\u00a0Md$"},
    {250000, 250000, "exact", RangeUnit::money, "EUR", "\u20ac250,000", "250\u202f000\u00a0\u20ac"},
    {1004.99, 1004.99, "exact", RangeUnit::money, "USD", "US$1,004.99", "1\u202f004,99\u00a0$"},
    {2e9, 2e9, "exact", RangeUnit::money, "CHF", "CHF\u00a02\u00a0bn", "2\u00a0Md\u00a0CHF"},
    {2e9, 2e9, "exact", RangeUnit::money, "", "2\u00a0bn", "2\u00a0Md"},
    {{}, {}, "undisclosed", RangeUnit::money, "", "undisclosed", "non divulgu\u00e9"},
    {49, 49, "exact", RangeUnit::percent, "", "49%", "49\u00a0%"},
    {10, 20, "between", RangeUnit::percent, "", "10\u201320%", "entre 10 et 20\u00a0%"},
    {300, {}, "more_than", RangeUnit::megawatts, "", "> 300\u00a0MW", "plus de 300\u00a0MW"},
    {1400, 1400, "exact", RangeUnit::megawatts, "", "1.4\u00a0GW", "1,4\u00a0GW"},
    {1000, 2000, "between", RangeUnit::megawatts, "", "1\u20132\u00a0GW", "entre 1 et 2\u00a0GW"},
    {100000, 100000, "exact", RangeUnit::count, "", "100,000", "100\u202f000"},
    {30, 30, "approximately", RangeUnit::count, "", "\u2248 30", "environ 30"},
    {400000, {}, "more_than", RangeUnit::count, "", "> 400,000", "plus de 400\u202f000"},
    // Shapes the schema refuses are shown as stored, never as another number.
    {{}, 5, "more_than", RangeUnit::count, "", "more_than NULL..5", "more_than NULL..5"},
    {7, 7, "someday", RangeUnit::count, "", "someday 7..7", "someday 7..7"},
};

}  // namespace

TEST_CASE("human_range: stored ranges in English and French words", "[report][human]") {
    for (const auto& r : kRows) {
        const StoredRange range{r.low, r.high, r.qualifier};
        INFO(r.en);
        CHECK(human_range(range, r.unit, r.currency, ReportLanguage::en) == r.en);
        CHECK(human_range(range, r.unit, r.currency, ReportLanguage::fr) == r.fr);
    }
}

TEST_CASE("human_integer: thousands separators of each language", "[report][human]") {
    CHECK(human_integer(0, ReportLanguage::en) == "0");
    CHECK(human_integer(999, ReportLanguage::en) == "999");
    CHECK(human_integer(1000, ReportLanguage::en) == "1,000");
    CHECK(human_integer(1234567, ReportLanguage::fr) == "1\u202f234\u202f567");
    CHECK(human_integer(-45000, ReportLanguage::en) == "-45,000");
    CHECK(human_integer(INT64_MIN, ReportLanguage::en) == "-9,223,372,036,854,775,808");
    CHECK(parse_report_language("fr") == ReportLanguage::fr);
    CHECK(parse_report_language("en") == ReportLanguage::en);
    CHECK_FALSE(parse_report_language("de"));
}
