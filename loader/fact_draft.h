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
