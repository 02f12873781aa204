// A data centre's status: planned | under_construction | operating |
// expanded | cancelled.  Given in a claim in French or English ("en
// construction", "operational"), or, when the claim gives none, inferred
// from the verb of its evidence ("is building" -> under_construction,
// "construira" -> planned, "a ouvert" -> operating, "expand" -> expanded,
// "scrapped" -> cancelled), the words kept as the cue; else "unspecified".
// The words and cues are data (datacenter_status.cpp); the cue matcher is
// the one of an investment's stage (cue_match.h).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lang/language.h"

namespace factdb::lang {

// The whole field: the code of a status word ("under construction",
// "en service", "cancelled" and the codes themselves).  Throws
// NormalizeError for an empty or unknown text, naming the codes accepted.
std::string parse_datacenter_status(std::string_view text, Language language);

// The status codes, for messages and tests: "planned, under_construction, ...".
std::string datacenter_status_codes();

// One row of the cue table: a pattern in running-text spelling, matched
// folded token by token ("*" = zero to two words), and the status it shows.
// A row with an empty status is neutral: it holds its words so that a
// shorter cue inside them is not read ("a construit", "has built": done,
// but not said to be operating; "construit" alone is "is building").
struct StatusCueRow {
    unsigned langs;  // kFr, kEn or kAny
    std::string_view pattern;
    std::string_view status;  // a code, or "" (neutral)
};
std::span<const StatusCueRow> status_cue_rows();

struct StatusCue {
    std::string_view status;  // the row's code
    std::string_view cue;     // the text's own words, a view into the text given
    std::size_t begin = 0, end = 0;  // bytes of the text
};

// The first cue of the language in text (leftmost, then longest, then the
// earlier row), or nullopt when there is none or it is neutral.  Never
// throws but for invalid UTF-8 (NormalizeError).  The cue views text.
std::optional<StatusCue> infer_datacenter_status(std::string_view text, Language language);

}  // namespace factdb::lang
