// A span of a document's text, in the two units factdb needs.
#pragma once

#include <cstddef>

namespace factdb::text {

// A span of the document text, in bytes (for slicing) and in code points
// (what is stored: SQLite's substr(text, start + 1, end - start) counts
// characters, so stored offsets reproduce the quote).
struct Span {
    std::size_t begin_byte = 0, end_byte = 0;  // [begin, end)
    std::size_t begin_char = 0, end_char = 0;  // [begin, end)
};

}  // namespace factdb::text
