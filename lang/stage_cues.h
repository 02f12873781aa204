// Inferring the stage of an investment (completed, committed, considered)
// from the verb of its evidence, when the claim gives none: "a investi",
// "has put in" -> completed; "s'est engagé", "pledged", "will invest" ->
// committed; "envisage", "is weighing", "in talks" -> considered.  The cues
// are data (stage_cues.cpp); the matcher (lang/cue_match.h, shared with a
// data centre's status) is a small one over the tokens of lang/tokens.h,
// separate from modality's, because a stage cue only has to be found, not
// scoped.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "lang/language.h"
#include "lang/tokens.h"

namespace factdb::lang {

// One row of the cue table: a pattern in running-text spelling, matched
// folded token by token ("*" = zero to two words), and the stage it shows.
struct StageCueRow {
    unsigned langs;  // kFr, kEn or kAny
    std::string_view pattern;
    std::string_view stage;  // "completed" | "committed" | "considered"
};

std::span<const StageCueRow> stage_cue_rows();

struct StageCue {
    std::string_view stage;  // the row's code
    std::string_view cue;    // the text's own words, a view into the text given
    std::size_t begin = 0, end = 0;  // bytes of the text
};

// The first cue of the language in text (leftmost; at one position the
// longest match, at equal length the earlier row), or nullopt.  Never
// throws but for invalid UTF-8 (NormalizeError).  The cue views text.
std::optional<StageCue> infer_stage(std::string_view text, Language language);

}  // namespace factdb::lang
