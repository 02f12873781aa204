// The cues of an investment's stage (stage_cues.h) and their matcher.
//
// Rules (docs/NORMALISATION.md 5.5, "Inferred stage"):
//   * only the claim's evidence is read: the stage belongs to the verb that
//     states the investment, and a cue elsewhere in the sentence may belong
//     to another verb;
//   * the leftmost cue decides ("has invested $2bn and agreed to invest
//     more" is completed: the claim's own amount comes first); at one token
//     the longest pattern, at equal length the earlier row;
//   * patterns are written as in running text and matched folded (case and
//     accents ignored, any apostrophe), whole tokens only; "*" steps over
//     zero to two words ("a déjà investi", "ait déjà investi", "in early
//     talks");
//   * every inflected form is a row of its own (no stemming): a missing
//     form is simply no cue, and the stage is then "unspecified", never a
//     guess;
//   * deliberately absent: "announced" and "said" (they frame another verb:
//     "announced it is considering"), bare "invest" and "investir" (the
//     infinitive takes its stage from the verb before it: "plans to
//     invest", "va investir"), "put" without "in" ("put pressure").
//
// Development set: the rows of tests/lang/stage_cues_test.cpp; the seed
// article and the bad-input corpus are held out (they give stages
// explicitly and are not read when the table was written).
#include "lang/stage_cues.h"

#include <iterator>
#include <vector>

#include "lang/cue_match.h"

namespace factdb::lang {
namespace {

constexpr StageCueRow kRows[] = {
    // ---- English: completed
    {kEn, "has invested", "completed"},
    {kEn, "have invested", "completed"},
    {kEn, "had invested", "completed"},
    {kEn, "has * invested", "completed"},
    {kEn, "have * invested", "completed"},
    {kEn, "had * invested", "completed"},
    {kEn, "invested", "completed"},
    {kEn, "has put in", "completed"},
    {kEn, "have put in", "completed"},
    {kEn, "had put in", "completed"},
    {kEn, "put in", "completed"},
    {kEn, "poured", "completed"},
    {kEn, "has poured", "completed"},
    {kEn, "injected", "completed"},
    {kEn, "has injected", "completed"},
    {kEn, "completed", "completed"},
    {kEn, "has completed", "completed"},
    {kEn, "closed", "completed"},
    // ---- English: committed
    {kEn, "agreed to", "committed"},
    {kEn, "has agreed to", "committed"},
    {kEn, "have agreed to", "committed"},
    {kEn, "pledged", "committed"},
    {kEn, "has pledged", "committed"},
    {kEn, "have pledged", "committed"},
    {kEn, "pledges", "committed"},
    {kEn, "committed", "committed"},
    {kEn, "has committed", "committed"},
    {kEn, "have committed", "committed"},
    {kEn, "commits", "committed"},
    {kEn, "is committing", "committed"},
    {kEn, "promised", "committed"},
    {kEn, "has promised", "committed"},
    {kEn, "will invest", "committed"},
    {kEn, "will put", "committed"},
    {kEn, "will inject", "committed"},
    {kEn, "will pour", "committed"},
    {kEn, "will be invested", "committed"},
    {kEn, "would invest", "committed"},
    {kEn, "is to invest", "committed"},
    {kEn, "are to invest", "committed"},
    {kEn, "signed", "committed"},
    {kEn, "has signed", "committed"},
    // ---- English: considered
    {kEn, "is weighing", "considered"},
    {kEn, "are weighing", "considered"},
    {kEn, "weighing", "considered"},
    {kEn, "weighs", "considered"},
    {kEn, "in talks", "considered"},
    {kEn, "in * talks", "considered"},
    {kEn, "in discussions", "considered"},
    {kEn, "in * discussions", "considered"},
    {kEn, "in negotiations", "considered"},
    {kEn, "considering", "considered"},
    {kEn, "is considering", "considered"},
    {kEn, "are considering", "considered"},
    {kEn, "considers", "considered"},
    {kEn, "mulling", "considered"},
    {kEn, "is mulling", "considered"},
    {kEn, "exploring", "considered"},
    {kEn, "is exploring", "considered"},
    {kEn, "plans to", "considered"},
    {kEn, "planning to", "considered"},
    {kEn, "is planning to", "considered"},
    {kEn, "could invest", "considered"},
    {kEn, "may invest", "considered"},
    {kEn, "might invest", "considered"},
    {kEn, "eyeing", "considered"},
    {kEn, "is eyeing", "considered"},
    // ---- French: completed
    {kFr, "a investi", "completed"},
    {kFr, "ont investi", "completed"},
    {kFr, "avait investi", "completed"},
    {kFr, "avaient investi", "completed"},
    {kFr, "ait investi", "completed"},
    {kFr, "aient investi", "completed"},
    {kFr, "a * investi", "completed"},
    {kFr, "ont * investi", "completed"},
    {kFr, "avait * investi", "completed"},
    {kFr, "ait * investi", "completed"},
    {kFr, "investi", "completed"},
    {kFr, "investis", "completed"},
    {kFr, "investie", "completed"},
    {kFr, "investies", "completed"},
    {kFr, "a injecté", "completed"},
    {kFr, "ont injecté", "completed"},
    {kFr, "a * injecté", "completed"},
    {kFr, "injecté", "completed"},
    {kFr, "a placé", "completed"},
    {kFr, "a mis", "completed"},
    {kFr, "a * mis", "completed"},
    {kFr, "a apporté", "completed"},
    {kFr, "a finalisé", "completed"},
    {kFr, "a réalisé", "completed"},
    {kFr, "a conclu", "completed"},
    // ---- French: committed
    {kFr, "s'est engagé", "committed"},
    {kFr, "s'est engagée", "committed"},
    {kFr, "se sont engagés", "committed"},
    {kFr, "se sont engagées", "committed"},
    {kFr, "s'engage", "committed"},
    {kFr, "s'engagent", "committed"},
    {kFr, "a promis", "committed"},
    {kFr, "ont promis", "committed"},
    {kFr, "promet", "committed"},
    {kFr, "a accepté de", "committed"},
    {kFr, "ont accepté de", "committed"},
    {kFr, "investira", "committed"},
    {kFr, "investiront", "committed"},
    {kFr, "va investir", "committed"},
    {kFr, "vont investir", "committed"},
    {kFr, "injectera", "committed"},
    {kFr, "apportera", "committed"},
    {kFr, "sera investi", "committed"},
    {kFr, "seront investis", "committed"},
    {kFr, "a signé", "committed"},
    {kFr, "ont signé", "committed"},
    // ---- French: considered
    {kFr, "envisage", "considered"},
    {kFr, "envisagent", "considered"},
    {kFr, "envisageait", "considered"},
    {kFr, "envisageaient", "considered"},
    {kFr, "envisagerait", "considered"},
    {kFr, "envisageraient", "considered"},
    {kFr, "étudie", "considered"},
    {kFr, "étudient", "considered"},
    {kFr, "réfléchit à", "considered"},
    {kFr, "en discussion", "considered"},
    {kFr, "en discussions", "considered"},
    {kFr, "en négociation", "considered"},
    {kFr, "en négociations", "considered"},
    {kFr, "en pourparlers", "considered"},
    {kFr, "négocie", "considered"},
    {kFr, "négocient", "considered"},
    {kFr, "discute", "considered"},
    {kFr, "discutent", "considered"},
    {kFr, "prévoit", "considered"},
    {kFr, "prévoient", "considered"},
    {kFr, "pourrait investir", "considered"},
    {kFr, "pourraient investir", "considered"},
    {kFr, "à l'étude", "considered"},
};

const std::vector<CuePattern>& compiled() {
    static const std::vector<CuePattern> rows = compile_cues(kRows);
    return rows;
}

}  // namespace

std::span<const StageCueRow> stage_cue_rows() {
    return kRows;
}

std::optional<StageCue> infer_stage(std::string_view text, Language language) {
    const auto hit = first_cue(text, language, compiled());
    if (!hit) return std::nullopt;
    return StageCue{kRows[hit->row].stage, hit->cue, hit->begin, hit->end};
}

}  // namespace factdb::lang
