// Sentence templates, French and English: one fact becomes a sentence of a
// document and the claim that points at it.
//
// Invariant: the claim's evidence is the sentence's `clause` exactly (frames
// like "Selon Reuters, " and trailing words stand outside it), and every
// field value of the claim is a form the loader normalises to the fact's
// value (values.h), so the claim loads without error and states the fact.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "bench/gen/world.h"

namespace factdb::bench {

struct RenderedClaim {
    std::string before;            // sentence text before the evidence ("Selon Reuters, ")
    std::string clause;            // the evidence as it stands in the text
    std::string after;             // sentence text after it, without the final full stop
    nlohmann::ordered_json claim;  // every field but id and evidence
};

RenderedClaim render_claim(const World& world, const Fact& fact, Lang lang, Rng& rng);

// How an organisation is named in running text: its name or its alias.
std::string org_mention(const World& world, int org, Rng& rng);

}  // namespace factdb::bench
