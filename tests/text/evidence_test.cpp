// Tests of text/evidence: finding quotes under white-space and
// apostrophe folding (sentences: sentences_test.cpp).  Tables give the text,
// the quote and the exact slices (and offsets) expected.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "errors/error.h"
#include "text/evidence.h"
#include "text/unicode.h"

using namespace factdb::text;

namespace {

std::string_view slice(std::string_view text, const Span& s) {
    return text.substr(s.begin_byte, s.end_byte - s.begin_byte);
}

struct FindCase {
    std::string_view name;
    std::string_view text;
    std::string_view quote;
    std::vector<std::string_view> slices;  // the text's own characters, in order
};

const FindCase kFindCases[] = {
    {"verbatim",
     "Amazon a investi 8 milliards.",
     "a investi 8 milliards",
     {"a investi 8 milliards"}},
    {"NBSP in text, space in quote",
     "Amazon a investi 8\u00A0milliards.",
     "8 milliards",
     {"8\u00A0milliards"}},
    {"space in text, NNBSP in quote", "pour 10 milliards", "10\u202Fmilliards", {"10 milliards"}},
    {"line break and run of spaces in text",
     "le plus grand\n   centre de données",
     "grand centre",
     {"grand\n   centre"}},
    {"run of spaces in quote", "grand centre", "grand \t centre", {"grand centre"}},
    {"typographic apostrophe in text", "dans l’entreprise", "l'entreprise", {"l’entreprise"}},
    {"typographic apostrophe in quote", "dans l'entreprise", "l’entreprise", {"l'entreprise"}},
    {"modifier apostrophe", "dans lʼentreprise", "l‘entreprise", {"lʼentreprise"}},
    {"quote trimmed", "Amazon investit.", "  Amazon\u00A0 ", {"Amazon"}},
    {"non-overlapping, in order", "aaaa", "aa", {"aa", "aa"}},
    {"several occurrences", "Amazon et Amazon", "Amazon", {"Amazon", "Amazon"}},
    {"case matters", "amazon", "Amazon", {}},
    {"accents matter", "Quebec", "Québec", {}},
    {"white space required on both sides", "grandcentre", "grand centre", {}},
    {"empty quote", "texte", "", {}},
    {"white-space quote", "texte", " \u00A0\n", {}},
    {"quote longer than text", "ab", "abc", {}},
    {"at the very end", "fin du texte", "texte", {"texte"}},
    {"text ending in white space", "fin du texte \n", "texte", {"texte"}},
};

}  // namespace

TEST_CASE("find_occurrences folds white space and apostrophes only", "[text]") {
    for (const auto& c : kFindCases) {
        CAPTURE(c.name);
        const auto spans = find_occurrences(c.text, c.quote);
        REQUIRE(spans.size() == c.slices.size());
        for (std::size_t i = 0; i < spans.size(); ++i) {
            CHECK(slice(c.text, spans[i]) == c.slices[i]);
            // Character offsets reproduce the same slice.
            CHECK(spans[i].begin_char == count_code_points(c.text.substr(0, spans[i].begin_byte)));
            CHECK(spans[i].end_char - spans[i].begin_char == count_code_points(c.slices[i]));
        }
        // The per-document index gives the same answer.
        const FoldedText folded(c.text);
        const auto again = folded.find(c.quote);
        REQUIRE(again.size() == spans.size());
        for (std::size_t i = 0; i < spans.size(); ++i) {
            CHECK(again[i].begin_byte == spans[i].begin_byte);
            CHECK(again[i].end_byte == spans[i].end_byte);
            CHECK(again[i].begin_char == spans[i].begin_char);
            CHECK(again[i].end_char == spans[i].end_char);
        }
    }
}

TEST_CASE("find_occurrences reports exact byte and character offsets", "[text]") {
    struct Case {
        std::string_view text, quote;
        Span span;
    };
    const Case cases[] = {
        {"Québec à l’Est", "l'Est", {11, 18, 9, 14}},
        {"é\u00A0\u00A0a", "é a", {0, 7, 0, 4}},
        {"Caroline du Nord", "Nord", {12, 16, 12, 16}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text, c.quote);
        const auto spans = find_occurrences(c.text, c.quote);
        REQUIRE(spans.size() == 1);
        CHECK(spans[0].begin_byte == c.span.begin_byte);
        CHECK(spans[0].end_byte == c.span.end_byte);
        CHECK(spans[0].begin_char == c.span.begin_char);
        CHECK(spans[0].end_char == c.span.end_char);
    }
}

TEST_CASE("FoldedText is reused across quotes of a long document", "[text]") {
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += "Amazon a investi 8\u00A0milliards en Caroline du Nord. ";
    text += "Phrase unique à la fin.";
    const FoldedText folded(text);
    CHECK(folded.text_bytes() == text.size());
    CHECK(folded.text_chars() == count_code_points(text));
    CHECK(folded.find("8 milliards").size() == 20000);
    const auto last = folded.find("Phrase unique");
    REQUIRE(last.size() == 1);
    CHECK(last[0].begin_byte == text.size() - std::string_view("Phrase unique à la fin.").size());
    CHECK(folded.find("absent du texte").empty());
}

TEST_CASE("FoldedText::locate counts the occurrences and picks the one asked for", "[text]") {
    const std::string text = "Meta et Meta\u00A0Platforms et Meta. aaaaa";
    const FoldedText folded(text);
    const Occurrences meta = folded.locate("Meta", 1);
    CHECK(meta.count == 3);
    REQUIRE(meta.chosen);
    CHECK(meta.chosen->begin_byte == 8);
    CHECK(meta.chosen->end_byte == 12);
    CHECK(meta.chosen->begin_char == 8);
    // Asked again: the same answer (from the memo).
    const Occurrences again = folded.locate("Meta", 1);
    CHECK(again.count == 3);
    REQUIRE(again.chosen);
    CHECK(again.chosen->begin_byte == 8);
    // An index past the last occurrence: the count, and nothing chosen.
    const Occurrences past = folded.locate("Meta", 3);
    CHECK(past.count == 3);
    CHECK_FALSE(past.chosen);
    // White space folds as in find; occurrences do not overlap.
    const Occurrences platforms = folded.locate("Meta Platforms", 0);
    CHECK(platforms.count == 1);
    REQUIRE(platforms.chosen);
    CHECK(platforms.chosen->end_byte - platforms.chosen->begin_byte ==
          std::string_view("Meta\u00A0Platforms").size());
    const Occurrences aa = folded.locate("aa", 1);
    CHECK(aa.count == 2);
    REQUIRE(aa.chosen);
    CHECK(aa.chosen->begin_byte == text.size() - 3);
    CHECK(folded.locate("absent", 0).count == 0);
    CHECK(folded.locate(" \u00A0", 0).count == 0);
}

TEST_CASE("FoldedText finds what a naive search finds, on periodic texts and quotes",
          "[text]") {
    // Knuth-Morris-Pratt's fall-backs matter on texts and quotes made of one
    // or two letters; a naive left-to-right search restarting after each
    // match is the reference.
    const auto naive = [](std::string_view text, std::string_view quote) {
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i + quote.size() <= text.size();) {
            if (text.compare(i, quote.size(), quote) == 0) {
                at.push_back(i);
                i += quote.size();
            } else {
                ++i;
            }
        }
        return at;
    };
    std::uint32_t state = 7;
    const auto next = [&] {
        state = state * 1103515245u + 12345u;
        return state >> 8;
    };
    for (int round = 0; round < 2000; ++round) {
        std::string text, quote;
        const std::size_t n = next() % 40, m = 1 + next() % 6;
        for (std::size_t i = 0; i < n; ++i) text += "ab"[next() % 2 == 0 ? 0 : (next() % 3 == 0)];
        for (std::size_t i = 0; i < m; ++i) quote += "ab"[next() % 4 == 0];
        CAPTURE(text, quote);
        const auto want = naive(text, quote);
        const auto got = FoldedText(text).find(quote);
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < got.size(); ++i) CHECK(got[i].begin_byte == want[i]);
        const Occurrences counted = FoldedText(text).locate(quote, want.size() / 2);
        CHECK(counted.count == want.size());
    }
}

TEST_CASE("FoldedText counts what its scans examine and stops at its budget", "[text]") {
    const std::string text = "abc abd abe";  // 11 bytes folded
    const FoldedText folded(text, 30);
    CHECK(folded.locate("abc", 0).count == 1);  // 11 + 3
    CHECK(folded.scanned_bytes() == 14);
    CHECK(folded.locate("abc", 0).count == 1);  // remembered: free
    CHECK(folded.scanned_bytes() == 14);
    CHECK(folded.locate("ab", 1).count == 3);  // 11 + 2
    CHECK(folded.scanned_bytes() == 27);
    CHECK(folded.scans() == 2);
    CHECK_THROWS_MATCHES(folded.locate("abd", 0), SearchBudgetError,
                         Catch::Matchers::Message("searching the text again would examine more "
                                                  "than 30 bytes in all (2 searches of 11 bytes "
                                                  "so far)"));
    CHECK(folded.scanned_bytes() == 27);  // the refused scan did not run
    CHECK(folded.find("abd").size() == 1);  // find() is the unbudgeted reference
}

TEST_CASE("FoldedText's search is linear on Boyer-Moore-Horspool's worst case", "[text]") {
    // n x "a", then the quote "b" + n/2 x "a" (issue 11, defect 1): Horspool
    // compares about n/2 bytes at each of n/2 alignments (hours at 16 MiB).
    // KMP looks at each byte at most twice; this checks the answer, and the
    // bad-input corpus runs the same shape through `factdb load` under a
    // time bound.
    const std::size_t n = 1 << 20;
    std::string text(n, 'a');
    text += " b" + std::string(n / 2, 'a') + ".";
    const FoldedText folded(text);
    const Occurrences found = folded.locate("b" + std::string(n / 2, 'a'), 0);
    CHECK(found.count == 1);
    REQUIRE(found.chosen);
    CHECK(found.chosen->begin_byte == n + 1);
    CHECK(folded.locate("b" + std::string(n / 2 + 1, 'a'), 0).count == 0);
}

TEST_CASE("invalid UTF-8 is rejected by the matchers", "[text]") {
    const std::string bad("ok \xC3(", 5);
    CHECK_THROWS_MATCHES(find_occurrences(bad, "ok"), factdb::NormalizeError,
                         Catch::Matchers::Message("invalid UTF-8 at byte 3"));
    CHECK_THROWS_AS(find_occurrences("ok", bad), factdb::NormalizeError);
}

