// A data centre's status (datacenter_status.h): the closed vocabulary of the
// claim field and the cues of its verb.
//
// Rules (docs/NORMALISATION.md 5.10, "Data-centre status"):
//   * the field is closed: a word no row names is an error listing the
//     codes (an open "other" would hide a typo behind a stored fact);
//   * inference reads only the claim's evidence, as for an investment's
//     stage: the leftmost cue decides, at one token the longest pattern, at
//     equal length the earlier row; patterns are matched folded, whole
//     tokens, "*" stepping over zero to two words ("is also building",
//     "a déjà ouvert");
//   * every inflected form is a row of its own (no stemming): a missing form
//     is no cue, and the status is then "unspecified", never a guess;
//   * neutral rows (status "") hold words that contain a shorter cue but
//     show no status: "a construit" / "has built" (finished, not said to be
//     running), so "construit" (present: "is building") is not read there;
//   * "plans" only before "to", "a", "an", "new": the noun ("Plans were
//     shelved") is no verb;
//   * deliberately absent: "announced" and "said" (they frame another verb),
//     bare "building" (a noun: "the building"), bare "construction" (the
//     noun of every status: "construction began", "la fin de la
//     construction").
//
// Development set: the rows of tests/lang/datacenter_status_test.cpp.
#include "lang/datacenter_status.h"

#include <iterator>
#include <vector>

#include "errors/error.h"
#include "lang/cue_match.h"
#include "lang/tokens.h"

namespace factdb::lang {
namespace {

constexpr std::string_view kCodes[] = {"planned", "under_construction", "operating", "expanded",
                                       "cancelled"};

const PhraseTable<std::string_view>& status_words() {
    static const PhraseTable<std::string_view> table{
        // the codes
        {"planned", kAny, "planned"},
        {"under_construction", kAny, "under_construction"},
        {"operating", kAny, "operating"},
        {"expanded", kAny, "expanded"},
        {"cancelled", kAny, "cancelled"},
        // English
        {"plan", kEn, "planned"},
        {"proposed", kEn, "planned"},
        {"under construction", kEn, "under_construction"},
        {"being built", kEn, "under_construction"},
        {"in construction", kEn, "under_construction"},
        {"operational", kEn, "operating"},
        {"in operation", kEn, "operating"},
        {"in service", kEn, "operating"},
        {"open", kEn, "operating"},
        {"opened", kEn, "operating"},
        {"live", kEn, "operating"},
        {"online", kEn, "operating"},
        {"expanding", kEn, "expanded"},
        {"expansion", kEn, "expanded"},
        {"canceled", kEn, "cancelled"},
        {"scrapped", kEn, "cancelled"},
        {"abandoned", kEn, "cancelled"},
        {"shelved", kEn, "cancelled"},
        // French
        {"prévu", kFr, "planned"},
        {"prévue", kFr, "planned"},
        {"projeté", kFr, "planned"},
        {"projetée", kFr, "planned"},
        {"en projet", kFr, "planned"},
        {"planifié", kFr, "planned"},
        {"planifiée", kFr, "planned"},
        {"en construction", kFr, "under_construction"},
        {"en cours de construction", kFr, "under_construction"},
        {"en chantier", kFr, "under_construction"},
        {"en service", kFr, "operating"},
        {"en exploitation", kFr, "operating"},
        {"opérationnel", kFr, "operating"},
        {"opérationnelle", kFr, "operating"},
        {"ouvert", kFr, "operating"},
        {"ouverte", kFr, "operating"},
        {"agrandi", kFr, "expanded"},
        {"agrandie", kFr, "expanded"},
        {"étendu", kFr, "expanded"},
        {"étendue", kFr, "expanded"},
        {"extension", kFr, "expanded"},
        {"en extension", kFr, "expanded"},
        {"agrandissement", kFr, "expanded"},
        {"abandonné", kFr, "cancelled"},
        {"abandonnée", kFr, "cancelled"},
        {"annulé", kFr, "cancelled"},
        {"annulée", kFr, "cancelled"},
    };
    return table;
}

constexpr StatusCueRow kRows[] = {
    // ---- English: under construction
    {kEn, "is building", "under_construction"},
    {kEn, "are building", "under_construction"},
    {kEn, "is * building", "under_construction"},
    {kEn, "are * building", "under_construction"},
    {kEn, "has been building", "under_construction"},
    {kEn, "is constructing", "under_construction"},
    {kEn, "are constructing", "under_construction"},
    {kEn, "under construction", "under_construction"},
    {kEn, "being built", "under_construction"},
    {kEn, "broke ground", "under_construction"},
    {kEn, "has broken ground", "under_construction"},
    {kEn, "breaking ground", "under_construction"},
    {kEn, "began construction", "under_construction"},
    {kEn, "started construction", "under_construction"},
    {kEn, "construction began", "under_construction"},
    {kEn, "construction started", "under_construction"},
    {kEn, "construction is under way", "under_construction"},
    {kEn, "construction is underway", "under_construction"},
    // ---- English: planned
    {kEn, "will build", "planned"},
    {kEn, "will * build", "planned"},
    {kEn, "would build", "planned"},
    {kEn, "is to build", "planned"},
    {kEn, "are to build", "planned"},
    {kEn, "plans to", "planned"},
    {kEn, "plans a", "planned"},
    {kEn, "plans an", "planned"},
    {kEn, "plans new", "planned"},
    {kEn, "planned", "planned"},
    {kEn, "is planning", "planned"},
    {kEn, "are planning", "planned"},
    {kEn, "planning to", "planned"},
    {kEn, "intends to build", "planned"},
    {kEn, "aims to build", "planned"},
    {kEn, "proposed", "planned"},
    {kEn, "will open", "planned"},
    {kEn, "will be built", "planned"},
    {kEn, "to be built", "planned"},
    // ---- English: operating
    {kEn, "operates", "operating"},
    {kEn, "operate", "operating"},
    {kEn, "is operating", "operating"},
    {kEn, "operational", "operating"},
    {kEn, "opened", "operating"},
    {kEn, "has opened", "operating"},
    {kEn, "have opened", "operating"},
    {kEn, "runs", "operating"},
    {kEn, "went live", "operating"},
    {kEn, "came online", "operating"},
    {kEn, "came on line", "operating"},
    {kEn, "is online", "operating"},
    {kEn, "in operation", "operating"},
    {kEn, "in service", "operating"},
    // ---- English: expanded
    {kEn, "expand", "expanded"},
    {kEn, "expands", "expanded"},
    {kEn, "expanding", "expanded"},
    {kEn, "expanded", "expanded"},
    {kEn, "expansion", "expanded"},
    // ---- English: cancelled
    {kEn, "cancelled", "cancelled"},
    {kEn, "canceled", "cancelled"},
    {kEn, "scrapped", "cancelled"},
    {kEn, "has scrapped", "cancelled"},
    {kEn, "abandoned", "cancelled"},
    {kEn, "shelved", "cancelled"},
    {kEn, "called off", "cancelled"},
    {kEn, "pulled the plug on", "cancelled"},
    // ---- English: neutral
    {kEn, "has built", ""},
    {kEn, "have built", ""},
    {kEn, "had built", ""},
    // ---- French: under construction
    {kFr, "en construction", "under_construction"},
    {kFr, "en cours de construction", "under_construction"},
    {kFr, "construit", "under_construction"},
    {kFr, "construisent", "under_construction"},
    {kFr, "est en train de construire", "under_construction"},
    {kFr, "sont en train de construire", "under_construction"},
    {kFr, "bâtit", "under_construction"},
    {kFr, "bâtissent", "under_construction"},
    {kFr, "en chantier", "under_construction"},
    {kFr, "les travaux ont commencé", "under_construction"},
    {kFr, "a lancé la construction", "under_construction"},
    {kFr, "a * lancé la construction", "under_construction"},
    // ---- French: planned
    {kFr, "construira", "planned"},
    {kFr, "construiront", "planned"},
    {kFr, "va construire", "planned"},
    {kFr, "vont construire", "planned"},
    {kFr, "prévoit", "planned"},
    {kFr, "prévoient", "planned"},
    {kFr, "projette", "planned"},
    {kFr, "projettent", "planned"},
    {kFr, "compte construire", "planned"},
    {kFr, "entend construire", "planned"},
    {kFr, "doit construire", "planned"},
    {kFr, "devrait construire", "planned"},
    {kFr, "en projet", "planned"},
    {kFr, "ouvrira", "planned"},
    {kFr, "sera construit", "planned"},
    {kFr, "sera construite", "planned"},
    {kFr, "seront construits", "planned"},
    // ---- French: operating
    {kFr, "exploite", "operating"},
    {kFr, "exploitent", "operating"},
    {kFr, "est en service", "operating"},
    {kFr, "en service", "operating"},
    {kFr, "mis en service", "operating"},
    {kFr, "mise en service", "operating"},
    {kFr, "en exploitation", "operating"},
    {kFr, "a ouvert", "operating"},
    {kFr, "ont ouvert", "operating"},
    {kFr, "a * ouvert", "operating"},
    {kFr, "a inauguré", "operating"},
    {kFr, "ont inauguré", "operating"},
    {kFr, "inauguré", "operating"},
    {kFr, "est opérationnel", "operating"},
    {kFr, "est opérationnelle", "operating"},
    {kFr, "opérationnel", "operating"},
    {kFr, "opérationnelle", "operating"},
    {kFr, "fonctionne", "operating"},
    // ---- French: expanded
    {kFr, "agrandir", "expanded"},
    {kFr, "agrandit", "expanded"},
    {kFr, "agrandira", "expanded"},
    {kFr, "a agrandi", "expanded"},
    {kFr, "agrandissement", "expanded"},
    {kFr, "extension", "expanded"},
    {kFr, "étendre", "expanded"},
    {kFr, "étend", "expanded"},
    {kFr, "étendra", "expanded"},
    // ---- French: cancelled
    {kFr, "abandonné", "cancelled"},
    {kFr, "abandonnée", "cancelled"},
    {kFr, "a abandonné", "cancelled"},
    {kFr, "abandonne", "cancelled"},
    {kFr, "annulé", "cancelled"},
    {kFr, "annulée", "cancelled"},
    {kFr, "a annulé", "cancelled"},
    {kFr, "renonce à", "cancelled"},
    {kFr, "a renoncé à", "cancelled"},
    // ---- French: neutral
    {kFr, "a construit", ""},
    {kFr, "ont construit", ""},
    {kFr, "avait construit", ""},
    {kFr, "a été construit", ""},
    {kFr, "a été construite", ""},
};

const std::vector<CuePattern>& compiled() {
    static const std::vector<CuePattern> rows = compile_cues(kRows);
    return rows;
}

}  // namespace

std::string datacenter_status_codes() {
    std::string out;
    for (const auto code : kCodes) out += (out.empty() ? "" : ", ") + std::string(code);
    return out;
}

std::string parse_datacenter_status(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    if (tokens.empty()) throw NormalizeError("empty text");
    if (const auto code = status_words().whole(tokens, language)) return std::string(*code);
    throw NormalizeError("unrecognised status '" + std::string(raw_between(tokens, 0, tokens.size())) +
                         "'; give planned, under_construction, operating, expanded or cancelled, or a "
                         "French or English word for one (docs/NORMALISATION.md 5.10), or leave "
                         "\"status\" out to infer it from the evidence");
}

std::span<const StatusCueRow> status_cue_rows() {
    return kRows;
}

std::optional<StatusCue> infer_datacenter_status(std::string_view text, Language language) {
    const auto hit = first_cue(text, language, compiled());
    if (!hit || kRows[hit->row].status.empty()) return std::nullopt;
    return StatusCue{kRows[hit->row].status, hit->cue, hit->begin, hit->end};
}

}  // namespace factdb::lang
