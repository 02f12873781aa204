// Running one rule over one sentence's mentions: a left-to-right scan with
// bounded gaps and no backtracking, so a sentence of n tokens costs
// O(n * elements * (max gap + 1)) per rule, whatever the text.
//
// Semantics (docs/DRAFT.md, "How a pattern matches"): a match starts at a
// token where the first element matches; each next element is tried at the
// position after the previous one, or, after a gap [0..N], at the first of
// the next N + 1 positions where it matches (the nearest, never a later one:
// there is no backtracking), and a gap never skips the start of a mention of
// the kind matched just before it (the nearest name is the slot) nor, right
// after a name, a comma (the name ends an apposition); an optional word is taken when it is there.
// A mention element consumes the whole mention; a word element one token.
// After a match, the scan resumes at the token after it, so a rule's matches
// in a sentence never overlap.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "draft/mentions.h"
#include "draft/rules.h"

namespace factdb::draft {

struct Capture {
    std::string field;
    std::size_t begin = 0, end = 0;       // tokens
    std::string_view surface;             // the field's words as written
    std::vector<std::string_view> names;  // a NAMES capture: one surface per name
    bool list = false;
};

struct Match {
    const Rule* rule = nullptr;
    std::size_t begin = 0, end = 0;  // tokens of the whole match
    std::vector<Capture> captures;
};

// Every match of rule in the sentence, left to right.  Counts the element
// tests made in *work (for the linear-time tests), when given.
std::vector<Match> match_rule(const Rule& rule, const SentenceMentions& mentions,
                              std::size_t* work = nullptr);

}  // namespace factdb::draft
