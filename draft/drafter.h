// The built-in drafter: an Article in, claims out, by the rules of its
// language (draft/rules/*.tsv).  Pipeline (docs/DRAFT.md, "How claims are
// drafted"): sentences (text/sentences.h) -> mentions (mentions.h) -> rule
// matches (matcher.h) -> one claim per match after the conflict policy ->
// duplicates merged -> a factdb.claims/1 file (claims_json()).
//
// Invariants of a Draft:
//   * each claim's evidence is article.text[begin_byte, end_byte), taken by
//     offsets, so it occurs verbatim; when the same string occurs more than
//     once in the text, occurrence says which (1-based), as the loader reads it;
//   * every field is a surface string of the text (a NAMES field a list of
//     them), the words a rule captured; the normaliser reads them;
//   * within a sentence, two claims of one type never overlap: the longest
//     match wins, then the higher confidence, then the rule written first;
//   * two claims of one type with the same fields are one claim (the first);
//   * claims are in text order and their ids are TYPE-N, N counted per type;
//   * drafting costs time and memory linear in the text (times the number
//     of rules), except the occurrence search, which costs one scan of the
//     text per distinct evidence that occurs, as the loader's does; a text
//     yielding more than kMaxClaims claims is refused (an Error).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "article/article.h"
#include "lang/places.h"

namespace factdb::draft {

inline constexpr std::size_t kMaxClaims = 5000;

struct DraftedClaim {
    std::string id;
    std::string type;
    std::size_t begin_byte = 0, end_byte = 0;  // the evidence in Article::text
    std::string evidence;
    std::optional<std::size_t> occurrence;  // set when the evidence occurs more than once
    nlohmann::ordered_json fields = nlohmann::ordered_json::object();
    std::string rule;
    double confidence = 0.0;
};

struct Draft {
    std::vector<DraftedClaim> claims;
    std::size_t sentences = 0;
    std::size_t work = 0;  // element tests made by the matcher (linear-time tests)
};

class Drafter {
  public:
    // places may be null: no PLACE mentions, so no rule that needs one matches.
    explicit Drafter(const PlaceResolver* places) : places_(places) {}

    // Throws factdb::Error naming the article's source when it cannot be
    // drafted (more than kMaxClaims claims).
    Draft draft(const article::Article& article) const;

  private:
    const PlaceResolver* places_;
};

// The factdb.claims/1 file of a draft: the document with its text inline,
// each claim with id, type, evidence (and occurrence), its fields and
// "draft": {"rule", "confidence"}.  A document with no title takes its id.
nlohmann::ordered_json claims_json(const article::Article& article, const Draft& draft);

}  // namespace factdb::draft
