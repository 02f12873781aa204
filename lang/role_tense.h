// The tense of a role (current, former, incoming): read from a claim's
// given value ("former", "ancien", "incoming"...) or inferred from the
// evidence's words that govern the role's title: "former chief executive",
// "ex-CEO", "will be chairman", "futur président", "nommé directeur général
// à partir de".  The cues are data (role_tense.cpp); the matcher anchors each
// cue on the title itself, so that one sentence can state two roles of two
// tenses ("SoftBank chief executive Masayoshi Son will be chairman of
// Stargate": the chief executive is current, the chairman incoming).
// Also the start year of a role ("2021", "since 2021", "depuis 2021").
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "lang/language.h"

namespace factdb::lang {

// One row of the cue table: a pattern in running-text spelling matched
// folded token by token, where "{title}" stands for the role's title and
// "*" steps over zero to two words.  Every pattern holds "{title}" once.
struct TenseCueRow {
    unsigned langs;  // kFr, kEn or kAny (lang/tokens.h)
    std::string_view pattern;
    std::string_view tense;  // "former" | "incoming"
};

std::span<const TenseCueRow> tense_cue_rows();

// The evidence longer than this is not read for a tense (the matcher tries
// each row at each token: bounded text keeps it linear); the caller says so.
constexpr std::size_t kMaxTenseTextBytes = 1024;

struct TenseCue {
    std::string_view tense;  // the row's tense
    std::string_view cue;    // the text's own words, from the cue to its end (title included)
    std::size_t begin = 0, end = 0;  // bytes of the text
};

struct TenseReading {
    // The cue governing an occurrence of the title (leftmost; at one token
    // the longest match, at equal length the earlier row); nullopt: none.
    std::optional<TenseCue> cue;
    // Whether the title occurs in the text at all (folded, whole tokens).
    bool title_found = false;
    // When the title does not occur: the first words of a cue row found
    // anyway ("former" in "former chief executive" for the title "CEO"), so
    // the caller can warn that the tense may not be current; else empty.
    std::string_view stray_cue;
};

// Reads text (at most kMaxTenseTextBytes; longer: an empty reading) for
// the tense of title.  Throws NormalizeError on invalid UTF-8 only.
TenseReading infer_tense(std::string_view text, std::string_view title, Language language);

// A given tense: "current", "former", "incoming" or a word of the language
// that says one ("actuel", "ancien", "ex", "futur", "previous", "future").
// Throws NormalizeError naming the known values.
std::string_view parse_tense(std::string_view text, Language language);

// A start year: "2021", "in 2021", "en 2021", "since 2021", "depuis 2021"
// (1800..2200).  Throws NormalizeError.
int parse_start_year(std::string_view text, Language language);

}  // namespace factdb::lang
