// The rule table behind check::rules(): each rule with the SQL that finds
// its violations.  Internal to check/ (checks.h is the public contract).
//
// Every rule's SQL is one plain read-only SELECT, runnable as-is in the
// sqlite3 shell, returning one row per violation with two columns:
//   message   one line, with the numbers
//   fact_ids  the facts involved, as comma-separated ids in a meaningful
//             order (NULL or '' when the violation involves no fact)
#pragma once

#include <string_view>
#include <vector>

#include "check/checks.h"

namespace factdb::check {

struct RuleSpec {
    Rule rule;
    std::string_view sql;
};

// In the order the rules run.
const std::vector<RuleSpec>& rule_specs();

}  // namespace factdb::check
