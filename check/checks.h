// Consistency checks: rules run over the whole database that find what does
// not add up (stated arithmetic that fails, conflicting amounts, stakes over
// 100 %, entities with no facts...).  The rules live in one table
// (rules.cpp), each with its severity and what it means.  They run on the
// guarded read-only connection, under one --timeout deadline for the whole
// run.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "query/readonly.h"
#include "query/table.h"

namespace factdb::check {

enum class Severity { error, warning, info };
std::string_view to_string(Severity s);  // "error", "warning", "info"

// True when s is as severe as level or more (error >= warning >= info):
// what --fail-on and --fail-on-check count.
bool at_or_above(Severity s, Severity level);

struct Violation {
    std::string rule;  // rule name, e.g. "stated_growth"
    Severity severity = Severity::warning;
    std::string message;              // one line, with the numbers
    std::vector<std::int64_t> facts;  // facts involved, in order
    std::vector<std::string> quotes;  // their first evidence quotes, same order
};

struct Rule {
    std::string_view name;
    Severity severity;
    std::string_view description;
};

// What a run of the rules may be told.  draft_threshold: low_confidence_draft
// lists the drafted-only facts whose confidence is below it (0 to 1).
inline constexpr double kDefaultDraftThreshold = 0.5;
struct CheckOptions {
    double draft_threshold = kDefaultDraftThreshold;
};

// The rules, in the order they run.
const std::vector<Rule>& rules();

// Runs every rule on db; violations in rule order, then by fact.  All the
// rules share one deadline (db's timeout from the start of the run); past
// it, QueryError("RUN stopped after N s (the --timeout limit)"), RUN being
// run_name: "check" for `factdb check`, "checks" for `factdb report
// --fail-on-check`.  A database failure is a db::Error naming db.path().
std::vector<Violation> run_checks(query::ReadOnlyDatabase& db, std::string_view run_name = "check",
                                  const CheckOptions& options = {});

// Violations as rows: severity, rule, message, facts, quotes.
query::Table to_table(const std::vector<Violation>& violations);

}  // namespace factdb::check
