// An acquisition's status: announced | agreed | completed | terminated |
// blocked (issue 13).  Given in a claim in French or English ("finalisée",
// "closed", "signed", "bloquée"), or, when the claim gives none, inferred
// from the verbs of its evidence ("a finalisé le rachat" -> completed,
// "agreed to buy" -> agreed, "a annoncé" -> announced, "blocked by
// regulators" -> blocked), the words kept as the cue; with no cue the
// status is "announced", the least a reported acquisition has been
// (docs/NORMALISATION.md 15.1).  The words and cues are
// data (acquisition_status.cpp); the cue matcher is the one of an
// investment's stage (cue_match.h).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lang/language.h"

namespace factdb::lang {

// The whole field: the code of a status word.  Throws NormalizeError for an
// empty or unknown text, naming the nearest table words and the codes.
std::string parse_acquisition_status(std::string_view text, Language language);

// One row of the cue table: a pattern in running-text spelling, matched
// folded token by token ("*" = zero to two words), and the status it shows;
// "" is neutral: it holds words that contain a shorter cue but show no
// status ("devrait être finalisée", "expected to close": not completed).
struct AcquisitionCueRow {
    unsigned langs;  // kFr, kEn or kAny
    std::string_view pattern;
    std::string_view status;  // a code, or "" (neutral)
};
std::span<const AcquisitionCueRow> acquisition_cue_rows();

struct AcquisitionCue {
    std::string_view status;  // the row's code
    std::string_view cue;     // the text's own words, a view into the text given
};

// The most advanced status any cue of the evidence shows (terminated >
// blocked > completed > agreed > announced: "announced it has completed"
// is completed), at equal rank the leftmost cue; nullopt when no cue or
// only neutral ones.  O(text * rows).  Throws NormalizeError only for
// invalid UTF-8.  The cue views text.
std::optional<AcquisitionCue> infer_acquisition_status(std::string_view text, Language language);

}  // namespace factdb::lang
