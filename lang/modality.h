// How a document states a fact: asserted, reported, conditional, expected,
// possible, planned or negated, decided by the cue words that govern the
// evidence (vocabulary in modality_cues.cpp).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lang/language.h"

namespace factdb {

enum class Modality { asserted, reported, conditional, expected, possible, planned, negated };

std::string_view to_string(Modality m);                      // "reported"
std::optional<Modality> parse_modality(std::string_view s);  // inverse of to_string

// Where the deciding cue was found.
enum class CueScope { given, evidence, sentence, none };
std::string_view to_string(CueScope s);  // "given", "evidence", "sentence", "default"

struct ModalityDecision {
    Modality modality = Modality::asserted;
    std::string cue;  // the cue as written in the text; empty when none
    CueScope scope = CueScope::none;
};

// Infers the modality of the evidence at bytes [begin, end) of sentence.
// Rules (docs/NORMALISATION.md):
//  1. reporting frames ("il a été rapporté que", "selon", "according to", "is
//     said to") govern their whole sentence: if one occurs in the evidence or
//     the sentence, the modality is reported;
//  2. otherwise, among the cues inside the evidence, the first negation
//     decides ("ne prévoit plus" is negated, not planned); without one, the
//     first cue inside the evidence;
//  3. otherwise the nearest cue in the evidence's own clause of the sentence
//     decides; cues in other clauses (after ", qui", "; ", ", mais", ", which",
//     ", while"...) do not, nor does a cue after a coordinator ("et", "and")
//     that follows the evidence, unless the evidence is in a list of names
//     that is the cue's subject ("Amazon, Google et Meta pourraient");
//  4. otherwise asserted.
// Cues match whole words, case- and accent-insensitively (rows marked
// as_written: as written or in capitals); all apostrophes (' ’ ‘ ʼ) are one;
// a French pattern word such as "de", "que", "ne" also matches its elided
// form ("d'", "qu'", "n'"), see elisions().  Details at the top of
// modality.cpp.
// Costs O(sentence): to decide several spans of one sentence, build a
// SentenceModality once.
ModalityDecision infer_modality(std::string_view sentence, std::size_t begin, std::size_t end,
                                Language language);

// One sentence read once (its tokens, cues and clauses), so that each
// decide() costs O(log n) binary searches and a scan of the cues right after
// the evidence that the coordinator rule sets aside (none in ordinary text)
// instead of a new reading of the sentence: 500 claims in one 400 KB sentence
// cost one reading, not 500 (issue 11).  decide(begin, end) is what
// infer_modality(sentence, begin, end, language) returns; infer_modality is
// built on it, so the rules exist once.  Keeps a view of sentence, which
// must outlive it.  Throws NormalizeError on invalid UTF-8 (constructor) and
// on bounds outside the sentence (decide).
class SentenceModality {
  public:
    SentenceModality(std::string_view sentence, Language language);
    ~SentenceModality();
    SentenceModality(SentenceModality&&) noexcept;
    SentenceModality& operator=(SentenceModality&&) noexcept;

    ModalityDecision decide(std::size_t begin, std::size_t end) const;

  private:
    struct Analysis;
    std::unique_ptr<Analysis> a_;
};

// ---- The vocabulary (data in modality_cues.cpp) ---------------------------
// A pattern is words and punctuation separated by spaces, matched token by
// token on folded text: "*" stands for zero to two words ("sont * prévus"),
// "a|b" lists the written forms of one word ("prévus|prévues").

enum class CueKind {
    frame,  // a reporting frame: governs its whole sentence (rule 1)
    verb,   // any other cue: governs its own clause (rules 2 and 3)
};

struct ModalityCue {
    Language language;
    std::string_view pattern;
    Modality modality;
    CueKind kind;
    // Each word matches only as written (accents, lower case) or in capitals
    // ("may", "MAY"; not Title Case): "may" is not the month May, "will" not
    // the name Will, "a l'intention de" not "à l'intention de".  Apostrophes
    // and elisions still apply.
    bool as_written = false;
};

std::span<const ModalityCue> modality_cues();

// One cue found in a text.
struct CueOccurrence {
    std::size_t begin = 0, end = 0;  // bytes of the text: from the cue's first token to its last
    std::string_view text;           // those bytes, as written: a view into the caller's text
    Modality modality = Modality::asserted;
    CueKind kind = CueKind::verb;
    const ModalityCue* row = nullptr;  // the table row that matched (modality_cues())
};

// Every cue of the language in sentence, left to right: the matching that
// infer_modality decides from, exposed (at each token the longest cue, at
// equal length the earlier row; the scan resumes after a match, so cues
// never overlap).  Cues do not cross punctuation other than the apostrophe,
// so a paragraph may be given whole.  Throws NormalizeError on invalid
// UTF-8.  The views point into sentence.
std::vector<CueOccurrence> find_cues(std::string_view sentence, Language language);

// An elision of the language: in every pattern (cues and clause markers), the
// word `full` also matches the text word `elided` followed by an apostrophe,
// so "projette de" matches "projette d'investir", "ne * pas" matches "n'a
// pas" and ", que" matches ", qu'il".  The pattern keeps the full form only.
struct Elision {
    Language language;
    std::string_view full;    // "de"
    std::string_view elided;  // "d", written without the apostrophe
};

std::span<const Elision> elisions();

enum class ClauseMarkerKind {
    boundary,      // a clause starts at the marker ("; ", ", mais", ", but")
    incidental,    // a boundary opening a clause that the next comma closes (", qui", ", which")
    subordinator,  // at the sentence start or after a comma, opens a clause the next comma
                   // closes ("Bien qu'..., ...", "Although ..., ...")
    coordinator,   // a cue after it does not govern evidence before it ("et", "and")
};

struct ClauseMarker {
    Language language;
    std::string_view pattern;
    ClauseMarkerKind kind;
};

std::span<const ClauseMarker> clause_markers();

}  // namespace factdb
