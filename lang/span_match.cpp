// Offsets of a span matcher's match in the caller's text (span_match.h).
//
// Invariant: a match's raw is a view into the text the tokens were made
// from, so its byte offset is a pointer difference and its code-point
// offsets are counted over the text before it and within it; counting is
// by UTF-8 lead bytes (text::count_code_points), valid for valid UTF-8.
#include "lang/span_match.h"

#include "text/unicode.h"

namespace factdb::lang {

text::Span locate(std::string_view text, std::string_view raw) {
    return Locator(text)(raw);
}

text::Span Locator::operator()(std::string_view raw) {
    const auto begin = static_cast<std::size_t>(raw.data() - text_.data());
    if (begin < byte_) byte_ = chars_ = 0;
    chars_ += text::count_code_points(text_.substr(byte_, begin - byte_));
    byte_ = begin;
    text::Span span;
    span.begin_byte = begin;
    span.end_byte = begin + raw.size();
    span.begin_char = chars_;
    span.end_char = chars_ + text::count_code_points(raw);
    return span;
}

}  // namespace factdb::lang
