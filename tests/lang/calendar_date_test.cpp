// lang/calendar_date: which texts are real days, and which fact dates are
// accepted (YYYY, YYYY-MM, YYYY-MM-DD in 1800..2200), with exact refusals.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "errors/error.h"
#include "lang/calendar_date.h"

using namespace factdb;

TEST_CASE("is_calendar_date accepts real days only, leap years included", "[calendar_date]") {
    struct Row {
        std::string text;
        bool ok;
    };
    const std::vector<Row> rows = {
        {"2024-02-29", true},  {"2023-02-29", false}, {"2000-02-29", true},
        {"1900-02-29", false}, {"2025-04-31", false}, {"2025-12-31", true},
        {"2025-13-01", false}, {"2025-00-10", false}, {"2025-1-01", false},
        {"2025/01/01", false}, {"", false},           {"2025-01-0a", false},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(lang::is_calendar_date(row.text) == row.ok);
    }
}

TEST_CASE("parse_fact_date keeps ISO dates of any precision and refuses the rest",
          "[calendar_date]") {
    CHECK(lang::parse_fact_date("2024") == "2024");
    CHECK(lang::parse_fact_date("2024-06") == "2024-06");
    CHECK(lang::parse_fact_date("2024-06-18") == "2024-06-18");
    const std::string forms =
        "not a date: give YYYY-MM-DD (a real day), YYYY-MM or YYYY, e.g. 2025-03-31";
    for (const char* bad : {"June 2024", "18 juin 2024", "2024-13", "2023-02-29", "24", ""}) {
        INFO(bad);
        try {
            lang::parse_fact_date(bad);
            FAIL("accepted");
        } catch (const NormalizeError& e) {
            CHECK(std::string(e.what()) == forms);
        }
    }
    try {
        lang::parse_fact_date("1700-01-01");
        FAIL("accepted");
    } catch (const NormalizeError& e) {
        CHECK(std::string(e.what()) == "year 1700 is outside 1800..2200; correct the date");
    }
}
