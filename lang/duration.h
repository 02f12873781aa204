// How long a deal runs, as articles write it: "five-year", "sur six ans",
// "over 4 years", "pendant dix ans", "18 months", "d'une durée de 18 mois",
// "two decades" -> a whole number of months (issue 13, compute_deal's
// duration).  The words (prepositions, units, the nouns a duration may
// qualify: "five-year deal") are data (duration.cpp); the number is read by
// lang/count.h, so "cinq", "5" and "five" are one.
#pragma once

#include <span>
#include <string_view>

#include "lang/language.h"

namespace factdb::lang {

// One unit word and its length in months.
struct DurationUnitRow {
    unsigned langs;  // kFr, kEn or kAny (lang/tokens.h)
    std::string_view word;
    int months;
};
std::span<const DurationUnitRow> duration_unit_rows();

// The longest duration a deal is taken to have: 100 years.
constexpr int kMaxDurationMonths = 1200;

// The whole field: [a preposition] a count [-] a unit [a noun], the count
// exact and whole ("about five years", "up to six years" and "several
// years" are refused: a duration is stored as one number).  Returns the
// months, 1..kMaxDurationMonths.  Throws NormalizeError saying what is
// missing or wrong and which forms are accepted.
int parse_duration(std::string_view text, Language language);

}  // namespace factdb::lang
