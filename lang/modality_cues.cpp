// The vocabulary of modality: the cue words of each modality and the words
// that split a sentence into clauses, in French and English.  Pure data; the
// rules that use it are at the top of modality.cpp.
//
// Invariants:
//   * patterns are written as in running text (accents, apostrophes) and
//     matched folded, token by token, so "prévoit" also matches "PRÉVOIT";
//     accent folding makes one spelling cover its accented twin ("rapporte"
//     covers "rapporté", "nie" covers "nié");
//   * every inflected form is listed: there is no stemming, so a form that is
//     missing is not a cue.  Deliberately absent: the bare participle/adjective
//     "prévu(e)(s)" ("la taille initiale prévue") and "compte" (too ambiguous),
//     "prévu pour" (scheduled for / designed for);
//   * a pattern never starts with "*";
//   * rows marked as_written (last field true) match each word only as
//     written or in capitals ("may", "MAY", not "May"), where folding would
//     confuse "a" with "à" or "may" with "May";
//   * apostrophes are written ' and match ’ ‘ ʼ too; an elidable word (kElisions:
//     "de", "que", "ne", "si"...) is written in full and matches its elided
//     form ("projette de" covers "projette d'investir"), so no row repeats a
//     pattern with "d'", "qu'" or "n'";
//   * a negated modal ("won't", "wouldn't", "could not", "may not") is
//     negated, not conditional or possible: the claim is denied, and the
//     longer match beats "would", "could", "may";
//   * when two patterns match at the same word, the longer match wins
//     ("aurait été rapporté" over "aurait", "will not" over "will"); at equal
//     length the earlier row wins.
#include <array>

#include "lang/modality.h"

namespace factdb {
namespace {

using enum Language;
using enum Modality;
using enum CueKind;
using enum ClauseMarkerKind;

constexpr ModalityCue kCues[] = {
    // ---- French: reporting frames
    {fr, "il a été rapporté", reported, frame},
    {fr, "il est rapporté", reported, frame},
    {fr, "aurait été rapporté", reported, frame},
    {fr, "a rapporté", reported, frame},
    {fr, "ont rapporté", reported, frame},
    {fr, "rapporte", reported, frame},
    {fr, "rapportent", reported, frame},
    {fr, "selon", reported, frame},
    {fr, "d'après", reported, frame},
    {fr, "indique le journal", reported, frame},
    {fr, "affirme le journal", reported, frame},
    {fr, "citant", reported, frame},
    {fr, "de sources proches", reported, frame},
    {fr, "des sources proches", reported, frame},
    // ---- French: conditional
    {fr, "serait", conditional, verb},
    {fr, "seraient", conditional, verb},
    {fr, "aurait", conditional, verb},
    {fr, "auraient", conditional, verb},
    {fr, "permettrait", conditional, verb},
    {fr, "permettraient", conditional, verb},
    {fr, "assurerait", conditional, verb},
    {fr, "assureraient", conditional, verb},
    {fr, "investirait", conditional, verb},
    {fr, "investiraient", conditional, verb},
    {fr, "deviendrait", conditional, verb},
    {fr, "deviendraient", conditional, verb},
    // ---- French: expected
    {fr, "on s'attend", expected, verb},
    {fr, "s'attend à", expected, verb},
    {fr, "s'attendent à", expected, verb},
    {fr, "devrait", expected, verb},
    {fr, "devraient", expected, verb},
    {fr, "est attendu|attendue", expected, verb},
    {fr, "sont attendus|attendues", expected, verb},
    {fr, "est censé|censée", expected, verb},
    {fr, "sont censés|censées", expected, verb},
    // ---- French: possible
    {fr, "pourrait", possible, verb},
    {fr, "pourraient", possible, verb},
    {fr, "il est possible", possible, verb},
    {fr, "peut-être", possible, verb},
    {fr, "éventuellement", possible, verb},
    {fr, "potentiellement", possible, verb},
    // ---- French: planned
    {fr, "prévoit", planned, verb},
    {fr, "prévoient", planned, verb},
    {fr, "prévoyait", planned, verb},
    {fr, "prévoyaient", planned, verb},
    {fr, "est * prévu|prévue", planned, verb},
    {fr, "sont * prévus|prévues", planned, verb},
    {fr, "a * prévu", planned, verb, true},
    {fr, "ont * prévu", planned, verb},
    {fr, "envisage", planned, verb},
    {fr, "envisagent", planned, verb},
    {fr, "envisageait", planned, verb},
    {fr, "envisageaient", planned, verb},
    {fr, "a l'intention de", planned, verb, true},
    {fr, "ont l'intention de", planned, verb},
    {fr, "projette de", planned, verb},
    {fr, "projettent de", planned, verb},
    // ---- French: negated
    {fr, "ne * pas", negated, verb},  // also "n'a pas", "ne l'a pas"
    {fr, "ne * plus", negated, verb},
    {fr, "jamais", negated, verb},
    {fr, "aucun|aucune", negated, verb},
    {fr, "a démenti", negated, verb},
    {fr, "ont démenti", negated, verb},
    {fr, "dément", negated, verb},
    {fr, "démentent", negated, verb},
    {fr, "nie", negated, verb},
    {fr, "nient", negated, verb},

    // ---- English: reporting frames
    {en, "according to", reported, frame},
    {en, "reportedly", reported, frame},
    {en, "is said to", reported, frame},
    {en, "are said to", reported, frame},
    {en, "was said to", reported, frame},
    {en, "it was reported", reported, frame},
    {en, "it is reported", reported, frame},
    {en, "is reported to", reported, frame},
    {en, "are reported to", reported, frame},
    {en, "reported that", reported, frame},
    {en, "reports that", reported, frame},
    {en, "sources say", reported, frame},
    {en, "sources said", reported, frame},
    {en, "people familiar with", reported, frame},
    {en, "person familiar with", reported, frame},
    // ---- English: conditional
    {en, "would", conditional, verb},
    {en, "is believed to", conditional, verb},
    {en, "are believed to", conditional, verb},
    // ---- English: expected
    {en, "expects", expected, verb},
    {en, "expect", expected, verb},
    {en, "expected to", expected, verb},
    {en, "is expected", expected, verb},
    {en, "are expected", expected, verb},
    {en, "was expected", expected, verb},
    {en, "should", expected, verb},
    {en, "is set to", expected, verb},
    {en, "are set to", expected, verb},
    {en, "is due to", expected, verb},
    // ---- English: possible
    {en, "may", possible, verb, true},
    {en, "might", possible, verb},
    {en, "could", possible, verb},
    {en, "possibly", possible, verb},
    {en, "potentially", possible, verb},
    {en, "perhaps", possible, verb},
    {en, "maybe", possible, verb},
    // ---- English: planned
    {en, "plans to", planned, verb},
    {en, "plan to", planned, verb},
    {en, "planned", planned, verb},
    {en, "plans", planned, verb},
    {en, "intends to", planned, verb},
    {en, "intend to", planned, verb},
    {en, "will", planned, verb, true},
    {en, "is planning", planned, verb},
    {en, "are planning", planned, verb},
    {en, "aims to", planned, verb},
    {en, "aim to", planned, verb},
    {en, "is considering", planned, verb},
    {en, "are considering", planned, verb},
    {en, "considering", planned, verb},
    // ---- English: negated
    {en, "did not", negated, verb},
    {en, "didn't", negated, verb},
    {en, "does not", negated, verb},
    {en, "doesn't", negated, verb},
    {en, "do not", negated, verb},
    {en, "don't", negated, verb},
    {en, "has not", negated, verb},
    {en, "hasn't", negated, verb},
    {en, "have not", negated, verb},
    {en, "haven't", negated, verb},
    {en, "had not", negated, verb},
    {en, "hadn't", negated, verb},
    {en, "is not", negated, verb},
    {en, "isn't", negated, verb},
    {en, "are not", negated, verb},
    {en, "aren't", negated, verb},
    {en, "was not", negated, verb},
    {en, "wasn't", negated, verb},
    {en, "were not", negated, verb},
    {en, "weren't", negated, verb},
    {en, "will not", negated, verb},
    {en, "won't", negated, verb},
    {en, "would not", negated, verb},
    {en, "wouldn't", negated, verb},
    {en, "could not", negated, verb},
    {en, "couldn't", negated, verb},
    {en, "should not", negated, verb},
    {en, "shouldn't", negated, verb},
    {en, "might not", negated, verb},
    {en, "mightn't", negated, verb},
    {en, "may not", negated, verb, true},
    {en, "must not", negated, verb},
    {en, "mustn't", negated, verb},
    {en, "shall not", negated, verb},
    {en, "shan't", negated, verb},
    {en, "cannot", negated, verb},
    {en, "can't", negated, verb},
    {en, "denied", negated, verb},
    {en, "denies", negated, verb},
    {en, "deny", negated, verb},
    {en, "no longer", negated, verb},
    {en, "never", negated, verb},
};

// Commas in enumerations ("le Mississippi, la Caroline du Nord et la
// Pennsylvanie") must not split a clause, so only these markers do.
constexpr ClauseMarker kClauseMarkers[] = {
    // ---- both languages: punctuation
    {fr, ";", boundary},
    {fr, ":", boundary},
    {fr, "—", boundary},  // spaced em dash; an unspaced dash joins words
    {fr, "–", boundary},  // spaced en dash
    {en, ";", boundary},
    {en, ":", boundary},
    {en, "—", boundary},
    {en, "–", boundary},
    // ---- French
    {fr, ", mais", boundary},
    {fr, ", qui", incidental},
    {fr, ", que", incidental},
    {fr, ", ce qui", incidental},
    {fr, ", dont", incidental},
    {fr, ", où", incidental},
    {fr, ", tandis que", incidental},
    {fr, ", alors que", incidental},
    {fr, ", bien que", incidental},
    {fr, "bien que", subordinator},
    {fr, "alors que", subordinator},
    {fr, "tandis que", subordinator},
    {fr, "même si", subordinator},  // also "même s'il"
    {fr, "quoique", subordinator},
    {fr, "puisque", subordinator},
    {fr, "lorsque", subordinator},
    {fr, "parce que", subordinator},
    {fr, "et", coordinator},
    {fr, "puis", coordinator},
    // ---- English
    {en, ", but", boundary},
    {en, ", which", incidental},
    {en, ", who", incidental},
    {en, ", while", incidental},
    {en, ", whereas", incidental},
    {en, ", although", incidental},
    {en, "although", subordinator},
    {en, "though", subordinator},
    {en, "even though", subordinator},
    {en, "while", subordinator},
    {en, "whereas", subordinator},
    {en, "because", subordinator},
    {en, "since", subordinator},
    {en, "and", coordinator},
    {en, "then", coordinator},
};

// French elisions (see Elision in modality.h): the written form before a
// vowel, without its apostrophe.
constexpr Elision kElisions[] = {
    {fr, "de", "d"},           {fr, "que", "qu"},         {fr, "ne", "n"},
    {fr, "le", "l"},           {fr, "la", "l"},           {fr, "se", "s"},
    {fr, "si", "s"},           {fr, "ce", "c"},           {fr, "je", "j"},
    {fr, "me", "m"},           {fr, "te", "t"},           {fr, "jusque", "jusqu"},
    {fr, "lorsque", "lorsqu"}, {fr, "puisque", "puisqu"}, {fr, "quoique", "quoiqu"},
};

}  // namespace

std::span<const ModalityCue> modality_cues() {
    return kCues;
}

std::span<const ClauseMarker> clause_markers() {
    return kClauseMarkers;
}

std::span<const Elision> elisions() {
    return kElisions;
}

}  // namespace factdb
