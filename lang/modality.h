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
std::span<const std::string_view> modality_names();          // the seven, in enum order

// Where the deciding cue was found.
enum class CueScope { given, evidence, sentence, none };
std::string_view to_string(CueScope s);  // "given", "evidence", "sentence", "default"

struct ModalityDecision {
    Modality modality = Modality::asserted;
    std::string cue;  // the cue as written in the text; empty when none
    CueScope scope = CueScope::none;
    // Where the cue lies in the sentence: bytes [cue_begin, cue_end) and code
    // points [cue_begin_char, cue_end_char), all 0 when there is no cue.  The
    // loader adds the sentence's own offset to store the cue's range in the
    // document (evidence.cue_start_char, issue 12).
    std::size_t cue_begin = 0, cue_end = 0;
    std::size_t cue_begin_char = 0, cue_end_char = 0;
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
//     ", while"..., and a relative clause "that plans to", "qui prévoit") do
//     not, nor does a cue after a coordinator ("et", "and") that follows the
//     evidence, unless the evidence is in a list of names that is the cue's
//     subject ("Amazon, Google et Meta pourraient"), nor a cue after an
//     evidence that is a described subject (a name with words of its own:
//     "SoftBank chief executive Masayoshi Son will be chairman": the role is
//     presupposed, only the chairmanship is planned);
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
    inert,  // not a cue: a phrase that hides the shorter cue inside it ("did not confirm",
            // "n'a pas commenté" speak of the speaker's answer, not of the fact)
    speech,  // a reporting verb in the past ("said", "a annoncé que"): not a cue by itself,
             // but the future of reported speech after it is planned (see kSpeechWindow)
};

// Reported speech (issue 12).  A `would` or French conditional (a row or a
// conjugation marked speech_future) that follows a speech row in the same
// stretch of text is the future of the past, not a hedge: "said it would
// invest", "a annoncé qu'il investirait" are planned; a negated one ("said
// it would not") stays negated.  The cue then runs from the reporting verb
// to it.  Between the two: at most kSpeechWindow words (each of at most 64
// bytes), apostrophes, nothing else: no other punctuation (", which
// would"), no coordinator ("announced a deal and would"), no other cue or
// non-answer ("said it may"), each of which ends the reported speech.
inline constexpr std::size_t kSpeechWindow = 6;

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
    // After a speech row, this cue is the future of reported speech.
    bool speech_future = false;
};

std::span<const ModalityCue> modality_cues();

// French verb morphology (issue 12): a word is a cue by its ending, not by a
// list of words.  A word ending in one of these endings is a cue when what
// precedes the ending (its stem) is a future stem: it ends in "r" and
// stem_verdict() says so (the conditional and the future are built on the
// same stem: "investir-ait", "investir-a"; the imperfect "déclar-ait" and
// the simple past "déclar-a" are not).  Table rows beat morphology at the
// same word ("devrait" is expected, "pourrait" possible).
struct Conjugation {
    Language language;
    std::string_view ending;  // "ait", written without the stem's "r"
    Modality modality;        // conditional or planned
    std::string_view tense;   // "conditional", "future": for the docs and tests
    bool speech_future = false;  // after a speech row, the future of reported speech
};

std::span<const Conjugation> conjugations();

// A stem-ending rule: a stem (lower case, accents kept) whose longest listed
// ending is `ending` is a future stem when `future` is true.  A stem matching
// no rule is not one.
struct StemRule {
    Language language;
    std::string_view ending;  // "ir", "ér", "rr"
    bool future;
};

std::span<const StemRule> stem_rules();

// Whole stems that the rules misjudge: the imperfect of "-irer", "-rrer",
// "-drer", "-vrer" verbs and of "ouvrir" ("tir-ait", "serr-ait", "livr-ait",
// "ouvr-ait"), and future stems the rules refuse ("aur-ait", "saur-ait").
struct StemException {
    Language language;
    std::string_view stem;
    bool future;
};

std::span<const StemException> stem_exceptions();

// The verdict of the two tables on one stem (see Conjugation); exposed for
// the tests.
bool is_future_stem(std::string_view stem, Language language);

// Periphrastic futures: an auxiliary followed by an infinitive ("va
// investir", "doit entrer en service"), with at most one adverb between
// (a word ending in "ment", or one of kAdverbs in modality_cues.cpp).  An
// infinitive is a lower-case word ending in "er", "ir", "re" or "oir" that is
// not a function word.
struct Periphrasis {
    Language language;
    std::string_view auxiliary;  // "va", as written
    Modality modality;
};

std::span<const Periphrasis> periphrases();
std::span<const std::string_view> periphrasis_adverbs();

// Function words (articles, prepositions, conjunctions, possessives) by
// language: neither a name nor a word of a description (the described
// subject rule, rule 3) nor an infinitive.
struct FunctionWord {
    Language language;
    std::string_view word;  // folded
};

std::span<const FunctionWord> function_words();

// One cue found in a text.
struct CueOccurrence {
    std::size_t begin = 0, end = 0;  // bytes of the text: from the cue's first token to its last
    std::string_view text;           // those bytes, as written: a view into the caller's text
    Modality modality = Modality::asserted;
    CueKind kind = CueKind::verb;
    // The table row that matched (modality_cues()), or nullptr when the cue
    // is a verb form recognised by its ending or a periphrasis; then one of
    // the next two says which.
    const ModalityCue* row = nullptr;
    const Conjugation* conjugation = nullptr;
    const Periphrasis* periphrasis = nullptr;
    // The future of reported speech: the cue begins at the speech row before
    // the row or conjugation above, and its modality is planned (or negated).
    bool reported_speech = false;
};

// Every cue of the language in sentence, left to right: the matching that
// infer_modality decides from, exposed (at each token the longest cue, at
// equal length the earlier row; the scan resumes after a match, so cues
// never overlap; at a word where no row matches, the French verb morphology
// is tried; inert and speech rows are matched, so that they hide the cues
// inside them, but are not listed; a speech row extends the cue of the
// future it governs, see kSpeechWindow).  Cues do not cross punctuation other than the apostrophe,
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
    relative,      // a relative pronoun without a comma ("that", "qui"): when a cue starts
                   // right after it, opens a clause that the next comma closes ("a venture
                   // that plans to spend"); otherwise nothing ("denied that it had")
};

struct ClauseMarker {
    Language language;
    std::string_view pattern;
    ClauseMarkerKind kind;
};

std::span<const ClauseMarker> clause_markers();

}  // namespace factdb
