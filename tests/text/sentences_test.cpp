// Tests of text/sentences: the sentence (or sentences) around a span, in
// French and English.  Each row gives the text, a span inside it and the
// exact sentence expected.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "errors/error.h"
#include "text/evidence.h"
#include "text/sentences.h"
#include "text/unicode.h"

using namespace factdb::text;

namespace {

std::string_view slice(std::string_view text, const Span& s) {
    return text.substr(s.begin_byte, s.end_byte - s.begin_byte);
}
struct SentenceCase {
    std::string_view name;
    std::string_view text;
    std::string_view quote;  // its first occurrence is the span
    std::string_view sentence;
};

// French typography: NBSP before ":" "?" "!" "»" and after "«".
const SentenceCase kSentenceCases[] = {
    {"middle sentence", "Premier point. Amazon a investi 8 milliards. Dernier point.", "a investi",
     "Amazon a investi 8 milliards."},
    {"first sentence", "Amazon a investi. Puis Google.", "Amazon", "Amazon a investi."},
    {"last sentence without end punctuation", "Un. Deux trois", "trois", "Deux trois"},
    {"decimal number", "Le fonds pèse 1.5 milliard. Ensuite.", "milliard",
     "Le fonds pèse 1.5 milliard."},
    {"initial", "Selon J. Doe, Amazon investit. Fin.", "Amazon", "Selon J. Doe, Amazon investit."},
    {"French title", "Hier, M. Dupont a parlé. Fin.", "a parlé", "Hier, M. Dupont a parlé."},
    {"English title", "Dr. Smith said yes. Then no.", "said", "Dr. Smith said yes."},
    {"question and exclamation", "Vraiment ? Oui ! Amazon investit.", "Amazon", "Amazon investit."},
    {"French NBSP before ? and !", "Est-ce vrai\u00A0? Amazon investit\u00A0! Fin.", "Amazon",
     "Amazon investit\u00A0!"},
    {"guillemets with NBSP keep their closing mark",
     "Il a dit\u00A0: «\u00A0Nous investirons.\u00A0» Amazon confirme.", "investirons",
     "Il a dit\u00A0: «\u00A0Nous investirons.\u00A0»"},
    {"closing guillemet belongs to the previous sentence",
     "Il a dit\u00A0: «\u00A0Nous investirons.\u00A0» Amazon confirme.", "Amazon",
     "Amazon confirme."},
    {"question inside a quotation continues in lower case",
     "«\u00A0Pourquoi\u00A0?\u00A0» a-t-il demandé. Fin.", "demandé",
     "«\u00A0Pourquoi\u00A0?\u00A0» a-t-il demandé."},
    {"English closing quote and parenthesis", "He said \"we will invest.\" (Really.) Next.", "will",
     "He said \"we will invest.\""},
    {"parenthesis after the dot", "Une phrase (entre parenthèses.) Suite.", "phrase",
     "Une phrase (entre parenthèses.)"},
    {"ellipsis character", "Il hésite\u2026 Amazon investit.", "Amazon", "Amazon investit."},
    {"ellipsis followed by lower case goes on", "Il hésite\u2026 puis investit. Fin.", "puis",
     "Il hésite\u2026 puis investit."},
    {"elision mark", "Il a dit (\u2026) Nous investirons. Fin.", "Nous",
     "Il a dit (\u2026) Nous investirons."},
    {"etc. before lower case", "Des puces, etc. et des serveurs. Fin.", "serveurs",
     "Des puces, etc. et des serveurs."},
    {"etc. before a capital ends the sentence", "Des puces, etc. Amazon investit.", "Amazon",
     "Amazon investit."},
    {"U.S. mid-sentence", "Amazon invests in the U.S. and in Europe. End.", "Europe",
     "Amazon invests in the U.S. and in Europe."},
    {"single newline ends a sentence", "Titre de l'article\nAmazon investit.", "Amazon",
     "Amazon investit."},
    {"single newline ends the sentence before it", "Titre de l'article\nAmazon investit.",
     "article", "Titre de l'article"},
    {"blank line", "Premier paragraphe\n\nDeuxième paragraphe", "Deuxième", "Deuxième paragraphe"},
    {"CRLF", "Ligne un\r\nLigne deux.", "deux", "Ligne deux."},
    {"span over two sentences", "Avant. Amazon investit. Google aussi. Après.", "investit. Google",
     "Amazon investit. Google aussi."},
    {"span ending with the full stop", "Avant. Amazon investit. Après.", "Amazon investit.",
     "Amazon investit."},
    {"leading white space trimmed", "Fin.   \u00A0 Amazon investit.  ", "investit",
     "Amazon investit."},
    {"no punctuation at all", "  un texte sans fin  ", "sans", "un texte sans fin"},
    {"dot without white space", "Voir amazon.com pour plus. Fin.", "plus",
     "Voir amazon.com pour plus."},
};

}  // namespace

TEST_CASE("sentence_around finds the sentence (or sentences) of a span", "[text]") {
    for (const auto& c : kSentenceCases) {
        CAPTURE(c.name);
        const auto spans = find_occurrences(c.text, c.quote);
        REQUIRE_FALSE(spans.empty());
        const Span s = sentence_around(c.text, spans[0]);
        CHECK(slice(c.text, s) == c.sentence);
        CHECK(s.begin_char == count_code_points(c.text.substr(0, s.begin_byte)));
        CHECK(s.end_char - s.begin_char == count_code_points(c.sentence));
    }
}

TEST_CASE("sentence_around rejects spans outside the text", "[text]") {
    const std::string_view text = "Québec.";
    CHECK_THROWS_AS(sentence_around(text, Span{0, 99, 0, 99}), factdb::NormalizeError);
    CHECK_THROWS_AS(sentence_around(text, Span{3, 2, 3, 2}), factdb::NormalizeError);
    CHECK_THROWS_AS(sentence_around(text, Span{3, 4, 3, 4}), factdb::NormalizeError);  // mid-é
}

namespace {

// Every span of text on code-point boundaries (all of them for short texts,
// a strided sample for long ones): SentenceIndex must give exactly what
// sentence_around gives, offsets included.
void require_index_agrees(std::string_view text, std::size_t stride = 1) {
    const SentenceIndex index(text);
    std::vector<std::size_t> bounds;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            bounds.push_back(i);
        }
    }
    for (std::size_t a = 0; a < bounds.size(); a += stride) {
        for (std::size_t b = a; b < bounds.size(); b += stride) {
            const Span span{bounds[a], bounds[b], 0, 0};
            const Span want = sentence_around(text, span);
            const Span got = index.around(span);
            if (got.begin_byte != want.begin_byte || got.end_byte != want.end_byte ||
                got.begin_char != want.begin_char || got.end_char != want.end_char) {
                CAPTURE(text, span.begin_byte, span.end_byte, want.begin_byte, want.end_byte,
                        got.begin_byte, got.end_byte, want.begin_char, got.begin_char,
                        want.end_char, got.end_char);
                FAIL("SentenceIndex::around differs from sentence_around");
            }
        }
    }
}

}  // namespace

TEST_CASE("SentenceIndex agrees with sentence_around on every span of the table's texts",
          "[text]") {
    for (const auto& c : kSentenceCases) {
        CAPTURE(c.name);
        require_index_agrees(c.text);
    }
}

TEST_CASE("SentenceIndex agrees with sentence_around on generated texts", "[text]") {
    // Pieces that exercise every rule: terminators and their runs, closers
    // (spaced or not), initials and titles, elision marks, line breaks,
    // lower/upper case after an end, multi-byte characters, and white-space
    // runs long enough to be indexed (64 bytes and more).
    const std::vector<std::string> pieces = {
        ". ",  "!",    "?",    "\u2026", "\u00BB", " \u00BB", "\"",        ")",
        " ",   "\n",   "\r\n", "J. ",    "M. ",    "Dr. ",    "(\u2026)",  "[...]",
        "a",   "Amazon", "le",  "\u00E9t\u00E9", "\u00A0", "\u2028", std::string(70, ' '),
        std::string(64, '\n'), "Inc. ", "1.5",  "etc. et", "? \u00BB a-t-il",
    };
    std::uint32_t state = 12345;
    const auto next = [&] {
        state = state * 1103515245u + 12345u;
        return state >> 8;
    };
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const std::size_t n = 1 + next() % 14;
        for (std::size_t k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
        CAPTURE(round);
        require_index_agrees(text, text.size() > 200 ? 7 : 1);
    }
}

TEST_CASE("SentenceIndex rejects spans outside the text as sentence_around does", "[text]") {
    const std::string_view text = "Québec.";
    const SentenceIndex index(text);
    CHECK_THROWS_WITH(index.around(Span{0, 99, 0, 99}),
                      "evidence span outside the text or not on character boundaries");
    CHECK_THROWS_AS(index.around(Span{3, 2, 3, 2}), factdb::NormalizeError);
    CHECK_THROWS_AS(index.around(Span{3, 4, 3, 4}), factdb::NormalizeError);  // mid-é
}
