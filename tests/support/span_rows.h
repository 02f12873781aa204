// Helpers for the span matchers' tests: a row names its sentence, where the
// match should start (the first occurrence of a substring, which must begin
// a token), and the exact match expected: the substring matched and its
// code-point range in the sentence, checked through lang::locate so the
// offsets a consumer would store are what is tested.
#pragma once

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include "lang/span_match.h"
#include "lang/tokens.h"

namespace factdb::lang::testing {

// A sentence tokenized as running text.
struct RunningText {
    std::string text;
    Tokens tokens;

    RunningText(std::string_view sentence, Language language)
        : text(sentence), tokens(tokenize_running_text(text, language)) {}

    // The index of the token that starts at the first occurrence of at;
    // tokens.size() (and a failed check) when at is missing or starts no token.
    std::size_t token_at(std::string_view at) const {
        const std::size_t byte = text.find(at);
        CHECK(byte != std::string::npos);
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (tokens[i].raw.data() == text.data() + byte) return i;
        FAIL_CHECK("'" << at << "' does not start a token");
        return tokens.size();
    }
};

// What a row expects of a match.
struct Expected {
    const char* matched;  // the matched text, nullptr: no match at that position
    std::size_t begin_char = 0, end_char = 0;
};

// Checks a match against what the row expects; true when the value should
// be compared too (there is a match and one was expected).
template <class M>
bool check_match(const RunningText& s, std::size_t position, const M& match,
                 const Expected& expected) {
    if (!expected.matched) {
        CHECK_FALSE(match.has_value());
        if (match) UNSCOPED_INFO("unexpected match '" << match->raw << "'");
        return false;
    }
    REQUIRE(match.has_value());
    CHECK(match->raw == expected.matched);
    CHECK(match->begin == position);
    CHECK(raw_between(s.tokens, match->begin, match->end) == match->raw);
    const text::Span span = locate(s.text, match->raw);
    CHECK(span.begin_char == expected.begin_char);
    CHECK(span.end_char == expected.end_char);
    CHECK(s.text.substr(span.begin_byte, span.end_byte - span.begin_byte) == expected.matched);
    return true;
}

}  // namespace factdb::lang::testing
