// Sentence bounds in running text, French and English: the sentence around
// a span of a document is what modality cues are read from and what an
// evidence row points into.
#pragma once

#include <string_view>

#include "text/span.h"

namespace factdb::text {

// The sentence (or sentences) containing span: from just after the previous
// sentence end (or the start of text) to the end of the sentence the span
// ends in, trimmed of white space.  Rules in sentences.cpp; in short, a
// sentence ends
//   * at a line break (single newline or blank line alike);
//   * after a run of terminators (. ! ? …) and the closing quotes and
//     brackets right after it (" ' ) ] » › ” ’, and » › also after a
//     no-break or plain space: "… fini. »"), all kept in the sentence, when
//     white space or the end of the text follows and, unless that white
//     space holds a line break, the first character after it is not a
//     lower-case letter ("etc. et", "? » a-t-il demandé" go on).
// A terminator run does not end a sentence when it is a single '.' after a
// single capital letter (an initial: "J. Doe") or after a title of the
// case-sensitive list in sentences.cpp ("M.", "Mme.", "Dr.", "Mr.", "St.",
// "vs."...), nor inside an elision mark "(…)", "[…]", "(...)".  "1.5" never
// ends one (no white space after the dot).  "etc.", "Inc.", "Corp." are not
// titles: followed by a capital they end the sentence.  The span is always
// contained whole, even when it crosses sentence ends.
Span sentence_around(std::string_view text, const Span& span);

}  // namespace factdb::text
