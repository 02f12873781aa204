// The forms of a duration and their reader (duration.h).
//
// Rules (docs/NORMALISATION.md 16, "Durations"):
//   * the whole text is [lead] N [-] unit [noun]: lead is one preposition
//     phrase of the table ("over", "for", "sur", "pendant", "d'une durée
//     de"), noun one of the nouns a duration qualifies ("five-year deal",
//     "contrat"); no other word is allowed (nothing is silently skipped);
//   * N is a count (lang/count.h) that is exact and whole, at least 1:
//     "about five years" or "up to six years" is no single number, and a
//     duration is stored as one (months), so those are refused, never
//     rounded;
//   * months = N x the unit's months (a year is 12, a decade 120); more than
//     kMaxDurationMonths is refused as implausible.
#include "lang/duration.h"

#include <cstdint>
#include <string>

#include "errors/error.h"
#include "lang/count.h"
#include "lang/tokens.h"

namespace factdb::lang {
namespace {

constexpr DurationUnitRow kUnits[] = {
    {kEn, "year", 12},     {kEn, "years", 12},  {kEn, "yr", 12},     {kEn, "yrs", 12},
    {kEn, "month", 1},     {kEn, "months", 1},  {kEn, "decade", 120}, {kEn, "decades", 120},
    {kFr, "an", 12},       {kFr, "ans", 12},    {kFr, "année", 12},  {kFr, "années", 12},
    {kFr, "mois", 1},      {kFr, "décennie", 120}, {kFr, "décennies", 120},
};

const PhraseTable<bool>& lead_words() {
    static const PhraseTable<bool> table{
        {"over", kEn, true},          {"over a", kEn, true},
        {"over the", kEn, true},      {"for", kEn, true},
        {"for a", kEn, true},         {"lasting", kEn, true},
        {"spanning", kEn, true},      {"across", kEn, true},
        {"a", kEn, true},             {"an", kEn, true},
        {"over a period of", kEn, true}, {"for a period of", kEn, true},
        {"for a term of", kEn, true}, {"with a term of", kEn, true},
        {"sur", kFr, true},           {"pendant", kFr, true},
        {"durant", kFr, true},        {"de", kFr, true},
        {"d'une durée de", kFr, true}, {"pour une durée de", kFr, true},
        {"sur une durée de", kFr, true}, {"sur une période de", kFr, true},
        {"étalé sur", kFr, true},     {"étalée sur", kFr, true},
    };
    return table;
}

const PhraseTable<bool>& noun_words() {
    static const PhraseTable<bool> table{
        {"deal", kEn, true},      {"contract", kEn, true}, {"agreement", kEn, true},
        {"period", kEn, true},    {"term", kEn, true},     {"commitment", kEn, true},
        {"partnership", kEn, true}, {"lease", kEn, true},
        {"contrat", kFr, true},   {"accord", kFr, true},   {"bail", kFr, true},
        {"engagement", kFr, true},
    };
    return table;
}

// The unit at tokens[i] (a word of kUnits), its months; 0 when none.
int unit_at(TokenSpan t, std::size_t i, Language language) {
    if (i >= t.size() || t[i].kind != Token::Kind::word) return 0;
    for (const auto& row : kUnits) {
        if (!speaks(row.langs, language)) continue;
        const auto keys = phrase_keys(row.word);
        if (keys.size() == 1 && t[i].key == keys.front()) return row.months;
    }
    return 0;
}

constexpr std::string_view kForms =
    "write it as a whole number and a unit: 'five-year', 'over 4 years', '18 months', 'sur six "
    "ans', 'pendant dix ans' (NORMALISATION.md 16)";

}  // namespace

std::span<const DurationUnitRow> duration_unit_rows() {
    return kUnits;
}

int parse_duration(std::string_view text, Language language) {
    const Tokens all = tokenize(text, language);
    if (all.empty()) throw NormalizeError("empty text");
    // Dashes join the count to its unit ("five-year", "5-year"): dropped.
    Tokens tokens;
    for (const auto& token : all) {
        if (!(token.kind == Token::Kind::symbol && token.key == "-")) tokens.push_back(token);
    }
    const TokenSpan t(tokens);
    if (t.empty()) throw NormalizeError("no number of years or months in duration; " + std::string(kForms));
    // The unit: the last token, or the one before a noun.
    std::size_t end = t.size();
    if (end >= 2) {
        if (const auto noun = noun_words().longest(t, end - 1, language);
            noun && noun->length == 1 && unit_at(t, end - 2, language))
            --end;
    }
    const int unit = unit_at(t, end - 1, language);
    if (!unit)
        throw NormalizeError("no unit in duration (years, months, ans, mois...); " +
                             std::string(kForms));
    std::size_t begin = 0;
    if (const auto lead = lead_words().longest(t, 0, language); lead && lead->length < end - 1)
        begin = lead->length;
    if (begin >= end - 1)
        throw NormalizeError("no number of years or months in duration; " + std::string(kForms));
    const std::string_view count_text = raw_between(t, begin, end - 1);
    Range range;
    try {
        range = parse_count(count_text, language);
    } catch (const NormalizeError& e) {
        throw NormalizeError("unreadable number '" + std::string(count_text) +
                             "' in duration (" + e.what() + "); " + std::string(kForms));
    }
    if (range.qualifier != Qualifier::exact || !range.low)
        throw NormalizeError("duration '" + std::string(count_text) +
                             "' is not one exact number (" +
                             std::string(to_string(range.qualifier)) +
                             "); a duration is stored as a whole number of months: give the "
                             "number the article states, or leave \"duration\" out");
    const auto n = range.low->to_integer();
    if (!n || *n < 1)
        throw NormalizeError("duration must be at least one month or year");
    if (*n > kMaxDurationMonths / unit)
        throw NormalizeError("duration of more than " + std::to_string(kMaxDurationMonths / 12) +
                             " years is implausible");
    return static_cast<int>(*n) * unit;
}

}  // namespace factdb::lang
