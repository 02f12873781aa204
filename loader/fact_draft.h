// A claim after normalisation: everything the writer needs to store one fact
// and one evidence row, with entity names still to be resolved to ids.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/value.h"
#include "errors/error.h"
#include "loader/claim_types.h"
#include "lang/modality.h"
#include "text/evidence.h"

namespace factdb {

struct ResolvedEntity;  // loader/entities.h

struct Participant {
    const FieldSpec* field = nullptr;
    int position = 1;  // 1-based within a list field
    std::string name;  // as written (NFC, white space folded)
    // Set by resolution: the resolver's cached entry (id, canonical name,
    // folded key), which outlives the writing of the document.
    const ResolvedEntity* entity = nullptr;
    // Why the name looks like a phrase rather than a name (lang/name_shape.h),
    // empty when it does not: the writer warns when the name makes a new
    // entity (a known one is a name by definition).
    std::string phrase;
};

// How a drafted claim came to be: its "draft" key (docs/CLAIMS_FORMAT.md).
// A claim without it is curated (typed by a person).
struct DraftOrigin {
    std::string rule;         // the drafter's rule id, [a-z0-9_.:-]+
    double confidence = 0.0;  // 0 to 1
};

struct FactDraft {
    const ClaimTypeSpec* spec = nullptr;
    std::string claim_id;
    Location location;  // file, line and claim: where the claim's warnings point

    // What the claim loads with but should be looked at: an open vocabulary's
    // unknown word, a value its evidence does not state.  The load prints
    // them; with --strict each one is an error instead (loader.h).
    std::vector<InputError> warnings;

    // Evidence.
    text::Span span;
    std::string quote;  // the document's own characters at span
    // The sentence around span (text/sentences.h).  Only its offsets are
    // kept and stored: the text is the document's, stored once.
    text::Span sentence_span;
    ModalityDecision modality;
    std::optional<std::string> note;
    // Provenance, stored on the evidence row (schema/0017_provenance.sql):
    // nullopt = curated.  Never part of the fact's key: a curated and a
    // drafted claim of the same content are one fact with two evidence rows.
    std::optional<DraftOrigin> drafted;

    // Typed columns by name (entity-id columns are filled at resolution).
    std::map<std::string, SqlValue, std::less<>> columns;
    std::vector<Participant> participants;
    std::vector<std::string> purposes;  // datacenter purposes, in order

    // Normalised value of each non-entity field, for the fact key ("" = absent),
    // and what the summary shows for it.
    std::map<std::string, std::string, std::less<>> canonical;
    std::map<std::string, std::string, std::less<>> display;
};

}  // namespace factdb
