// What one format's reader finds in a source: its paragraphs (through a
// BodyBuilder) and the metadata the source itself states.  read_article.cpp
// then applies the command line's overrides, the id and the language.
//
// Each reader (text_reader, markdown_reader, html_reader) takes valid
// UTF-8 with line breaks already normalised to "\n" (the HTML reader, whose
// parser has its own rules, takes the bytes as they are) and costs time and
// memory linear in its input.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "article/body_builder.h"

namespace factdb::article {

struct SourceParts {
    std::string title;                     // as written (NFC applied later)
    std::optional<std::string> published;  // YYYY-MM-DD, already normalised
    std::optional<std::string> url;
    // A date the source states that is not one the reader can take
    // ("14 mars 2026" in front matter): refused unless --published is given,
    // never dropped in silence.  Empty when there is none.
    std::string published_problem;
    BodyBuilder body;
};

// CR LF and lone CR made LF (the text formats' one notion of a line).
std::string normalise_line_breaks(std::string_view bytes);

// .txt: see text_reader.cpp.
void read_text(std::string_view text, SourceParts& out);
// .md: see markdown_reader.cpp.
void read_markdown(std::string_view text, SourceParts& out);
// .html: see html_reader.cpp.  Throws factdb::Error naming source for a
// page it refuses (too deep, too many elements, a non-UTF-8 charset,
// invalid UTF-8 - at a byte offset counted from offset_base, the bytes
// already taken off the file's start: its BOM).
void read_html(std::string_view bytes, const std::string& source, std::size_t offset_base,
               SourceParts& out);

}  // namespace factdb::article
