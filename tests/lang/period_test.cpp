// parse_period (lang/period.h), table driven in both languages: each form
// with its exact years, relative spans against a published year and
// without one, and texts that are no period (NULL years and the reason).
#include "lang/period.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/tokens.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

constexpr int kNone = 0;  // a NULL year

struct Case {
    factdb::Language language;
    std::string text;
    std::optional<int> published;
    int start, end;  // kNone: NULL
    std::string unread;
};

const std::string kNoDateYears =
    "counts from the document's published year, which the document does not give, so its "
    "years are NULL";
const std::string kNoDateStart =
    "counts from the document's published year, which the document does not give, so its "
    "start is NULL";
const std::string kUnknown =
    "is no form read as years (a year, a fiscal year, a span or a number of years), so its "
    "years are NULL";

const std::vector<Case> kCases{
    // English: years and fiscal years
    {en, "2026", std::nullopt, 2026, 2026, ""},
    {en, "in 2026", std::nullopt, 2026, 2026, ""},
    {en, "fiscal 2025", std::nullopt, 2025, 2025, ""},
    {en, "fiscal year 2025", std::nullopt, 2025, 2025, ""},
    {en, "in fiscal 2025", 2024, 2025, 2025, ""},
    {en, "FY2025", std::nullopt, 2025, 2025, ""},
    {en, "FY25", std::nullopt, 2025, 2025, ""},
    {en, "FY 2026", std::nullopt, 2026, 2026, ""},
    // English: spans
    {en, "between 2025 and 2028", std::nullopt, 2025, 2028, ""},
    {en, "2025-2028", std::nullopt, 2025, 2028, ""},
    {en, "2025–2028", std::nullopt, 2025, 2028, ""},
    {en, "from 2025 to 2028", std::nullopt, 2025, 2028, ""},
    {en, "2025 through 2027", std::nullopt, 2025, 2027, ""},
    {en, "by 2027", 2025, 2025, 2027, ""},
    {en, "through 2030", 2025, 2025, 2030, ""},
    {en, "over four years", 2025, 2025, 2028, ""},
    {en, "over 4 years", 2025, 2025, 2028, ""},
    {en, "over the next five years", 2024, 2024, 2028, ""},
    {en, "over a four-year period", 2025, 2025, 2028, ""},
    {en, "within three years", 2025, 2025, 2028, ""},
    {en, "this year", 2025, 2025, 2025, ""},
    {en, "next year", 2025, 2026, 2026, ""},
    // English: relative without a date, unreadable
    {en, "over four years", std::nullopt, kNone, kNone, kNoDateYears},
    {en, "by 2027", std::nullopt, kNone, 2027, kNoDateStart},
    {en, "by 2024", 2025, kNone, 2024,
     "ends (2024) before the document's published year (2025), so its start is NULL"},
    {en, "between 2028 and 2025", std::nullopt, kNone, kNone,
     "ends (2025) before it starts (2028), so its years are NULL"},
    {en, "annually", 2025, kNone, kNone, kUnknown},
    {en, "the next phase", 2025, kNone, kNone, kUnknown},
    {en, "in 2026 and beyond", 2025, kNone, kNone, kUnknown},
    {en, "FY5", 2025, kNone, kNone, kUnknown},
    {en, "exercice 2025", 2025, kNone, kNone, kUnknown},
    {en, "over several years", 2025, kNone, kNone, kUnknown},
    {en, "in 3000", std::nullopt, kNone, kNone,
     "has a year outside 1800..2200, so its years are NULL"},
    // French: years and fiscal years
    {fr, "en 2026", std::nullopt, 2026, 2026, ""},
    {fr, "exercice 2025", std::nullopt, 2025, 2025, ""},
    {fr, "l'exercice 2025", std::nullopt, 2025, 2025, ""},
    {fr, "exercice fiscal 2024", std::nullopt, 2024, 2024, ""},
    {fr, "FY25", std::nullopt, 2025, 2025, ""},
    // French: spans
    {fr, "entre 2025 et 2028", std::nullopt, 2025, 2028, ""},
    {fr, "de 2025 à 2028", std::nullopt, 2025, 2028, ""},
    {fr, "2025-2028", std::nullopt, 2025, 2028, ""},
    {fr, "d'ici 2027", 2025, 2025, 2027, ""},
    {fr, "d’ici à 2030", 2025, 2025, 2030, ""},
    {fr, "jusqu'en 2029", 2026, 2026, 2029, ""},
    {fr, "sur quatre ans", 2025, 2025, 2028, ""},
    {fr, "sur 4 ans", 2025, 2025, 2028, ""},
    {fr, "sur les cinq prochaines années", 2025, 2025, 2029, ""},
    {fr, "d'ici cinq ans", 2025, 2025, 2030, ""},
    {fr, "cette année", 2025, 2025, 2025, ""},
    {fr, "l'an prochain", 2025, 2026, 2026, ""},
    // French: relative without a date, unreadable
    {fr, "sur quatre ans", std::nullopt, kNone, kNone, kNoDateYears},
    {fr, "d'ici 2027", std::nullopt, kNone, 2027, kNoDateStart},
    {fr, "chaque année", 2025, kNone, kNone, kUnknown},
    {fr, "sur plusieurs années", 2025, kNone, kNone, kUnknown},
    {fr, "fiscal 2025", 2025, kNone, kNone, kUnknown},
};

std::string show(const std::optional<int>& y) {
    return y ? std::to_string(*y) : "NULL";
}

}  // namespace

TEST_CASE("parse_period: every form with its exact years, in both languages",
          "[normalize][period]") {
    for (const auto& c : kCases) {
        INFO(c.text << " published " << show(c.published));
        const PeriodReading r = parse_period(c.text, c.language, c.published);
        CHECK(show(r.start) == (c.start == kNone ? "NULL" : std::to_string(c.start)));
        CHECK(show(r.end) == (c.end == kNone ? "NULL" : std::to_string(c.end)));
        CHECK(r.unread == c.unread);
    }
}

TEST_CASE("every period row reads its own pattern", "[normalize][period]") {
    for (const auto& row : period_rows()) {
        INFO(row.pattern);
        std::string text(row.pattern);
        const auto put = [&](const std::string& slot, const std::string& value) {
            if (const auto at = text.find(slot); at != std::string::npos)
                text.replace(at, slot.size(), value);
        };
        put("{Y}", "2025");
        put("{Z}", "2027");
        put("{YY}", "25");
        put("{N}", "3");
        const auto language = row.langs == kFr ? fr : en;
        const PeriodReading r = parse_period(text, language, 2024);
        INFO(text);
        CHECK(r.unread.empty());
        REQUIRE(r.start.has_value());
        REQUIRE(r.end.has_value());
        switch (row.rule) {
            case PeriodRule::year:
                CHECK((*r.start == 2025 && *r.end == 2025));
                break;
            case PeriodRule::span:
                CHECK((*r.start == 2025 && *r.end == 2027));
                break;
            case PeriodRule::by:
                CHECK((*r.start == 2024 && *r.end == 2025));
                break;
            case PeriodRule::over:
                CHECK((*r.start == 2024 && *r.end == 2026));
                break;
            case PeriodRule::within:
                CHECK((*r.start == 2024 && *r.end == 2027));
                break;
            case PeriodRule::this_year:
                CHECK((*r.start == 2024 && *r.end == 2024));
                break;
            case PeriodRule::next_year:
                CHECK((*r.start == 2025 && *r.end == 2025));
                break;
        }
    }
}
