// An acquisition's status (acquisition_status.h): the closed vocabulary of
// the claim field and the cues of its verbs.
//
// Rules (docs/NORMALISATION.md 15.1, "Acquisition status"):
//   * the field is closed: a word no row names is an error with the nearest
//     words and the codes (an open "other" would hide a typo);
//   * inference reads only the claim's evidence: every cue is found, left to
//     right, each taken whole (the scan resumes after it), and the most
//     advanced status wins, so a framing verb ("a annoncé", "announced")
//     never hides the status it frames ("a annoncé avoir finalisé");
//   * every inflected form is a row of its own (no stemming): a missing form
//     is no cue, and the status is then the default "announced";
//   * neutral rows hold the future and conditional of completion ("devrait
//     être finalisée", "expected to close"): the deal is not completed, and
//     the modality (expected) already says it is to come.
#include "lang/acquisition_status.h"

#include <algorithm>
#include <vector>

#include "errors/error.h"
#include "lang/cue_match.h"
#include "lang/nearest.h"
#include "lang/tokens.h"

namespace factdb::lang {
namespace {

// In rank order: a later code is a more advanced status.
constexpr std::string_view kCodes[] = {"announced", "agreed", "completed", "blocked",
                                       "terminated"};

const PhraseTable<std::string_view>& status_words() {
    static const PhraseTable<std::string_view> table{
        // the codes
        {"announced", kAny, "announced"},
        {"agreed", kAny, "agreed"},
        {"completed", kAny, "completed"},
        {"terminated", kAny, "terminated"},
        {"blocked", kAny, "blocked"},
        // English
        {"announcement", kEn, "announced"},
        {"pending", kEn, "agreed"},
        {"signed", kEn, "agreed"},
        {"definitive agreement", kEn, "agreed"},
        {"agreement", kEn, "agreed"},
        {"closed", kEn, "completed"},
        {"complete", kEn, "completed"},
        {"finalized", kEn, "completed"},
        {"finalised", kEn, "completed"},
        {"done", kEn, "completed"},
        {"called off", kEn, "terminated"},
        {"abandoned", kEn, "terminated"},
        {"cancelled", kEn, "terminated"},
        {"canceled", kEn, "terminated"},
        {"withdrawn", kEn, "terminated"},
        {"scrapped", kEn, "terminated"},
        {"prohibited", kEn, "blocked"},
        {"vetoed", kEn, "blocked"},
        {"blocked by regulators", kEn, "blocked"},
        // French
        {"annoncé", kFr, "announced"},
        {"annoncée", kFr, "announced"},
        {"annonce", kFr, "announced"},
        {"convenu", kFr, "agreed"},
        {"convenue", kFr, "agreed"},
        {"signé", kFr, "agreed"},
        {"signée", kFr, "agreed"},
        {"accord", kFr, "agreed"},
        {"accord définitif", kFr, "agreed"},
        {"en cours", kFr, "agreed"},
        {"finalisé", kFr, "completed"},
        {"finalisée", kFr, "completed"},
        {"bouclé", kFr, "completed"},
        {"bouclée", kFr, "completed"},
        {"réalisé", kFr, "completed"},
        {"réalisée", kFr, "completed"},
        {"abandonné", kFr, "terminated"},
        {"abandonnée", kFr, "terminated"},
        {"annulé", kFr, "terminated"},
        {"annulée", kFr, "terminated"},
        {"rompu", kFr, "terminated"},
        {"rompue", kFr, "terminated"},
        {"bloqué", kFr, "blocked"},
        {"bloquée", kFr, "blocked"},
        {"interdit", kFr, "blocked"},
        {"interdite", kFr, "blocked"},
    };
    return table;
}

constexpr std::string_view kStatusWords[] = {
    "announced", "agreed",   "completed", "terminated", "blocked",  "closed",  "signed",
    "pending",   "finalized", "finalised", "abandoned", "annoncé",  "finalisé", "bouclé",
    "signé",     "bloqué",   "annulé",    "abandonné"};

constexpr AcquisitionCueRow kRows[] = {
    // ---- English: announced
    {kEn, "announced", "announced"},
    {kEn, "announces", "announced"},
    {kEn, "has announced", "announced"},
    {kEn, "unveiled a deal", "announced"},
    // ---- English: agreed
    {kEn, "agreed to buy", "agreed"},
    {kEn, "agreed to acquire", "agreed"},
    {kEn, "agreed to purchase", "agreed"},
    {kEn, "has agreed to", "agreed"},
    {kEn, "agreed to", "agreed"},
    {kEn, "agrees to", "agreed"},
    {kEn, "signed a definitive agreement", "agreed"},
    {kEn, "signed an agreement", "agreed"},
    {kEn, "definitive agreement", "agreed"},
    {kEn, "will acquire", "agreed"},
    {kEn, "will buy", "agreed"},
    {kEn, "is acquiring", "agreed"},
    {kEn, "is buying", "agreed"},
    // ---- English: completed
    {kEn, "completed", "completed"},
    {kEn, "has completed", "completed"},
    {kEn, "completes", "completed"},
    {kEn, "closed the acquisition", "completed"},
    {kEn, "closed its acquisition", "completed"},
    {kEn, "closed the deal", "completed"},
    {kEn, "closed the purchase", "completed"},
    {kEn, "finalized", "completed"},
    {kEn, "finalised", "completed"},
    {kEn, "has acquired", "completed"},
    {kEn, "acquired", "completed"},
    {kEn, "bought", "completed"},
    {kEn, "has bought", "completed"},
    // ---- English: neutral (completion to come)
    {kEn, "expected to close", ""},
    {kEn, "expected to be completed", ""},
    {kEn, "expected to complete", ""},
    {kEn, "expected to be finalized", ""},
    {kEn, "is set to close", ""},
    {kEn, "to be completed", ""},
    {kEn, "once completed", ""},
    {kEn, "if completed", ""},
    // ---- English: blocked
    {kEn, "blocked", "blocked"},
    {kEn, "blocked by regulators", "blocked"},
    {kEn, "has blocked", "blocked"},
    {kEn, "prohibited", "blocked"},
    {kEn, "vetoed", "blocked"},
    // ---- English: terminated
    {kEn, "terminated", "terminated"},
    {kEn, "called off", "terminated"},
    {kEn, "abandoned", "terminated"},
    {kEn, "walked away from", "terminated"},
    {kEn, "scrapped", "terminated"},
    {kEn, "dropped its bid", "terminated"},
    // ---- French: announced
    {kFr, "a annoncé", "announced"},
    {kFr, "ont annoncé", "announced"},
    {kFr, "annonce", "announced"},
    {kFr, "annoncent", "announced"},
    {kFr, "a dévoilé", "announced"},
    // ---- French: agreed
    {kFr, "a accepté de racheter", "agreed"},
    {kFr, "a accepté d'acquérir", "agreed"},
    {kFr, "a accepté de", "agreed"},
    {kFr, "ont accepté de", "agreed"},
    {kFr, "a conclu un accord", "agreed"},
    {kFr, "a signé un accord", "agreed"},
    {kFr, "accord définitif", "agreed"},
    {kFr, "se sont mis d'accord", "agreed"},
    {kFr, "va racheter", "agreed"},
    {kFr, "va acquérir", "agreed"},
    {kFr, "rachètera", "agreed"},
    {kFr, "acquerra", "agreed"},
    // ---- French: completed
    {kFr, "a finalisé", "completed"},
    {kFr, "a * finalisé", "completed"},
    {kFr, "a finalisé le rachat", "completed"},
    {kFr, "a finalisé l'acquisition", "completed"},
    {kFr, "finalisé", "completed"},
    {kFr, "finalisée", "completed"},
    {kFr, "a bouclé", "completed"},
    {kFr, "a conclu le rachat", "completed"},
    {kFr, "a conclu l'acquisition", "completed"},
    {kFr, "a racheté", "completed"},
    {kFr, "a acquis", "completed"},
    {kFr, "a achevé", "completed"},
    {kFr, "avoir finalisé", "completed"},
    // ---- French: neutral (completion to come)
    {kFr, "devrait être finalisée", ""},
    {kFr, "devrait être finalisé", ""},
    {kFr, "doit être finalisée", ""},
    {kFr, "doit être finalisé", ""},
    {kFr, "devrait être bouclée", ""},
    {kFr, "devrait être bouclé", ""},
    {kFr, "sera finalisée", ""},
    {kFr, "sera finalisé", ""},
    // ---- French: blocked
    {kFr, "a bloqué", "blocked"},
    {kFr, "ont bloqué", "blocked"},
    {kFr, "bloqué", "blocked"},
    {kFr, "bloquée", "blocked"},
    {kFr, "a interdit", "blocked"},
    {kFr, "s'est opposée", "blocked"},
    // ---- French: terminated
    {kFr, "a renoncé", "terminated"},
    {kFr, "ont renoncé", "terminated"},
    {kFr, "renonce à", "terminated"},
    {kFr, "a abandonné", "terminated"},
    {kFr, "abandonné", "terminated"},
    {kFr, "abandonnée", "terminated"},
    {kFr, "a mis fin", "terminated"},
    {kFr, "a rompu", "terminated"},
    {kFr, "annulé", "terminated"},
    {kFr, "annulée", "terminated"},
};

const std::vector<CuePattern>& compiled() {
    static const std::vector<CuePattern> rows = compile_cues(kRows);
    return rows;
}

std::size_t rank(std::string_view code) {
    return static_cast<std::size_t>(std::find(std::begin(kCodes), std::end(kCodes), code) -
                                    std::begin(kCodes));
}

}  // namespace

std::string parse_acquisition_status(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    if (tokens.empty()) throw NormalizeError("empty text");
    if (const auto code = status_words().whole(tokens, language)) return std::string(*code);
    const std::string written(raw_between(tokens, 0, tokens.size()));
    const std::string near = nearest_words(written, kStatusWords);
    // Short enough that an error's reason (cut at 240 bytes) keeps it whole
    // with three nearest words.
    throw NormalizeError("unrecognised acquisition status '" + written + "'" +
                         (near.empty() ? "" : " (nearest: " + near + ")") +
                         "; give announced, agreed, completed, terminated or blocked, or a word "
                         "for one (NORMALISATION.md 15.1), or omit it to infer it");
}

std::span<const AcquisitionCueRow> acquisition_cue_rows() {
    return kRows;
}

std::optional<AcquisitionCue> infer_acquisition_status(std::string_view text, Language language) {
    std::optional<AcquisitionCue> best;
    for (const CueHit& hit : every_cue(text, language, compiled())) {
        const std::string_view status = kRows[hit.row].status;
        if (!status.empty() && (!best || rank(status) > rank(best->status)))
            best = AcquisitionCue{status, hit.cue};
    }
    return best;
}

}  // namespace factdb::lang
