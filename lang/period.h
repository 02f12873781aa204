// The period of a spending, as years: "fiscal 2025", "FY25", "exercice
// 2025" -> 2025..2025; "between 2025 and 2028", "2025-2028", "de 2025 à
// 2028" -> 2025..2028; "en 2026" -> 2026..2026; and spans relative to the
// document's published year P: "over four years", "sur quatre ans" ->
// P..P+3, "within five years", "d'ici cinq ans" -> P..P+5, "by 2027",
// "d'ici 2027" -> P..2027, "this year" -> P..P, "next year" -> P+1..P+1.
// The forms are data (period.cpp).  A period read in no form, or relative
// to a date the document does not give, keeps what it can (nothing is
// guessed) and says why in `unread`: the caller keeps the text and warns.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lang/language.h"

namespace factdb::lang {

// How a form's years are computed.  Y, Z: the years written; N: a count of
// years; P: the document's published year.
enum class PeriodRule {
    year,       // Y..Y
    span,       // Y..Z (Y <= Z)
    by,         // P..Y
    over,       // P..P+N-1: N calendar years from the published one
    within,     // P..P+N: until N years after it
    this_year,  // P..P
    next_year,  // P+1..P+1
};

// One form: a pattern in running-text spelling matched folded token by
// token against the whole period, with slots {Y} and {Z} (four-digit
// years), {YY} (a two-digit year after "FY": 20YY) and {N} (a count of
// years, figures or words: "4", "four", "quatre").
struct PeriodRow {
    unsigned langs;  // kFr, kEn or kAny (lang/tokens.h)
    std::string_view pattern;
    PeriodRule rule;
};

std::span<const PeriodRow> period_rows();

struct PeriodReading {
    std::optional<int> start, end;  // years, 1800..2200
    std::string unread;             // why a year is missing; empty: both read
};

// Reads the whole text as a period.  published_year: the document's year,
// nullopt when it gives no date.  Never throws but for invalid UTF-8
// (NormalizeError).
PeriodReading parse_period(std::string_view text, Language language,
                           std::optional<int> published_year);

}  // namespace factdb::lang
