// Numbers for people: how a report's Markdown and HTML show a stored range
// ("US$8 bn", "> US$3 bn", "≈ €1.7 bn", "8 Md$", "plus de 3 Md$").
//
// Only the two human formats use these; JSON, CSV and SQL keep the exact
// columns.  The forms are display, not data: a figure shown at its scale is
// cut to at most kScaledDigits decimals, so the HTML writer puts the exact
// stored bounds in the cell's title (hover) text (docs/REPORTS.md).
//
// Invariants: every function is pure and total over what the schema allows
// (a qualifier outside the eight stored ones, or bounds that contradict it,
// give the bounds in plain digits with the qualifier's name, never a
// different number); no locale is read (the output of a report is the same
// on every machine).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factdb::report {

enum class ReportLanguage { en, fr };

// "en" / "fr"; nullopt otherwise.
std::optional<ReportLanguage> parse_report_language(std::string_view code);

// What a range measures, which decides its scale words and unit.
enum class RangeUnit {
    money,      // with an ISO 4217 currency: "US$8 bn", "8 Md$"
    percent,    // "49%", "49 %"
    megawatts,  // "300 MW", "1.2 GW"
    count,      // "100,000", "100 000"
};

// A stored range: bounds as the columns hold them and the qualifier word
// (exact, approximately, at_least, more_than, at_most, less_than, between,
// undisclosed).
struct StoredRange {
    std::optional<double> low;
    std::optional<double> high;
    std::string qualifier;
};

// Decimals kept after the scale ("1.75 bn" keeps two).
inline constexpr int kScaledDigits = 2;

// The range in words of language; currency is used with RangeUnit::money
// only ("" when unknown: the bare number with its scale).
std::string human_range(const StoredRange& range, RangeUnit unit, std::string_view currency,
                        ReportLanguage language);

// An integer with thousands separators: "100,000" (en), "100 000" (fr,
// with U+202F narrow no-break spaces, as French typography has it).
std::string human_integer(std::int64_t value, ReportLanguage language);

}  // namespace factdb::report
