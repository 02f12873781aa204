// Assembles an Article's text from its paragraphs, keeping the invariants
// article.h promises: each paragraph is NFC, non-empty, holds no "\n\n",
// and paragraphs are separated by exactly one blank line ("\n\n"), with
// their [begin, end) offsets recorded as they are appended.
//
// Every reader (text, Markdown, HTML) hands its paragraphs, raw, to one
// BodyBuilder, so the three formats cannot disagree on what a paragraph
// boundary is.  NFC is applied per paragraph: a paragraph boundary is a
// newline, which no normalisation composes across, so the NFC of the whole
// text is the concatenation of the NFC of its paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"

namespace factdb::article {

class BodyBuilder {
  public:
    // Appends a paragraph.  Precondition: valid UTF-8.  The text is trimmed
    // of White_Space at both ends; an empty (all-blank) paragraph is
    // skipped; any blank line left inside (a line of white space only) would
    // break the "no \n\n" invariant, so each run of line breaks holding one
    // is reduced to a single "\n".
    void add(std::string_view paragraph);

    bool empty() const { return paragraphs_.empty(); }
    std::string& text() { return text_; }
    std::vector<Paragraph>& paragraphs() { return paragraphs_; }

  private:
    std::string text_;
    std::vector<Paragraph> paragraphs_;
};

}  // namespace factdb::article
