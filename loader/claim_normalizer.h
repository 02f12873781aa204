// Turns the claims of one document into FactDrafts: checks every key and
// JSON type against the claim-type table, locates the evidence, decides the
// modality and normalises every value.  Entities are resolved later, by the
// writer's transaction, because resolving may create rows.
#pragma once

#include <vector>

#include "loader/claims_file.h"
#include "loader/document.h"
#include "errors/error.h"
#include "loader/fact_draft.h"
#include "lang/places.h"

namespace factdb {

class ClaimNormalizer {
  public:
    // places must outlive the normaliser.
    explicit ClaimNormalizer(const PlaceResolver& places) : places_(places) {}

    // Every problem of every claim is appended to errors (located by file,
    // line, claim and field); the claims without problems are returned.
    std::vector<FactDraft> normalize(const DocumentInput& document, const SourceDocument& source,
                                     std::vector<InputError>& errors) const;

  private:
    const PlaceResolver& places_;
};

}  // namespace factdb
