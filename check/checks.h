// Consistency checks: rules run over the whole database that find what does
// not add up (stated arithmetic that fails, conflicting amounts, stakes over
// 100 %, entities with no facts...).  The rules live in one table
// (rules.cpp), each with its severity and what it means.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "query/table.h"

namespace factdb::check {

enum class Severity { error, warning, info };
std::string_view to_string(Severity s);  // "error", "warning", "info"

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

// The rules, in the order they run.
const std::vector<Rule>& rules();

// Runs every rule; violations in rule order, then by fact.
std::vector<Violation> run_checks(SQLite::Database& db);

// Violations as rows: severity, rule, message, facts, quotes.
query::Table to_table(const std::vector<Violation>& violations);

}  // namespace factdb::check
