// Counts ("30", "une trentaine", "au moins 11", "sept", "more than 1,000
// sites") and years ("en 2021", "in 2021"), as whole fields and in running
// text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "lang/language.h"
#include "lang/quantity.h"
#include "lang/span_match.h"

namespace factdb::lang {

// The whole field: a non-negative whole count.  Words after the number
// naming what is counted ("30 centres de données") are allowed and not
// kept.  Throws NormalizeError.
Range parse_count(std::string_view text, Language language);

// The whole field: a count of things followed by what is counted, which
// may hold figures and unit-like words of its own ("100,000 Nvidia H100
// chips", "145,000 NX-400 chips", "un million de puces TPU v5"): the
// longest prefix (at most 12 tokens) that match_count reads whole and a
// word follows, else parse_count's reading and errors.  Throws
// NormalizeError.
Range parse_count_of_items(std::string_view text, Language language);

// The whole field: a year between 1800 and 2200: "2021", "en 2021", "in
// 2021".  Throws NormalizeError.
int parse_year(std::string_view text, Language language);

// Running text: the longest count starting at tokens[position], without the
// counted noun ("30" in "30 centres de données"; "une trentaine", "au moins
// 11", "entre 20 et 30").  nullopt when none starts there, and in running
// text also for: a lone "un"/"une"/"a"/"an" (the article: "un
// investissement"; in a whole field "a data center" is the count 1); a
// figure that is a percentage or an amount ("30 %", "30 dollars", "$30");
// a day of a date (next to a month: "le 5 mai", "May 5"); a piece of a
// longer expression (span_match.h).  Never throws.
// Precondition: tokens come from one tokenize call.
using CountMatch = SpanMatch<Range>;
std::optional<CountMatch> match_count(TokenSpan tokens, std::size_t position, Language language);

// Running text: match_count, or where it reads nothing because unit-like
// words follow the figure ("100,000 H100 GPUs", "145,000 NX-400 chips"),
// the count before them as parse_count_of_items reads it.  At most 12
// match_count calls of at most 13 tokens per position: linear in the text.
// Never throws.  Precondition: tokens come from one tokenize call.
std::optional<CountMatch> match_count_of_items(TokenSpan tokens, std::size_t position,
                                               Language language);

// Running text: a year at tokens[position], with its preposition when it
// starts there ("en 2021", "in 2021") or alone ("2021" in "le 5 mai 2021").
// nullopt for anything parse_year refuses, and for a four-digit figure
// that is part of a date or range written with joiners ("12/05/2021",
// "2021-05-01", "2021-2022"), an amount or a percentage ("$2021",
// "2021 %"), or next to another figure.  Never throws.
// Precondition: tokens come from one tokenize call.
using YearMatch = SpanMatch<int>;
std::optional<YearMatch> match_year(TokenSpan tokens, std::size_t position, Language language);

}  // namespace factdb::lang
