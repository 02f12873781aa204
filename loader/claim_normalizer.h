// Turns the claims of one document into FactDrafts: checks every key and
// JSON type against the claim-type table, locates the evidence, decides the
// modality and normalises every value.  Entities are resolved later, by the
// writer's transaction, because resolving may create rows.
#pragma once

#include <cstddef>
#include <vector>

#include "loader/claims_file.h"
#include "loader/document.h"
#include "errors/error.h"
#include "loader/fact_draft.h"
#include "lang/places.h"

namespace factdb {

// How much evidence searching one document may cost (text::FoldedText's
// budget): each distinct quote is one linear scan of the text, so a document
// may scan at most per_text_byte times its text's size plus allowance bytes
// in all, a few seconds at worst.  A document past it is refused at the
// claim that would exceed it (docs/RELIABILITY.md, the complexity rule).
struct SearchLimits {
    std::size_t per_text_byte = 64;
    std::size_t allowance = std::size_t{4} << 30;  // 4 GiB
};

class ClaimNormalizer {
  public:
    // places must outlive the normaliser.
    explicit ClaimNormalizer(const PlaceResolver& places, SearchLimits limits = {})
        : places_(places), limits_(limits) {}

    // Every problem of every claim is appended to errors (located by file,
    // line, claim and field); the claims without problems are returned.
    std::vector<FactDraft> normalize(const DocumentInput& document, const SourceDocument& source,
                                     std::vector<InputError>& errors) const;

  private:
    const PlaceResolver& places_;
    SearchLimits limits_;
};

}  // namespace factdb
