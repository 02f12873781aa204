// Internal to lang/: the small matcher of verb cues shared by the inferred
// fields (an investment's stage, lang/stage_cues.h; a data centre's status,
// lang/datacenter_status.h).  A cue table is data: rows of a pattern in
// running-text spelling, matched folded token by token ("*" = zero to two
// words), and the languages it belongs to.  Separate from modality's
// matcher because these cues only have to be found, not scoped.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/language.h"
#include "lang/tokens.h"

namespace factdb::lang {

// A pattern as token keys, "*" splitting it into segments.
struct CuePattern {
    std::vector<std::vector<std::string>> segments;
    unsigned langs = kAny;
    std::size_t row = 0;  // index of its row in the caller's table
};

CuePattern compile_cue(std::string_view pattern, unsigned langs, std::size_t row);

// Every row of a cue table (rows with .pattern and .langs) compiled in
// order, row i keeping index i.
template <class Row, std::size_t N>
std::vector<CuePattern> compile_cues(const Row (&rows)[N]) {
    std::vector<CuePattern> out;
    out.reserve(N);
    for (std::size_t i = 0; i < N; ++i) out.push_back(compile_cue(rows[i].pattern, rows[i].langs, i));
    return out;
}

struct CueHit {
    std::size_t row;         // the pattern's row
    std::string_view cue;    // the text's own words, a view into the text given
    std::size_t begin = 0, end = 0;  // bytes of the text
};

// The first cue of the language in text: leftmost; at one position the
// longest match, at equal length the earlier pattern.  nullopt when none.
// O(text * patterns); throws NormalizeError only for invalid UTF-8.
std::optional<CueHit> first_cue(std::string_view text, Language language,
                                const std::vector<CuePattern>& patterns);

// Every cue of the language in text, left to right, each taken as
// first_cue would take it there and the scan resumed after it (so a
// neutral row still hides the shorter cues inside it).  One tokenisation:
// O(text * patterns); throws NormalizeError only for invalid UTF-8.
std::vector<CueHit> every_cue(std::string_view text, Language language,
                              const std::vector<CuePattern>& patterns);

}  // namespace factdb::lang
