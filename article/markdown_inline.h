// Markdown's inline syntax removed from one block's text, leaving the words
// a reader sees: "**OpenAI**" -> "OpenAI", "[Nvidia](https://...)" ->
// "Nvidia", "`x`" -> "x", "![a chart](c.png)" -> "" (images are dropped),
// "\*" -> "*".
//
// Rules (a subset of CommonMark, chosen so that one pass suffices):
//   * code spans: a run of N backticks up to the next run of exactly N;
//     their content is kept verbatim (one leading and trailing space
//     dropped when both are there); an unmatched run is literal;
//   * links [text](dest) and [text][ref] keep their text, images
//     ![alt](dest) and ![alt][ref] are removed whole; a destination ends at
//     its matching ')' on the same line; brackets that do not form a link
//     stay;
//   * emphasis delimiters (runs of '*', '_', '~') are removed where they can
//     open or close emphasis - next to a non-space on one side and a space,
//     punctuation or the block's edge on the other; '_' inside a word
//     (snake_case) and a '*' between spaces stay.  Pairs are not matched:
//     a lone "*" written as a footnote mark next to a word is removed too;
//   * a backslash before ASCII punctuation escapes it;
//   * inline HTML tags (<span ...>, </b>, <br/>) are removed, their text
//     kept; an autolink <https://...> keeps its address.
// Linear: every byte is looked at a bounded number of times (the code span
// and link destination searches each resume where the last one failed).
#pragma once

#include <string>
#include <string_view>

namespace factdb::article {

std::string strip_markdown_inline(std::string_view block);

}  // namespace factdb::article
