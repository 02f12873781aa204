// Quantities given as JSON objects instead of text, for producers that have
// already normalised them:
//   {"low": 8000000000, "high": 8000000000, "qualifier": "exact", "currency": "USD"}
// low/high are JSON integers (or decimal numbers / numeric strings for
// percentages); the Range invariants of quantity.h are enforced.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "lang/money.h"
#include "lang/quantity.h"

namespace factdb::lang {

enum class Kind { money, count, percent };

// Throws NormalizeError naming the offending key ("qualifier: unknown value 'roughly'").
Range range_from_json(const nlohmann::json& object, Kind kind);
Money money_from_json(const nlohmann::json& object);

}  // namespace factdb::lang
